"""Creating, unlocking, re-keying and recovering a vault; every failure is a clear error."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from pathlib import Path

import pytest
import sqlcipher3

from reflect.core.errors import (
    InvalidRecoveryKey,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from reflect.core.vault import crypto
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.header import HEADER_FILENAME
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

CHEAP = KdfParams.cheap_for_tests()


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != ".lock"
    }


@pytest.fixture
def closed_vault(tmp_path: Path) -> tuple[Path, str]:
    """A vault with one entry, locked; returns its folder and recovery key."""
    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=CHEAP)
    vault.journal.add_entry(title="First", body="A first page.", tags=["start"])
    vault.lock()
    return folder, recovery


def test_create_writes_only_the_database_header_and_lock(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=CHEAP)
    vault.lock()
    names = {p.name for p in (tmp_path / "v").iterdir()}
    assert names <= {"journal.db", "journal.db-wal", "journal.db-shm", HEADER_FILENAME, ".lock"}
    header = json.loads((tmp_path / "v" / HEADER_FILENAME).read_text())
    assert header["format"] == "reflect-vault" and header["version"] == 1
    assert header["kdf"]["name"] == "argon2id"


def test_default_parameters_are_at_least_rfc_9106_and_stored(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE)
    vault.lock()
    kdf = json.loads((tmp_path / "v" / HEADER_FILENAME).read_text())["kdf"]
    assert kdf["memory_kib"] >= 64 * 1024 and kdf["iterations"] >= 3 and kdf["lanes"] == 4
    Vault.unlock(tmp_path / "v", PASSPHRASE).lock()


def test_create_refuses_a_folder_that_already_holds_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(VaultExists):
        Vault.create(tmp_path, PASSPHRASE, kdf=CHEAP)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_unlock_reads_back_what_was_written(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    [entry] = vault.journal.list_entries()
    assert (entry.title, entry.body, entry.tags) == ("First", "A first page.", ["start"])
    vault.lock()


def test_wrong_passphrase_changes_nothing_on_disk(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    before = _digest(folder)
    for attempt in ("wrong", PASSPHRASE.upper(), PASSPHRASE + " ", ""):
        with pytest.raises(WrongPassphrase) as info:
            Vault.unlock(folder, attempt)
        assert "Caps Lock" in info.value.message
    assert _digest(folder) == before


def test_lock_makes_the_journal_unusable(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    journal = vault.journal
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLocked):
        journal.list_entries()
    with pytest.raises(VaultLocked):
        _ = vault.journal
    assert "key" not in repr(vault).lower()


def test_change_passphrase_keeps_entries_and_only_the_new_one_works(
    closed_vault: tuple[Path, str],
) -> None:
    folder, recovery = closed_vault
    vault = Vault.unlock(folder, PASSPHRASE, kdf=CHEAP)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not the old one", "new words here")
    vault.change_passphrase(PASSPHRASE, "new words here")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)
    again = Vault.unlock(folder, "new words here")
    assert again.journal.list_entries()[0].title == "First"
    again.lock()
    # The data key did not change, so the recovery key still works.
    Vault.unlock_with_recovery_key(folder, recovery).lock()


def test_a_crash_while_changing_passphrase_leaves_one_working_passphrase(
    closed_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = closed_vault
    vault = Vault.unlock(folder, PASSPHRASE, kdf=CHEAP)

    def power_cut(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(Exception, match="disk is full"):
        vault.change_passphrase(PASSPHRASE, "never written")
    monkeypatch.undo()
    vault.lock()
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp")) == []
    Vault.unlock(folder, PASSPHRASE).lock()


def test_recovery_key_opens_with_or_without_separators_in_any_case(
    closed_vault: tuple[Path, str],
) -> None:
    folder, recovery = closed_vault
    for form in (recovery, recovery.lower(), recovery.replace("-", ""), recovery.replace("-", " ")):
        vault = Vault.unlock_with_recovery_key(folder, form)
        assert vault.journal.count_entries() == 1
        vault.lock()


def test_wrong_or_malformed_recovery_keys(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(folder, crypto.format_recovery_key(bytes(32)))
    with pytest.raises(InvalidRecoveryKey):
        Vault.unlock_with_recovery_key(folder, "not a key")


def test_plain_sqlcipher3_opens_the_journal_with_the_recovery_key(
    closed_vault: tuple[Path, str],
) -> None:
    """The README's escape hatch: SQLCipher 4 defaults, no Reflect code involved."""
    folder, recovery = closed_vault
    hex_key = recovery.replace("-", "")
    conn = sqlcipher3.connect(str(folder / "journal.db"))
    conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    assert conn.execute("SELECT title, body FROM entries").fetchall() == [
        ("First", "A first page.")
    ]
    conn.close()


def test_lost_header_recovery_key_then_new_passphrase(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    (folder / HEADER_FILENAME).unlink()
    with pytest.raises(VaultCorrupt) as info:
        Vault.unlock(folder, PASSPHRASE)
    assert "recovery key" in info.value.message
    vault = Vault.unlock_with_recovery_key(folder, recovery, kdf=CHEAP)
    vault.reset_passphrase("a fresh start")
    vault.lock()
    reopened = Vault.unlock(folder, "a fresh start")
    assert reopened.journal.count_entries() == 1
    reopened.lock()


def test_reset_passphrase_needs_the_recovery_key_path(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        vault.reset_passphrase("sneaky")
    vault.lock()


def test_rotating_the_recovery_key_rekeys_and_retires_the_old_key(
    closed_vault: tuple[Path, str],
) -> None:
    folder, old_recovery = closed_vault
    vault = Vault.unlock(folder, PASSPHRASE, kdf=CHEAP)
    with pytest.raises(WrongPassphrase):
        vault.rotate_recovery_key("not it")
    new_recovery = vault.rotate_recovery_key(PASSPHRASE)
    assert new_recovery != old_recovery
    vault.journal.add_entry(title="After rotation")
    vault.lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(folder, old_recovery)
    by_key = Vault.unlock_with_recovery_key(folder, new_recovery)
    assert by_key.journal.count_entries() == 2
    by_key.lock()
    by_pass = Vault.unlock(folder, PASSPHRASE)
    assert by_pass.journal.count_entries() == 2
    by_pass.lock()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (("kdf", "memory_kib"), 8 * 1024 + 1),
        (("kdf", "iterations"), 2),
        (("kdf", "salt"), "AAAAAAAAAAAAAAAAAAAAAA=="),
        (("vault_id",), "another-vault"),
        (("key_check",), "0" * 32),
    ],
)
def test_tampering_with_any_bound_header_field_stops_the_unlock(
    closed_vault: tuple[Path, str], field: tuple[str, ...], value: object
) -> None:
    folder, _ = closed_vault
    path = folder / HEADER_FILENAME
    doc = json.loads(path.read_text())
    target = doc
    for key in field[:-1]:
        target = target[key]
    target[field[-1]] = value
    path.write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not json",
        b'{"format": "something-else", "version": 1}',
        b'{"format": "reflect-vault", "version": "1"}',
        b'{"format": "reflect-vault", "version": 1}',
    ],
)
def test_a_damaged_header_is_reported_as_damage_not_a_wrong_passphrase(
    closed_vault: tuple[Path, str], damage: bytes
) -> None:
    folder, _ = closed_vault
    (folder / HEADER_FILENAME).write_bytes(damage)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(folder, PASSPHRASE)


def test_a_hostile_memory_cost_is_refused_before_deriving(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    doc = json.loads((folder / HEADER_FILENAME).read_text())
    doc["kdf"]["memory_kib"] = 512 * 1024 * 1024  # 512 GiB would exhaust the machine
    (folder / HEADER_FILENAME).write_text(json.dumps(doc))
    with pytest.raises(VaultCorrupt):
        Vault.unlock(folder, PASSPHRASE)


def test_a_header_from_a_newer_reflect_says_so(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    doc = json.loads((folder / HEADER_FILENAME).read_text())
    doc["version"] = 2
    (folder / HEADER_FILENAME).write_text(json.dumps(doc))
    with pytest.raises(VaultTooNew) as info:
        Vault.unlock(folder, PASSPHRASE)
    assert "newer Reflect" in info.value.message


def test_a_database_from_a_newer_reflect_says_so(closed_vault: tuple[Path, str]) -> None:
    folder, recovery = closed_vault
    conn = sqlcipher3.connect(str(folder / "journal.db"))
    conn.execute(f"PRAGMA key = \"x'{recovery.replace('-', '')}'\"")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(VaultTooNew):
        Vault.unlock(folder, PASSPHRASE)


@pytest.mark.parametrize("offset", [100, 4096 * 2 + 200, -100])
def test_a_damaged_database_with_the_right_passphrase_is_reported_as_damage(
    closed_vault: tuple[Path, str], offset: int
) -> None:
    folder, _ = closed_vault
    db_file = folder / "journal.db"
    data = bytearray(db_file.read_bytes())
    data[offset] ^= 0xFF
    db_file.write_bytes(bytes(data))
    try:
        vault = Vault.unlock(folder, PASSPHRASE)
    except VaultCorrupt as exc:
        assert "backup" in exc.message
        return
    # Damage outside page 1 is found by the integrity check rather than at unlock.
    try:
        assert vault.integrity_problems() != []
    finally:
        vault.lock()


def test_a_missing_database_is_not_silently_recreated(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    (folder / "journal.db").unlink()
    with pytest.raises(VaultCorrupt):
        Vault.unlock(folder, PASSPHRASE)
    assert not (folder / "journal.db").exists()


def test_unlocking_an_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path, PASSPHRASE)
    assert not Vault.exists(tmp_path)


def _hold_vault(
    folder: str, ready: multiprocessing.synchronize.Event, done: multiprocessing.synchronize.Event
) -> None:
    vault = Vault.unlock(folder, PASSPHRASE)
    ready.set()
    done.wait(30)
    vault.lock()


def test_a_vault_open_in_another_process_is_refused_clearly(
    closed_vault: tuple[Path, str],
) -> None:
    folder, _ = closed_vault
    ctx = multiprocessing.get_context("spawn")
    ready, done = ctx.Event(), ctx.Event()
    other = ctx.Process(target=_hold_vault, args=(str(folder), ready, done))
    other.start()
    try:
        assert ready.wait(60)
        with pytest.raises(VaultInUse) as info:
            Vault.unlock(folder, PASSPHRASE)
        assert "already open" in info.value.message
    finally:
        done.set()
        other.join(60)
    Vault.unlock(folder, PASSPHRASE).lock()


def test_a_second_unlock_in_the_same_process_is_refused_too(
    closed_vault: tuple[Path, str],
) -> None:
    folder, _ = closed_vault
    first = Vault.unlock(folder, PASSPHRASE)
    with pytest.raises(VaultInUse):
        Vault.unlock(folder, PASSPHRASE)
    first.lock()
