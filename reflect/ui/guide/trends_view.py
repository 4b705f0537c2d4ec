"""Check-ins over time, per event, with the days the user changed stage marked.

Distress is shown first; sleep, PHQ-2, GAD-2 and each support rating can be
ticked on (``reflect.core.guide.trends`` defines them). PHQ-2 and GAD-2 bring a
dashed line at 3, "worth talking to someone about", never a diagnosis. "Show as
a table" gives the same numbers as a table a screen reader can read.

For the user's own insight: ups and downs are expected and there is nothing to
beat, so there are no streaks, targets or badges. Works with no check-ins (a calm
empty state), one (a single visible point) and many (hundreds plot smoothly).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.core.guide.content import Content
from reflect.core.guide.timeline import day_axis
from reflect.core.guide.trends import SCREEN_CUT_OFF, Measure, measures
from reflect.core.journal.models import CheckIn, StageChange
from reflect.core.journal.repository import Journal
from reflect.ui.common import theme
from reflect.ui.common.dates import date_pattern
from reflect.ui.guide.common import label, tr
from reflect.ui.guide.trends_parts import TrendsTable, add_cut_off, add_measure, colour_for


def _ms(when: datetime) -> float:
    return when.timestamp() * 1000.0


class TrendsView(QWidget):
    """Object name ``trendsView``. ``set_journal`` then pick an event (or all check-ins)."""

    def __init__(
        self, content: Content, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        """``compact``: inside another page (an event's), without the title, the
        caption and the choice of event."""
        super().__init__(parent)
        self.setObjectName("trendsView")
        self.setAccessibleName(tr("Check-ins over time"))
        self._journal: Journal | None = None
        self._stage_labels: list[QGraphicsSimpleTextItem] = []
        self._stage_points: list[tuple[float, int]] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*((0, 0, 0, 0) if compact else (20, 16, 20, 16)))
        if not compact:
            layout.addWidget(label(tr("Check-ins over time"), role="title"))
            layout.addWidget(
                label(
                    content.texts["trends_note"]
                    + " "
                    + tr("Dashed lines mark the days you said where you were with an event."),
                    role="muted",
                )
            )
        row = QHBoxLayout()
        show = label(tr("Show"))
        row.addWidget(show)
        self.events = QComboBox()
        self.events.setObjectName("trendsEvent")
        self.events.setAccessibleName(tr("Which check-ins to show"))
        self.events.currentIndexChanged.connect(self.refresh)
        row.addWidget(self.events, 1)
        if compact:  # the page around it says which event
            show.hide()
            self.events.hide()
            row.addStretch(1)
        self.table_toggle = QPushButton(tr("Show as a table"))
        self.table_toggle.setObjectName("trendsTableToggle")
        self.table_toggle.setCheckable(True)
        self.table_toggle.toggled.connect(
            lambda on: self.table_toggle.setText(
                tr("Show as a chart") if on else tr("Show as a table")
            )
        )
        self.table_toggle.toggled.connect(lambda _on: self.refresh())
        row.addWidget(self.table_toggle)
        layout.addLayout(row)
        self._measures = measures(content.checkin.support_short_names)
        layout.addLayout(self._measure_toggles())

        self.stack = QStackedWidget()
        self.empty = label(
            tr(
                "No check-ins here yet. A check-in takes half a minute; over time this "
                "shows how your days have been."
            ),
            role="muted",
            name="trendsEmpty",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setBackgroundVisible(False)
        # One pair of axes for the view's lifetime; each redraw only changes their range.
        self.x_axis = QDateTimeAxis()
        self.y_axis = QValueAxis()
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.plotAreaChanged.connect(lambda _r: self._place_stage_labels())
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("trendsChart")
        self.chart_view.setAccessibleName(tr("Distress over time"))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(280)
        self.stack.addWidget(self.chart_view)
        self.table = TrendsTable()
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self.summary = label(role="muted", name="trendsSummary")
        layout.addWidget(self.summary)
        self.cut_off_note = label(content.checkin.screen_threshold_note, role="muted")
        self.cut_off_note.setObjectName("trendsCutOffNote")
        layout.addWidget(self.cut_off_note)
        self.checkins: list[CheckIn] = []

    def _measure_toggles(self) -> QGridLayout:
        """A tick box per measure: the daily ones, the weekly screens, the support
        ratings. Three to a row, so the page keeps a laptop's width at 200% text."""
        self.toggles: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        groups = (
            (tr("Daily"), ("distress", "sleep")),
            (tr("Weekly"), ("phq2", "gad2")),
            (tr("Support"), tuple(m.key for m in self._measures if m.key.startswith("support."))),
        )
        by_key = {m.key: m for m in self._measures}
        row = 0
        for title, keys in groups:
            grid.addWidget(label(title, role="muted"), row, 0)
            for index, key in enumerate(keys):
                measure = by_key[key]
                text = (
                    measure.label.split(": ", 1)[-1]
                    if key.startswith("support.")
                    else measure.label
                )
                box = QCheckBox(tr(text))
                box.setObjectName(f"trendsShow-{key}")
                box.setAccessibleName(tr("Show %1").replace("%1", tr(measure.label)))
                box.setChecked(measure.shown_first)
                box.toggled.connect(lambda _on: self.refresh())
                self.toggles[key] = box
                grid.addWidget(box, row + index // 3, 1 + index % 3)
            row += 1 + (len(keys) - 1) // 3
        grid.setColumnStretch(4, 1)
        return grid

    def shown_measures(self) -> list[Measure]:
        """The measures ticked, in the order offered."""
        return [m for m in self._measures if self.toggles[m.key].isChecked()]

    # --- public ---------------------------------------------------------------------

    def set_journal(self, journal: Journal | None, event_id: str | None = None) -> None:
        self._journal = journal
        self.events.blockSignals(True)
        self.events.clear()
        self.events.addItem(tr("All check-ins"), None)
        for event in journal.list_events() if journal is not None else []:
            self.events.addItem(event.title, event.id)
        index = self.events.findData(event_id) if event_id else 0
        self.events.setCurrentIndex(max(index, 0))
        self.events.blockSignals(False)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self.refresh()  # the chart's colours come from the theme

    def refresh(self) -> None:
        """Redraw from the journal for the chosen event."""
        journal = self._journal
        event_id = self.events.currentData()
        self.checkins = journal.list_checkins(event_id) if journal is not None else []
        history: list[StageChange] = []
        if journal is not None:
            # "All check-ins" (the default view) marks every event's stage changes too,
            # as the caption promises; one event's view marks its own.
            events = [event_id] if event_id else [e.id for e in journal.list_events()]
            for one in events:
                history += journal.stage_history(one)
            history.sort(key=lambda change: change.recorded_at)
        self._draw(self.checkins, history)

    # --- drawing --------------------------------------------------------------------

    def _draw(self, checkins: list[CheckIn], history: list[StageChange]) -> None:
        self.chart.removeAllSeries()
        for item in self._stage_labels:
            if (scene := item.scene()) is not None:
                scene.removeItem(item)
        self._stage_labels = []
        self._stage_points = []
        if not checkins:
            self.stack.setCurrentWidget(self.empty)
            self.summary.setText("")
            return
        shown = self.shown_measures()
        screens = any(m.cut_off is not None for m in shown)
        self.cut_off_note.setVisible(screens)
        if self.table_toggle.isChecked():
            self.table.show_rows(checkins, shown)
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.chart_view)
        colours = theme.colors()
        text_colour = QColor(colours["text"])
        grid_colour = QColor(colours["border"])

        distress = any(m.key == "distress" for m in shown)
        series = self._add_distress_series(checkins if distress else [], colours)
        self._set_axes(checkins, history, series, text_colour, grid_colour)
        if not distress:
            for one in series:  # empty, and not to be named in the legend
                for marker in self.chart.legend().markers(one):
                    marker.setVisible(False)
        axes = (self.x_axis, self.y_axis)
        others = [m for m in shown if m.key != "distress"]
        for index, measure in enumerate(others):
            add_measure(self.chart, measure, checkins, colour_for(index), axes)
        if screens:
            add_cut_off(self.chart, SCREEN_CUT_OFF, axes)
        self.y_axis.setTitleText(tr("Distress") if not others else tr("Score"))
        self.chart_view.setAccessibleName(
            tr("Chart of %1; Show as a table gives the same numbers").replace(
                "%1", ", ".join(tr(m.label) for m in shown) or tr("nothing ticked")
            )
        )
        self._mark_stage_changes(history, colours, text_colour)
        self._place_stage_labels()
        days = len({c.created_at.astimezone().date() for c in checkins})
        self.summary.setText(
            tr("%1 check-ins on %2 days.")
            .replace("%1", str(len(checkins)))
            .replace("%2", str(days))
            if len(checkins) != 1
            else tr("One check-in so far.")
        )

    def _add_distress_series(
        self, checkins: list[CheckIn], colours: Mapping[str, str]
    ) -> tuple[QLineSeries, QScatterSeries, QScatterSeries]:
        """The distress line, its points, and the triggered days as squares."""
        line = QLineSeries()
        line.setName(tr("Distress (0–10)"))
        line.setPen(QPen(QColor(colours["accent"]), 2))
        points = [QPointF(_ms(c.created_at), c.distress) for c in checkins]
        line.replace(points)
        dots = QScatterSeries()
        dots.setName(tr("Check-in"))
        dots.setMarkerSize(7 if len(points) > 60 else 10)
        dots.setColor(QColor(colours["accent"]))
        dots.setBorderColor(QColor(colours["accent"]))
        dots.replace(points)
        trig = QScatterSeries()
        trig.setName(tr("Triggered that day"))
        trig.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        trig.setMarkerSize(11)
        trig.setColor(QColor(colours["warning"]))
        trig.setBorderColor(QColor(colours["warning"]))
        trig.replace([QPointF(_ms(c.created_at), c.distress) for c in checkins if c.triggered])
        for series in (line, dots, trig):
            self.chart.addSeries(series)
        return line, dots, trig

    def _set_axes(
        self,
        checkins: list[CheckIn],
        history: list[StageChange],
        series: tuple[QLineSeries, QScatterSeries, QScatterSeries],
        text_colour: QColor,
        grid_colour: QColor,
    ) -> None:
        start = min(c.created_at for c in checkins)
        end = max(c.created_at for c in checkins)
        if history:
            start = min(start, history[0].recorded_at)
            end = max(end, history[-1].recorded_at)
        # Whole local days, ticks on midnights: no date is ever labelled twice.
        day_range = day_axis(start, end)
        x, y = self.x_axis, self.y_axis
        x.setFormat(date_pattern(year=day_range.days > 300))  # the locale's order and marks
        x.setTickCount(day_range.ticks)
        x.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_ms(day_range.start))),
            QDateTime.fromMSecsSinceEpoch(int(_ms(day_range.end))),
        )
        y.setRange(0, 10.8)
        y.setTickCount(3)
        y.setTickInterval(5)
        y.setTickType(QValueAxis.TickType.TicksDynamic)
        y.setTickAnchor(0)
        y.setLabelFormat("%d")
        y.setTitleText(tr("Distress"))
        for axis in (x, y):
            axis.setLabelsColor(text_colour)
            axis.setGridLineColor(grid_colour)
            axis.setLinePenColor(grid_colour)
            axis.setTitleBrush(text_colour)
        for one in series:
            one.attachAxis(x)
            one.attachAxis(y)
        self.chart.legend().setLabelColor(text_colour)
        for marker in self.chart.legend().markers(series[1]):
            marker.setVisible(False)  # the line's own entry already names the points

    def _mark_stage_changes(
        self, history: list[StageChange], colours: Mapping[str, str], text_colour: QColor
    ) -> None:
        """A dashed vertical line for each stage change, labelled with the stage number."""
        x, y = self.x_axis, self.y_axis
        pen = QPen(QColor(colours["muted"]), 1, Qt.PenStyle.DashLine)
        previous: dict[str, int] = {}
        for change in history:
            if previous.get(change.event_id) == change.stage:
                continue
            previous[change.event_id] = change.stage
            mark = QLineSeries()
            mark.setPen(pen)
            at = _ms(change.recorded_at)
            mark.append(at, 0)
            mark.append(at, 10.8)
            self.chart.addSeries(mark)
            mark.attachAxis(x)
            mark.attachAxis(y)
            for marker in self.chart.legend().markers(mark):
                marker.setVisible(False)
            text = QGraphicsSimpleTextItem(
                tr("Stage %1").replace("%1", str(change.stage)), self.chart
            )
            text.setBrush(text_colour)
            font = QFont(self.font())
            font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
            text.setFont(font)
            self._stage_labels.append(text)
            self._stage_points.append((at, change.stage))

    def _place_stage_labels(self) -> None:
        last_right = -1e9
        drop = 0.0
        for item, (at, _stage) in zip(self._stage_labels, self._stage_points, strict=True):
            pos = self.chart.mapToPosition(QPointF(at, 10.8))
            # Labels of stage changes close together step down instead of overlapping.
            drop = drop + item.boundingRect().height() if pos.x() < last_right else 0.0
            item.setPos(pos.x() + 3, pos.y() + drop)
            last_right = pos.x() + 3 + item.boundingRect().width()
