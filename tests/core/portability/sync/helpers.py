"""What several sync tests look at: this computer's own file, and how files were opened."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from reflect.core.portability.sync import files
from reflect.core.portability.sync.journal_state import read_state
from reflect.core.sync import SyncFolder
from reflect.core.vault.lifecycle import Vault


def file_of(vault: Vault, shared: Path) -> Path:
    return shared / files.file_name(SyncFolder.computer_of(vault))


def keys_of(vault: Vault) -> files.Keys:
    return files.Keys.of(vault.derive_key, vault.key_check)


def file_says_what_the_journal_holds(vault: Vault, shared: Path) -> bool:
    """This computer's file in ``shared``, opened whole, holds the journal's records
    exactly as stored."""
    data = file_of(vault, shared).read_bytes()
    opened = files.open_sealed(data, keys_of(vault), vault.header().vault_id)
    with vault.journal.connection() as conn:
        return opened.state.records == read_state(conn).records


def sync_noting_parts(vault: Vault, shared: Path) -> list[bool]:
    """Sync ``vault``; for each other computer's file, whether it was opened in part."""
    seen: list[bool] = []
    original = files.open_sealed

    def spy(*args: object, **kwargs: object) -> files.SyncFile:
        opened = original(*args, **kwargs)  # type: ignore[arg-type]
        seen.append(not opened.whole)
        return opened

    with mock.patch.object(files, "open_sealed", spy):
        SyncFolder(shared).sync(vault)
    return seen
