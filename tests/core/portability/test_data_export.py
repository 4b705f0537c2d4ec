"""The user's own copy: JSON that round-trips through import, and a Markdown folder."""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from datetime import UTC, date, timedelta, timezone, tzinfo
from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.errors import UserError
from reflect.core.journal.models import Entry
from reflect.core.journal.repository import Journal
from reflect.core.portability.exporters import data as data_export
from reflect.core.portability.exporters.data import export_json, export_markdown, slugify
from reflect.core.portability.importers import import_path
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE


def _fill(journal: Journal, clock: FakeClock) -> None:
    event = journal.add_event("Night shift", date(2026, 2, 27), context="ward 3", stage=1)
    clock.advance(days=1)
    journal.set_stage(event.id, 4)
    journal.add_entry("First: the night", "I keep **thinking** about it.", ["shift"], event.id)
    clock.advance(hours=3)
    journal.add_entry("", "No title here.\n\nSecond paragraph.", ["support", "peer, talk"])
    journal.add_entry("First: the night", "Same title, other day.")
    journal.add_checkin(
        6,
        event.id,
        sleep=1,
        triggered=True,
        note="rough",
        phq2=2,
        gad2=3,
        support={"colleagues": 3},
    )
    clock.advance(days=2)
    journal.add_checkin(3)


def _state(journal: Journal) -> tuple[object, ...]:
    entries = sorted(
        (e.title, e.body, tuple(e.tags), e.created_at, e.updated_at, e.event_id)
        for e in journal.list_entries(1000)
    )
    events = [(e, journal.stage_history(e.id)) for e in journal.list_events()]
    return entries, events, journal.list_checkins()


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_json_export_round_trips_into_a_new_journal(
    journal: Journal, clock: FakeClock, tmp_path: Path, cheap_kdf: KdfParams, temp_dir: Path
) -> None:
    _fill(journal, clock)
    out = tmp_path / "out" / "reflect.json"
    out.parent.mkdir()
    assert export_json(journal, out) == 3
    doc = json.loads(out.read_text())
    assert (doc["format"], doc["version"]) == ("reflect-export", 1)
    assert [e["title"] for e in doc["entries"]] == ["First: the night", "", "First: the night"]
    assert doc["events"][0]["stage_history"][0]["stage"] == 1
    assert list(out.parent.iterdir()) == [out]  # no temp file left beside it
    assert list(temp_dir.iterdir()) == []

    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    try:
        report = import_path(other.journal, out)
        assert (report.imported, report.events_imported, report.checkins_imported) == (3, 1, 2)
        assert _state(other.journal) == _state(journal)
        again = import_path(other.journal, out)
        assert (again.imported, again.duplicates_skipped) == (0, 3)
        assert _state(other.journal) == _state(journal)
    finally:
        other.lock()


def test_importing_an_export_into_its_own_journal_adds_nothing(
    journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:
    _fill(journal, clock)
    before = _state(journal)
    out = tmp_path / "reflect.json"
    export_json(journal, out)
    report = import_path(journal, out)
    assert (report.imported, report.duplicates_skipped) == (0, 3)
    assert _state(journal) == before


def test_markdown_export_writes_one_safe_file_per_entry_that_imports_back(
    journal: Journal, clock: FakeClock, tmp_path: Path, cheap_kdf: KdfParams, temp_dir: Path
) -> None:
    _fill(journal, clock)
    journal.add_entry("../../etc/passwd", "sneaky title")
    journal.add_entry("CON", "reserved on Windows")
    target = tmp_path / "copy"
    assert export_markdown(journal, target, tz=UTC) == 5
    names = sorted(p.name for p in target.iterdir())
    assert names == [
        "2026-03-03-first-the-night-2.md",
        "2026-03-03-first-the-night.md",
        "2026-03-03-no-title-here-second-paragraph.md",
        "2026-03-05-entry-con.md",
        "2026-03-05-etc-passwd.md",
    ]
    text = (target / "2026-03-03-first-the-night.md").read_text()
    assert text.startswith('---\ntitle: "First: the night"\ndate: 2026-03-03T09:30:00+00:00\n')
    assert 'tags: ["shift"]' in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert list(temp_dir.iterdir()) == []

    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    try:
        assert import_path(other.journal, target, tz=UTC).imported == 5

        def seconds(j: Journal) -> set[tuple[object, ...]]:
            return {
                (e.title, e.body, tuple(e.tags), e.created_at.replace(microsecond=0))
                for e in j.list_entries()
            }

        assert seconds(other.journal) == seconds(journal)
    finally:
        other.lock()


def test_markdown_export_refuses_a_folder_with_files_in_it(
    journal: Journal, tmp_path: Path
) -> None:
    target = tmp_path / "busy"
    target.mkdir()
    (target / "mine.txt").write_text("the user's own file")
    with pytest.raises(UserError) as err:
        export_markdown(journal, target)
    assert "already holds files" in err.value.message
    assert [p.name for p in target.iterdir()] == ["mine.txt"]


def test_a_failed_markdown_export_leaves_no_copy_behind(
    journal: Journal, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    canary = "zq" + secrets.token_hex(8)
    journal.add_entry("one", canary)
    journal.add_entry("two", canary)

    original = data_export.markdown_text

    def broken(entry: Entry, tz: tzinfo | None = None) -> str:
        if entry.title == "two":
            raise OSError(28, "No space left on device")
        return original(entry, tz)

    monkeypatch.setattr(data_export, "markdown_text", broken)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError) as err:
        export_markdown(journal, out / "copy")
    assert "disk is full" in err.value.message
    assert list(out.iterdir()) == []


def test_a_failed_json_export_keeps_the_previous_file(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "reflect.json"
    out.write_text("previous export")
    journal.add_entry("x", "y")

    def fail_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail_replace)
    with pytest.raises(UserError):
        export_json(journal, out)
    monkeypatch.undo()
    assert out.read_text() == "previous export"
    assert [p.name for p in out.parent.iterdir()] == ["reflect.json"]


def test_slugs_are_short_portable_and_never_empty() -> None:
    assert slugify("Après la garde — 3 h du matin!") == "apres-la-garde-3-h-du-matin"
    assert slugify("🙂🙂") == "entry"
    assert slugify("nul") == "entry-nul"
    assert len(slugify("x" * 300)) <= 50


def test_export_times_keep_their_offset(journal: Journal, tmp_path: Path) -> None:
    tz = timezone(timedelta(hours=-7))
    journal.add_entry("t", "b")
    target = tmp_path / "md"
    export_markdown(journal, target, tz=tz)
    [file] = target.iterdir()
    assert "date: 2026-03-02T02:30:00-07:00" in file.read_text()
