"""Listing and searching narrowed by days, an event and a tag, alone or together."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from reflect.core.journal import search_sql
from reflect.core.journal.models import MATCH_START
from reflect.core.journal.repository import Journal

START = datetime(2026, 1, 1, 12, tzinfo=UTC)


@pytest.fixture
def dated(journal: Journal) -> tuple[Journal, str]:
    """Sixty daily entries from 1 January; every third about one event, every
    second tagged "sleep"; each mentions "night"."""
    event = journal.add_event("The night of the handover", date(2026, 1, 1))
    for day in range(60):
        when = START + timedelta(days=day)
        journal.add_entry(
            f"Day {day}",
            f"The night after day {day}.",
            ["sleep"] if day % 2 == 0 else [],
            event.id if day % 3 == 0 else None,
            created_at=when,
            updated_at=when,
        )
    return journal, event.id


def test_a_range_of_days_lists_and_counts_only_those(dated: tuple[Journal, str]) -> None:
    journal, _ = dated
    since, before = START + timedelta(days=10), START + timedelta(days=20)
    listed = journal.list_summaries(100, since=since, before=before)
    assert [s.title for s in listed] == [f"Day {d}" for d in range(19, 9, -1)]
    assert journal.count_entries(since=since, before=before) == 10
    assert journal.count_entries(since=since) == 50
    assert journal.count_entries(before=before) == 20


def test_days_an_event_a_tag_and_words_combine(dated: tuple[Journal, str]) -> None:
    journal, event_id = dated
    since, before = START + timedelta(days=10), START + timedelta(days=40)
    hits = journal.search("night", 100, tag="sleep", event_id=event_id, since=since, before=before)
    days = sorted(int(h.title.split()[1]) for h in hits)
    assert days == [d for d in range(10, 40) if d % 6 == 0]
    assert journal.count_entries(event_id=event_id, tag="sleep") == 10


def test_an_old_range_is_searched_even_when_newer_matches_fill_the_ranking_window(
    dated: tuple[Journal, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, _ = dated
    monkeypatch.setattr(search_sql, "RANK_WINDOW", 5)  # "night" is in all 60: far more
    hits = journal.search("night", 100, before=START + timedelta(days=3))
    assert sorted(h.title for h in hits) == ["Day 0", "Day 1", "Day 2"]


def test_entry_times_give_the_days_for_a_calendar(dated: tuple[Journal, str]) -> None:
    journal, _ = dated
    times = journal.entry_times(START + timedelta(days=58), START + timedelta(days=100))
    assert sorted(t.date() for t in times) == [date(2026, 2, 28), date(2026, 3, 1)]


def test_a_small_event_is_searched_in_full_beyond_the_ranking_window(
    dated: tuple[Journal, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, event_id = dated
    monkeypatch.setattr(search_sql, "RANK_WINDOW", 5)  # the event's 20 entries span 60
    hits = journal.search("night", 100, event_id=event_id)
    assert sorted(int(h.title.split()[1]) for h in hits) == list(range(0, 60, 3))
    assert len({h.entry_id for h in hits}) == 20
    assert all(MATCH_START in h.snippet for h in hits)  # each shows its match


def test_narrowing_to_nothing_finds_nothing(dated: tuple[Journal, str]) -> None:
    journal, _ = dated
    empty = journal.add_event("Nothing written yet", date(2026, 1, 1))
    assert journal.search("night", event_id=empty.id) == []
    assert journal.search("night", since=START + timedelta(days=400)) == []
