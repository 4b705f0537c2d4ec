"""Help > About Reflect: the version, the promise in one line, the licence and the
notices of every third-party component (``resources/legal``, shipped in every package).

It holds no journal text, so it opens while the journal is locked too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import reflect
from reflect.core import resources


def legal_text(name: str) -> str:
    """``LICENSE`` or ``THIRD-PARTY.txt``; a plain sentence if a package lost it."""
    try:
        return resources.read_text(f"legal/{name}")
    except FileNotFoundError:
        return QCoreApplication.translate(
            "AboutDialog",
            "This copy of Reflect is missing its file {name}. Reflect's licence is the GNU "
            "General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0",
        ).format(name=name)


class AboutDialog(QDialog):
    """Three tabs: About, Licence, Third-party notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Reflect"))
        self.setAccessibleName(self.tr("About Reflect"))
        self.resize(620, 560)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aboutTabs")
        self.tabs.addTab(self._summary(), self.tr("About"))
        self.licence = self._text_page("aboutLicence", legal_text("LICENSE"), self.tr("Licence"))
        self.tabs.addTab(self.licence, self.tr("Licence"))
        self.notices = self._text_page(
            "aboutThirdParty", legal_text("THIRD-PARTY.txt"), self.tr("Third-party notices")
        )
        self.tabs.addTab(self.notices, self.tr("Third-party notices"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close About")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _summary(self) -> QWidget:
        """The first tab, in a scroll area: at 200% text it is taller than the dialog."""
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget(scroll)
        title = QLabel(self.tr("Reflect {version}").format(version=reflect.__version__), page)
        title.setObjectName("aboutTitle")
        title.setProperty("role", "title")
        self.version_label = title
        body = QLabel(
            self.tr(
                "A private journal for clinicians in the weeks and months after care goes "
                "wrong. Everything you write is encrypted on this computer, and Reflect never "
                "connects to the internet.\n\n"
                "Reflect is free software: you can share and change it under the terms of the "
                "GNU General Public License, version 3 or (at your option) any later version. "
                "It comes with no warranty. The Licence tab has the full text; the Third-party "
                "notices tab lists the work of others that Reflect is built on, with their "
                "licences."
            ),
            page,
        )
        body.setObjectName("aboutText")
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 16, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)
        scroll.setWidget(page)
        return scroll

    def _text_page(self, name: str, text: str, accessible: str) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setReadOnly(True)
        view.setPlainText(text)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return view
