"""Reminders that keep their secret: rules and when they fire (``schedule``), the
schedule file outside the vault (``store``), and times of day as typed (``time_text``)."""
