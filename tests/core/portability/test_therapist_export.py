"""The therapist export core: selection, identifier review, document, Markdown and HTML."""

from __future__ import annotations

import os
import re
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.errors import InvalidInput
from reflect.core.journal.repository import Journal
from reflect.core.portability.exporters.therapist import (
    COVER_FIELD,
    PRIVATE_LABEL,
    ExportSelection,
    build_document,
    demote_headings,
    gather,
    group_key,
    review_items,
    to_markdown,
    write_export,
)
from reflect.core.portability.exporters.therapist_html import to_html

BODY_1 = (
    "I keep thinking about Mrs Halvorsen. She came back on 14/02/2024.\n\n"
    "## What I learned\n\nAsk for help."
)
BODY_2 = "Coffee with Dr Okafor. Call him on 020 7946 0958. <script>alert(1)</script>"
BODY_3 = "A quiet walk. Nothing to hide here."


def _at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def filled(journal: Journal, clock: FakeClock) -> dict[str, str]:
    clock.set(_at(1, 8))
    event = journal.add_event("The night shift", date(2026, 2, 28), stage=2)
    clock.set(_at(6, 8))
    journal.set_stage(event.id, 3)
    ids = {
        "one": journal.add_entry(
            "After the review", BODY_1, ["work"], event.id, created_at=_at(2)
        ).id,
        "two": journal.add_entry(
            "Talking to Okafor", BODY_2, ["work", "support"], event.id, created_at=_at(7)
        ).id,
        "three": journal.add_entry("Walk", BODY_3, ["home"], created_at=_at(9)).id,
        "event": event.id,
    }
    for day, distress in ((2, 7), (4, 6), (6, 5), (8, 3)):
        clock.set(_at(day, 20))
        journal.add_checkin(distress, event_id=event.id, sleep=2)
    return ids


def _doc(journal: Journal, selection: ExportSelection, **kwargs: object):
    source = gather(journal, selection, tz=UTC)
    items = review_items(source, **kwargs)  # type: ignore[arg-type]
    return (
        source,
        items,
        build_document(
            source,
            items,
            stage_names={2: "Intrusive reflections", 3: "Restoring personal integrity"},
        ),
    )


def test_selection_by_event_is_oldest_first(journal: Journal, filled: dict[str, str]) -> None:
    source = gather(journal, ExportSelection(event_id=filled["event"]), tz=UTC)
    assert [e.id for e in source.entries] == [filled["one"], filled["two"]]


def test_selection_by_date_range_and_tags(journal: Journal, filled: dict[str, str]) -> None:
    ranged = gather(journal, ExportSelection(start=date(2026, 3, 5), end=date(2026, 3, 9)), tz=UTC)
    assert [e.id for e in ranged.entries] == [filled["two"], filled["three"]]
    tagged = gather(journal, ExportSelection(tags=("SUPPORT",)), tz=UTC)
    assert [e.id for e in tagged.entries] == [filled["two"]]


def test_hand_picked_entries_win(journal: Journal, filled: dict[str, str]) -> None:
    source = gather(
        journal, ExportSelection(entry_ids=(filled["three"], filled["one"]), tags=("nope",)), tz=UTC
    )
    assert [e.id for e in source.entries] == [filled["one"], filled["three"]]


def test_empty_selection_says_what_to_do(journal: Journal, filled: dict[str, str]) -> None:
    with pytest.raises(InvalidInput, match="No entries match"):
        gather(journal, ExportSelection(tags=("holiday",)), tz=UTC)


def test_review_lists_findings_in_titles_and_bodies(
    journal: Journal, filled: dict[str, str]
) -> None:
    selection = ExportSelection(title="For Dr Lindqvist", event_id=filled["event"])
    _, items, _ = _doc(journal, selection)
    found = {(i.entry_id == COVER_FIELD, i.field, i.finding.text) for i in items}
    assert (True, "title", "Lindqvist") in found
    assert (False, "title", "Okafor") in found
    assert (False, "body", "Halvorsen") in found
    assert (False, "body", "14/02/2024") in found
    assert (False, "body", "020 7946 0958") in found


def test_document_redacts_by_default_and_keeps_what_the_user_kept(
    journal: Journal, filled: dict[str, str]
) -> None:
    selection = ExportSelection(event_id=filled["event"])
    source = gather(journal, selection, tz=UTC)
    items = review_items(source)
    date_item = next(i for i in items if i.finding.text == "14/02/2024")
    doc = build_document(source, items, kept=[date_item.key])
    text = to_markdown(doc)
    assert "Halvorsen" not in text and "Mrs [name]" in text
    assert "020 7946 0958" not in text and "[phone]" in text
    assert "Okafor" not in text
    assert "14/02/2024" in text  # the user chose to keep this one


def test_always_redact_terms_are_found(journal: Journal, filled: dict[str, str]) -> None:
    _, items, doc = _doc(journal, ExportSelection(), always_redact=["quiet walk"])
    assert any(i.finding.kind == "listed" for i in items)
    assert "quiet walk" not in to_markdown(doc).lower()


def test_markdown_has_cover_headings_stages_and_bodies(
    journal: Journal, filled: dict[str, str]
) -> None:
    selection = ExportSelection(
        title="March", event_id=filled["event"], include_stage_timeline=True, include_trends=True
    )
    _, _, doc = _doc(journal, selection)
    text = to_markdown(doc)
    assert text.startswith("# March\n")
    assert PRIVATE_LABEL in text
    assert "2 March 2026 – 7 March 2026" in text
    assert "## Monday 2 March 2026 — After the review" in text
    assert "*Stage 2: Intrusive reflections*" in text
    assert "*Stage 3: Restoring personal integrity*" in text  # entry two came after the change
    assert "#### What I learned" in text  # the entry's own heading sits below the entry heading
    assert "| Distress (0–10) |" in text and "| 7.0 |" in text
    assert "Stage 3 (Restoring personal integrity)" in text


def test_entry_without_event_has_no_stage(journal: Journal, filled: dict[str, str]) -> None:
    _, _, doc = _doc(journal, ExportSelection(entry_ids=(filled["three"],)))
    assert doc.entries[0].stage_label is None
    assert doc.trends == ()


def test_html_is_self_contained_and_inert(journal: Journal, filled: dict[str, str]) -> None:
    selection = ExportSelection(include_trends=True, include_stage_timeline=True)
    _, _, doc = _doc(journal, selection)
    page = to_html(doc)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;" in page  # the raw HTML in the entry is shown as text
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:|//)""", page, re.IGNORECASE)
    assert not re.search(r"<(?:link|iframe|object|embed|img)\b", page, re.IGNORECASE)
    assert "url(" not in page and "@import" not in page
    assert "http" not in page.lower().replace("http-equiv", "")
    assert "default-src 'none'" in page
    assert "<svg" in page and "<polyline" in page
    assert "Walk" in page and "Halvorsen" not in page


def test_headings_in_code_blocks_are_left_alone() -> None:
    text = "# Top\n```\n# not a heading\n```\n###### deep"
    assert demote_headings(text) == "### Top\n```\n# not a heading\n```\n###### deep"


def test_titles_cannot_inject_markdown_or_html(journal: Journal, filled: dict[str, str]) -> None:
    selection = ExportSelection(title="<b>x</b> *y*", entry_ids=(filled["three"],))
    _, _, doc = _doc(journal, selection)
    assert "<b>" not in to_html(doc)
    assert "\\<b\\>x\\</b\\> \\*y\\*" in to_markdown(doc)


def test_write_export_writes_only_the_chosen_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "notes.md"
    target.parent.mkdir()
    temp_before = set(os.listdir(tempfile.gettempdir()))
    calls: list[tuple[int, int]] = []
    write_export(target, b"hello", progress=lambda done, total: calls.append((done, total)))
    assert target.read_bytes() == b"hello"
    assert os.listdir(target.parent) == ["notes.md"]
    assert set(os.listdir(tempfile.gettempdir())) - temp_before == set()
    assert calls == [(0, 1), (1, 1)]
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_trend_points_average_each_day(
    journal: Journal, filled: dict[str, str], clock: FakeClock
) -> None:
    clock.set(_at(4, 22))
    journal.add_checkin(8, event_id=filled["event"], sleep=None)
    _, _, doc = _doc(journal, ExportSelection(event_id=filled["event"], include_trends=True))
    by_day = {p.day.day: p for p in doc.trends}
    assert by_day[4].distress == pytest.approx(7.0)
    assert by_day[4].sleep == pytest.approx(2.0)
    assert list(by_day) == sorted(by_day)
    assert max(by_day) <= 7  # check-ins after the last entry's day are left out
    assert timedelta(0) <= doc.entries[-1].day - doc.entries[0].day


def test_one_text_one_kind_and_every_place_of_it_found(journal: Journal) -> None:
    day = datetime(2026, 3, 2, 12, tzinfo=UTC)
    journal.add_entry("One", "Dr Sam Whitlock was kind.", created_at=day)
    journal.add_entry("Two", "Sam said it was not my fault. Then sam laughed.", created_at=day)
    source = gather(journal, ExportSelection(), tz=UTC)
    items = review_items(source)
    sam = [i for i in items if i.finding.text.casefold() == "sam"]
    # The sentence-initial "Sam" in entry two is found because "Sam" was found in entry one;
    # lower-case "sam" (rarely the name) is left alone.
    assert {i.entry_id for i in sam} >= {e.id for e in source.entries if e.title == "Two"}
    assert all(i.finding.text == "Sam" for i in sam)
    assert len({i.finding.kind for i in items if group_key(i.finding.text) == "sam"}) == 1
    document = build_document(source, items)
    assert "Sam said" not in to_markdown(document)


def test_the_weekly_questions_come_with_the_chart_only_when_chosen(
    journal: Journal, filled: dict[str, str], clock: FakeClock
) -> None:
    clock.set(_at(5, 21))
    journal.add_checkin(
        5, event_id=filled["event"], phq2=4, gad2=1, support={"colleagues": 3}, note="private"
    )
    chosen = ExportSelection(event_id=filled["event"], include_trends=True, include_weekly=True)
    _, _, doc = _doc(journal, chosen)
    assert [(r.day.day, r.phq2, r.gad2, r.support) for r in doc.weekly] == [
        (5, 4, 1, {"colleagues": 3})
    ]
    markdown, page = to_markdown(doc), to_html(doc)
    for text in (markdown, page):
        assert "Weekly questions" in text and "PHQ-2 (0–6)" in text
        assert "Support: Colleagues (0–4)" in text
        assert "worth talking to someone about" in text and "not a diagnosis" in text
        assert "private" not in text.split("Weekly questions")[1][:2000]  # no note typed
    assert "| Thursday 5 March 2026 | 4 | 1 | 3 |" in markdown

    _, _, without = _doc(journal, ExportSelection(event_id=filled["event"], include_trends=True))
    assert without.weekly == () and "Weekly questions" not in to_markdown(without)
    lonely = ExportSelection(event_id=filled["event"], include_weekly=True)  # no chart chosen
    assert "Weekly questions" not in to_markdown(_doc(journal, lonely)[2])
