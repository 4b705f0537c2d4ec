"""Light Markdown highlighting for the entry editor, plus spelling and identifier underlines.

Only single-block rules (headings, quotes, list markers, bold, italic), so typing in
one paragraph re-highlights that paragraph and nothing else: a 20,000-word entry
costs the same per keystroke as a short one.

Identifier findings are not computed here. ``IdentifierMarker`` scans paragraphs on
a debounce and stores its findings keyed by the paragraph's text; ``highlightBlock``
only looks them up, so a keystroke never waits for the scan.

Spelling is checked here, as the paragraph is highlighted: a dictionary lookup
per word, remembered, costs a few microseconds. The word being typed (the one
ending at the cursor) is left alone until the cursor leaves it, so "recei" is not
underlined on the way to "receive". The two underlines differ: a wavy red line
for spelling, a dotted line in the accent colour for identifiers; where both
apply, the identifier's wins.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from reflect.ui.common import theme

_HEADING = re.compile(r"^(#{1,6})\s+\S")
_QUOTE = re.compile(r"^\s{0,3}>")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*_\w])([*_])(?![\s*_])(.+?)(?<![\s*_])\1(?![*_\w])")

# How many distinct paragraphs' findings to remember; old ones are simply rescanned.
_CACHE_LIMIT = 4000


class SpellingLike(Protocol):
    """What the highlighter needs of ``reflect.core.spelling.checker.SpellChecker``."""

    def misspelled(self, paragraph: str) -> Sequence[WordLike]: ...


class WordLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


# The spelling underline's colour: the themes' "danger" red (the palette has no such role).
SPELLING_LIGHT = QColor(theme.LIGHT["danger"])
SPELLING_DARK = QColor(theme.DARK["danger"])


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
        self._spelling: SpellingLike | None = None
        self._cursor: Callable[[], int] = lambda: -1
        self.typing_skipped: tuple[int, int, int] | None = None
        """(block number, start, end) of the word left unchecked while being typed."""
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
        self._misspelled = QTextCharFormat()
        self._misspelled.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        dark = base.lightness() < text.lightness()
        self._misspelled.setUnderlineColor(SPELLING_DARK if dark else SPELLING_LIGHT)
        self.rehighlight()

    # --- spelling -------------------------------------------------------------

    def set_spelling(self, checker: SpellingLike | None, cursor: Callable[[], int]) -> None:
        """Check spelling with ``checker`` (None: don't); ``cursor`` gives the text
        cursor's document position, to spare the word being typed."""
        self._spelling = checker
        self._cursor = cursor
        self.typing_skipped = None
        self.rehighlight()

    @property
    def spelling(self) -> SpellingLike | None:
        return self._spelling

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
        if self._spelling is not None:
            self._underline_misspelled(text)
        marks = self._marks.get(text)
        if marks:
            for mark in marks:
                fmt = QTextCharFormat(self.format(mark.start))
                fmt.merge(self._identifier)
                self.setFormat(mark.start, mark.end - mark.start, fmt)

    def _underline_misspelled(self, text: str) -> None:
        assert self._spelling is not None
        block = self.currentBlock()
        typing_at = self._cursor() - block.position()
        if self.typing_skipped and self.typing_skipped[0] == block.blockNumber():
            self.typing_skipped = None
        for word in self._spelling.misspelled(text):
            if word.end == typing_at:
                self.typing_skipped = (block.blockNumber(), word.start, word.end)
                continue
            fmt = QTextCharFormat(self.format(word.start))
            fmt.merge(self._misspelled)
            self.setFormat(word.start, word.end - word.start, fmt)

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
