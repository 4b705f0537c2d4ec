"""The trends view with every measure: ticking a measure draws it, PHQ-2 and GAD-2
bring the line at 3 and its note, and the table says the same as the chart."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.guide.content import Content
from reflect.core.journal.repository import Journal
from reflect.ui.guide.trends_view import TrendsView

pytestmark = [pytest.mark.gui]


@pytest.fixture
def view(qtbot: QtBot, content: Content, journal: Journal, clock: FakeClock) -> TrendsView:
    for week in range(4):
        journal.add_checkin(6 - week, sleep=week)
        journal.add_checkin(5 - week, phq2=4 - week, gad2=3 - week, support={"colleagues": week})
        clock.advance(days=7)
    widget = TrendsView(content)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.set_journal(journal)
    return widget


def named_lines(view: TrendsView) -> dict[str, int]:
    return {s.name(): s.count() for s in view.chart.series() if type(s) is QLineSeries and s.name()}


def test_distress_alone_at_first_then_each_ticked_measure_joins(view: TrendsView) -> None:
    assert named_lines(view) == {"Distress (0–10)": 8}
    assert not view.cut_off_note.isVisibleTo(view)
    view.toggles["sleep"].setChecked(True)
    view.toggles["support.colleagues"].setChecked(True)
    lines = named_lines(view)
    assert lines["Sleep (0–4)"] == 4 and lines["Support: Colleagues (0–4)"] == 4
    view.toggles["distress"].setChecked(False)
    assert named_lines(view).get("Distress (0–10)", 0) == 0  # unticked: no points drawn


def test_the_weekly_screens_bring_the_line_at_three_and_say_what_it_means(
    view: TrendsView,
) -> None:
    view.toggles["phq2"].setChecked(True)
    lines = named_lines(view)
    assert lines["PHQ-2, mood (0–6)"] == 4
    cut_off = [
        s
        for s in view.chart.series()
        if isinstance(s, QLineSeries) and s.name().startswith("3 or more")
    ]
    assert len(cut_off) == 1
    assert {p.y() for p in cut_off[0].points()} == {3.0}
    assert cut_off[0].pen().style() == Qt.PenStyle.DashLine
    assert view.cut_off_note.isVisibleTo(view)
    note = view.cut_off_note.text()
    assert "worth talking to someone about" in note and "not a diagnosis" in note
    view.toggles["phq2"].setChecked(False)
    assert not view.cut_off_note.isVisibleTo(view)


def test_the_table_shows_the_same_numbers_newest_first(view: TrendsView) -> None:
    view.toggles["gad2"].setChecked(True)
    view.table_toggle.setChecked(True)
    assert view.stack.currentWidget() is view.table
    assert view.table_toggle.text() == "Show as a chart"  # the way back
    table = view.table

    def cell(row: int, column: int) -> QTableWidgetItem:
        item = table.item(row, column)
        assert item is not None
        return item

    header_items = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
    headers = [h.text() for h in header_items if h is not None]
    assert headers == ["When", "Distress (0–10)", "GAD-2, worry (0–6)"]
    assert table.rowCount() == 8
    newest = [cell(0, c).text() for c in range(1, 3)]
    assert newest == ["2", "0"]
    sleep_only_row = [cell(1, c).text() for c in range(1, 3)]
    assert sleep_only_row == ["3", ""]
    assert cell(1, 2).data(Qt.ItemDataRole.AccessibleTextRole) == "not asked"
    view.table_toggle.setChecked(False)
    assert view.stack.currentWidget() is view.chart_view
