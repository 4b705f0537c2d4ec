"""One-file encrypted backups of a vault, and restoring them safely.

A backup file is a small container::

    b"REFLECT-BACKUP\\0"  (15 bytes, the magic)
    version               (2 bytes, big-endian)
    manifest length       (4 bytes, big-endian)
    manifest              (UTF-8 JSON: vault_id, created, sizes and SHA-256 of both parts)
    header bytes          (the vault's ``vault.json``: the data key wrapped under the passphrase)
    database bytes        (a ``VACUUM INTO`` snapshot: SQLCipher-encrypted with the data key)

Nothing in it is plaintext journal content: the database part is encrypted with
the same key as the vault and the key itself is only in the header, wrapped
under the passphrase. So the file opens only with the passphrase that was in use
when it was made, or with the recovery key. The manifest holds no content, only
what is needed to check the file is whole before anything is changed.

This module is the format: writing a backup and reading its manifest. Restoring
is in ``restore``, the automatic policy in ``automatic``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import struct
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import IO, Any

from reflect.core.clock import Clock
from reflect.core.errors import (
    UserError,
    VaultError,
)
from reflect.core.fileio import create_private, fsync_folder, os_error_for_user
from reflect.core.language import QT_TR_NOOP, tr_core
from reflect.core.vault.header import HEADER_FILENAME, NEXT_HEADER_FILENAME, Header, read_header
from reflect.core.vault.lifecycle import Vault

Progress = Callable[[int, int], None]

MAGIC = b"REFLECT-BACKUP\0"
FORMAT_VERSION = 1
SUFFIX = ".reflectbackup"
NAME_PREFIX = "reflect-backup-"
_PRELUDE = struct.Struct(">HI")  # version, manifest length
_MAX_MANIFEST = 64 * 1024
_MAX_HEADER = 64 * 1024
_CHUNK = 1024 * 1024


class NotABackup(UserError):
    """The chosen file is not a Reflect backup at all."""

    default_message = QT_TR_NOOP(
        "This file isn't a Reflect backup. Backups end in .reflectbackup; choose another "
        "file. Nothing was changed."
    )


class BackupDamaged(UserError):
    """The file is a Reflect backup but is incomplete or altered."""

    default_message = QT_TR_NOOP(
        "This backup is damaged (it may have been copied only in part), so Reflect did "
        "not use it. Nothing was changed. Try an older backup."
    )


class BackupTooNew(UserError):
    default_message = QT_TR_NOOP(
        "This backup was made by a newer Reflect. Install the latest version of Reflect "
        "to restore it; nothing was changed."
    )


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file says about itself (no content: it is all encrypted)."""

    path: Path
    vault_id: str
    created: datetime
    header_size: int
    db_size: int
    header_sha256: str
    db_sha256: str
    data_offset: int

    @property
    def size(self) -> int:
        return self.data_offset + self.header_size + self.db_size


# --- making a backup -----------------------------------------------------------------


def backup_file_name(when: datetime, tz: tzinfo | None = None) -> str:
    """``reflect-backup-2026-11-21T1330.reflectbackup`` in local time (or ``tz``)."""
    local = when.astimezone(tz)
    return f"{NAME_PREFIX}{local.strftime('%Y-%m-%dT%H%M')}{SUFFIX}"


def _unique(folder: Path, name: str) -> Path:
    candidate = folder / name
    stem = name[: -len(SUFFIX)]
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return candidate


def create_backup(
    vault: Vault,
    folder: Path,
    *,
    clock: Clock,
    tz: tzinfo | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Write a one-file encrypted backup of the open ``vault`` into ``folder``.

    The database snapshot is taken with ``VACUUM INTO`` a temp file inside
    ``folder`` (SQLCipher writes it encrypted with the vault's key), so nothing is
    ever written in the clear and nothing lands outside the folder the user chose.
    The container is written to a second temp file, synced and renamed into place.
    """
    folder = Path(folder)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error_for_user(exc, folder / "backup") from exc
    _remove_stale_temps(folder)
    token = secrets.token_hex(6)
    snapshot = folder / f".reflect-snapshot-{token}.tmp"
    try:
        header_bytes = _snapshot(vault, snapshot)
        created = clock.now()
        vault_id = Header.parse(header_bytes).vault_id
        db_size = snapshot.stat().st_size
        total = db_size * 2
        db_hash = _hash_file(snapshot, lambda done: report_progress(progress, done, total))
        manifest = {
            "format": "reflect-backup",
            "version": FORMAT_VERSION,
            "vault_id": vault_id,
            "created": created.isoformat(),
            "header_size": len(header_bytes),
            "header_sha256": hashlib.sha256(header_bytes).hexdigest(),
            "db_size": db_size,
            "db_sha256": db_hash,
        }
        manifest_bytes = json.dumps(manifest, sort_keys=True).encode("utf-8")
        target = _unique(folder, backup_file_name(created, tz))
        with _atomic_stream(target) as out:
            out.write(MAGIC)
            out.write(_PRELUDE.pack(FORMAT_VERSION, len(manifest_bytes)))
            out.write(manifest_bytes)
            out.write(header_bytes)
            with open(snapshot, "rb") as src:
                copy_hashed(
                    src, out, db_size, lambda done: report_progress(progress, db_size + done, total)
                )
    except OSError as exc:
        raise os_error_for_user(exc, folder / "backup") from exc
    finally:
        _remove_quietly(snapshot)
    report_progress(progress, total, total)
    return read_backup_info(target)


STALE_TEMP_SECONDS = 24 * 3600


def _remove_stale_temps(folder: Path) -> None:
    """Remove temp files a crashed backup left here (encrypted, but full copies).

    Only Reflect's own temp names, and only when untouched for a day, so a backup
    another Reflect is writing into the same folder right now is never touched.
    """
    cutoff = time.time() - STALE_TEMP_SECONDS
    for pattern in (".reflect-snapshot-*.tmp", f".{NAME_PREFIX}*.tmp"):
        for leftover in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if leftover.is_file() and leftover.lstat().st_mtime < cutoff:
                    leftover.unlink()


def _snapshot(vault: Vault, snapshot: Path) -> bytes:
    """Take the database snapshot and the header that wraps its key, consistently.

    Both are read under the journal lock. A recovery-key rotation re-keys the
    database under the same lock but promotes its new header afterwards, so while
    ``vault.json.next`` exists the header on disk may not match the database: refuse.
    """
    # Journal._read is the only way to reach the connection; acceptable for now (noted).
    with vault.journal.connection() as conn:
        if (vault.path / NEXT_HEADER_FILENAME).exists():
            raise UserError(
                tr_core(
                    "Reflect is still changing this journal's key. "
                    "Try the backup again in a moment."
                )
            )
        try:
            header_bytes = (vault.path / HEADER_FILENAME).read_bytes()
        except FileNotFoundError:
            raise VaultError(
                tr_core("Set a new passphrase for this journal first; then Reflect can back it up.")
            ) from None
        create_private(snapshot).close()  # VACUUM INTO fills an empty file, keeping its mode
        conn.execute("VACUUM INTO ?", (str(snapshot),))
    return header_bytes


@contextlib.contextmanager
def _atomic_stream(target: Path) -> Iterator[IO[bytes]]:
    """Yield a file beside ``target``; on success fsync and rename it into place."""
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    handle = create_private(tmp)
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise
    fsync_folder(target.parent)


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(min(done, total), max(total, 1))


def copy_hashed(src: IO[bytes], dst: IO[bytes], size: int, on_chunk: Callable[[int], None]) -> str:
    """Copy exactly ``size`` bytes; returns their SHA-256. Short input means damage."""
    digest = hashlib.sha256()
    done = 0
    while done < size:
        chunk = src.read(min(_CHUNK, size - done))
        if not chunk:
            raise BackupDamaged()
        digest.update(chunk)
        dst.write(chunk)
        done += len(chunk)
        on_chunk(done)
    return digest.hexdigest()


def _hash_file(path: Path, on_chunk: Callable[[int], None]) -> str:
    digest = hashlib.sha256()
    done = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            on_chunk(done)
    return digest.hexdigest()


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# --- reading a backup ----------------------------------------------------------------


def is_of_another_journal(info: BackupInfo, vault_folder: Path) -> bool:
    """True when the backup was made from a different journal than the one in the folder.

    Compared by the vault id both headers carry. A journal whose header cannot be
    read counts as not different (nothing to compare; the restore may be its cure).
    """
    try:
        return read_header(vault_folder).vault_id != info.vault_id
    except VaultError:
        return False


def read_backup_info(path: Path) -> BackupInfo:
    """Parse a backup's prelude and manifest; checks sizes but not hashes.

    Raises ``NotABackup`` for anything without the magic, ``BackupDamaged`` for a
    truncated or altered container and ``BackupTooNew`` for a newer format.
    """
    path = Path(path)
    try:
        if path.is_symlink() or not path.is_file():
            raise NotABackup()
        actual_size = path.stat().st_size
        with open(path, "rb") as handle:
            magic = handle.read(len(MAGIC))
            if magic != MAGIC:
                raise NotABackup()
            prelude = handle.read(_PRELUDE.size)
            if len(prelude) != _PRELUDE.size:
                raise BackupDamaged()
            version, manifest_len = _PRELUDE.unpack(prelude)
            if version > FORMAT_VERSION:
                raise BackupTooNew()
            if version < 1 or manifest_len > _MAX_MANIFEST:
                raise BackupDamaged()
            manifest_bytes = handle.read(manifest_len)
    except OSError as exc:
        raise UserError(
            tr_core("Reflect could not read this file ({reason}).").format(
                reason=exc.strerror or exc
            )
        ) from exc
    if len(manifest_bytes) != manifest_len:
        raise BackupDamaged()
    manifest = _parse_manifest(manifest_bytes)
    offset = len(MAGIC) + _PRELUDE.size + manifest_len
    info = BackupInfo(
        path=path,
        vault_id=manifest["vault_id"],
        created=manifest["created"],
        header_size=manifest["header_size"],
        db_size=manifest["db_size"],
        header_sha256=manifest["header_sha256"],
        db_sha256=manifest["db_sha256"],
        data_offset=offset,
    )
    if info.size != actual_size or info.header_size > _MAX_HEADER:
        raise BackupDamaged()
    return info


_HEX64 = re.compile(r"[0-9a-f]{64}")


def _parse_manifest(data: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != "reflect-backup":
            raise BackupDamaged()
        result: dict[str, Any] = {
            "vault_id": doc["vault_id"],
            "created": datetime.fromisoformat(doc["created"]),
            "header_size": doc["header_size"],
            "db_size": doc["db_size"],
            "header_sha256": doc["header_sha256"],
            "db_sha256": doc["db_sha256"],
        }
    except (KeyError, TypeError, ValueError, UnicodeDecodeError, RecursionError):
        raise BackupDamaged() from None
    sizes_ok = all(
        isinstance(result[k], int) and not isinstance(result[k], bool) and result[k] > 0
        for k in ("header_size", "db_size")
    )
    hashes_ok = all(
        isinstance(result[k], str) and _HEX64.fullmatch(result[k])
        for k in ("header_sha256", "db_sha256")
    )
    if not (sizes_ok and hashes_ok and isinstance(result["vault_id"], str)):
        raise BackupDamaged()
    if result["created"].tzinfo is None:
        raise BackupDamaged()
    return result
