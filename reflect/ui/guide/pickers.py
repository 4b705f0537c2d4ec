"""Quick pickers for check-ins: a 0-10 distress row and rows of labelled choices.

Buttons rather than sliders: one click, readable at any font size, usable from the
keyboard (Tab to the row, arrows between choices), and "not answered" is a real state.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLayout,
    QLayoutItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.journal.models import Event
from reflect.ui.guide.common import label, tr


class FlowLayout(QLayout):
    """Lays widgets left to right and wraps them onto new lines (Qt's flow layout example).

    Choice buttons wrap instead of running off the edge at large font sizes.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x = rect.x()
                y += line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class ChoiceRow(QWidget):
    """A row of checkable buttons; ``value()`` is the chosen index or ``None``.

    Args:
        texts: one button text per value (0, 1, 2...).
        name: object name; buttons are named ``<name>-<value>``.
        captions: optional text shown under the row for the chosen value.
    """

    changed = Signal(int)

    def __init__(
        self,
        texts: Sequence[str],
        *,
        name: str,
        accessible: str,
        captions: Mapping[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self._captions = captions or {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        holder = QWidget()
        row = FlowLayout(holder)
        outer.addWidget(holder)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for value, text in enumerate(texts):
            b = QPushButton(text)
            b.setProperty("role", "choice")  # reflect.qss: a chosen answer is obvious
            b.setCheckable(True)
            b.setObjectName(f"{name}-{value}")
            b.setAccessibleName(f"{accessible}: {self._captions.get(value, text)}")
            if value in self._captions:
                b.setToolTip(self._captions[value])
            self.group.addButton(b, value)
            row.addWidget(b)
        self.caption = label("", role="muted", name=f"{name}Caption")
        self.caption.setVisible(bool(self._captions))
        outer.addWidget(self.caption)
        self.group.idToggled.connect(self._toggled)
        self._show_ends()

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for b in self.group.buttons():
                b.setChecked(False)
            self.group.setExclusive(True)
            self._show_ends()
            return
        b = self.group.button(value)
        if b is not None:
            b.setChecked(True)

    def _show_ends(self) -> None:
        """Before a choice: what the two ends of the scale mean ("0: calm ... 10: ...")."""
        if not self._captions:
            self.caption.setText("")
            return
        low, high = min(self._captions), max(self._captions)
        self.caption.setText(
            tr("%1: %2   ·   %3: %4")
            .replace("%1", str(low))
            .replace("%2", self._captions[low])
            .replace("%3", str(high))
            .replace("%4", self._captions[high])
        )

    def _toggled(self, value: int, checked: bool) -> None:
        if checked:
            self.caption.setText(self._captions.get(value, ""))
            self.changed.emit(value)


class DistressPicker(ChoiceRow):
    """0-10, in our own words (the labels come from the content's check-in wording)."""

    def __init__(
        self,
        labels: Mapping[int, str],
        *,
        name: str = "distressPicker",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            [str(n) for n in range(11)],
            name=name,
            accessible=tr("How distressed are you right now"),
            captions=labels,
            parent=parent,
        )


def event_combo(events: Sequence[Event], selected: str | None, *, name: str) -> QComboBox:
    """A combo of the user's events with "No particular event" first; data is the id."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(tr("About which event"))
    combo.addItem(tr("No particular event"), None)
    for event in events:
        combo.addItem(event.title, event.id)
    index = combo.findData(selected) if selected else 0
    combo.setCurrentIndex(max(index, 0))
    return combo
