"""Shared test helpers: fakes for the seams (dialogs, task runner)."""
