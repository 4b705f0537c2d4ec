"""A sync that dies at any point leaves the journal exactly as before or exactly
as after, and the folder holds only whole files.

The death is a ``KeyboardInterrupt`` raised at the step (as tests/helpers/
crashes.py does for the other flows): while the merge writes records (of a sync
and of a merged backup), and while this computer's file is renamed into place.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.portability.backup.format import create_backup
from reflect.core.portability.sync import apply as apply_module
from reflect.core.portability.sync.journal_state import read_state
from reflect.core.sync import SyncFolder, merge_backup
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE


def _snapshot(vault: Vault) -> tuple[object, ...]:
    with vault.journal.connection() as conn:
        state = read_state(conn)
        rows = conn.execute("SELECT id, body FROM entries ORDER BY id").fetchall()
    return (sorted(state.records.items()), dict(state.context), rows)


def _reopen(vault: Vault) -> Vault:
    folder = vault.path
    vault.lock()
    return Vault.unlock(folder, PASSPHRASE, kdf=KdfParams.cheap_for_tests())


def test_killed_while_merging_the_journal_is_as_before(
    two: tuple[Vault, Vault, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home, laptop, shared = two
    for n in range(5):
        home.journal.add_entry("", f"written at home {n}", [])
    SyncFolder(shared).sync(home)
    before = _snapshot(laptop)
    writes = 0
    real_write = apply_module._write

    def die_on_the_third(conn: object, record: object) -> None:
        nonlocal writes
        writes += 1
        if writes == 3:
            raise KeyboardInterrupt("the computer stopped")
        real_write(conn, record)  # type: ignore[arg-type]

    monkeypatch.setattr(apply_module, "_write", die_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        SyncFolder(shared).sync(laptop)
    monkeypatch.undo()
    laptop = _reopen(laptop)
    try:
        assert _snapshot(laptop) == before
        SyncFolder(shared).sync(laptop)  # and the next sync does it all
        bodies = sorted(e.body for e in laptop.journal.list_entries(limit=20))
        assert [b for b in bodies if b.startswith("written at home")] == [
            f"written at home {n}" for n in range(5)
        ]
    finally:
        laptop.lock()


def test_killed_while_writing_its_file_the_folder_holds_only_whole_files(
    two: tuple[Vault, Vault, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home, laptop, shared = two
    SyncFolder(shared).sync(home)
    (home_file,) = shared.iterdir()
    old_bytes = home_file.read_bytes()
    home.journal.add_entry("", "written just before the crash", [])

    def die_before_rename(src: object, dst: object) -> None:
        raise KeyboardInterrupt("the computer stopped")

    monkeypatch.setattr(os, "replace", die_before_rename)
    with pytest.raises(KeyboardInterrupt):
        SyncFolder(shared).sync(home)
    monkeypatch.undo()
    # The old file is whole and unchanged; nothing half-written has its name.
    assert [p.name for p in shared.iterdir() if not p.name.startswith(".")] == [home_file.name]
    assert home_file.read_bytes() == old_bytes
    report = SyncFolder(shared).sync(laptop)
    assert report.skipped == []
    SyncFolder(shared).sync(home)  # the next sync writes the new file
    SyncFolder(shared).sync(laptop)
    assert "written just before the crash" in {
        e.body for e in laptop.journal.list_entries(limit=20)
    }


def test_killed_while_merging_a_backup_the_journal_is_as_before(
    tmp_path: Path,
    two: tuple[Vault, Vault, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home, laptop, _shared = two
    for n in range(4):
        laptop.journal.add_entry("", f"on the old laptop {n}", [])
    made = create_backup(laptop, tmp_path / "usb", clock=FakeClock())
    before = _snapshot(home)
    writes = 0
    real_write = apply_module._write

    def die_on_the_second(conn: object, record: object) -> None:
        nonlocal writes
        writes += 1
        if writes == 2:
            raise KeyboardInterrupt("the computer stopped")
        real_write(conn, record)  # type: ignore[arg-type]

    monkeypatch.setattr(apply_module, "_write", die_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        merge_backup(home, made.path, safety_folder=tmp_path / "safety")
    monkeypatch.undo()
    home = _reopen(home)
    try:
        assert _snapshot(home) == before
        assert merge_backup(home, made.path, safety_folder=tmp_path / "safety").added == 4
    finally:
        home.lock()
