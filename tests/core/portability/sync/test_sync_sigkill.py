"""A sync or a merged backup killed for real (SIGKILL at an exact system call,
``strace -e inject=...:signal=KILL``, as the recovery-key tests do) leaves the
journal exactly as before or exactly as after, and the next sync finishes it.

Where strace is missing these skip, except under CI, where they must run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.portability.backup.format import create_backup
from reflect.core.sync import SyncFolder
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).parents[4]
CHEAP = KdfParams.cheap_for_tests()
WRITTEN_AT_HOME = 40

pytestmark = pytest.mark.skipif(
    shutil.which("strace") is None and not os.environ.get("CI"),
    reason="needs strace to kill the process at an exact system call",
)

_CHILD = """
    import sys
    from pathlib import Path
    from reflect.core.sync import SyncFolder, merge_backup
    from reflect.core.vault.crypto import KdfParams
    from reflect.core.vault.lifecycle import Vault

    what, passphrase = sys.argv[1], sys.argv[4]
    laptop, shared = Path(sys.argv[2]), Path(sys.argv[3])
    vault = Vault.unlock(laptop, passphrase, kdf=KdfParams.cheap_for_tests())
    if what == "sync":
        SyncFolder(shared).sync(vault)
    else:
        merge_backup(vault, Path(sys.argv[5]), safety_folder=laptop.parent / "safety")
    print("finished")
"""


@pytest.fixture
def apart(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Home wrote many entries the laptop has not seen; both are locked."""
    shared = tmp_path / "shared"
    shared.mkdir()
    home, _key = Vault.create(tmp_path / "home", PASSPHRASE, kdf=CHEAP)
    SyncFolder(shared).sync(home)
    laptop = SyncFolder(shared).join(tmp_path / "laptop", passphrase=PASSPHRASE, kdf=CHEAP)
    laptop.journal.add_entry("", "written on the laptop", [])
    laptop.lock()
    for n in range(WRITTEN_AT_HOME):
        home.journal.add_entry(f"Night {n}", f"written at home {n} " * 40, ["home"])
    SyncFolder(shared).sync(home)
    backup = create_backup(home, tmp_path / "usb", clock=FakeClock()).path
    home.lock()
    return tmp_path / "laptop", shared, backup


def _kill_inside(
    what: str, apart: tuple[Path, Path, Path], tmp_path: Path, strace: list[str]
) -> None:
    laptop, shared, backup = apart
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(_CHILD))
    command = ["strace", "-f", "-qq", "-o", os.devnull, *strace, sys.executable, str(script)]
    command += [what, str(laptop), str(shared), PASSPHRASE, str(backup)]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert "finished" not in result.stdout, "the kill never happened"
    assert result.returncode != 0


def _bodies(laptop: Path) -> list[str]:
    vault = Vault.unlock(laptop, PASSPHRASE, kdf=CHEAP)
    try:
        assert vault.integrity_problems() == []
        return sorted(e.body for e in vault.journal.list_entries(limit=1000))
    finally:
        vault.lock()


@pytest.mark.parametrize("what", ["sync", "merge a backup"])
@pytest.mark.parametrize("write_number", [1, 4, 12])
def test_killed_while_writing_the_journal_it_is_as_before_or_after(
    apart: tuple[Path, Path, Path], tmp_path: Path, what: str, write_number: int
) -> None:
    laptop, shared, _backup = apart
    wal = laptop / "journal.db-wal"
    wal.touch()  # strace resolves -P paths when it starts
    inject = f"inject=pwrite64:signal=KILL:when={write_number}"
    _kill_inside(
        what, apart, tmp_path, ["-P", str(wal.resolve()), "-e", "trace=pwrite64", "-e", inject]
    )
    bodies = _bodies(laptop)
    from_home = [b for b in bodies if b.startswith("written at home")]
    assert len(from_home) in (0, WRITTEN_AT_HOME)  # never a part of them
    assert "written on the laptop" in bodies
    vault = Vault.unlock(laptop, PASSPHRASE, kdf=CHEAP)
    try:
        SyncFolder(shared).sync(vault)  # the next sync does it all
        assert vault.journal.count_entries() == WRITTEN_AT_HOME + 1
    finally:
        vault.lock()


def test_killed_while_renaming_its_file_the_folder_holds_only_whole_files(
    apart: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    laptop, shared, _backup = apart
    files_before = {p.name: p.read_bytes() for p in shared.iterdir()}
    renames = "rename,renameat,renameat2"
    _kill_inside(
        "sync", apart, tmp_path, ["-e", f"trace={renames}", "-e", f"inject={renames}:signal=KILL"]
    )
    whole = {p.name: p.read_bytes() for p in shared.iterdir() if not p.name.startswith(".")}
    assert whole == files_before  # the laptop's old file, untouched; no half file by its name
    assert len(_bodies(laptop)) == WRITTEN_AT_HOME + 1  # the merge had been committed
    vault = Vault.unlock(laptop, PASSPHRASE, kdf=CHEAP)
    try:
        report = SyncFolder(shared).sync(vault)
        assert report.skipped == []
        assert vault.journal.count_entries() == WRITTEN_AT_HOME + 1
    finally:
        vault.lock()
