"""A new recovery key never leaves the user without a key that works, even after a crash.

The crash tests kill a real process with SIGKILL at an exact system call
(``strace -e inject=...:signal=KILL``): the promote of ``vault.json.next``, and a
write in the middle of the database re-key. Where strace is missing they skip,
except under CI, where they must run.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reflect.core.errors import VaultError, WrongPassphrase, WrongRecoveryKey
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.header import HEADER_FILENAME, NEXT_HEADER_FILENAME
from reflect.core.vault.key_rotation import REPLACED_KEY_MESSAGE, UNFINISHED_KEY_MESSAGE
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.crashes import interrupted_rotation

CHEAP = KdfParams.cheap_for_tests()
ROOT = Path(__file__).parents[3]

needs_strace = pytest.mark.skipif(
    shutil.which("strace") is None and not os.environ.get("CI"),
    reason="needs strace to kill the process at an exact system call",
)


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != ".lock"
    }


@pytest.fixture
def journal(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "journal"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=CHEAP)
    vault.journal.add_entry(title="Before", body="the night shift")
    vault.lock()
    return folder, recovery


# --- the order: shown first, then committed -------------------------------------------


def test_preparing_a_key_changes_nothing_on_disk_and_cancelling_keeps_the_old_key(
    journal: tuple[Path, str],
) -> None:
    folder, old_recovery = journal
    vault = Vault.unlock(folder, PASSPHRASE, kdf=CHEAP)
    vault.journal.checkpoint()
    before = _digests(folder)
    with pytest.raises(WrongPassphrase):
        vault.prepare_recovery_key("not it")
    rotation = vault.prepare_recovery_key(PASSPHRASE)
    assert rotation.recovery_key != old_recovery
    assert "rekeyed" in repr(rotation) and rotation.recovery_key not in repr(rotation)
    assert _digests(folder) == before  # nothing written until the user has the key
    vault.keep_old_recovery_key(rotation)
    vault.lock()
    Vault.unlock_with_recovery_key(folder, old_recovery).lock()


def test_committing_switches_to_the_key_the_user_was_shown(journal: tuple[Path, str]) -> None:
    folder, old_recovery = journal
    vault = Vault.unlock(folder, PASSPHRASE, kdf=CHEAP)
    rotation = vault.prepare_recovery_key(PASSPHRASE)
    shown = rotation.recovery_key
    vault.commit_recovery_key(rotation)
    vault.journal.add_entry(title="After")
    vault.lock()
    assert not (folder / NEXT_HEADER_FILENAME).exists()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(folder, old_recovery)
    by_key = Vault.unlock_with_recovery_key(folder, shown)
    assert by_key.journal.count_entries() == 2
    by_key.lock()
    by_pass = Vault.unlock(folder, PASSPHRASE)
    assert by_pass.interrupted_rotation is None
    by_pass.lock()


# --- interrupted, simulated in process -------------------------------------------------


def _interrupt_after_rekey(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    return interrupted_rotation(folder, monkeypatch, rekeyed=True, kdf=CHEAP)


def _interrupt_before_rekey(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    shown = interrupted_rotation(folder, monkeypatch, rekeyed=False, kdf=CHEAP)
    assert (folder / NEXT_HEADER_FILENAME).exists()
    return shown


def test_the_old_key_after_an_interrupted_rekey_says_it_was_replaced_not_damaged(
    journal: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, old_recovery = journal
    _interrupt_after_rekey(folder, monkeypatch)
    with pytest.raises(WrongRecoveryKey) as refused:
        Vault.unlock_with_recovery_key(folder, old_recovery)
    assert refused.value.message == REPLACED_KEY_MESSAGE


def test_the_new_key_after_an_interrupted_rekey_opens_and_puts_its_header_in_place(
    journal: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = journal
    shown = _interrupt_after_rekey(folder, monkeypatch)
    vault = Vault.unlock_with_recovery_key(folder, shown)
    assert vault.journal.count_entries() == 1
    vault.lock()
    assert not (folder / NEXT_HEADER_FILENAME).exists()
    reopened = Vault.unlock(folder, PASSPHRASE)  # the promoted header opens it
    assert reopened.interrupted_rotation is None
    reopened.lock()


def test_unlocking_after_an_interrupted_rekey_shows_the_new_key_until_confirmed(
    journal: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = journal
    shown = _interrupt_after_rekey(folder, monkeypatch)
    vault = Vault.unlock(folder, PASSPHRASE)
    rotation = vault.interrupted_rotation
    assert rotation is not None and rotation.rekeyed
    assert rotation.recovery_key == shown
    with pytest.raises(VaultError):
        vault.keep_old_recovery_key(rotation)  # the old key can no longer open it
    vault.journal.add_entry(title="Written before confirming")
    vault.lock()  # locked (idle, or a crash) before the user confirmed: shown again
    vault = Vault.unlock(folder, PASSPHRASE)
    rotation = vault.interrupted_rotation
    assert rotation is not None and rotation.recovery_key == shown
    vault.commit_recovery_key(rotation)  # the user confirmed they kept it
    assert vault.interrupted_rotation is None
    assert vault.journal.count_entries() == 2
    vault.lock()
    assert not (folder / NEXT_HEADER_FILENAME).exists()
    reopened = Vault.unlock(folder, PASSPHRASE)
    assert reopened.interrupted_rotation is None
    reopened.lock()


def test_before_the_rekey_the_old_key_still_works_and_the_new_one_says_why_not(
    journal: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, old_recovery = journal
    shown = _interrupt_before_rekey(folder, monkeypatch)
    with pytest.raises(WrongRecoveryKey) as refused:
        Vault.unlock_with_recovery_key(folder, shown)
    assert refused.value.message == UNFINISHED_KEY_MESSAGE
    Vault.unlock_with_recovery_key(folder, old_recovery).lock()


def test_unlocking_before_the_rekey_offers_to_finish_with_the_same_key(
    journal: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, old_recovery = journal
    shown = _interrupt_before_rekey(folder, monkeypatch)
    vault = Vault.unlock(folder, PASSPHRASE)
    rotation = vault.interrupted_rotation
    assert rotation is not None and not rotation.rekeyed
    assert rotation.recovery_key == shown
    vault.commit_recovery_key(rotation)
    vault.lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(folder, old_recovery)
    Vault.unlock_with_recovery_key(folder, shown).lock()


def test_unlocking_before_the_rekey_can_keep_the_old_key_instead(
    journal: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, old_recovery = journal
    _interrupt_before_rekey(folder, monkeypatch)
    vault = Vault.unlock(folder, PASSPHRASE)
    rotation = vault.interrupted_rotation
    assert rotation is not None
    vault.keep_old_recovery_key(rotation)
    vault.lock()
    assert not (folder / NEXT_HEADER_FILENAME).exists()
    reopened = Vault.unlock(folder, PASSPHRASE)
    assert reopened.interrupted_rotation is None
    reopened.lock()
    Vault.unlock_with_recovery_key(folder, old_recovery).lock()


def test_a_next_header_holding_the_current_key_is_stale_and_removed(
    journal: tuple[Path, str],
) -> None:
    folder, recovery = journal
    shutil.copy(folder / HEADER_FILENAME, folder / NEXT_HEADER_FILENAME)
    vault = Vault.unlock(folder, PASSPHRASE)
    assert vault.interrupted_rotation is None
    vault.lock()
    assert not (folder / NEXT_HEADER_FILENAME).exists()
    Vault.unlock_with_recovery_key(folder, recovery).lock()


# --- interrupted for real: SIGKILL at an exact system call ---------------------------

_ROTATE = """
    import sys
    from pathlib import Path
    from reflect.core.vault.crypto import KdfParams
    from reflect.core.vault.lifecycle import Vault

    folder, passphrase, shown_file = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    vault = Vault.unlock(folder, passphrase, kdf=KdfParams.cheap_for_tests())
    rotation = vault.prepare_recovery_key(passphrase)
    shown_file.write_text(rotation.recovery_key)  # what the user was shown and kept
    vault.commit_recovery_key(rotation)
    print("finished")
"""


def _rotate_and_kill(folder: Path, tmp_path: Path, strace_filter: list[str]) -> str:
    """Run a rotation in a child process that strace kills; returns the key it showed."""
    script = tmp_path / "rotate.py"
    script.write_text(textwrap.dedent(_ROTATE))
    shown = tmp_path / "shown.txt"
    command = ["strace", "-f", "-qq", "-o", os.devnull, *strace_filter]
    command += [sys.executable, str(script), str(folder), PASSPHRASE, str(shown)]
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
    return shown.read_text()


@needs_strace
def test_killed_at_the_promote_the_next_unlock_shows_the_same_key(
    journal: tuple[Path, str], tmp_path: Path
) -> None:
    """The audit's failure: killed just before ``vault.json.next`` is promoted."""
    folder, old_recovery = journal
    next_header = str((folder / NEXT_HEADER_FILENAME).resolve())
    renames = "rename,renameat,renameat2"
    shown = _rotate_and_kill(
        folder,
        tmp_path,
        ["-P", next_header, "-e", f"trace={renames}", "-e", f"inject={renames}:signal=KILL"],
    )
    assert (folder / NEXT_HEADER_FILENAME).exists()
    with pytest.raises(WrongRecoveryKey) as refused:
        Vault.unlock_with_recovery_key(folder, old_recovery)
    assert refused.value.message == REPLACED_KEY_MESSAGE
    vault = Vault.unlock(folder, PASSPHRASE)
    rotation = vault.interrupted_rotation
    assert rotation is not None and rotation.rekeyed
    assert rotation.recovery_key == shown
    assert vault.journal.get_entry(vault.journal.list_entries()[0].id).body == "the night shift"
    vault.commit_recovery_key(rotation)
    vault.lock()
    Vault.unlock_with_recovery_key(folder, shown).lock()


@needs_strace
@pytest.mark.parametrize("write_number", [1, 3])
def test_killed_inside_the_rekey_either_key_state_opens_and_nothing_is_lost(
    journal: tuple[Path, str], tmp_path: Path, write_number: int
) -> None:
    folder, old_recovery = journal
    wal = str((folder / "journal.db-wal").resolve())
    (folder / "journal.db-wal").touch()  # strace resolves -P paths when it starts
    shown = _rotate_and_kill(
        folder,
        tmp_path,
        [
            "-P",
            wal,
            "-e",
            "trace=pwrite64",
            "-e",
            f"inject=pwrite64:signal=KILL:when={write_number}",
        ],
    )
    vault = Vault.unlock(folder, PASSPHRASE)
    rotation = vault.interrupted_rotation
    assert rotation is not None  # the key the user was shown comes back, whichever state
    assert rotation.recovery_key == shown
    assert vault.journal.count_entries() == 1
    vault.commit_recovery_key(rotation)
    vault.lock()
    Vault.unlock_with_recovery_key(folder, shown).lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(folder, old_recovery)
