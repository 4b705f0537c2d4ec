"""A damaged journal is replaced by a verified backup; the damaged copy is kept."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.errors import UserError, VaultCorrupt, WrongPassphrase
from reflect.core.portability.backup import create_backup
from reflect.core.portability.backup.damaged import restore_over_damaged
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def damaged(tmp_path: Path, clock: FakeClock) -> tuple[Path, Path]:
    """A vault with three entries and a backup of it; then its database is truncated."""
    folder = tmp_path / "journal"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.cheap_for_tests(), clock=clock)
    for i in range(3):
        vault.journal.add_entry(title=f"entry {i}", body="words " * 200)
    backup = create_backup(vault, tmp_path / "backups", clock=clock).path
    vault.lock()
    db_file = folder / "journal.db"
    db_file.write_bytes(db_file.read_bytes()[:5000])
    with pytest.raises(VaultCorrupt):
        Vault.unlock(folder, PASSPHRASE)
    return folder, backup


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_backup_takes_the_damaged_journals_place_and_the_damage_is_kept(
    damaged: tuple[Path, Path], clock: FakeClock
) -> None:
    folder, backup = damaged
    before = _digest(folder / "journal.db")
    kept = restore_over_damaged(folder, backup, now=clock.now(), passphrase=PASSPHRASE)
    vault = Vault.unlock(folder, PASSPHRASE)
    assert sorted(e.title for e in vault.journal.list_entries()) == [
        "entry 0",
        "entry 1",
        "entry 2",
    ]
    assert vault.integrity_problems() == []
    vault.lock()
    assert _digest(kept / "journal.db") == before  # the damaged copy, untouched


def test_a_wrong_passphrase_or_a_bad_file_moves_nothing(
    damaged: tuple[Path, Path], clock: FakeClock, tmp_path: Path
) -> None:
    folder, backup = damaged
    before = sorted(p.name for p in folder.parent.iterdir())
    digest = _digest(folder / "journal.db")
    with pytest.raises(WrongPassphrase):
        restore_over_damaged(folder, backup, now=clock.now(), passphrase="not it")
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("hello")
    with pytest.raises(UserError):
        restore_over_damaged(folder, not_a_backup, now=clock.now(), passphrase=PASSPHRASE)
    assert sorted(p.name for p in folder.parent.iterdir()) == sorted([*before, "notes.txt"])
    assert _digest(folder / "journal.db") == digest
