"""A full disk, a read-only folder or damaged files: a clear error, and nothing lost.

The disk-full and read-only cases use real filesystems: a tiny tmpfs and a
read-only bind mount inside a private mount namespace (``unshare -rm``), so no
root and no mock of the file layer is involved. Where ``unshare`` is missing
they skip, except under CI, where they must run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reflect.core.errors import VaultCorrupt, WrongPassphrase
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.header import HEADER_FILENAME
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

CHEAP = KdfParams.cheap_for_tests()
ROOT = Path(__file__).parents[3]


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != ".lock"
    }


def _unshare_available() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


needs_unshare = pytest.mark.skipif(
    not _unshare_available() and not os.environ.get("CI"),
    reason="needs unshare (user + mount namespaces) to mount a real tiny filesystem",
)


def _run_in_namespace(setup: str, script: str, tmp_path: Path) -> dict[str, object]:
    """Run ``script`` (Python) after the shell ``setup`` in a private mount namespace."""
    code = tmp_path / "scenario.py"
    code.write_text(textwrap.dedent(script))
    command = f"{setup} && exec {sys.executable} {code}"
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@needs_unshare
def test_a_full_disk_gives_a_clear_error_and_loses_nothing_already_saved(tmp_path: Path) -> None:
    mount = tmp_path / "small-disk"
    mount.mkdir()
    outcome = _run_in_namespace(
        f"mount -t tmpfs -o size=2m tmpfs {mount}",
        f"""
        import json
        from pathlib import Path
        from reflect.core.vault.crypto import KdfParams
        from reflect.core.errors import StorageFull
        from reflect.core.vault.lifecycle import Vault

        folder = Path({str(mount)!r}) / "vault"
        filler = Path({str(mount)!r}) / "filler.bin"  # someone else's file, freed later
        filler.write_bytes(bytes(600 * 1024))
        vault, _ = Vault.create(folder, "pw", kdf=KdfParams.cheap_for_tests())
        saved, error = [], None
        body = "A long reflective paragraph about a hard night. " * 400
        try:
            for i in range(1000):
                saved.append(vault.journal.add_entry(title=f"entry {{i}}", body=body).id)
        except StorageFull as exc:
            error = exc.message
        try:
            vault.lock()
        except StorageFull:
            pass
        # Free space, as the user would, and reopen.
        filler.unlink()
        reopened = Vault.unlock(folder, "pw")
        present = {{e.id for e in reopened.journal.list_entries(limit=5000)}}
        problems = reopened.integrity_problems()
        reopened.journal.add_entry(title="after freeing space")
        reopened.lock()
        print(json.dumps({{"error": error, "saved": len(saved),
                          "missing": len(set(saved) - present), "problems": problems}}))
        """,
        tmp_path,
    )
    assert outcome["error"] is not None, "the disk never filled up"
    assert "disk is full" in str(outcome["error"])
    assert int(outcome["saved"]) > 0  # type: ignore[call-overload]
    assert outcome["missing"] == 0
    assert outcome["problems"] == []


@needs_unshare
def test_a_read_only_vault_folder_is_explained_and_left_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=CHEAP)
    vault.journal.add_entry(title="kept")
    vault.lock()
    before = _digests(folder)
    outcome = _run_in_namespace(
        f"mount --bind {folder} {folder} && mount -o remount,ro,bind {folder}",
        f"""
        import json
        from reflect.core.errors import VaultReadOnly
        from reflect.core.vault.lifecycle import Vault
        try:
            Vault.unlock({str(folder)!r}, {PASSPHRASE!r}).lock()
            print(json.dumps({{"error": None}}))
        except VaultReadOnly as exc:
            print(json.dumps({{"error": exc.message}}))
        """,
        tmp_path,
    )
    assert "read-only" in str(outcome["error"])
    assert _digests(folder) == before


@pytest.mark.parametrize("keep", [0, 1, 100, 4096, 4096 * 3 + 17, -4096])
def test_a_truncated_database_is_damage_and_is_never_replaced(tmp_path: Path, keep: int) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=CHEAP)
    for i in range(40):
        vault.journal.add_entry(title=f"entry {i}", body="words " * 300)
    vault.lock()
    db_file = folder / "journal.db"
    data = db_file.read_bytes()
    db_file.write_bytes(data[:keep])
    before = _digests(folder)
    try:
        opened = Vault.unlock(folder, PASSPHRASE)
    except VaultCorrupt as exc:
        assert "backup" in exc.message
    else:
        try:
            assert opened.integrity_problems() != []
        finally:
            opened.lock()
    assert _digests(folder)["journal.db"] == before["journal.db"]


@pytest.mark.parametrize("position", [0.0, 0.25, 0.5, 0.99])
def test_a_flipped_bit_anywhere_is_detected(tmp_path: Path, position: float) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=CHEAP)
    for i in range(40):
        vault.journal.add_entry(title=f"entry {i}", body="words " * 300)
    vault.lock()
    db_file = folder / "journal.db"
    data = bytearray(db_file.read_bytes())
    data[int(position * (len(data) - 1))] ^= 0x04
    db_file.write_bytes(bytes(data))
    before = _digests(folder)
    try:
        opened = Vault.unlock(folder, PASSPHRASE)
    except VaultCorrupt:
        pass
    else:
        try:
            assert opened.integrity_problems() != []
        finally:
            opened.lock()
    assert _digests(folder)["journal.db"] == before["journal.db"]


def test_a_hundred_wrong_passphrases_change_no_byte(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=CHEAP)
    vault.journal.add_entry(title="still here")
    vault.lock()
    before = _digests(folder)
    for attempt in range(100):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(folder, f"guess number {attempt}")
    assert _digests(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == sorted([*before, ".lock"])
    Vault.unlock(folder, PASSPHRASE).lock()


def test_header_deleted_the_recovery_key_still_opens_every_entry(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=CHEAP)
    ids = {vault.journal.add_entry(title=f"e{i}").id for i in range(5)}
    vault.lock()
    (folder / HEADER_FILENAME).unlink()
    opened = Vault.unlock_with_recovery_key(folder, recovery)
    assert {e.id for e in opened.journal.list_entries()} == ids
    opened.lock()


def test_writing_into_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    from reflect.core.errors import UserError
    from reflect.core.fileio import atomic_write

    with pytest.raises(UserError) as info:
        atomic_write(tmp_path / "no such folder" / "export.md", b"text")
    assert "Nothing was changed" in info.value.message
