"""Data in and out: backups, import, the user's own copy, the therapist export
(choices, identifier review) and its PDF."""
