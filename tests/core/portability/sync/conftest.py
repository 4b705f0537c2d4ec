"""The fixture most sync tests share: two journals of one person and a shared folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.portability.backup.format import create_backup
from reflect.core.portability.backup.restore import restore_backup
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def two(tmp_path: Path, vault: Vault, clock: FakeClock) -> Iterator[tuple[Vault, Vault, Path]]:
    vault.journal.add_entry("Before the laptop", "Written at home first.", ["home"])
    backup = create_backup(vault, tmp_path / "backups", clock=clock)
    restore_backup(backup.path, tmp_path / "laptop", passphrase=PASSPHRASE)
    laptop = Vault.unlock(
        tmp_path / "laptop", PASSPHRASE, kdf=KdfParams.cheap_for_tests(), clock=clock
    )
    shared = tmp_path / "Syncthing" / "Reflect"
    shared.mkdir(parents=True)
    yield vault, laptop, shared
    laptop.lock()
