"""Every record a journal keeps carries a version from the moment it is written.

Schema version 4 (``reflect.core.vault.sync_schema``) versions entries, events,
stage changes, check-ins, contacts and prompt uses through triggers, whatever
code writes them; a deletion leaves a tombstone with no content; writing the
same values again makes no new version (it would look, to another computer,
like an edit it had not seen).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reflect.core.journal.repository import Journal
from reflect.core.portability.sync.journal_state import computer_of, read_state
from reflect.core.portability.sync.merge import State


def _state(journal: Journal) -> tuple[str, State]:
    with journal.connection() as conn:
        return computer_of(conn), read_state(conn)


def test_each_kind_of_record_gets_a_version_from_this_computer(journal: Journal) -> None:
    event = journal.add_event("The night shift", date(2026, 3, 1))
    journal.set_stage(event.id, 2)
    entry = journal.add_entry("A title", "Words I wrote.", ["sleep"], event.id)
    checkin = journal.add_checkin(5, event_id=event.id)
    journal.record_prompt_use("s1-one-word", entry.id)
    me, state = _state(journal)
    kinds = sorted(r.kind for r in state.records.values())
    assert kinds == ["checkin", "entry", "event", "prompt_use", "stage"]
    assert all(set(r.version) == {me} for r in state.records.values())
    written, checked = state.records[entry.id].fields, state.records[checkin.id].fields
    assert written is not None and written["body"] == "Words I wrote."
    assert checked is not None and checked["distress"] == 5
    assert state.context[me] >= max(r.version[me] for r in state.records.values())


def test_a_change_raises_the_version_and_the_same_values_again_do_not(
    journal: Journal,
) -> None:
    entry = journal.add_entry("", "first", [])
    me, before = _state(journal)
    journal.update_entry(entry.id, body="second")
    _me, after = _state(journal)
    assert after.records[entry.id].version[me] > before.records[entry.id].version[me]
    journal.update_entry(entry.id, body="second")
    _me, again = _state(journal)
    assert again.records[entry.id].version == after.records[entry.id].version


def test_a_deletion_leaves_a_tombstone_without_content(journal: Journal) -> None:
    entry = journal.add_entry("Secret title", "Secret words", ["private"])
    journal.delete_entry(entry.id)
    me, state = _state(journal)
    tombstone = state.records[entry.id]
    assert tombstone.deleted and tombstone.fields is None
    with journal.connection() as conn:
        stored = conn.execute("SELECT * FROM sync_versions WHERE id = ?", (entry.id,)).fetchone()
    assert "Secret" not in repr(stored)
    assert set(tombstone.version) == {me}


def test_each_journal_has_its_own_random_computer_id(journal: Journal, tmp_path: Path) -> None:
    from reflect.core.clock import FakeClock
    from reflect.core.vault.crypto import KdfParams
    from reflect.core.vault.lifecycle import Vault

    other, _key = Vault.create(
        tmp_path / "other", "pass phrase words", kdf=KdfParams.cheap_for_tests(), clock=FakeClock()
    )
    try:
        with other.journal.connection() as conn:
            theirs = computer_of(conn)
    finally:
        other.lock()
    mine = _state(journal)[0]
    assert len(mine) == 32 and int(mine, 16) >= 0 and mine != theirs
