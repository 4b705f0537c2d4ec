"""The shared page helpers."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from reflect.ui.common.page import label


def test_a_screen_reader_hears_a_named_labels_current_text(qtbot: QtBot) -> None:
    # Error and notice labels start empty and are filled in later; what is read
    # out must be the message, never the object name or the empty first text.
    error = label("", "error", name="unlockError")
    qtbot.addWidget(error)
    error.setText("That passphrase didn't open this journal.")
    interface = QAccessible.queryAccessibleInterface(error)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == "That passphrase didn't open this journal."
