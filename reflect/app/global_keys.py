"""Keys that work wherever the user is in Reflect.

Two problems, one application-wide event filter:

- Ctrl+L (lock) and Ctrl+Shift+H (hide at once) must work from every Reflect
  window and dialog: settings, a check-in, an exercise, the export, the guide,
  reminders. The main window's actions are window shortcuts, and a dialog opened
  with ``open()`` blocks its parent, so Qt would not fire them there. The filter
  catches the key press in any of the app's windows and locks (the controller
  then closes every dialog, so their text is gone).
- A text field's own key bindings must not swallow the main window's shortcuts.
  On X11, Qt gives a line edit Emacs-style keys (Ctrl+E: end of line, Ctrl+K:
  delete to the end), so Ctrl+E ("Export for my therapist") did nothing while
  the search box had focus. For a key the main window has an action for, the
  filter declines the text field's "shortcut override", and the action runs.
  Standard editing keys (copy, paste, undo, select all...) stay with the field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

LOCK_KEYS = QKeySequence("Ctrl+L")
HIDE_KEYS = QKeySequence("Ctrl+Shift+H")

# Keys a text field keeps even when some menu action also uses them.
_EDITING_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Backspace,
)


class GlobalKeys(QObject):
    """The application-wide filter; ``install`` it once, ``uninstall`` on shutdown."""

    def __init__(
        self,
        main_window: QWidget,
        *,
        lock: Callable[[], object],
        quick_hide: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._main = main_window
        self._lock = lock
        self._quick_hide = quick_hide

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if not _could_be_a_shortcut(event):
            return False  # plain typing: the hot path stays free of any lookup
        keys = QKeySequence(event.keyCombination())
        if kind == QEvent.Type.KeyPress:
            # Reached only when no shortcut took the key: e.g. inside a dialog.
            for sequence, act in ((LOCK_KEYS, self._lock), (HIDE_KEYS, self._quick_hide)):
                if keys.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                    act()
                    return True
            return False
        # ShortcutOverride: returning True without accepting lets the shortcut run.
        if watched.window() is not self._main or self._is_editing_key(event):
            return False
        return self._main_window_has(keys)

    @staticmethod
    def _is_editing_key(event: QKeyEvent) -> bool:
        return any(event.matches(key) for key in _EDITING_KEYS)

    def _main_window_has(self, keys: QKeySequence) -> bool:
        for action in self._main.findChildren(QAction):
            if not action.isEnabled():
                continue
            for shortcut in action.shortcuts():
                if keys.matches(shortcut) == QKeySequence.SequenceMatch.ExactMatch:
                    return True
        return False


_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _could_be_a_shortcut(event: QKeyEvent) -> bool:
    """Window shortcuts need Ctrl, Alt or Meta, or are function keys."""
    key = event.key()
    return bool(event.modifiers() & _MODIFIERS) or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35
