"""A restore interrupted between its two renames is finished at the next start.

Without the intent journal, a crash after the old journal moved aside and before
the restored one moved in left no journal: the app offered first run. The real
crash is a SIGKILL at the exact rename (strace), skipped only outside CI where
strace is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.errors import UserError
from reflect.core.portability.backup import StagedRestore, create_backup, restore_backup
from reflect.core.portability.backup.damaged import restore_over_damaged
from reflect.core.portability.backup.swap import (
    finish_interrupted_swap,
    intent_path,
    recover_after_crash,
)
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

CHEAP = KdfParams.cheap_for_tests()
ROOT = Path(__file__).parents[3]

needs_strace = pytest.mark.skipif(
    shutil.which("strace") is None and not os.environ.get("CI"),
    reason="needs strace to kill the process at an exact system call",
)


def _titles(folder: Path) -> list[str]:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        return sorted(e.title for e in vault.journal.list_entries())
    finally:
        vault.lock()


@pytest.fixture
def journal_and_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A journal whose backup holds "In the backup"; the journal has moved on since."""
    folder = tmp_path / "journal"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=CHEAP)
    vault.journal.add_entry(title="In the backup")
    info = create_backup(vault, tmp_path / "backups", clock=FakeClock())
    vault.journal.add_entry(title="Written after the backup")
    vault.lock()
    return folder, info.path


def _crash_between_the_renames(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Die as the restored folder is renamed into place; a dead process cleans nothing."""
    real_replace = os.replace

    def crash(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == target:
            raise KeyboardInterrupt("simulated crash")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    monkeypatch.setattr(StagedRestore, "discard", lambda self: None)


def test_a_restore_killed_between_the_renames_is_finished_at_start(
    journal_and_backup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, backup = journal_and_backup
    _crash_between_the_renames(monkeypatch, folder)
    with pytest.raises(KeyboardInterrupt):
        restore_backup(backup, folder, passphrase=PASSPHRASE, replace=True)
    monkeypatch.undo()
    assert not folder.exists()  # the state the audit found: no journal at all
    assert not Vault.exists(folder)
    recover_after_crash(folder)
    assert Vault.exists(folder)
    assert _titles(folder) == ["In the backup"]
    assert not intent_path(folder).exists()
    assert [p.name for p in folder.parent.iterdir() if p.name.startswith(".journal")] == []


def test_restoring_over_a_damaged_journal_killed_between_renames_keeps_both(
    journal_and_backup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, backup = journal_and_backup
    now = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    _crash_between_the_renames(monkeypatch, folder)
    with pytest.raises(KeyboardInterrupt):
        restore_over_damaged(folder, backup, now=now, passphrase=PASSPHRASE)
    monkeypatch.undo()
    assert not folder.exists()
    assert finish_interrupted_swap(folder)
    assert _titles(folder) == ["In the backup"]
    damaged = folder.with_name("journal-damaged-20260301-093000")
    assert _titles(damaged) == ["In the backup", "Written after the backup"]  # kept


def test_a_crash_before_anything_moved_rolls_back_to_the_old_journal(
    journal_and_backup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, backup = journal_and_backup
    real_replace = os.replace

    def crash(src: str | Path, dst: str | Path) -> None:
        if Path(src) == folder:
            raise KeyboardInterrupt("simulated crash")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    monkeypatch.setattr(StagedRestore, "discard", lambda self: None)
    with pytest.raises(KeyboardInterrupt):
        restore_backup(backup, folder, passphrase=PASSPHRASE, replace=True)
    monkeypatch.undo()
    recover_after_crash(folder)
    assert _titles(folder) == ["In the backup", "Written after the backup"]
    assert sorted(p.name for p in folder.parent.iterdir()) == ["backups", "journal"]


def test_staging_left_by_a_restore_that_stopped_early_is_removed_at_start(
    journal_and_backup: tuple[Path, Path],
) -> None:
    folder, _ = journal_and_backup
    leftover = folder.parent / ".journal.restore-0123456789ab"
    leftover.mkdir()
    (leftover / "journal.db").write_bytes(b"\0" * 64)
    recover_after_crash(folder)
    assert not leftover.exists()
    assert _titles(folder) == ["In the backup", "Written after the backup"]


def test_a_failed_swap_over_a_damaged_journal_is_a_user_error(
    journal_and_backup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, backup = journal_and_backup
    real_replace = os.replace

    def refuse(src: str | Path, dst: str | Path) -> None:
        if Path(src) == folder:
            raise PermissionError(13, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError) as err:
        restore_over_damaged(
            folder, backup, now=datetime(2026, 3, 1, tzinfo=UTC), passphrase=PASSPHRASE
        )
    monkeypatch.undo()
    assert "nothing was changed" in err.value.message.lower()
    assert _titles(folder) == ["In the backup", "Written after the backup"]


_RESTORE = """
    import sys
    from pathlib import Path
    from reflect.core.portability.backup import restore_backup

    backup, target, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    restore_backup(backup, target, passphrase=passphrase, replace=True)
    print("finished")
"""


@needs_strace
def test_killed_for_real_between_the_renames_the_app_start_finishes_it(
    journal_and_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, backup = journal_and_backup
    script = tmp_path / "restore.py"
    script.write_text(textwrap.dedent(_RESTORE))
    renames = "rename,renameat,renameat2"
    # The renames: the intent file into place (1), the old journal aside (2), the
    # restored one in (3). Killed on entering the third.
    result = subprocess.run(
        [
            *("strace", "-f", "-qq", "-o", os.devnull, "-e", f"trace={renames}"),
            *("-e", f"inject={renames}:signal=KILL:when=3"),
            *(sys.executable, str(script), str(backup), str(folder), PASSPHRASE),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert "finished" not in result.stdout and result.returncode != 0
    assert not folder.exists()  # killed exactly between the two renames
    recover_after_crash(folder)
    assert _titles(folder) == ["In the backup"]


def test_an_intent_file_naming_other_folders_touches_nothing(
    journal_and_backup: tuple[Path, Path],
) -> None:
    """A planted intent file cannot make the start-up recovery delete a sibling folder."""
    import json

    folder, _ = journal_and_backup
    precious = folder.parent / "Photos"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    intent_path(folder).write_text(
        json.dumps({"staging": "Photos", "aside": "journal", "keep_aside": False})
    )
    assert not finish_interrupted_swap(folder)
    assert (precious / "keep.txt").read_text() == "mine"
    assert _titles(folder) == ["In the backup", "Written after the backup"]
