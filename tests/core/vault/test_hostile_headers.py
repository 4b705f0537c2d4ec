"""A tampered header is refused fast, as damage, and never blocks the recovery key.

Each case is one the audit found: Argon2 limits that ran for hours, nesting that
raised RecursionError, a link to /dev/zero that raised MemoryError, a FIFO that
hung, an unauthenticated version field. Also the same through a backup.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.errors import VaultCorrupt
from reflect.core.portability import backup
from reflect.core.portability.backup import BackupDamaged, create_backup, restore_backup
from reflect.core.vault import crypto
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.header import HEADER_FILENAME, NEXT_HEADER_FILENAME, Header
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

CHEAP = KdfParams.cheap_for_tests()
NESTED = b"[" * 100_000


@pytest.fixture
def journal(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "journal"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=CHEAP)
    vault.journal.add_entry(title="Kept", body="still here")
    vault.lock()
    return folder, recovery


def _header_doc(folder: Path) -> dict[str, object]:
    doc: dict[str, object] = json.loads((folder / HEADER_FILENAME).read_bytes())
    return doc


def _write_doc(folder: Path, doc: dict[str, object]) -> None:
    (folder / HEADER_FILENAME).write_text(json.dumps(doc))


@pytest.fixture(autouse=True)
def no_argon2_on_refused_headers(monkeypatch: pytest.MonkeyPatch) -> list[KdfParams]:
    """Record every key derivation, so a test can show none ran for a hostile header."""
    ran: list[KdfParams] = []
    real = crypto.derive_kek

    def recording(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        ran.append(params)
        return real(passphrase, salt, params)

    monkeypatch.setattr(crypto, "derive_kek", recording)
    return ran


# --- item 3: limits a hostile header asks for --------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 4 * 1024 * 1024),  # 4 GiB: accepted before
        ("memory_kib", 128 * 1024),  # twice what Reflect writes
        ("iterations", 1000),
        ("iterations", 81),
        ("lanes", 64),
        ("lanes", 9),
    ],
)
def test_argon2_limits_beyond_what_reflect_writes_are_refused_before_any_derivation(
    journal: tuple[Path, str],
    no_argon2_on_refused_headers: list[KdfParams],
    field: str,
    value: int,
) -> None:
    folder, recovery = journal
    doc = _header_doc(folder)
    kdf = doc["kdf"]
    assert isinstance(kdf, dict)
    kdf[field] = value
    _write_doc(folder, doc)
    ran_before = len(no_argon2_on_refused_headers)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(folder, PASSPHRASE)
    assert len(no_argon2_on_refused_headers) == ran_before
    Vault.unlock_with_recovery_key(folder, recovery).lock()


def test_what_a_fast_machine_calibrates_is_still_accepted() -> None:
    """The headroom: the calibration cap, and twice it, still parse."""
    for iterations in (crypto.MAX_CALIBRATED_ITERATIONS, 2 * crypto.MAX_CALIBRATED_ITERATIONS):
        KdfParams(crypto.DEFAULT_MEMORY_KIB, iterations, crypto.DEFAULT_LANES).validate()


# --- item 4: damaged headers and the recovery key ----------------------------------


def test_deeply_nested_brackets_are_damage_and_the_recovery_key_still_opens(
    journal: tuple[Path, str],
) -> None:
    folder, recovery = journal
    (folder / HEADER_FILENAME).write_bytes(NESTED)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(folder, PASSPHRASE)
    vault = Vault.unlock_with_recovery_key(folder, recovery)
    assert vault.journal.count_entries() == 1
    vault.lock()


def test_nesting_inside_a_small_header_is_damage_too() -> None:
    with pytest.raises(VaultCorrupt):
        Header.parse(b"[" * 5_000)


def test_a_nested_next_header_neither_blocks_the_passphrase_nor_the_recovery_key(
    journal: tuple[Path, str],
) -> None:
    folder, recovery = journal
    (folder / NEXT_HEADER_FILENAME).write_bytes(NESTED)
    Vault.unlock_with_recovery_key(folder, recovery).lock()
    vault = Vault.unlock(folder, PASSPHRASE)
    assert vault.interrupted_rotation is None and vault.journal.count_entries() == 1
    vault.lock()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_header_linked_to_an_endless_device_is_damage_not_a_memory_error(
    journal: tuple[Path, str],
) -> None:
    folder, recovery = journal
    (folder / HEADER_FILENAME).unlink()
    (folder / HEADER_FILENAME).symlink_to("/dev/zero")
    with pytest.raises(VaultCorrupt):
        Vault.unlock(folder, PASSPHRASE)
    Vault.unlock_with_recovery_key(folder, recovery).lock()


def test_a_header_that_links_to_a_real_header_is_not_followed(
    journal: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = journal
    elsewhere = tmp_path / "elsewhere.json"
    (folder / HEADER_FILENAME).rename(elsewhere)
    (folder / HEADER_FILENAME).symlink_to(elsewhere)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(folder, PASSPHRASE)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_header_that_is_a_pipe_is_damage_and_does_not_hang(
    journal: tuple[Path, str],
) -> None:
    folder, recovery = journal
    (folder / HEADER_FILENAME).unlink()
    os.mkfifo(folder / HEADER_FILENAME)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(folder, PASSPHRASE)
    Vault.unlock_with_recovery_key(folder, recovery).lock()


def test_a_huge_header_is_damage(journal: tuple[Path, str]) -> None:
    folder, recovery = journal
    doc = _header_doc(folder)
    doc["padding"] = "x" * (1024 * 1024)
    _write_doc(folder, doc)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(folder, PASSPHRASE)
    Vault.unlock_with_recovery_key(folder, recovery).lock()


# --- item 18: the version field is bound ------------------------------------------


@pytest.mark.parametrize("version", [0, -5, True])
def test_a_version_reflect_never_wrote_is_refused(
    journal: tuple[Path, str], version: object
) -> None:
    folder, _ = journal
    doc = _header_doc(folder)
    doc["version"] = version
    _write_doc(folder, doc)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(folder, PASSPHRASE)


def test_the_version_is_part_of_what_the_wrapped_key_authenticates(
    journal: tuple[Path, str],
) -> None:
    header = Header.parse((journal[0] / HEADER_FILENAME).read_bytes())
    relabelled = Header(**{**header.__dict__, "version": 2})
    assert relabelled.associated_data() != header.associated_data()
    with pytest.raises(Exception, match="passphrase"):
        relabelled.open_with(PASSPHRASE)


# --- item 15 and item 3 through a backup ----------------------------------------


def _forge_backup(tmp_path: Path, vault_folder: Path, header: bytes) -> Path:
    """A backup of the journal whose header is replaced, with consistent hashes."""
    vault = Vault.unlock(vault_folder, PASSPHRASE, kdf=CHEAP)
    info = create_backup(vault, tmp_path / "backups", clock=FakeClock())
    vault.lock()
    raw = info.path.read_bytes()
    db_bytes = raw[info.data_offset + info.header_size :]
    manifest = json.loads(raw[len(backup.MAGIC) + 6 : info.data_offset])
    manifest["header_size"] = len(header)
    manifest["header_sha256"] = hashlib.sha256(header).hexdigest()
    body = json.dumps(manifest).encode()
    forged = tmp_path / "forged.reflectbackup"
    forged.write_bytes(backup.MAGIC + struct.pack(">HI", 1, len(body)) + body + header + db_bytes)
    return forged


def test_a_backup_with_a_deeply_nested_header_is_damaged_not_a_crash(
    journal: tuple[Path, str], tmp_path: Path
) -> None:
    forged = _forge_backup(tmp_path, journal[0], b"[" * 3_000)
    with pytest.raises(BackupDamaged):
        restore_backup(forged, tmp_path / "restored", passphrase=PASSPHRASE)
    assert not (tmp_path / "restored").exists()


def test_a_backup_whose_header_asks_for_4_gib_is_damaged_before_any_derivation(
    journal: tuple[Path, str],
    tmp_path: Path,
    no_argon2_on_refused_headers: list[KdfParams],
) -> None:
    doc = _header_doc(journal[0])
    kdf = doc["kdf"]
    assert isinstance(kdf, dict)
    kdf.update(memory_kib=4 * 1024 * 1024, iterations=1000)
    forged = _forge_backup(tmp_path, journal[0], json.dumps(doc).encode())
    ran_before = len(no_argon2_on_refused_headers)
    with pytest.raises(BackupDamaged):
        restore_backup(forged, tmp_path / "restored", passphrase=PASSPHRASE)
    assert len(no_argon2_on_refused_headers) == ran_before
