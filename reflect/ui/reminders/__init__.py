"""Reminders in the UI: the reminders dialog and editor, follow-up offers, the
notifiers (tray, banner) and the typed time field."""
