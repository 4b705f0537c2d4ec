"""Dates typed in plain words in the search box, read the way a person means them."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.core.journal.date_words import read_search

TODAY = date(2026, 12, 3)  # a Thursday


@pytest.mark.parametrize(
    ("typed", "words", "first", "last"),
    [
        ("night shift since March", "night shift", date(2026, 3, 1), None),
        ("last week", "", date(2026, 11, 23), date(2026, 11, 29)),
        ("this week", "", date(2026, 11, 30), date(2026, 12, 6)),
        ("last month", "", date(2026, 11, 1), date(2026, 11, 30)),
        ("this year", "", date(2026, 1, 1), date(2026, 12, 31)),
        ("sleep in 2024", "sleep", date(2024, 1, 1), date(2024, 12, 31)),
        ("before 5 March 2025 guilt", "guilt", None, date(2025, 3, 4)),
        ("until Feb", "", None, date(2026, 2, 28)),
        ("after 2026-11-30", "", date(2026, 12, 1), None),
        ("between March 3 and April 2", "", date(2026, 3, 3), date(2026, 4, 2)),
        ("from March until May", "", date(2026, 3, 1), date(2026, 5, 31)),
        ("on Monday", "", date(2026, 11, 30), date(2026, 11, 30)),
        ("since last Thursday", "", date(2026, 11, 26), None),
        ("yesterday replay", "replay", date(2026, 12, 2), date(2026, 12, 2)),
        ("past 10 days", "", date(2026, 11, 24), date(2026, 12, 3)),
        ("in Feb 2025", "", date(2025, 2, 1), date(2025, 2, 28)),
        ("since Dec 25th, 2025", "", date(2025, 12, 25), None),
        ("in 2024-02", "", date(2024, 2, 1), date(2024, 2, 29)),
    ],
)
def test_plain_date_words_become_a_range_of_days(
    typed: str, words: str, first: date | None, last: date | None
) -> None:
    request = read_search(typed, TODAY)
    assert (request.words, request.days.first, request.days.last) == (words, first, last)


def test_a_month_without_a_year_is_the_last_one_not_in_the_future() -> None:
    assert read_search("since March", date(2026, 2, 10)).days.first == date(2025, 3, 1)
    assert read_search("on 25 December", date(2026, 12, 3)).days.first == date(2025, 12, 25)


@pytest.mark.parametrize(
    "typed",
    [
        "march forward",  # a month name with no preposition is a word
        "may I ask",
        "sunday roast",
        '"last week"',  # quoted: the words themselves
        "since 31 February",  # no such day: searched as words, not guessed
        "talk to Sam on call",
    ],
)
def test_words_that_only_look_like_dates_are_searched_as_words(typed: str) -> None:
    request = read_search(typed, TODAY)
    assert not request.days
    assert request.words == " ".join(typed.split())


def test_two_phrases_narrow_the_range_together() -> None:
    request = read_search("since March before June handover", TODAY)
    assert (request.days.first, request.days.last) == (date(2026, 3, 1), date(2026, 5, 31))
    assert request.words == "handover"


def test_the_chip_takes_only_the_dates_out() -> None:
    typed = "handover since March replay"
    request = read_search(typed, TODAY)
    assert request.without_dates(typed) == "handover replay"
