"""File > Merge a backup: a backup from a USB stick or an old laptop, of this
journal or of another, merged by the sync's rules, with a preview first and a
backup of the journal before anything changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.errors import WrongPassphrase
from reflect.core.portability.backup.format import BackupDamaged, create_backup
from reflect.core.portability.backup.restore import restore_backup
from reflect.core.portability.sync.journal_state import read_state
from reflect.core.sync import NeedsItsPassphrase, merge_backup, prepare_backup_merge
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

CHEAP = KdfParams.cheap_for_tests()


def _bodies(vault: Vault) -> list[str]:
    return sorted(e.body for e in vault.journal.list_entries(limit=100))


def _snapshot(vault: Vault) -> object:
    with vault.journal.connection() as conn:
        state = read_state(conn)
    return sorted(state.records.items()), _bodies(vault)


@pytest.fixture
def old_laptop(tmp_path: Path, vault: Vault, clock: FakeClock) -> Path:
    """A backup made on an old laptop that was once a copy of this journal."""
    vault.journal.add_entry("Shared", "Written before the laptop was set up.", [])
    first = create_backup(vault, tmp_path / "usb", clock=clock)
    restore_backup(first.path, tmp_path / "laptop", passphrase=PASSPHRASE)
    laptop = Vault.unlock(tmp_path / "laptop", PASSPHRASE, kdf=CHEAP, clock=clock)
    laptop.journal.add_entry("Away", "Written on the old laptop.", ["away"])
    (shared,) = [e for e in laptop.journal.list_entries(limit=5) if e.title == "Shared"]
    laptop.journal.update_entry(shared.id, body="Changed on the old laptop.")
    clock.advance(minutes=1)
    made = create_backup(laptop, tmp_path / "usb", clock=clock)
    laptop.lock()
    return made.path


def test_a_preview_says_what_merging_would_do_and_changes_nothing(
    vault: Vault, old_laptop: Path
) -> None:
    (shared,) = vault.journal.list_entries(limit=5)
    vault.journal.update_entry(shared.id, body="Changed at home meanwhile.")
    before = _snapshot(vault)
    prepared = prepare_backup_merge(vault, old_laptop)
    preview = prepared.preview(vault)
    assert (preview.added, preview.conflicts) == (1, 1)
    assert _snapshot(vault) == before


def test_merging_keeps_what_both_wrote_after_a_backup_of_the_journal(
    tmp_path: Path, vault: Vault, old_laptop: Path, clock: FakeClock
) -> None:
    (shared,) = vault.journal.list_entries(limit=5)
    vault.journal.update_entry(shared.id, body="Changed at home meanwhile.")
    safety = tmp_path / "before-merge"
    report = merge_backup(vault, old_laptop, safety_folder=safety, clock=clock)
    assert (report.added, report.conflicts) == (1, 1)
    assert _bodies(vault) == [
        "Changed at home meanwhile.",
        "Changed on the old laptop.",
        "Written on the old laptop.",
    ]
    assert "away" in {t.name for t in vault.journal.all_tags()}
    (safety_backup,) = safety.iterdir()  # the journal as it was, first
    restore_backup(safety_backup, tmp_path / "as-before", passphrase=PASSPHRASE)
    as_before = Vault.unlock(tmp_path / "as-before", PASSPHRASE, kdf=CHEAP)
    try:
        assert _bodies(as_before) == ["Changed at home meanwhile."]
    finally:
        as_before.lock()
    # Merging the same backup again changes nothing.
    again = merge_backup(vault, old_laptop, safety_folder=safety, clock=clock)
    assert (again.added, again.updated, again.deleted, again.conflicts) == (0, 0, 0, 0)


def test_a_backup_of_this_journal_merged_back_changes_nothing(
    tmp_path: Path, vault: Vault, clock: FakeClock
) -> None:
    vault.journal.add_entry("", "kept", [])
    gone = vault.journal.add_entry("", "deleted after the backup", [])
    made = create_backup(vault, tmp_path / "usb", clock=clock)
    vault.journal.delete_entry(gone.id)
    vault.journal.add_entry("", "written after the backup", [])
    before = _bodies(vault)
    report = merge_backup(vault, made.path, safety_folder=tmp_path / "safety", clock=clock)
    assert (report.added, report.updated, report.deleted, report.conflicts) == (0, 0, 0, 0)
    assert _bodies(vault) == before  # no deleted entry comes back


def test_another_journal_needs_its_own_passphrase(
    tmp_path: Path, vault: Vault, clock: FakeClock
) -> None:
    other, _key = Vault.create(tmp_path / "other", "another journal's words", kdf=CHEAP)
    other.journal.add_entry("", "From the other journal.", [])
    made = create_backup(other, tmp_path / "usb", clock=clock)
    other.lock()
    vault.journal.add_entry("", "Mine.", [])
    with pytest.raises(NeedsItsPassphrase):
        prepare_backup_merge(vault, made.path)
    with pytest.raises(WrongPassphrase):
        prepare_backup_merge(vault, made.path, passphrase=PASSPHRASE)
    assert _bodies(vault) == ["Mine."]
    report = merge_backup(
        vault, made.path, "another journal's words", safety_folder=tmp_path / "s", clock=clock
    )
    assert report.added == 1 and _bodies(vault) == ["From the other journal.", "Mine."]


def test_a_damaged_backup_changes_nothing_and_leaves_nothing(
    tmp_path: Path, vault: Vault, clock: FakeClock
) -> None:
    vault.journal.add_entry("", "Mine.", [])
    made = create_backup(vault, tmp_path / "usb", clock=clock)
    data = bytearray(made.path.read_bytes())
    data[-100] ^= 0xFF
    made.path.write_bytes(bytes(data))
    before = _snapshot(vault)
    siblings = sorted(p.name for p in vault.path.parent.iterdir())
    with pytest.raises(BackupDamaged):
        prepare_backup_merge(vault, made.path)
    assert _snapshot(vault) == before
    assert sorted(p.name for p in vault.path.parent.iterdir()) == siblings


def test_a_backup_made_by_reflect_0_1_merges_as_nothing_new(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup from before records had versions (schema 3): its entries are the
    journal's own, so merging it back changes nothing and says so."""
    from reflect.core.vault import db, sync_schema

    real = db.migrate
    monkeypatch.setattr(db, "migrate", lambda conn, target=3: real(conn, 3))
    monkeypatch.setattr(sync_schema, "claim_home", lambda conn, folder: None)
    old, _key = Vault.create(tmp_path / "journal", PASSPHRASE, kdf=CHEAP, clock=clock)
    with old.journal.connection() as conn:  # as Reflect 0.1 wrote an entry
        conn.execute(
            "INSERT INTO entries (id, created_at, updated_at, title, body, tags)"
            " VALUES ('e-0-1', '2026-01-05T21:00:00+00:00', '2026-01-05T21:00:00+00:00',"
            " 'Before the update', 'written with Reflect 0.1', '')"
        )
    made = create_backup(old, tmp_path / "usb", clock=clock)
    old.lock()
    monkeypatch.undo()
    vault = Vault.unlock(tmp_path / "journal", PASSPHRASE, kdf=CHEAP, clock=clock)
    try:
        preview = prepare_backup_merge(vault, made.path).preview(vault)
        assert (preview.added, preview.updated, preview.deleted, preview.conflicts) == (0, 0, 0, 0)
        merge_backup(vault, made.path, safety_folder=tmp_path / "safety", clock=clock)
        assert _bodies(vault) == ["written with Reflect 0.1"]
    finally:
        vault.lock()
