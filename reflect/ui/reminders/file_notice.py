"""What the Reminders window says when ``reminders.json`` was damaged or tampered with.

The file lives outside the journal, so anything could have happened to it; the
store keeps what it can read and counts the rest (``ReminderStore.set_aside``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from reflect.core.reminders.store import ReminderStore


def _tr(text: str) -> str:
    return QCoreApplication.translate("RemindersDialog", text)


class _Words(QObject):
    """tr() in a class, so that lupdate files the plural under its running context."""

    def set_aside(self, count: int) -> str:
        return self.tr(
            "%n reminder(s) could not be read and were left out. The file as it was is "
            "kept in {0} as reminders.json.unreadable.",
            "",
            count,
        )


def set_aside_text(store: ReminderStore) -> str:
    """A calm sentence about reminders set aside, with where the old file is; or ""."""
    count = store.set_aside
    folder = str(store.path.parent)
    if count < 0:
        return _tr(
            "Reflect could not read its reminders file, so your reminders were reset. "
            "The old file was kept in {0} as reminders.json.unreadable. Please set up "
            "the reminders you want again."
        ).format(folder)
    if count:
        return _Words().set_aside(count).format(folder)
    return ""
