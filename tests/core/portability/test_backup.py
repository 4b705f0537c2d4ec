"""One-file encrypted backups: what goes in, what comes back, and what a bad file does."""

from __future__ import annotations

import hashlib
import secrets
import struct
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.errors import (
    UserError,
    VaultExists,
    VaultInUse,
    WrongPassphrase,
    WrongRecoveryKey,
)
from reflect.core.portability import backup
from reflect.core.portability.backup import (
    AutoBackup,
    BackupDamaged,
    BackupSettings,
    NotABackup,
    create_backup,
    read_backup_info,
    restore_backup,
)
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE


def _fill(vault: Vault, canary: str) -> None:
    j = vault.journal
    event = j.add_event(title="Night shift", occurred_on=date(2026, 2, 27), stage=1)
    j.set_stage(event.id, 3)
    j.add_entry("First", f"I keep thinking about it {canary}", ["shift"], event.id)
    j.add_entry("Second", "Talked to Sam.", ["support", "shift"])
    j.add_checkin(6, event.id, sleep=1, triggered=True, note="rough", phq2=2, support={"peers": 3})


def _snapshot(vault: Vault) -> tuple[object, ...]:
    j = vault.journal
    entries = sorted(
        (e.id, e.title, e.body, tuple(e.tags), e.created_at, e.event_id)
        for e in j.list_entries(1000)
    )
    events = [(e.id, e.title, e.stage, j.stage_history(e.id)) for e in j.list_events()]
    return entries, events, j.list_checkins()


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def canary() -> str:
    return "zq" + secrets.token_hex(8) + "canary"


def test_backup_then_restore_reproduces_entries_events_and_checkins(
    vault: Vault, tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams, canary: str
) -> None:
    _fill(vault, canary)
    before = _snapshot(vault)
    info = create_backup(vault, tmp_path / "backups", clock=clock, tz=UTC)
    assert info.path.name == "reflect-backup-2026-03-02T0930.reflectbackup"

    restored = restore_backup(info.path, tmp_path / "restored", passphrase=PASSPHRASE)
    copy = Vault.unlock(restored, PASSPHRASE, kdf=cheap_kdf, clock=clock)
    try:
        assert _snapshot(copy) == before
        assert copy.integrity_problems() == []
    finally:
        copy.lock()


def test_restore_with_the_recovery_key_works_and_a_wrong_one_is_refused(
    tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams
) -> None:
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    vault.journal.add_entry("Kept", "body")
    info = create_backup(vault, tmp_path / "b", clock=clock)
    vault.lock()
    other_vault, other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    other_vault.lock()
    with pytest.raises(WrongRecoveryKey):
        restore_backup(info.path, tmp_path / "r1", recovery_key=other)
    assert not (tmp_path / "r1").exists()
    restore_backup(info.path, tmp_path / "r2", recovery_key=recovery)
    copy = Vault.unlock_with_recovery_key(tmp_path / "r2", recovery, clock=clock)
    assert [e.title for e in copy.journal.list_entries()] == ["Kept"]
    copy.lock()


def test_backup_file_holds_no_plaintext_and_leaves_no_temp_files(
    vault: Vault, tmp_path: Path, clock: FakeClock, canary: str
) -> None:
    _fill(vault, canary)
    folder = tmp_path / "backups"
    info = create_backup(vault, folder, clock=clock)
    data = info.path.read_bytes()
    assert data.startswith(b"REFLECT-BACKUP")
    for form in (canary.encode(), canary.encode("utf-16-le"), b"Night shift", b"SQLite format"):
        assert form not in data
    assert [p.name for p in folder.iterdir()] == [info.path.name]


def test_wrong_passphrase_is_said_plainly_and_nothing_is_created(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    info = create_backup(vault, tmp_path / "b", clock=clock)
    with pytest.raises(WrongPassphrase):
        restore_backup(info.path, tmp_path / "r", passphrase="not it")
    assert not (tmp_path / "r").exists()
    assert not any(p.name.startswith(".r.restore") for p in tmp_path.iterdir())


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncated":
        path.write_bytes(bytes(data[: len(data) - 5000]))
    elif how == "flipped-db-byte":
        data[-3000] ^= 0x40
        path.write_bytes(bytes(data))
    elif how == "flipped-header-byte":
        info = read_backup_info(path)
        data[info.data_offset + 40] ^= 0x01
        path.write_bytes(bytes(data))
    elif how == "bad-manifest":
        start = len(backup.MAGIC) + 6
        data[start : start + 1] = b"["
        path.write_bytes(bytes(data))
    elif how == "appended":
        path.write_bytes(bytes(data) + b"extra")


@pytest.mark.parametrize(
    "how", ["truncated", "flipped-db-byte", "flipped-header-byte", "bad-manifest", "appended"]
)
def test_a_damaged_backup_changes_nothing_over_the_current_vault(
    tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams, how: str
) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    vault.journal.add_entry("Mine", "keep me")
    info = create_backup(vault, tmp_path / "b", clock=clock)
    vault.lock()
    before = _hashes(tmp_path / "v")
    _damage(info.path, how)
    with pytest.raises(BackupDamaged) as err:
        restore_backup(info.path, tmp_path / "v", passphrase=PASSPHRASE, replace=True)
    assert "damaged" in err.value.message and "Nothing was changed" in err.value.message
    assert _hashes(tmp_path / "v") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "v"]


@pytest.mark.parametrize(
    "content", [b"", b"hello", b"SQLite format 3\0" + b"\0" * 5000, b"PK\x03\x04zipzip"]
)
def test_a_foreign_file_is_not_a_backup(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.reflectbackup"
    path.write_bytes(content)
    with pytest.raises(NotABackup) as err:
        restore_backup(path, tmp_path / "r", passphrase=PASSPHRASE)
    assert "isn't a Reflect backup" in err.value.message
    assert not (tmp_path / "r").exists()


def test_a_backup_from_a_newer_reflect_asks_for_an_update(tmp_path: Path) -> None:
    path = tmp_path / "x.reflectbackup"
    path.write_bytes(backup.MAGIC + struct.pack(">HI", 99, 2) + b"{}")
    with pytest.raises(backup.BackupTooNew):
        read_backup_info(path)


def test_restore_over_the_current_vault_replaces_it_after_verifying(
    tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams
) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    vault.journal.add_entry("Old", "from the backup")
    info = create_backup(vault, tmp_path / "b", clock=clock)
    vault.journal.add_entry("New", "written after the backup")
    with pytest.raises(VaultInUse):  # still open: refuse rather than pull it from under us
        restore_backup(info.path, tmp_path / "v", passphrase=PASSPHRASE, replace=True)
    vault.lock()
    with pytest.raises(VaultExists):
        restore_backup(info.path, tmp_path / "v", passphrase=PASSPHRASE)
    restore_backup(info.path, tmp_path / "v", passphrase=PASSPHRASE, replace=True)
    again = Vault.unlock(tmp_path / "v", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    assert [e.title for e in again.journal.list_entries()] == ["Old"]
    again.lock()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "v"]


def test_backup_made_before_a_passphrase_change_opens_with_the_old_passphrase(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    info = create_backup(vault, tmp_path / "b", clock=clock)
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    restore_backup(info.path, tmp_path / "r", passphrase=PASSPHRASE)
    assert (tmp_path / "r" / "journal.db").exists()


def test_progress_is_reported_up_to_the_total(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    calls: list[tuple[int, int]] = []
    info = create_backup(
        vault, tmp_path / "b", clock=clock, progress=lambda d, t: calls.append((d, t))
    )
    assert calls and calls[-1][0] == calls[-1][1]
    calls.clear()
    restore_backup(
        info.path, tmp_path / "r", passphrase=PASSPHRASE, progress=lambda d, t: calls.append((d, t))
    )
    assert calls and calls[-1][0] == calls[-1][1]


def test_two_backups_in_one_minute_get_distinct_names(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    a = create_backup(vault, tmp_path / "b", clock=clock, tz=UTC)
    b = create_backup(vault, tmp_path / "b", clock=clock, tz=UTC)
    assert a.path != b.path and a.path.exists() and b.path.exists()


# --- automatic backups -------------------------------------------------------------------


def test_settings_round_trip_inside_the_vault(vault: Vault, tmp_path: Path) -> None:
    j = vault.journal
    assert BackupSettings.load(j) == BackupSettings(enabled=True, folder=None, keep=10)
    BackupSettings(enabled=False, folder=tmp_path / "elsewhere", keep=3).save(j)
    assert BackupSettings.load(j) == BackupSettings(False, tmp_path / "elsewhere", 3)
    assert j.get_setting("backup.keep") == 3


def test_auto_backup_runs_at_most_daily_and_keeps_the_last_n(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    folder = tmp_path / "auto"
    auto = AutoBackup(clock, folder, tz=UTC)
    BackupSettings(enabled=True, folder=None, keep=3).save(vault.journal)
    assert auto.is_due(vault.journal)
    assert auto.run_if_due(vault) is not None
    clock.advance(hours=5)
    assert not auto.is_due(vault.journal)
    assert auto.run_if_due(vault) is None  # same day: nothing new
    assert len(list(folder.iterdir())) == 1
    for _ in range(5):
        clock.advance(days=1)
        assert auto.run_if_due(vault) is not None
    kept = auto.list_backups(folder)
    assert len(kept) == 3
    assert kept[0].created == clock.now()
    assert [k.created for k in kept] == [clock.now() - timedelta(days=n) for n in range(3)]


def test_auto_backup_never_prunes_other_files_or_other_vaults(
    vault: Vault, tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "reflect-backup-notes.reflectbackup").write_text("my own file")
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    foreign = create_backup(other, folder, clock=clock, tz=UTC)
    other.lock()
    auto = AutoBackup(clock, folder, tz=UTC)
    BackupSettings(keep=1).save(vault.journal)
    for _ in range(3):
        auto.run_now(vault)
        clock.advance(days=1)
    assert foreign.path.exists()
    assert (folder / "reflect-backup-notes.reflectbackup").read_text() == "my own file"
    assert len(auto.list_backups(folder, read_backup_info(foreign.path).vault_id)) == 1
    assert len(list(folder.iterdir())) == 3


def test_auto_backup_off_means_never(vault: Vault, tmp_path: Path, clock: FakeClock) -> None:
    BackupSettings(enabled=False).save(vault.journal)
    auto = AutoBackup(clock, tmp_path / "auto", tz=UTC)
    assert auto.run_if_due(vault) is None
    assert not (tmp_path / "auto").exists()


def test_auto_backup_uses_the_chosen_folder(vault: Vault, tmp_path: Path, clock: FakeClock) -> None:
    BackupSettings(folder=tmp_path / "mine").save(vault.journal)
    auto = AutoBackup(clock, tmp_path / "default", tz=UTC)
    info = auto.run_if_due(vault)
    assert info is not None and info.path.parent == tmp_path / "mine"
    assert auto.last_backup(vault.journal) == clock.now()


def test_backup_into_a_folder_that_cannot_be_made_says_so(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(UserError) as err:
        create_backup(vault, blocker / "backups", clock=clock)
    assert "Nothing was changed" in err.value.message
    assert blocker.read_text() == "a file where the folder should be"


def test_created_time_is_kept_in_the_manifest(vault: Vault, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 21, 13, 30, tzinfo=UTC))
    info = create_backup(vault, tmp_path / "b", clock=clock, tz=UTC)
    assert info.path.name == "reflect-backup-2026-11-21T1330.reflectbackup"
    assert read_backup_info(info.path).created == clock.now()


def test_a_backup_with_consistent_hashes_but_a_bad_page_fails_the_integrity_check(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    """Re-sealed so the container checks pass: SQLCipher's page HMACs must catch it."""
    import json

    for n in range(40):
        vault.journal.add_entry(f"entry {n}", "text " * 200)
    info = create_backup(vault, tmp_path / "b", clock=clock)
    raw = info.path.read_bytes()
    header = raw[info.data_offset : info.data_offset + info.header_size]
    db_bytes = bytearray(raw[info.data_offset + info.header_size :])
    db_bytes[4096 * 3 + 100] ^= 0x01  # inside page 4
    manifest = json.loads(raw[len(backup.MAGIC) + 6 : info.data_offset])
    manifest["db_sha256"] = hashlib.sha256(db_bytes).hexdigest()
    body = json.dumps(manifest).encode()
    forged = tmp_path / "forged.reflectbackup"
    forged.write_bytes(
        backup.MAGIC + struct.pack(">HI", 1, len(body)) + body + header + bytes(db_bytes)
    )
    with pytest.raises(BackupDamaged):
        restore_backup(forged, tmp_path / "r", passphrase=PASSPHRASE)
    assert not (tmp_path / "r").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_backup_knows_whether_it_is_of_the_journal_in_a_folder(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    from reflect.core.portability.backup import is_of_another_journal

    info = create_backup(vault, tmp_path / "b", clock=clock)
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    other.lock()
    assert not is_of_another_journal(info, vault.path)
    assert is_of_another_journal(info, tmp_path / "other")
    assert not is_of_another_journal(info, tmp_path / "nowhere")  # nothing to compare
