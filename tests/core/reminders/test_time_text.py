"""Times of day as people type them."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.core.reminders.time_text import format_time_of_day, parse_time_of_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21:30", time(21, 30)),
        (" 9:05 ", time(9, 5)),
        ("9.30", time(9, 30)),
        ("0930", time(9, 30)),
        ("930", time(9, 30)),
        ("9", time(9, 0)),
        ("9am", time(9, 0)),
        ("9:30 pm", time(21, 30)),
        ("12 am", time(0, 0)),
        ("12pm", time(12, 0)),
        ("7 p.m.", time(19, 0)),
        ("21h30", time(21, 30)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
    ],
)
def test_common_forms_are_read(text: str, expected: time) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize(
    "text", ["", "25:00", "9:75", "24:00", "13pm", "0am", "half nine", "9:3", "12:345", "-1:00"]
)
def test_anything_else_is_refused(text: str) -> None:
    assert parse_time_of_day(text) is None


@given(st.integers(0, 23), st.integers(0, 59))
def test_what_is_shown_reads_back_the_same(hour: int, minute: int) -> None:
    value = time(hour, minute)
    assert parse_time_of_day(format_time_of_day(value)) == value
