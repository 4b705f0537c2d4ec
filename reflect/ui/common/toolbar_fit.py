"""A toolbar that keeps every button in view by dropping words, not buttons.

Qt hides the buttons that do not fit a toolbar behind a small » at its end. In
German or French, or at large text, the journal's toolbar is wider than a
1100-pixel window, and Help or Settings quietly disappeared there. Here, when
the buttons do not fit, they show their icon alone, one at a time in the order
given (the least used first), keeping their words as tooltip and accessible
name; when the window grows again, the words come back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton


class ToolbarFit(QObject):
    """Folds ``toolbar``'s buttons to icons: ``first`` first, then the others (added
    later too), ``last`` last."""

    def __init__(
        self, toolbar: QToolBar, *, first: Sequence[QAction], last: Sequence[QAction] = ()
    ) -> None:
        super().__init__(toolbar)
        self._toolbar = toolbar
        self._first = list(first)
        self._last = list(last)
        self._fitting = False
        toolbar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._toolbar and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            for button in self._buttons():
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            for button in self._fold_order():
                if self._needed() <= self._toolbar.width():
                    break
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        finally:
            self._fitting = False

    def _fold_order(self) -> list[QToolButton]:
        ends = [*self._first, *self._last]
        middle = [a for a in self._toolbar.actions() if a not in ends]
        buttons = [self._toolbar.widgetForAction(a) for a in (*self._first, *middle, *self._last)]
        return [b for b in buttons if isinstance(b, QToolButton)]

    def _buttons(self) -> list[QToolButton]:
        """The buttons of the toolbar's shown actions (Qt hides the ones that do not
        fit, so a button's own visibility cannot say which are meant to be there)."""
        found = []
        for action in self._toolbar.actions():
            widget = self._toolbar.widgetForAction(action)
            if action.isVisible() and isinstance(widget, QToolButton):
                found.append(widget)
        return found

    def _needed(self) -> int:
        """The width the buttons ask for, with the toolbar's gaps and margins."""
        layout = self._toolbar.layout()
        spacing = layout.spacing() if layout is not None else 0
        margins = self._toolbar.contentsMargins()
        widths = [button.sizeHint().width() for button in self._buttons()]
        return sum(widths) + spacing * (len(widths) + 1) + margins.left() + margins.right()
