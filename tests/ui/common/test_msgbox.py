"""Qt's file dialog keeps no history of the folders the user visited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reflect.ui.common.msgbox import Dialogs, keep_no_file_dialog_history

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

NATIVE, USER = QSettings.Format.NativeFormat, QSettings.Scope.UserScope


def _cancel_the_dialog_when_it_opens(qtbot: QtBot) -> QTimer:
    timer = QTimer()

    def cancel() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            timer.stop()
            modal.reject()

    timer.timeout.connect(cancel)
    timer.start(20)
    return timer


def _pick_a_folder_and_cancel(qtbot: QtBot) -> None:
    timer = _cancel_the_dialog_when_it_opens(qtbot)
    assert Dialogs().open_folder(None, "Choose a folder") is None
    timer.stop()


@pytest.fixture
def writable_qt_settings(tmp_path: Path) -> Iterator[Path]:
    """Qt's shared settings in a folder the test can look at (as on Windows, macOS)."""
    folder = tmp_path / "qt-settings"
    QSettings.setPath(NATIVE, USER, str(folder))
    yield folder
    keep_no_file_dialog_history()


def test_a_file_dialog_removes_the_folder_history_it_wrote(
    qtbot: QtBot, writable_qt_settings: Path
) -> None:
    _pick_a_folder_and_cancel(qtbot)
    shared = QSettings(USER, "QtProject")
    assert "FileDialog" not in shared.childGroups()
    written = "".join(p.read_text() for p in writable_qt_settings.rglob("*") if p.is_file())
    assert "lastVisited" not in written and "history" not in written


@pytest.mark.skipif(QSettings(USER, "x").format() != NATIVE, reason="Unix only")
def test_on_linux_qt_cannot_write_the_history_at_all(qtbot: QtBot) -> None:
    keep_no_file_dialog_history()
    _pick_a_folder_and_cancel(qtbot)
    shared = QSettings(USER, "QtProject")
    assert not Path(shared.fileName()).exists()
