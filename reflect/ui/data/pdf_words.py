"""The PDF's own words (its cover count, its footer), in the user's language.

``tr()`` in a class, so lupdate files them under the context they run in: Qt's
plural forms need it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class PdfWords(QObject):
    """The PDF's words outside the document model."""

    def entries(self, count: int) -> str:
        return self.tr("%Ln entry(s)", "", count)

    def page(self, number: int, total: int) -> str:
        return self.tr("Page {number} of {total}").format(number=number, total=total)

    def private(self) -> str:
        return self.tr("Private")
