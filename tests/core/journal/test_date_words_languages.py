"""Dates typed in the search box in German, French and Spanish (``date_words_intl``).

Each reads as its English twin does (tests/core/journal/test_date_words.py holds
the rules: a month without a year is the latest one not in the future, and so on).
"""

from __future__ import annotations

from datetime import date

import pytest

from reflect.core.journal.date_words import read_search

TODAY = date(2026, 3, 10)  # a Tuesday
D = date


@pytest.mark.parametrize(
    ("code", "typed", "first", "last", "words"),
    [
        ("de", "seit März", D(2026, 3, 1), None, ""),
        ("de", "letzte Woche Müdigkeit", D(2026, 3, 2), D(2026, 3, 8), "Müdigkeit"),
        ("de", "im Jahr 2024", D(2024, 1, 1), D(2024, 12, 31), ""),
        ("de", "vor dem 5. Mai", None, D(2025, 5, 4), ""),
        ("de", "am 3. März 2026", D(2026, 3, 3), D(2026, 3, 3), ""),
        ("de", "in den letzten 10 Tagen", D(2026, 3, 1), D(2026, 3, 10), ""),
        ("de", "bis zum 1. Februar", None, D(2026, 2, 1), ""),
        ("de", "zwischen 1. Januar und 2. Februar", D(2026, 1, 1), D(2026, 2, 2), ""),
        ("fr", "depuis mars", D(2026, 3, 1), None, ""),
        ("fr", "la semaine dernière garde", D(2026, 3, 2), D(2026, 3, 8), "garde"),
        ("fr", "avant le 5 mai", None, D(2025, 5, 4), ""),
        ("fr", "le 1er mars", D(2026, 3, 1), D(2026, 3, 1), ""),
        ("fr", "les 10 derniers jours", D(2026, 3, 1), D(2026, 3, 10), ""),
        ("fr", "jusqu’au 1er février", None, D(2026, 2, 1), ""),
        ("fr", "entre le 1er janvier et le 2 février", D(2026, 1, 1), D(2026, 2, 2), ""),
        ("es", "desde marzo", D(2026, 3, 1), None, ""),
        ("es", "la semana pasada guardia", D(2026, 3, 2), D(2026, 3, 8), "guardia"),
        ("es", "antes del 5 de mayo", None, D(2025, 5, 4), ""),
        ("es", "el 3 de marzo de 2026", D(2026, 3, 3), D(2026, 3, 3), ""),
        ("es", "los últimos 10 días", D(2026, 3, 1), D(2026, 3, 10), ""),
        ("es", "en marzo de 2025", D(2025, 3, 1), D(2025, 3, 31), ""),
        ("es", "desde el lunes", D(2026, 3, 9), None, ""),
    ],
)
def test_a_date_in_the_language_reflect_speaks(
    code: str, typed: str, first: date | None, last: date | None, words: str
) -> None:
    request = read_search(typed, TODAY, code)
    assert (request.days.first, request.days.last, request.words) == (first, last, words)


@pytest.mark.parametrize(
    ("code", "typed"),
    [("de", "Mai"), ("fr", "mai"), ("es", "mayo"), ("de", '"letzte Woche"'),
     ("fr", "lundi"), ("es", "el caso")],
)  # fmt: skip
def test_a_month_alone_or_a_quoted_phrase_is_searched_as_words(code: str, typed: str) -> None:
    request = read_search(typed, TODAY, code)
    assert not request.days
    assert request.words == typed


def test_english_date_words_keep_working_in_every_language() -> None:
    for code in ("de", "fr", "es"):
        request = read_search("since March", TODAY, code)
        assert (request.days.first, request.words) == (D(2026, 3, 1), "")


def test_the_chip_removes_exactly_the_date_phrase() -> None:
    typed = "Schlaf seit März Übergabe"
    request = read_search(typed, TODAY, "de")
    assert request.without_dates(typed) == "Schlaf Übergabe"


def test_a_week_starts_where_the_users_calendar_starts_it() -> None:
    """Tuesday 10 March 2026: Monday-first, this week is 9-15 March; Sunday-first
    (the United States), 8-14 March."""
    monday_first = read_search("this week", TODAY)
    sunday_first = read_search("this week", TODAY, week_starts=6)
    assert (monday_first.days.first, monday_first.days.last) == (D(2026, 3, 9), D(2026, 3, 15))
    assert (sunday_first.days.first, sunday_first.days.last) == (D(2026, 3, 8), D(2026, 3, 14))
    last = read_search("letzte Woche", TODAY, "de", week_starts=0)
    assert (last.days.first, last.days.last) == (D(2026, 3, 2), D(2026, 3, 8))
