"""The shared status line of the backup, import and export dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflect.ui.common.task_status import TaskStatus


def test_progress_moves_until_a_total_is_known_then_counts(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    task = TaskStatus(owner, "backup", status="Backup status", progress="Progress")
    assert (task.message.objectName(), task.progress.objectName()) == (
        "backupMessage",
        "backupProgress",
    )
    task.start("Making a backup…")
    assert task.busy and task.message.text() == "Making a backup…"
    assert (task.progress.minimum(), task.progress.maximum()) == (0, 0)  # a moving bar
    task.on_progress(3, 12)
    assert (task.progress.maximum(), task.progress.value()) == (12, 3)
    task.finish("Backup saved.")
    assert not task.busy and task.message.text() == "Backup saved."
