"""Every journal and backup file is this user's alone, whatever the umask (POSIX)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.portability.backup import create_backup, restore_backup
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

CHEAP = KdfParams.cheap_for_tests()


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common default, under which new files are readable by everyone (0644)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _open_to_others(folder: Path) -> list[str]:
    found = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            found.append(f"{path.relative_to(folder.parent)} {oct(mode)}")
    return found


def test_a_new_journal_its_log_and_lock_are_private(usual_umask: None, tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=CHEAP)
    vault.journal.add_entry(title="Private", body="only mine")
    assert {p.name for p in folder.iterdir()} >= {"journal.db", "journal.db-wal", ".lock"}
    assert _open_to_others(folder) == []
    vault.lock()
    assert _open_to_others(folder) == []


def test_an_older_journal_with_wide_permissions_is_narrowed_on_unlock(
    usual_umask: None, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, kdf=CHEAP)[0].lock()
    (folder / "journal.db").chmod(0o644)
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.journal.add_entry(title="x")
    assert _open_to_others(folder) == []
    vault.lock()


def test_backups_and_restored_journals_are_private(usual_umask: None, tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "journal", PASSPHRASE, kdf=CHEAP)
    vault.journal.add_entry(title="Backed up")
    info = create_backup(vault, tmp_path / "backups", clock=FakeClock())
    vault.lock()
    assert _open_to_others(tmp_path / "backups") == []
    restore_backup(info.path, tmp_path / "restored", passphrase=PASSPHRASE)
    assert _open_to_others(tmp_path / "restored") == []
    reopened = Vault.unlock(tmp_path / "restored", PASSPHRASE)
    reopened.journal.add_entry(title="After restoring")
    assert _open_to_others(tmp_path / "restored") == []
    reopened.lock()
