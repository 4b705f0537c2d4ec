"""The trends chart's day axis never repeats a date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from reflect.core.guide.timeline import MAX_TICKS, day_axis

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@given(
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=800)),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=23)),
)
def test_every_tick_is_a_different_day_and_the_data_fits(span: timedelta, skew: timedelta) -> None:
    first = START + skew
    last = first + span
    axis = day_axis(first, last, UTC)
    ticks = axis.tick_times()
    days = [t.date() for t in ticks]
    assert len(set(days)) == len(days)  # no date twice
    assert all(t.time() == datetime.min.time() for t in ticks)  # each at a midnight
    assert axis.start <= first and last <= axis.end
    assert 2 <= axis.ticks <= MAX_TICKS


def test_one_day_of_check_ins_shows_that_day_and_the_next() -> None:
    axis = day_axis(START, START + timedelta(hours=3), UTC)
    assert [t.day for t in axis.tick_times()] == [2, 3]
