"""The trends chart: no date labelled twice, and stage marks in the default view."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from reflect.core.clock import FakeClock
from reflect.core.guide.content import Content
from reflect.core.journal.repository import Journal
from reflect.ui.guide.trends_view import TrendsView

pytestmark = [pytest.mark.gui]

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _labels(view: TrendsView) -> list[str]:
    axis = view.x_axis
    first, last, count = axis.min(), axis.max(), axis.tickCount()
    step = first.msecsTo(last) / (count - 1)
    return [QLocale().toString(first.addMSecs(int(step * i)), axis.format()) for i in range(count)]


@pytest.mark.parametrize(
    "span",
    [
        timedelta(hours=5),
        timedelta(days=1),
        timedelta(days=2),
        timedelta(days=3),
        timedelta(days=4),
        timedelta(days=9),
        timedelta(days=45),
        timedelta(days=400),
    ],
)
def test_no_date_is_labelled_twice(
    qtbot, content: Content, journal: Journal, clock: FakeClock, span: timedelta
) -> None:
    for at in (START, START + span / 2, START + span):
        clock.set(at)
        journal.add_checkin(distress=4)
    view = TrendsView(content)
    qtbot.addWidget(view)
    view.set_journal(journal)
    labels = _labels(view)
    assert len(labels) == len(set(labels)), labels


def test_stage_marks_show_in_the_default_view(
    qtbot, content: Content, journal: Journal, clock: FakeClock
) -> None:
    clock.set(START)
    event = journal.add_event(title="A hard night", occurred_on=date(2026, 3, 1))
    journal.set_stage(event.id, 2)
    journal.add_checkin(distress=6, event_id=event.id)
    clock.set(START + timedelta(days=4))
    journal.set_stage(event.id, 3)
    journal.add_checkin(distress=4)
    view = TrendsView(content)
    qtbot.addWidget(view)
    view.set_journal(journal)
    assert view.events.currentData() is None  # "All check-ins", the default
    assert [item.text() for item in view._stage_labels] == ["Stage 2", "Stage 3"]
