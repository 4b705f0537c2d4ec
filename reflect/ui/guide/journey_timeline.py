"""An event's journey drawn as a timeline: a band per stretch of time, by stage.

Each stretch (``stage_spans``) is a band as long as it lasted, raised to its stage
(1 low, 6 high), so going forward climbs and a return steps down, drawn the same
calm way: a return is part of the way, never a red mark. The dates of the first
day and today sit under it. The same stretches are listed in words beside it
(``JourneyView``) for screen readers and for exact dates.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reflect.core.guide.rules import stage_spans
from reflect.core.journal.models import StageChange
from reflect.ui.common import theme
from reflect.ui.common.dates import medium_date
from reflect.ui.guide.common import tr

STAGES = 6


class JourneyTimeline(QWidget):
    """Object name ``journeyTimeline``; ``show_history(history, now)`` draws it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journeyTimeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bands: list[tuple[int, datetime, datetime, bool]] = []
        """(stage, from, to, a return) for each band drawn (tests read it)."""
        self._now = datetime.now().astimezone()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(480, line * 9)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.fontMetrics().height() * 9)

    def show_history(self, history: list[StageChange], now: datetime) -> None:
        self._now = now
        self.bands = [
            (span.stage, span.start, span.end or now, span.is_return)
            for span in stage_spans(history)
        ]
        if self.bands:
            first = medium_date(self.bands[0][1])
            stages = " → ".join(str(stage) for stage, *_ in self.bands)
            self.setAccessibleName(
                tr("Journey since %1: stages %2").replace("%1", first).replace("%2", stages)
            )
        else:
            self.setAccessibleName(tr("Journey: no stage chosen yet"))
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.bands:
            return
        colours = theme.colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        area = QRectF(line * 2.2, line * 0.5, self.width() - line * 2.8, line * 6)
        start, end = self.bands[0][1], max(self._now, self.bands[-1][2])
        span = max((end - start).total_seconds(), 1.0)
        step = area.height() / STAGES

        grid = QPen(QColor(colours["border"]), 1, Qt.PenStyle.DotLine)
        painter.setPen(grid)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        painter.setFont(small)
        for stage in range(1, STAGES + 1):
            y = area.bottom() - stage * step + step / 2
            painter.setPen(grid)
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(QColor(colours["muted"]))
            painter.drawText(QRectF(0, y - line / 2, area.left() - 6, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             str(stage))  # fmt: skip

        accent, soft = QColor(colours["accent"]), QColor(colours["accent_soft"])
        for stage, begin, finish, is_return in self.bands:
            x0 = area.left() + area.width() * (begin - start).total_seconds() / span
            x1 = area.left() + area.width() * (finish - start).total_seconds() / span
            top = area.bottom() - stage * step + step * 0.2
            band = QRectF(x0, top, max(x1 - x0, 4.0), step * 0.6)
            painter.setPen(
                QPen(accent, 1.5, Qt.PenStyle.DashLine if is_return else Qt.PenStyle.SolidLine)
            )
            painter.setBrush(soft)
            painter.drawRoundedRect(band, 3, 3)

        painter.setPen(QColor(colours["text"]))
        under = QRectF(area.left(), area.bottom() + 4, area.width(), line * 1.2)
        painter.drawText(under, int(Qt.AlignmentFlag.AlignLeft), medium_date(start))
        painter.drawText(under, int(Qt.AlignmentFlag.AlignRight), tr("today"))
        painter.end()
