"""A sync that changes or deletes entries leaves no old word of them on disk.

The page-level check decrypts every page of the database and every frame of
the WAL with the independent decryptor of the vault's canary tests. Both ways a
merge rewrites the search index are checked: entry by entry (FTS5's secure
delete) and, for many entries at once, one rebuild of the index
(``apply.BULK_ENTRIES``).
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from reflect.core.portability.sync import apply
from reflect.core.sync import SyncFolder
from reflect.core.vault import crypto
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE
from tests.core.vault.sqlcipher_pages import decrypt_database, decrypt_wal

CHEAP = KdfParams.cheap_for_tests()


@pytest.mark.parametrize("changed", [2, apply.BULK_ENTRIES + 5])
def test_old_texts_are_gone_from_every_page_after_a_sync(tmp_path: Path, changed: int) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    home, recovery = Vault.create(tmp_path / "home", PASSPHRASE, kdf=CHEAP)
    canaries = [f"zq{secrets.token_hex(6)}" for _ in range(changed)]
    entries = [
        home.journal.add_entry(f"night {n}", f"{word} was on the ward " * 30, [])
        for n, word in enumerate(canaries)
    ]
    kept = home.journal.add_entry("kept", "zqkeptword stays", [])
    SyncFolder(shared).sync(home)
    laptop = SyncFolder(shared).join(tmp_path / "laptop", passphrase=PASSPHRASE, kdf=CHEAP)
    key = bytes(crypto.parse_recovery_key(recovery))
    folder = tmp_path / "laptop"

    def decrypted() -> bytes:
        db_file, wal = folder / "journal.db", folder / "journal.db-wal"
        return b"".join(decrypt_database(db_file, key) + decrypt_wal(wal, db_file, key))

    laptop.journal.checkpoint()
    assert all(word.encode() in decrypted() for word in canaries)  # it can see them
    for entry in entries[1:]:
        home.journal.update_entry(entry.id, body="rewritten at home")
    home.journal.delete_entry(entries[0].id)
    SyncFolder(shared).sync(home)
    report = SyncFolder(shared).sync(laptop)
    assert report.updated == changed - 1 and report.deleted == 1
    after = decrypted()  # while the journal is still open, as a crash would leave it
    assert [word for word in canaries if word.encode() in after] == []
    assert b"zqkeptword" in after
    assert [h.entry_id for h in laptop.journal.search("zqkeptword")] == [kept.id]
    assert laptop.journal.search(canaries[-1]) == []
    assert len(laptop.journal.search("rewritten")) == changed - 1
    laptop.lock()
    home.lock()
