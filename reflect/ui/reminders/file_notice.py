"""What the Reminders window says when ``reminders.json`` was damaged or tampered with.

The file lives outside the journal, so anything could have happened to it; the
store keeps what it can read and counts the rest (``ReminderStore.set_aside``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reflect.core.reminders.store import ReminderStore


def _tr(text: str) -> str:
    return QCoreApplication.translate("RemindersDialog", text)


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
    if count == 1:
        return _tr(
            "One reminder could not be read and was left out. The file as it was is "
            "kept in {0} as reminders.json.unreadable."
        ).format(folder)
    if count:
        return _tr(
            "{1} reminders could not be read and were left out. The file as it was is "
            "kept in {0} as reminders.json.unreadable."
        ).format(folder, count)
    return ""
