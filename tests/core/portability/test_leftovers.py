"""Temp files a crash left behind are cleared at the next start, not kept forever."""

from __future__ import annotations

import os
import time
from pathlib import Path

from reflect.core.clock import FakeClock
from reflect.core.portability.backup import create_backup
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

CHEAP = KdfParams.cheap_for_tests()
TWO_DAYS = 2 * 24 * 3600


def test_temp_headers_left_in_the_journal_folder_go_at_unlock(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, kdf=CHEAP)[0].lock()
    left = [folder / ".vault.json.k2j3h4.tmp", folder / ".vault.json.next.9x8y7z.tmp"]
    for path in left:
        path.write_bytes(b'{"a header under a new passphrase": true}')
    Vault.unlock(folder, PASSPHRASE).lock()
    assert [p for p in left if p.exists()] == []
    assert sorted(p.name for p in folder.iterdir()) == [".lock", "journal.db", "vault.json"]


def test_a_crashed_backup_s_temp_copies_go_with_the_next_backup(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "journal", PASSPHRASE, kdf=CHEAP)
    backups = tmp_path / "backups"
    backups.mkdir()
    stale = [
        backups / ".reflect-snapshot-0a1b2c3d4e5f.tmp",
        backups / ".reflect-backup-2026-03-01T0900.reflectbackup.a1b2c3.tmp",
    ]
    fresh = backups / ".reflect-snapshot-ffffffffffff.tmp"  # another backup, writing now
    for path in [*stale, fresh]:
        path.write_bytes(b"\0" * 1024)
    for path in stale:
        old = time.time() - TWO_DAYS
        os.utime(path, (old, old))
    mine = backups / "my-notes.tmp"  # not Reflect's: never touched
    mine.write_text("keep me")
    os.utime(mine, (time.time() - TWO_DAYS,) * 2)
    info = create_backup(vault, backups, clock=FakeClock())
    vault.lock()
    assert [p for p in stale if p.exists()] == []
    assert fresh.exists() and mine.exists() and info.path.exists()
