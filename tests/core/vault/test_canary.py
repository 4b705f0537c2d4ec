"""Plaintext never reaches disk: not in any vault file, not in temp folders, not after delete.

The page-level checks decrypt every page of the database and every frame of the
WAL with an independent decryptor (tests/core/vault/sqlcipher_pages.py), so a deleted
entry is proven gone even to someone who holds the key.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from reflect.core.journal.repository import Journal
from reflect.core.vault import crypto
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE
from tests.core.vault.sqlcipher_pages import decrypt_database, decrypt_wal
from tests.helpers.scan import files_containing


def _canary() -> str:
    return "zq" + secrets.token_hex(8) + "canary"


def _all_files(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        for root, _, files in os.walk(folder):
            for name in files:
                yield Path(root) / name


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every temp-file API (Python's and SQLite's) at a folder we can inspect."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_no_plaintext_in_any_file_while_open_after_work_and_after_lock(
    tmp_path: Path, temp_dir: Path
) -> None:
    canary = _canary()
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    journal = vault.journal
    event = journal.add_event(title=f"event {canary}", occurred_on=date(2026, 1, 5))
    entries = [
        journal.add_entry(title=f"t{i} {canary}", body=f"{canary} " * 200, tags=[canary])
        for i in range(30)
    ]
    journal.set_stage(event.id, 4)
    journal.add_checkin(distress=5, note=canary, event_id=event.id)
    journal.set_setting("reminder.note.canary-rule", canary)
    journal.save_contact(canary, notes=canary)
    journal.save_draft("reflection", {"answer": canary})
    journal.update_entry(entries[0].id, body="edited " + canary)
    assert len(journal.search(canary)) == 30
    journal.list_entries(limit=100)
    assert files_containing(canary, folder, temp_dir) == []
    vault.lock()
    assert files_containing(canary, folder, temp_dir) == []


def test_a_deleted_entry_is_gone_from_every_decrypted_page_and_wal_frame(tmp_path: Path) -> None:
    keep, gone = _canary(), _canary()
    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    key = bytes(crypto.parse_recovery_key(recovery))
    journal = vault.journal
    journal.add_entry(title="keep", body=f"{keep} stays")
    doomed = journal.add_entry(title=f"{gone} title", body=f"{gone} body " * 50, tags=[gone])
    journal.checkpoint()
    for i in range(20):  # more writes so the doomed rows move around the file
        journal.update_entry(doomed.id, body=f"{gone} revision {i} " * 50)

    def decrypted() -> bytes:
        db_file, wal = folder / "journal.db", folder / "journal.db-wal"
        return b"".join(decrypt_database(db_file, key) + decrypt_wal(wal, db_file, key))

    # The decryptor really sees the text (so its absence below means something).
    before = decrypted()
    assert gone.encode() in before and keep.encode() in before

    journal.delete_entry(doomed.id)
    after = decrypted()  # while the vault is still open, as a crash would leave it
    assert gone.encode() not in after
    assert keep.encode() in after
    vault.lock()
    assert gone.encode() not in decrypted()


def test_the_key_never_lands_on_disk_in_any_encoding(tmp_path: Path, temp_dir: Path) -> None:
    import base64

    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    vault.journal.add_entry(title="x")
    vault.lock()
    key = bytes(crypto.parse_recovery_key(recovery))
    forms = [key, key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key)]
    for path in _all_files(folder, temp_dir):
        data = path.read_bytes()
        assert not any(form in data for form in forms), path


def _change_event(journal: Journal, gone: str) -> Callable[[], object]:
    event = journal.add_event(title=f"{gone} event", occurred_on=date(2026, 2, 1), context=gone)
    return lambda: journal.update_event(event.id, title="renamed", context="")


def _delete_event(journal: Journal, gone: str) -> Callable[[], object]:
    event = journal.add_event(title=f"{gone} event", occurred_on=date(2026, 2, 1), context=gone)
    return lambda: journal.delete_event(event.id)


def _change_contact(journal: Journal, gone: str) -> Callable[[], object]:
    contact = journal.save_contact(f"{gone} name", "peer", "0123", notes=gone)
    return lambda: journal.save_contact("Someone else", id=contact.id)


def _delete_contact(journal: Journal, gone: str) -> Callable[[], object]:
    contact = journal.save_contact(f"{gone} name", "peer", "0123", notes=gone)
    return lambda: journal.delete_contact(contact.id)


def _clear_draft(journal: Journal, gone: str) -> Callable[[], object]:
    journal.save_draft("safety-plan", {"answers": {"warning-signs": gone * 20}})
    return lambda: journal.clear_draft("safety-plan")


def _clear_reminder_note(journal: Journal, gone: str) -> Callable[[], object]:
    from reflect.core.reminders.store import delete_note, save_note

    save_note(journal, "0b7e7d0e-4c1a-4f0e-9d7e-2a8f5b6c1d2e", f"call {gone} back")
    return lambda: delete_note(journal, "0b7e7d0e-4c1a-4f0e-9d7e-2a8f5b6c1d2e")


def _delete_inside_a_transaction(journal: Journal, gone: str) -> Callable[[], object]:
    contact = journal.save_contact(f"{gone} name", notes=gone)

    def delete() -> None:
        with journal.transaction():
            journal.delete_contact(contact.id)
            journal.add_entry(title="written in the same step")

    return delete


@pytest.mark.parametrize(
    "change",
    [
        _change_event,
        _delete_event,
        _change_contact,
        _delete_contact,
        _clear_draft,
        _clear_reminder_note,
        _delete_inside_a_transaction,
    ],
)
def test_changed_or_deleted_private_text_leaves_no_copy_in_the_log(
    tmp_path: Path, change: Callable[[Journal, str], Callable[[], object]]
) -> None:
    """Events, contacts, drafts and reminder notes, as entries already were (audit item 12)."""
    gone = _canary()
    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    key = bytes(crypto.parse_recovery_key(recovery))
    apply = change(vault.journal, gone)

    def decrypted() -> bytes:
        db_file, wal = folder / "journal.db", folder / "journal.db-wal"
        return b"".join(decrypt_database(db_file, key) + decrypt_wal(wal, db_file, key))

    assert gone.encode() in decrypted()
    apply()
    assert gone.encode() not in decrypted()  # while open, as a crash would leave it
    vault.lock()
