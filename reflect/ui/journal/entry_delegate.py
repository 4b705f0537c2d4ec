"""How one row of the entry list looks: date, title, event, tags and a short preview.

Rows all have the same height (the list uses uniform item sizes, which is what keeps
100,000 entries quick to scroll). Search matches arrive marked with ``MATCH_START``
and ``MATCH_END``; they are drawn bold on a soft background, never parsed as HTML.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reflect.core.journal.models import MATCH_END, MATCH_START
from reflect.ui.common import theme
from reflect.ui.common.dates import date_and_time

ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_DATE = Qt.ItemDataRole.UserRole + 2
ROLE_TITLE_MARKED = Qt.ItemDataRole.UserRole + 3
ROLE_EVENT = Qt.ItemDataRole.UserRole + 4
ROLE_TAGS = Qt.ItemDataRole.UserRole + 5
ROLE_PREVIEW_MARKED = Qt.ItemDataRole.UserRole + 6

_PAD_X = 14.0
_PAD_Y = 10.0
_GAP = 3.0
_PREVIEW_LINES = 2
_MARKERS = {MATCH_START, MATCH_END}


def format_when(when: datetime, locale: QLocale | None = None) -> str:
    """``Tue 3 Mar 2026 · 21:40`` in local time, in the locale's order and words."""
    return date_and_time(when, locale, weekday=True)


def parse_marked(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Split marked text into plain text and ``(start, length)`` spans of the matches."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    length = 0
    for char in text:
        if char == MATCH_START:
            start = length
        elif char == MATCH_END:
            if start is not None and length > start:
                spans.append((start, length - start))
            start = None
        else:
            plain.append(char)
            length += 1
    return "".join(plain), spans


def strip_marks(text: str) -> str:
    return "".join(c for c in text if c not in _MARKERS)


class EntryDelegate(QStyledItemDelegate):
    """Paints an entry row with calm typography."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    # --- fonts and size -----------------------------------------------------

    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        small = QFont(base)
        small.setPointSizeF(max(size * 0.88, 7.5))
        title = QFont(base)
        title.setPointSizeF(size * 1.08)
        title.setWeight(QFont.Weight.DemiBold)
        return small, title, QFont(base)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        small, title, body = self._fonts(option.font)
        height = (
            2 * _PAD_Y
            + QFontMetricsF(small).height()
            + QFontMetricsF(title).height()
            + _PREVIEW_LINES * QFontMetricsF(body).lineSpacing()
            + QFontMetricsF(small).height()
            + 3 * _GAP
        )
        return QSize(240, int(height + 0.999))

    # --- painting -----------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = QRectF(opt.rect)
        palette: QPalette = opt.palette
        state = opt.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        small, title_font, body_font = self._fonts(opt.font)
        colors = theme.colors()

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect.adjusted(4, 2, -4, -2), 6, 6)
            text = palette.color(QPalette.ColorRole.HighlightedText)
            muted = QColor(text)
            muted.setAlphaF(0.82)
            accent = text
        else:
            if state & QStyle.StateFlag.State_MouseOver:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
                painter.drawRoundedRect(rect.adjusted(4, 2, -4, -2), 6, 6)
            text = palette.color(QPalette.ColorRole.Text)
            muted = QColor(colors["muted"])
            accent = QColor(colors["accent"])
            painter.setPen(QColor(colors["border"]))
            painter.drawLine(
                QPointF(rect.left() + _PAD_X, rect.bottom()),
                QPointF(rect.right() - _PAD_X, rect.bottom()),
            )
        match = QTextCharFormat()
        match.setFontWeight(QFont.Weight.Bold)
        if selected:
            match.setFontUnderline(True)
        else:
            match.setBackground(QColor(colors["accent_soft"]))

        inner = rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        y = inner.top()
        y += self._date_line(painter, index, inner, y, small, muted)
        y += _GAP
        title = str(index.data(ROLE_TITLE_MARKED) or "")
        if not strip_marks(title).strip():
            title = self.tr("Untitled")
        y += draw_marked(
            painter, title, title_font, text, QRectF(inner.left(), y, inner.width(), 0), 1, match
        )
        y += _GAP
        preview = str(index.data(ROLE_PREVIEW_MARKED) or "")
        draw_marked(
            painter,
            preview,
            body_font,
            muted,
            QRectF(inner.left(), y, inner.width(), 0),
            _PREVIEW_LINES,
            match,
        )
        y += _PREVIEW_LINES * QFontMetricsF(body_font).lineSpacing() + _GAP
        self._tags_line(painter, index, inner, y, small, accent)
        if opt.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(
                palette.color(
                    QPalette.ColorRole.Highlight
                    if not selected
                    else QPalette.ColorRole.HighlightedText
                )
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(5, 3, -5, -3), 6, 6)
        painter.restore()

    def _date_line(
        self,
        painter: QPainter,
        index: QModelIndex | QPersistentModelIndex,
        inner: QRectF,
        y: float,
        font: QFont,
        muted: QColor,
    ) -> float:
        """The date, then the event (if any): only the event is cut short when narrow."""
        metrics = QFontMetricsF(font)
        line = str(index.data(ROLE_DATE) or "")
        event = str(index.data(ROLE_EVENT) or "")
        if event:
            line = f"{line}  ·  {event}"
        painter.setFont(font)
        painter.setPen(muted)
        painter.drawText(
            QRectF(inner.left(), y, inner.width(), metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner.width()),
        )
        return metrics.height()

    def _tags_line(
        self,
        painter: QPainter,
        index: QModelIndex | QPersistentModelIndex,
        inner: QRectF,
        y: float,
        font: QFont,
        accent: QColor,
    ) -> None:
        tags = [str(t) for t in (index.data(ROLE_TAGS) or [])]
        if not tags:
            return
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(accent)
        painter.drawText(
            QRectF(inner.left(), y, inner.width(), metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(
                "   ".join(f"#{t}" for t in tags), Qt.TextElideMode.ElideRight, inner.width()
            ),
        )


def draw_marked(
    painter: QPainter,
    marked: str,
    font: QFont,
    color: QColor,
    rect: QRectF,
    max_lines: int,
    match: QTextCharFormat,
) -> float:
    """Draw marked text wrapped to at most ``max_lines`` lines, ending in "…" if cut.

    Returns the height used.
    """
    # Collapse line breaks and runs of spaces first (the markers are not whitespace).
    plain, spans = parse_marked(" ".join(marked.split()))
    layout = _layout(plain, spans, font, rect.width(), max_lines, match)
    cut = len(plain)
    for _ in range(8):
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        last = lines[-1] if lines else None
        if last is None or last.textStart() + last.textLength() >= len(plain):
            break
        cut = min(cut, last.textStart() + last.textLength()) - 2
        plain = plain[: max(cut, 0)].rstrip() + "…"
        spans = [(s, min(n, len(plain) - 1 - s)) for s, n in spans if s < len(plain) - 1]
        layout = _layout(plain, spans, font, rect.width(), max_lines, match)
    painter.setPen(color)
    layout.draw(painter, rect.topLeft())
    return layout.boundingRect().height() if layout.lineCount() else QFontMetricsF(font).height()


def _layout(
    plain: str,
    spans: list[tuple[int, int]],
    font: QFont,
    width: float,
    max_lines: int,
    match: QTextCharFormat,
) -> QTextLayout:
    layout = QTextLayout(plain, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    ranges = []
    for start, length in spans:
        if length <= 0:
            continue
        fr = QTextLayout.FormatRange()
        fr.start = start
        fr.length = length
        fr.format = match
        ranges.append(fr)
    layout.setFormats(ranges)
    layout.beginLayout()
    y = 0.0
    for _ in range(max_lines):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 10.0))
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout
