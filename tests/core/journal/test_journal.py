"""The journal repository: what goes in comes out, in the right order, findable."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core.clock import FakeClock
from reflect.core.errors import InvalidInput, NotFound
from reflect.core.journal.models import MATCH_END, MATCH_START, EventStatus
from reflect.core.journal.repository import Journal, make_preview
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

# Text SQLite can hold: any unicode except lone surrogates (not encodable as UTF-8).
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=2000)
TAGS = st.lists(
    st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30),
    max_size=6,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=TEXT, body=TEXT, tags=TAGS)
def test_any_text_round_trips(journal: Journal, title: str, body: str, tags: list[str]) -> None:
    entry = journal.add_entry(title=title, body=body, tags=tags)
    stored = journal.get_entry(entry.id)
    assert (stored.title, stored.body) == (title, body)
    assert stored.tags == entry.tags
    assert all(t.strip() for t in stored.tags)


def test_empty_and_one_megabyte_entries_round_trip(journal: Journal) -> None:
    empty = journal.add_entry()
    big_body = ("A long night of thinking, written out in full. " * 22_000)[:1_000_000]
    big = journal.add_entry(title="long", body=big_body)
    assert journal.get_entry(empty.id).body == ""
    assert journal.get_entry(big.id).body == big_body
    assert len(journal.list_summaries()[0].preview) <= 160


def test_entries_survive_lock_and_unlock(tmp_path: Path, cheap_kdf: object) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=cheap_kdf)  # type: ignore[arg-type]
    ids = [vault.journal.add_entry(title=f"t{i}", body=f"b{i}").id for i in range(5)]
    vault.lock()
    again = Vault.unlock(tmp_path / "v", PASSPHRASE)
    assert {e.id for e in again.journal.list_entries()} == set(ids)
    again.lock()


def test_list_is_newest_first_and_pages(journal: Journal, clock: FakeClock) -> None:
    titles = []
    for i in range(7):
        clock.advance(minutes=5)
        titles.append(journal.add_entry(title=f"entry {i}").title)
    page1 = [e.title for e in journal.list_entries(limit=3)]
    page2 = [e.title for e in journal.list_entries(limit=3, offset=3)]
    assert page1 == ["entry 6", "entry 5", "entry 4"]
    assert page2 == ["entry 3", "entry 2", "entry 1"]
    assert [s.title for s in journal.list_summaries(limit=3)] == page1
    assert journal.count_entries() == 7


def test_update_changes_only_what_was_given_and_moves_updated_at(
    journal: Journal, clock: FakeClock
) -> None:
    entry = journal.add_entry(title="t", body="first", tags=["a"])
    clock.advance(minutes=1)
    same = journal.update_entry(entry.id, body="first")
    assert same.updated_at == entry.updated_at
    changed = journal.update_entry(entry.id, body="second")
    assert changed.updated_at == entry.updated_at + timedelta(minutes=1)
    assert (changed.title, changed.tags, changed.created_at) == ("t", ["a"], entry.created_at)
    assert journal.get_entry(entry.id).body == "second"


def test_tags_are_tidied_counted_and_filtered(journal: Journal) -> None:
    a = journal.add_entry(title="a", tags=["  night   shift ", "Night shift", "sleep"])
    journal.add_entry(title="b", tags=["sleep"])
    assert a.tags == ["night shift", "sleep"]
    assert [(t.name, t.count) for t in journal.all_tags()] == [("sleep", 2), ("night shift", 1)]
    assert [e.title for e in journal.list_entries(tag="night shift")] == ["a"]
    assert journal.count_entries(tag="sleep") == 2
    journal.update_entry(a.id, tags=["sleep"])
    assert [t.name for t in journal.all_tags()] == ["sleep"]


def test_delete_removes_the_entry_everywhere(journal: Journal) -> None:
    entry = journal.add_entry(title="gone", body="unrepeatable words", tags=["only-here"])
    journal.delete_entry(entry.id)
    with pytest.raises(NotFound):
        journal.get_entry(entry.id)
    assert journal.search("unrepeatable") == []
    assert journal.all_tags() == []
    with pytest.raises(NotFound):
        journal.delete_entry(entry.id)


def test_a_failed_transaction_leaves_nothing_behind(journal: Journal) -> None:
    def import_that_fails_midway() -> None:
        with journal.transaction():
            journal.add_entry(title="half")
            journal.add_entry(title="way")
            raise RuntimeError("import failed midway")

    with pytest.raises(RuntimeError):
        import_that_fails_midway()
    assert journal.count_entries() == 0


def test_events_stages_and_history(journal: Journal, clock: FakeClock) -> None:
    event = journal.add_event(title="The night in March", occurred_on=date(2026, 3, 1))
    assert event.stage is None and event.status is EventStatus.ACTIVE
    for stage in (1, 2, 3, 2, 5):  # returns to an earlier stage are part of the map
        clock.advance(days=2)
        journal.set_stage(event.id, stage)
    history = journal.stage_history(event.id)
    assert [h.stage for h in history] == [1, 2, 3, 2, 5]
    assert history[0].recorded_at < history[-1].recorded_at
    assert journal.get_event(event.id).stage == 5
    with pytest.raises(InvalidInput):
        journal.set_stage(event.id, 7)
    moved_on = journal.update_event(event.id, status="thriving")
    assert moved_on.status is EventStatus.THRIVING


def test_entries_and_checkins_can_belong_to_an_event(journal: Journal) -> None:
    event = journal.add_event(title="What happened", occurred_on=date(2026, 2, 2))
    journal.add_entry(title="with", event_id=event.id)
    journal.add_entry(title="without")
    journal.add_checkin(distress=6, event_id=event.id, sleep=1, triggered=True)
    journal.add_checkin(distress=3)
    assert [e.title for e in journal.list_entries(event_id=event.id)] == ["with"]
    assert [c.distress for c in journal.list_checkins(event.id)] == [6]
    assert [c.distress for c in journal.list_checkins()] == [6, 3]
    journal.delete_event(event.id)
    assert journal.count_entries() == 2
    assert journal.list_entries()[-1].event_id is None


@pytest.mark.parametrize(
    "kwargs",
    [{"distress": 11}, {"distress": -1}, {"distress": 5, "sleep": 9}, {"distress": 5, "phq2": 7}],
)
def test_checkin_values_out_of_range_are_refused(journal: Journal, kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput):
        journal.add_checkin(**kwargs)
    assert journal.list_checkins() == []


def test_weekly_checkin_parts_round_trip(journal: Journal) -> None:
    journal.add_checkin(distress=4, phq2=3, gad2=1, support={"colleagues": 3, "supervisor": 1})
    [checkin] = journal.list_checkins()
    assert (checkin.phq2, checkin.gad2) == (3, 1)
    assert checkin.support == {"colleagues": 3, "supervisor": 1}


def test_settings_contacts_prompts_and_drafts_live_in_the_vault(
    journal: Journal, clock: FakeClock
) -> None:
    journal.set_setting("lock.idle_minutes", 7)
    assert journal.get_setting("lock.idle_minutes") == 7
    assert journal.get_setting("missing", "default") == "default"
    contact = journal.save_contact("Sam", role="peer supporter", phone="555 0100")
    journal.save_contact("Sam R.", role="peer supporter", id=contact.id)
    assert [c.name for c in journal.list_contacts()] == ["Sam R."]
    journal.record_prompt_use("s2-replay")
    assert journal.prompt_ids_used_since(clock.now() - timedelta(days=14)) == {"s2-replay"}
    assert journal.prompt_ids_used_since(clock.now() + timedelta(seconds=1)) == set()
    journal.save_draft("self-forgiveness", {"step": 2, "answers": {"a": "x"}})
    draft = journal.get_draft("self-forgiveness")
    assert draft is not None and draft.data["step"] == 2
    journal.clear_draft("self-forgiveness")
    assert journal.get_draft("self-forgiveness") is None


def test_counting_entries_in_a_window(journal: Journal, clock: FakeClock) -> None:
    start = clock.now()
    journal.add_entry(title="today")
    clock.advance(days=1)
    journal.add_entry(title="tomorrow")
    assert journal.count_entries_between(start, start + timedelta(days=1)) == 1


def test_imported_entries_keep_their_dates_and_source(journal: Journal) -> None:
    when = datetime(2019, 5, 4, 21, 0, tzinfo=UTC)
    journal.add_entry(title="old", created_at=when, source_id="dayone:ABC")
    assert journal.has_source("dayone:ABC") and not journal.has_source("dayone:XYZ")
    assert journal.list_entries()[0].created_at == when


def test_preview_flattens_markdown() -> None:
    assert make_preview("# Heading\n\n- a point\n> a quote") == "Heading a point a quote"


# --- search ---------------------------------------------------------------------


@pytest.fixture
def searchable(journal: Journal, clock: FakeClock) -> Journal:
    for title, body in [
        ("Replaying it", "I keep replaying the handover in my head."),
        ("Night shift", "The night shift was quiet until it wasn't."),
        ("Café", "Coffee with a colleague helped, at the café downstairs."),
        ("Ordinary day", "Nothing much to say today."),
    ]:
        clock.advance(minutes=1)
        journal.add_entry(title=title, body=body)
    return journal


def test_search_words_prefixes_and_phrases(searchable: Journal) -> None:
    assert [h.title for h in searchable.search("handover")] == ["Replaying it"]
    assert [h.title for h in searchable.search("repl*")] == ["Replaying it"]
    assert [h.title for h in searchable.search('"night shift"')] == ["Night shift"]
    assert searchable.search('"shift night"') == []
    assert {h.title for h in searchable.search("the")} >= {"Replaying it", "Night shift"}


def test_search_ignores_accents_and_case(searchable: Journal) -> None:
    assert [h.title for h in searchable.search("CAFE")] == ["Café"]


def test_search_marks_matches_in_snippet_and_title(searchable: Journal) -> None:
    [hit] = searchable.search("handover")
    assert f"{MATCH_START}handover{MATCH_END}" in hit.snippet
    [title_hit] = searchable.search("replaying")
    assert title_hit.title_marked == f"{MATCH_START}Replaying{MATCH_END} it"


def test_title_matches_rank_above_body_matches(searchable: Journal) -> None:
    searchable.add_entry(title="Something else", body="night after night")
    hits = searchable.search("night")
    assert hits[0].title == "Night shift"


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "AND",
        "OR NOT",
        "(",
        ")",
        "*",
        "^",
        "NEAR(a b",
        'title:"x',
        "a AND (b OR",
        "-",
        "—",
        "'",
    ],
)
def test_fts_syntax_in_the_search_box_never_raises(searchable: Journal, query: str) -> None:
    assert isinstance(searchable.search(query), list)


@given(st.text(max_size=60))
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_typed_query_is_safe(searchable: Journal, query: str) -> None:
    assert isinstance(searchable.search(query), list)


def test_search_can_be_narrowed_by_tag(journal: Journal) -> None:
    journal.add_entry(title="one", body="tired today", tags=["work"])
    journal.add_entry(title="two", body="tired again")
    assert [h.title for h in journal.search("tired", tag="work")] == ["one"]


def test_very_common_words_are_ranked_within_the_most_recent_matches(
    journal: Journal, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scoring every match of a word found in most entries would be slow; the most
    recent RANK_WINDOW matches are ranked instead (a journal is read newest first)."""
    import reflect.core.journal.search_sql as journal_module

    monkeypatch.setattr(journal_module, "RANK_WINDOW", 3)
    titles = ["oldest tired", "old", "middle", "recent tired", "newest"]
    for title in titles:
        clock.advance(minutes=1)
        journal.add_entry(title=title, body="tired again today")
    hits = [h.title for h in journal.search("tired")]
    # Only the three newest matches, and among them the title match ranks first.
    assert hits[0] == "recent tired"
    assert sorted(hits) == sorted(["recent tired", "middle", "newest"])
    # A word with fewer matches than the window is ranked over all of them.
    assert [h.title for h in journal.search("oldest")] == ["oldest tired"]
