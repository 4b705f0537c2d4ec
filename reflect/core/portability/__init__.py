"""Getting a journal in and out: ``backup`` (format, restore, automatic backups,
restoring over a damaged journal), ``importers`` (jrnl, Day One, Markdown,
Reflect JSON) and ``exporters`` (the therapist export, the user's own
unencrypted copy)."""
