"""F1: the keyboard shortcuts and a few plain sentences on privacy."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class HelpDialog(QDialog):
    """A calm, non-modal help page; it shows no journal text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Help"))
        self.setAccessibleName(self.tr("Help"))
        self.resize(560, 620)

        self.text = QLabel(self._html(), self)
        self.text.setObjectName("helpText")
        self.text.setAccessibleName(self.tr("Shortcuts and privacy"))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.setContentsMargins(8, 8, 8, 8)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Help"))
        scroll.setWidget(self.text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close help"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do), in the order shown."""
        return [
            ("Ctrl+N", self.tr("Start a new entry")),
            ("Ctrl+F", self.tr("Search your entries")),
            ("Ctrl+L", self.tr("Lock the journal")),
            ("Ctrl+Shift+H", self.tr("Hide at once: lock and minimise")),
            ("Ctrl+,", self.tr("Settings")),
            ("F1", self.tr("This help")),
            ("Ctrl+B  ·  Ctrl+I", self.tr("Bold  ·  italic")),
            ("Ctrl+Alt+H", self.tr("Make the line a heading")),
            ("Ctrl+Alt+U", self.tr("Make the line a list item")),
            ("Ctrl+Alt+Q", self.tr("Make the line a quote")),
            ("Ctrl+Shift+P", self.tr("Preview the entry, or go back to writing")),
            (self.tr("Delete (in the list)"), self.tr("Delete the selected entry, after asking")),
            (
                self.tr("Tab  ·  Shift+Tab"),
                self.tr("Move between the list, the search and the editor"),
            ),
        ]

    def privacy_notes(self) -> list[str]:
        return [
            self.tr(
                "Everything you write is encrypted and stays on this computer. "
                "Reflect never connects to the internet."
            ),
            self.tr("Reflect saves as you type. There is no Save button to remember."),
            self.tr(
                "A personal journal may not be legally protected. Write about what you felt "
                "and what you learned rather than a record of the case, and leave out names, "
                "dates of birth and record numbers. Reflect underlines text that looks like a "
                "patient detail, so you can decide."
            ),
            self.tr(
                "Lock the journal with Ctrl+L when you step away. If you forget your "
                "passphrase, only your recovery key can open it."
            ),
        ]

    def _html(self) -> str:
        rows = "".join(
            f"<tr><td style='padding:4px 18px 4px 0; white-space:nowrap'><b>{html.escape(k)}</b>"
            f"</td><td style='padding:4px 0'>{html.escape(v)}</td></tr>"
            for k, v in self.shortcuts()
        )
        notes = "".join(
            f"<p style='margin:0 0 10px 0'>{html.escape(n)}</p>" for n in self.privacy_notes()
        )
        return (
            f"<h3>{html.escape(self.tr('Keyboard shortcuts'))}</h3>"
            f"<table cellspacing='0'>{rows}</table>"
            f"<h3 style='margin-top:18px'>{html.escape(self.tr('Your privacy'))}</h3>{notes}"
        )
