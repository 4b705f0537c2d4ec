"""Light Markdown highlighting for the entry editor, plus gentle identifier underlines.

Only single-block rules (headings, quotes, list markers, bold, italic), so typing in
one paragraph re-highlights that paragraph and nothing else: a 20,000-word entry
costs the same per keystroke as a short one.

Identifier findings are not computed here. ``IdentifierMarker`` scans paragraphs on
a debounce and stores its findings keyed by the paragraph's text; ``highlightBlock``
only looks them up, so a keystroke never waits for the scan.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

_HEADING = re.compile(r"^(#{1,6})\s+\S")
_QUOTE = re.compile(r"^\s{0,3}>")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*_\w])([*_])(?![\s*_])(.+?)(?<![\s*_])\1(?![*_\w])")

# How many distinct paragraphs' findings to remember; old ones are simply rescanned.
_CACHE_LIMIT = 4000


@dataclass(frozen=True)
class Mark:
    """A span in one paragraph that looks like it could identify someone."""

    start: int
    end: int
    kind: str


class MarkdownHighlighter(QSyntaxHighlighter):
    """Quiet Markdown highlighting; colours come from the palette so dark mode works."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._marks: OrderedDict[str, tuple[Mark, ...]] = OrderedDict()
        self.set_palette(palette)

    # --- appearance ---------------------------------------------------------

    def set_palette(self, palette: QPalette) -> None:
        """Derive the formats from ``palette`` (called again when the theme changes)."""
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        muted = _mix(text, base, 0.45)
        accent = palette.color(QPalette.ColorRole.Link)

        self._heading = QTextCharFormat()
        self._heading.setFontWeight(QFont.Weight.DemiBold)
        self._heading.setForeground(text)
        self._marker = QTextCharFormat()
        self._marker.setForeground(muted)
        self._quote = QTextCharFormat()
        self._quote.setForeground(_mix(text, base, 0.25))
        self._quote.setFontItalic(True)
        self._bold = QTextCharFormat()
        self._bold.setFontWeight(QFont.Weight.Bold)
        self._italic = QTextCharFormat()
        self._italic.setFontItalic(True)
        self._identifier = QTextCharFormat()
        self._identifier.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self._identifier.setUnderlineColor(accent)
        self.rehighlight()

    # --- identifier marks ---------------------------------------------------

    def marks_for(self, text: str) -> tuple[Mark, ...] | None:
        """Findings stored for a paragraph with exactly this text, or None if not scanned."""
        return self._marks.get(text)

    def store_marks(self, text: str, marks: Sequence[Mark]) -> None:
        self._marks[text] = tuple(marks)
        self._marks.move_to_end(text)
        while len(self._marks) > _CACHE_LIMIT:
            self._marks.popitem(last=False)

    def forget_marks(self) -> None:
        """Drop every stored paragraph (they hold journal text)."""
        self._marks.clear()

    # --- highlighting -------------------------------------------------------

    def highlightBlock(self, text: str) -> None:
        if not text:
            return
        heading = _HEADING.match(text)
        if heading:
            self.setFormat(0, len(text), self._heading)
            self.setFormat(0, len(heading.group(1)), self._marker)
        elif _QUOTE.match(text):
            self.setFormat(0, len(text), self._quote)
        else:
            listed = _LIST.match(text)
            if listed:
                self.setFormat(0, listed.end(), self._marker)
        if "*" in text or "_" in text:
            self._inline(text)
        marks = self._marks.get(text)
        if marks:
            for mark in marks:
                fmt = QTextCharFormat(self.format(mark.start))
                fmt.merge(self._identifier)
                self.setFormat(mark.start, mark.end - mark.start, fmt)

    def _inline(self, text: str) -> None:
        for match in _BOLD.finditer(text):
            self._emphasis(match, self._bold)
        for match in _ITALIC.finditer(text):
            self._emphasis(match, self._italic)

    def _emphasis(self, match: re.Match[str], style: QTextCharFormat) -> None:
        start, end = match.span()
        marker = len(match.group(1))
        for pos in range(start + marker, end - marker):
            fmt = QTextCharFormat(self.format(pos))
            fmt.merge(style)
            self.setFormat(pos, 1, fmt)
        self.setFormat(start, marker, self._marker)
        self.setFormat(end - marker, marker, self._marker)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way toward ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )
