"""Small layout helpers shared by the full-window pages and the small dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

PAGE_WIDTH = 600
BASE_POINT_SIZE = 11.0


DIALOG_MARGINS = (22, 20, 22, 16)


def font_scale() -> float:
    """How much larger than 11 pt the application's text is (1.0 at 11 pt or less)."""
    return max(1.0, QApplication.font().pointSizeF() / BASE_POINT_SIZE)


def comfortable(dialog: QDialog, layout: QLayout, *, min_width: int = 480) -> None:
    """Give a small dialog room: margins, spacing, a minimum width that grows with
    the text size, and a height that grows when a note appears (so a warning never
    squeezes the fields below it)."""
    layout.setContentsMargins(*DIALOG_MARGINS)
    layout.setSpacing(12)
    # The layout sets the dialog's minimum size (so it grows with a note); a strut
    # makes that minimum at least ``min_width`` wide.
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    if isinstance(layout, QVBoxLayout):
        layout.addStrut(int(min_width * font_scale()) - DIALOG_MARGINS[0] - DIALOG_MARGINS[2])
    dialog.setMinimumWidth(int(min_width * font_scale()))
    dialog.installEventFilter(_GrowsForWrappedText(dialog))


class _GrowsForWrappedText(QObject):
    """Makes a dialog tall enough for every line of its wrapped text.

    A layout's minimum size leaves out height-for-width (a wrapped label's minimum is
    one line), so a message shown in a dialog would squeeze the text above it into
    fewer lines than it needs. On each layout change or resize, the dialog grows
    to the height its text needs at its width."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)  # goes with the dialog, and its pending fit with it
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self, self._fit)
        return False

    def _fit(self) -> None:
        dialog = self._dialog
        layout = dialog.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(dialog.width())
        if dialog.height() < needed:
            dialog.resize(dialog.width(), needed)


def label(
    text: str = "",
    role: str | None = None,
    *,
    name: str | None = None,
    selectable: bool = False,
    parent: QWidget | None = None,
) -> QLabel:
    """A word-wrapped plain-text label, optionally styled by ``role`` (see reflect.qss)
    and named. Plain text always: journal and guide words are never read as HTML."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    widget.setWordWrap(True)
    if role:
        widget.setProperty("role", role)
    if name:
        # Only the object name: a screen reader reads a label's current text, and a
        # fixed accessible name would go stale (or read out the identifier) once the
        # text changes, as it does for every error and notice label.
        widget.setObjectName(name)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class PageButton(QPushButton):
    """A push button that Return and Enter press as well as Space.

    Qt presses a focused button on Return only inside a dialog; on a full-window
    page (first run, unlock) a keyboard user tabbing to "Use recovery key" and
    pressing Return would otherwise get nothing.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not plain:
            if self.isEnabled():
                self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)


def button(
    text: str,
    name: str | None = None,
    role: str | None = None,
    *,
    icon: QIcon | None = None,
    accessible: str | None = None,
    parent: QWidget | None = None,
) -> PageButton:
    """A button with an object name, an accessible name (the text without its ``&``
    unless given) and an optional role ("primary", "link"; see reflect.qss)."""
    widget = PageButton(text, parent)
    if icon is not None:
        widget.setIcon(icon)
    if name:
        widget.setObjectName(name)
    widget.setAccessibleName(accessible or text.replace("&", ""))
    if role:
        widget.setProperty("role", role)
    return widget


def scrolling_column(
    accessible: str,
    *,
    margins: tuple[int, int, int, int] | None = None,
    spacing: int | None = None,
    parent: QWidget | None = None,
) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless area that scrolls up and down (never sideways), and the column in it.

    Every scrolling column in Reflect is made here (the pages, the stage guide,
    Support, the crisis card, check-ins, exercise steps), so they all scroll alike.
    """
    scroll = QScrollArea(parent)
    scroll.setAccessibleName(accessible)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body = QWidget()
    scroll.setWidget(body)
    column = QVBoxLayout(body)
    if margins is not None:
        column.setContentsMargins(*margins)
    if spacing is not None:
        column.setSpacing(spacing)
    return scroll, column


class ColumnPage(QWidget):
    """A calm, centred column of limited width that scrolls when the window is small.

    Put content in ``self.column`` (a QVBoxLayout). ``add_footer`` puts a row below
    the scrolling part, in the same column, always in view: the way on ("Continue")
    must not slide below the window when a longer language or larger text makes the
    page taller than the window.
    """

    def __init__(self, parent: QWidget | None = None, *, width: int = PAGE_WIDTH) -> None:
        super().__init__(parent)
        inner = QWidget()
        # Widths are for 11 pt text; larger system text gets a wider column.
        self._width = int(width * font_scale())
        inner.setMaximumWidth(self._width)
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(24, 32, 24, 32)
        self.column.setSpacing(14)

        holder = QWidget()
        row = QHBoxLayout(holder)
        row.addStretch(1)
        row.addWidget(inner, 100)
        row.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Only a container: Tab goes straight to the controls, which the scroll area
        # brings into view as they take focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(self.tr("Page"))
        # Let the window colour show through the scroll area.
        scroll.viewport().setAutoFillBackground(False)
        holder.setAutoFillBackground(False)

        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(0)
        self._outer.addWidget(scroll)

    def add_footer(self, layout: QLayout) -> None:
        """``layout`` below the scrolling column, aligned with it, always visible."""
        inner = QWidget()
        inner.setMaximumWidth(self._width)
        box = QVBoxLayout(inner)
        box.setContentsMargins(24, 12, 24, 20)
        box.addLayout(layout)
        holder = QWidget()
        holder.setObjectName("pageFooter")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(inner, 100)
        row.addStretch(1)
        self._outer.addWidget(holder)
