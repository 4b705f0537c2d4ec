"""One kind of window for a page shown on its own: stage guide, trends, Support."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget


class PageWindow(QDialog):
    """A non-modal window around one page, so it stays open beside anything else."""

    def __init__(
        self,
        page: QWidget,
        title: str,
        name: str,
        parent: QWidget | None = None,
        *,
        size: tuple[int, int] = (980, 760),
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, on=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)
        self.resize(*size)

    def bring_forward(self) -> None:
        """Show it, above the other windows, with the keyboard in it."""
        self.show()
        self.raise_()
        self.activateWindow()
