"""A text field's own key bindings never swallow the main window's shortcuts.

On X11 a QLineEdit claims Ctrl+E (end of line) and Ctrl+K through a "shortcut
override"; the offscreen platform does not, so this test gives a field the X11
behaviour explicitly and checks both ways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot

from reflect.app.global_keys import GlobalKeys


class X11LineEdit(QLineEdit):
    """Claims Ctrl+E and Ctrl+A the way Qt's X11 key bindings make a line edit do."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_E, Qt.Key.Key_A)
        ):
            event.accept()
            return True
        return super().event(event)


def _window(qtbot: QtBot) -> tuple[QMainWindow, X11LineEdit, list[str]]:
    window = QMainWindow()
    qtbot.addWidget(window)
    field = X11LineEdit()
    window.setCentralWidget(field)
    fired: list[str] = []
    for keys, name in (("Ctrl+E", "export"), (QKeySequence.StandardKey.SelectAll, "select-all")):
        action = QAction(name, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _c=False, n=name: fired.append(n))
        window.addAction(action)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    field.setFocus()
    return window, field, fired


def test_without_the_filter_the_field_swallows_ctrl_e(qtbot: QtBot) -> None:
    _, field, fired = _window(qtbot)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == []  # the X11 behaviour the filter exists for


def test_window_shortcut_wins_over_the_fields_binding(qtbot: QtBot) -> None:
    window, field, fired = _window(qtbot)
    keys = GlobalKeys(window, lock=lambda: None, quick_hide=lambda: None)
    keys.install()
    try:
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert fired == ["export"]
        # Editing keys stay with the field (select all selects the search text).
        field.setText("harbour")
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        assert fired == ["export"]
    finally:
        keys.uninstall()
