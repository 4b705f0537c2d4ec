"""Focus mode (F11, View > Focus): just the entry, in a column of comfortable width.

The entry list, the guide's prompt panel (anything in the page's splitter but the
editor) and the toolbars step aside; the menus stay, so every action and the lock
keys work as before, and autosave never notices. Escape or F11 brings the page
back, and so does locking: after unlocking the whole page is there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter, QToolBar, QWidget

from reflect.ui.journal.editor import EntryEditor


class FocusMode(QObject):
    """Owns the two actions (F11 toggles, Escape leaves) and the layout change."""

    def __init__(
        self, splitter: QSplitter, editor: EntryEditor, toolbar: QToolBar, page: QWidget
    ) -> None:
        super().__init__(page)
        self._splitter = splitter
        self._editor = editor
        self._toolbar = toolbar
        self._sizes: list[int] = []

        self.action = QAction(self.tr("&Focus"), page)
        self.action.setObjectName("focusModeAction")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("F11"))
        self.action.setToolTip(self.tr("Just write: hide everything but the entry (F11)"))
        self.action.toggled.connect(self.set_on)
        self.leave_action = QAction(self.tr("Leave focus"), page)
        self.leave_action.setObjectName("leaveFocusAction")
        self.leave_action.setShortcut(QKeySequence("Escape"))
        self.leave_action.setEnabled(False)  # Escape means nothing here otherwise
        self.leave_action.triggered.connect(lambda: self.set_on(False))
        page.addAction(self.action)
        page.addAction(self.leave_action)

    def is_on(self) -> bool:
        return self._editor.is_focused()

    def set_on(self, on: bool) -> None:
        if on == self.is_on():
            return
        if on:
            self._sizes = self._splitter.sizes()
        for index in range(self._splitter.count()):
            widget = self._splitter.widget(index)
            if widget is not None and widget is not self._editor:
                widget.setVisible(not on)
        self._toolbar.setVisible(not on)
        self._editor.set_focused(on)
        self.leave_action.setEnabled(on)
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        if not on and self._sizes:
            self._splitter.setSizes(self._sizes)
        # Someone who pressed F11 by chance must see the way back.
        hint = self.tr("Focus: press Esc or F11 to see everything again.")
        self._editor.show_hint(hint if on else "")
        self._editor.focus_body()
