"""The parts of the trends view beyond distress: a line per chosen measure, the
PHQ-2/GAD-2 cut-off line, and the table a screen reader can read.

Each measure keeps one colour in both themes' families, so "GAD-2" is the same
line whatever else is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCharts import QChart, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from reflect.core.guide.trends import Measure, table_rows
from reflect.core.journal.models import CheckIn
from reflect.ui.common import theme
from reflect.ui.common.dates import date_and_time
from reflect.ui.guide.common import tr

# Colours that stay apart from each other and from the accent (distress), per theme.
_LIGHT = ("#6a4c93", "#b3541e", "#1f6fb2", "#5b7f1a", "#9c2f6b", "#7a6a00", "#4f5b66", "#00838f")
_DARK = ("#c3a6f0", "#f0a272", "#8cc4f2", "#b5d67a", "#f29ac6", "#e3d36a", "#b4bec8", "#7fd8e0")


def colour_for(index: int) -> QColor:
    """The colour of the ``index``-th measure after distress."""
    family = _DARK if theme.is_dark() else _LIGHT
    return QColor(family[index % len(family)])


def add_measure(
    chart: QChart,
    measure: Measure,
    checkins: Sequence[CheckIn],
    colour: QColor,
    axes: tuple[QDateTimeAxis, QValueAxis],
) -> int:
    """Draw ``measure`` as a line with dots; returns how many points it has."""
    points = [QPointF(when.timestamp() * 1000.0, v) for when, v in measure.points(checkins)]
    line = QLineSeries()
    line.setName(tr(measure.label))
    line.setPen(QPen(colour, 2, Qt.PenStyle.SolidLine))
    line.replace(points)
    dots = QScatterSeries()
    dots.setMarkerSize(8)
    dots.setColor(colour)
    dots.setBorderColor(colour)
    dots.replace(points)
    for series in (line, dots):
        chart.addSeries(series)
        series.attachAxis(axes[0])
        series.attachAxis(axes[1])
    for marker in chart.legend().markers(dots):
        marker.setVisible(False)
    return len(points)


def add_cut_off(chart: QChart, at: float, axes: tuple[QDateTimeAxis, QValueAxis]) -> QLineSeries:
    """A dashed line across the chart at ``at`` (the PHQ-2/GAD-2 cut-off)."""
    x_axis, y_axis = axes
    line = QLineSeries()
    line.setName(tr("3 or more: worth talking to someone about"))
    pen = QPen(QColor(theme.colors()["warning"]), 1.5, Qt.PenStyle.DashLine)
    line.setPen(pen)
    start, end = x_axis.min().toMSecsSinceEpoch(), x_axis.max().toMSecsSinceEpoch()
    line.append(float(start), at)
    line.append(float(end), at)
    chart.addSeries(line)
    line.attachAxis(x_axis)
    line.attachAxis(y_axis)
    return line


class TrendsTable(QTableWidget):
    """The chart's numbers as a table: a row per check-in, a column per measure shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("trendsTable")
        self.setAccessibleName(tr("Check-ins as a table"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def show_rows(self, checkins: Sequence[CheckIn], shown: Sequence[Measure]) -> None:
        rows = table_rows(checkins, shown)
        self.clear()
        self.setColumnCount(1 + len(shown))
        self.setHorizontalHeaderLabels([tr("When"), *(tr(m.label) for m in shown)])
        self.setRowCount(len(rows))
        for row, (when, values) in enumerate(reversed(rows)):  # newest first
            self.setItem(row, 0, QTableWidgetItem(_when(when)))
            for column, value in enumerate(values, start=1):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if value is None:
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, tr("not asked"))
                self.setItem(row, column, item)


def _when(when: datetime) -> str:
    return date_and_time(when, weekday=True)
