"""The therapist export as a PDF, made in memory with QtGui only (no WebEngine).

Layout: a cover page (title, "Private — prepared for my therapist", the date
range); an overview page when the user asked for the check-in trend chart or the
stage timeline (both drawn here with QPainter, from numbers only); then the
entries, each starting on a new page with its date and stage, and a page number on
every page.

The PDF is painted into a QBuffer, post-processed with pypdf (metadata replaced by
just Title and Producer "Reflect", the XMP packet and creation dates removed;
optional AES-256 password) and only then written, atomically, to the chosen path.
No temporary file exists at any point.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from reflect.core.fileio import atomic_write
from reflect.core.journal.markdown_render import render_markdown
from reflect.core.language import tr_core
from reflect.core.portability.exporters.therapist import (
    CHECK_INS,
    NO_CHECKINS,
    NO_STAGES,
    WHERE_I_WAS,
    ExportDocument,
    demote_headings,
    format_day,
    stage_mark_text,
)
from reflect.core.portability.exporters.therapist_weekly import weekly_html
from reflect.ui.common.safe_document import SafeDocument
from reflect.ui.data.pdf_words import PdfWords

__all__ = ["entries_html", "render_pdf", "write_pdf"]

Progress = Callable[[int, int], None]

_RESOLUTION = 300
_INK = QColor("#222222")
_MUTED = QColor("#5a5a5a")
_GRID = QColor("#d6d6d6")
_ACCENT = QColor("#2f5d8a")
_CSS = """
h1 { font-size: 20pt; }
h2 { font-size: 15pt; margin-top: 0; }
h3 { font-size: 13pt; } h4 { font-size: 12pt; } h5, h6 { font-size: 11pt; }
p, li { font-size: 11pt; line-height: 140%; }
.meta { color: #5a5a5a; font-size: 10pt; }
blockquote { color: #444444; margin-left: 16px; }
pre, code { font-family: monospace; font-size: 10pt; }
table { border-collapse: collapse; }
td, th { padding: 3px; }
"""


def render_pdf(
    document: ExportDocument, *, password: str | None = None, progress: Progress | None = None
) -> bytes:
    """Render the document to PDF bytes (in memory only).

    Args:
        document: the redacted document from reflect.core.portability.exporters.therapist.
        password: when given, the PDF is encrypted with AES-256 and needs it to open.
        progress: called with (pages done, pages in all) while painting.
    """
    raw = _paint(document, progress)
    return _finish(raw, password)


def write_pdf(
    document: ExportDocument,
    path: Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
) -> None:
    """Render and write atomically to ``path``; nothing is written anywhere else."""
    atomic_write(path, render_pdf(document, password=password, progress=progress))


def entries_html(document: ExportDocument) -> str:
    """The entries as Qt rich text: what the PDF prints after the cover and overview."""
    parts = [f"<html><head><style>{_CSS}</style></head><body>"]
    for index, entry in enumerate(document.entries):
        # Entries follow one another (a rule between them), as in a notebook: a page
        # per entry made three short entries five pages. Long entries still break.
        if index:
            parts.append('<hr class="between"/>')
        parts.append(f"<h2>{html.escape(entry.date_label)}</h2>")
        parts.append(f"<h3>{html.escape(entry.heading)}</h3>")
        if entry.stage_label:
            parts.append(f'<p class="meta">{html.escape(entry.stage_label)}</p>')
        parts.append(render_markdown(demote_headings(entry.body_markdown)))
    parts.append("</body></html>")
    return "".join(parts)


# -- painting -------------------------------------------------------------------------


def _paint(document: ExportDocument, progress: Progress | None) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 22),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle("Reflect")
    writer.setCreator("Reflect")
    page = QRectF(writer.pageLayout().paintRectPixels(_RESOLUTION)).translated(
        -writer.pageLayout().paintRectPixels(_RESOLUTION).topLeft().toPointF()
    )
    footer_height = _mm(10)
    body_rect = QRectF(0, 0, page.width(), page.height() - footer_height)

    body = SafeDocument()
    body.documentLayout().setPaintDevice(writer)
    body.setDefaultFont(QFont("Serif", 11))
    body.setDocumentMargin(0)
    body.setPageSize(QSizeF(body_rect.width(), body_rect.height()))
    body.setHtml(entries_html(document))
    has_overview = (
        document.include_trends or document.include_weekly or document.include_stage_timeline
    )
    total = 1 + int(has_overview) + body.pageCount()

    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        number = 1
        _cover(painter, writer, page, document)
        _footer(painter, page, number, total)
        _tick(progress, number, total)
        if has_overview:
            writer.newPage()
            number += 1
            _overview(painter, writer, body_rect, document)
            _footer(painter, page, number, total)
            _tick(progress, number, total)
        for index in range(body.pageCount()):
            writer.newPage()
            number += 1
            painter.save()
            painter.translate(0, -index * body_rect.height())
            body.drawContents(
                painter,
                QRectF(0, index * body_rect.height(), body_rect.width(), body_rect.height()),
            )
            painter.restore()
            _footer(painter, page, number, total)
            _tick(progress, number, total)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _mm(value: float) -> float:
    return value / 25.4 * _RESOLUTION


def _text_block(writer: QPdfWriter, markup: str, width: float) -> QTextDocument:
    block = SafeDocument()
    block.documentLayout().setPaintDevice(writer)
    block.setDefaultFont(QFont("Serif", 11))
    block.setDocumentMargin(0)
    block.setTextWidth(width)
    block.setHtml(f"<html><head><style>{_CSS}</style></head><body>{markup}</body></html>")
    return block


def _cover(painter: QPainter, writer: QPdfWriter, page: QRectF, document: ExportDocument) -> None:
    markup = (
        f'<p style="font-size: 26pt; font-weight: bold;">{html.escape(document.title)}</p>'
        f'<p style="font-size: 13pt; color: #5a5a5a;">{html.escape(document.private_label)}</p>'
        f'<p style="font-size: 13pt;">{html.escape(document.date_range_label)}</p>'
        f'<p style="font-size: 11pt; color: #5a5a5a;">'
        f"{html.escape(PdfWords().entries(len(document.entries)))}</p>"
    )
    block = _text_block(writer, markup, page.width())
    painter.save()
    painter.translate(0, page.height() * 0.28)
    painter.setPen(QPen(_ACCENT, _mm(0.8)))
    painter.drawLine(QPointF(0, -_mm(8)), QPointF(page.width() * 0.3, -_mm(8)))
    block.drawContents(painter)
    painter.restore()


def _footer(painter: QPainter, page: QRectF, number: int, total: int) -> None:
    painter.save()
    font = QFont("Sans Serif", 8)
    painter.setFont(font)
    painter.setPen(_MUTED)
    rect = QRectF(0, page.height() - _mm(6), page.width(), _mm(6))
    painter.drawText(
        rect,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        PdfWords().page(number, total),
    )
    painter.drawText(
        rect,
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        PdfWords().private(),
    )
    painter.restore()


def _overview(
    painter: QPainter, writer: QPdfWriter, rect: QRectF, document: ExportDocument
) -> None:
    top = 0.0
    if document.include_trends:
        heading = _text_block(writer, f"<h2>{_esc(tr_core(CHECK_INS))}</h2>", rect.width())
        _draw_at(painter, heading, top)
        top += heading.size().height() + _mm(3)
        chart = QRectF(0, top, rect.width(), _mm(70))
        if document.trends:
            points = [(p.day, p.distress) for p in document.trends]
            _line_chart(painter, chart, points, 10, step=False)
            legend = _text_block(
                writer,
                '<p class="meta">'
                + _esc(
                    tr_core(
                        "Distress at each check-in, averaged per day "
                        "(0 = calm, 10 = the worst it gets)."
                    )
                )
                + "</p>",
                rect.width(),
            )
            _draw_at(painter, legend, chart.bottom() + _mm(2))
            top = chart.bottom() + _mm(2) + legend.size().height() + _mm(8)
        else:
            note = _text_block(writer, f"<p>{_esc(tr_core(NO_CHECKINS))}</p>", rect.width())
            _draw_at(painter, note, top)
            top += note.size().height() + _mm(8)
    if document.include_weekly:
        weekly = _text_block(
            writer,
            weekly_html(document.weekly, document.support_names, document.weekly_note, format_day),
            rect.width(),
        )
        _draw_at(painter, weekly, top)
        top += weekly.size().height() + _mm(8)
    if document.include_stage_timeline:
        heading = _text_block(writer, f"<h2>{_esc(tr_core(WHERE_I_WAS))}</h2>", rect.width())
        _draw_at(painter, heading, top)
        top += heading.size().height() + _mm(3)
        if document.stages:
            chart = QRectF(0, top, rect.width(), _mm(55))
            _line_chart(
                painter, chart, [(m.day, float(m.stage)) for m in document.stages], 6, step=True
            )
            top = chart.bottom() + _mm(4)
            items = "".join(f"<li>{_esc(stage_mark_text(m))}</li>" for m in document.stages)
            _draw_at(painter, _text_block(writer, f"<ul>{items}</ul>", rect.width()), top)
        else:
            note = _text_block(writer, f"<p>{_esc(tr_core(NO_STAGES))}</p>", rect.width())
            _draw_at(painter, note, top)


def _draw_at(painter: QPainter, block: QTextDocument, top: float) -> None:
    painter.save()
    painter.translate(0, top)
    block.drawContents(painter)
    painter.restore()


def _line_chart(
    painter: QPainter,
    rect: QRectF,
    points: Sequence[tuple[date, float]],
    maximum: int,
    *,
    step: bool,
) -> None:
    """Axes, a light grid, and one line (a step line for stages), scaled to ``rect``."""
    painter.save()
    painter.setFont(QFont("Sans Serif", 8))
    label_w, label_h = _mm(8), _mm(6)
    plot = QRectF(
        rect.left() + label_w,
        rect.top() + _mm(2),
        rect.width() - label_w - _mm(2),
        rect.height() - label_h - _mm(2),
    )
    first = min(d for d, _ in points)
    last = max(d for d, _ in points)
    span = max((last - first).days, 1)

    def at(day: date, value: float) -> QPointF:
        fraction = (day - first).days / span if last != first else 0.5
        x = plot.left() + plot.width() * fraction
        return QPointF(x, plot.bottom() - plot.height() * value / maximum)

    ticks = range(1, maximum + 1) if step else range(0, maximum + 1, max(maximum // 2, 1))
    for tick in ticks:
        y = plot.bottom() - plot.height() * tick / maximum
        painter.setPen(QPen(_GRID, _mm(0.2)))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(_MUTED)
        label = QRectF(rect.left(), y - _mm(3), label_w - _mm(1.5), _mm(6))
        painter.drawText(label, int(_RIGHT_MIDDLE), str(tick))
    painter.setPen(QPen(_MUTED, _mm(0.3)))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    half = plot.width() / 2
    below = plot.bottom() + _mm(1)
    painter.drawText(QRectF(plot.left(), below, half, label_h), int(_LEFT_TOP), format_day(first))
    if last != first:
        where = QRectF(plot.center().x(), below, half, label_h)
        painter.drawText(where, int(_RIGHT_TOP), format_day(last))
    path = QPainterPath(at(*points[0]))
    for index, (day, value) in enumerate(points[1:], start=1):
        if step:
            path.lineTo(at(day, points[index - 1][1]))
        path.lineTo(at(day, value))
    if step:
        path.lineTo(QPointF(plot.right(), at(*points[-1]).y()))
    painter.setPen(QPen(_ACCENT, _mm(0.6)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setBrush(_ACCENT)
    painter.setPen(Qt.PenStyle.NoPen)
    for day, value in points:
        painter.drawEllipse(at(day, value), _mm(0.9), _mm(0.9))
    painter.restore()


_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_RIGHT_TOP = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
_LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


# -- metadata and password --------------------------------------------------------------


def _finish(raw: bytes, password: str | None) -> bytes:
    """Replace Qt's metadata with the bare minimum and optionally encrypt (AES-256)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw)))
    root = writer.root_object
    # Qt's XMP packet repeats the title and adds dates and Qt's name: drop it whole.
    if NameObject("/Metadata") in root:
        del root[NameObject("/Metadata")]
    writer.metadata = None  # no CreationDate, Creator or anything else Qt or pypdf wrote
    writer.add_metadata({"/Title": "Reflect", "/Producer": "Reflect"})
    if password:
        writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _esc(text: str) -> str:
    return html.escape(text)
