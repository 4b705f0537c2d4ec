"""A row of page buttons that breaks into lines instead of squeezing its buttons.

A page's last row holds quiet links on the left ("Support and crisis lines",
"Restore from a backup…") and the way on at the right ("Continue"). In English
they fit one line; in German or Spanish, or at twice the text size, they do not,
and a plain QHBoxLayout then shrinks each button below its text, which cuts the
words off. Here, when one line is too narrow, the links take as many lines as
they need (as many to a line as fit) and the buttons on the right follow on a
line of their own, still on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class ButtonRowLayout(QLayout):
    """``add_leading`` widgets sit at the left, ``add_trailing`` ones at the right."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._leading: list[QLayoutItem] = []
        self._trailing: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_leading(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._leading.append(QWidgetItem(widget))
        self.invalidate()

    def add_trailing(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._trailing.append(QWidgetItem(widget))
        self.invalidate()

    # --- QLayout -----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._trailing.append(item)

    def count(self) -> int:
        return len(self._leading) + len(self._trailing)

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._leading + self._trailing
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._leading):
            return self._leading.pop(index)
        index -= len(self._leading)
        if 0 <= index < len(self._trailing):
            return self._trailing.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return QSize(self._one_line_width(), self._line_height(self._visible()))

    def minimumSize(self) -> QSize:
        widest = max((item.sizeHint().width() for item in self._visible()), default=0)
        return QSize(widest, self._line_height(self._visible()))

    # --- arranging ---------------------------------------------------------------

    def _visible(self, items: list[QLayoutItem] | None = None) -> list[QLayoutItem]:
        chosen = self._leading + self._trailing if items is None else items
        return [item for item in chosen if not item.isEmpty()]

    def _line_height(self, items: list[QLayoutItem]) -> int:
        return max((item.sizeHint().height() for item in items), default=0)

    def _width_of(self, items: list[QLayoutItem]) -> int:
        widths = [item.sizeHint().width() for item in items]
        return sum(widths) + self._gap * max(0, len(widths) - 1)

    def _one_line_width(self) -> int:
        leading, trailing = self._visible(self._leading), self._visible(self._trailing)
        gap = self._gap * 2 if leading and trailing else 0
        return self._width_of(leading) + self._width_of(trailing) + gap

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        leading, trailing = self._visible(self._leading), self._visible(self._trailing)
        if self._one_line_width() <= rect.width():
            lines = [(leading, trailing)]
        else:
            lines = [(line, []) for line in self._fill(leading, rect.width())]
            lines += [([], line) for line in self._fill(trailing, rect.width())]
        y = rect.y()
        for left, right in lines:
            height = self._line_height(left + right)
            if move:
                self._place(left, QPoint(rect.x(), y), height, rect.width())
                start = rect.right() + 1 - self._width_of(right)
                self._place(right, QPoint(max(rect.x(), start), y), height, rect.width())
            y += height + self._gap
        return y - self._gap - rect.y() if lines else 0

    def _fill(self, items: list[QLayoutItem], room: int) -> list[list[QLayoutItem]]:
        """``items`` in order, as many to a line as fit (at least one)."""
        lines: list[list[QLayoutItem]] = []
        for item in items:
            if lines and self._width_of([*lines[-1], item]) <= room:
                lines[-1].append(item)
            else:
                lines.append([item])
        return lines

    def _place(self, items: list[QLayoutItem], at: QPoint, height: int, room: int) -> None:
        x = at.x()
        for item in items:
            hint = item.sizeHint()
            width = min(hint.width(), room)
            top = at.y() + (height - hint.height()) // 2
            item.setGeometry(QRect(x, top, width, hint.height()))
            x += width + self._gap
