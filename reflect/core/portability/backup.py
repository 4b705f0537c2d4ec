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

Restoring writes the parts into a staging folder next to the target, opens the
database there with the key and runs SQLCipher's page checks, and only then moves
it into place; over an existing vault, the old folder is moved aside first and
removed only once the new one is in.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import IO, Any

from reflect.core.clock import Clock
from reflect.core.errors import (
    UserError,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultTooNew,
    WrongRecoveryKey,
)
from reflect.core.fileio import fsync_folder, os_error_for_user
from reflect.core.journal import settings
from reflect.core.journal.repository import Journal
from reflect.core.vault import crypto, db
from reflect.core.vault.lifecycle import (
    HEADER_FILENAME,
    NEXT_HEADER_FILENAME,
    Header,
    Vault,
    _FolderLock,
)

__all__ = [
    "AutoBackup",
    "BackupDamaged",
    "BackupInfo",
    "BackupSettings",
    "NotABackup",
    "StagedRestore",
    "create_backup",
    "prepare_restore",
    "read_backup_info",
    "restore_backup",
]

Progress = Callable[[int, int], None]

MAGIC = b"REFLECT-BACKUP\0"
FORMAT_VERSION = 1
SUFFIX = ".reflectbackup"
NAME_PREFIX = "reflect-backup-"
_PRELUDE = struct.Struct(">HI")  # version, manifest length
_MAX_MANIFEST = 64 * 1024
_MAX_HEADER = 64 * 1024
_CHUNK = 1024 * 1024

DEFAULT_KEEP = settings.DEFAULT_BACKUPS_KEPT
SETTING_FOLDER = settings.BACKUP_FOLDER.key
SETTING_KEEP = settings.BACKUP_KEEP.key
SETTING_ENABLED = settings.BACKUP_ENABLED.key
SETTING_LAST = settings.BACKUP_LAST.key


class NotABackup(UserError):
    """The chosen file is not a Reflect backup at all."""

    default_message = (
        "This file isn't a Reflect backup. Backups end in .reflectbackup; choose another "
        "file. Nothing was changed."
    )


class BackupDamaged(UserError):
    """The file is a Reflect backup but is incomplete or altered."""

    default_message = (
        "This backup is damaged (it may have been copied only in part), so Reflect did "
        "not use it. Nothing was changed. Try an older backup."
    )


class BackupTooNew(UserError):
    default_message = (
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
    token = secrets.token_hex(6)
    snapshot = folder / f".reflect-snapshot-{token}.tmp"
    try:
        header_bytes = _snapshot(vault, snapshot)
        created = clock.now()
        vault_id = Header.parse(header_bytes).vault_id
        db_size = snapshot.stat().st_size
        total = db_size * 2
        db_hash = _hash_file(snapshot, lambda done: _report(progress, done, total))
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
                _copy(src, out, db_size, lambda done: _report(progress, db_size + done, total))
    except OSError as exc:
        raise os_error_for_user(exc, folder / "backup") from exc
    finally:
        _remove_quietly(snapshot)
    _report(progress, total, total)
    return read_backup_info(target)


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
                "Reflect is still changing this journal's key. Try the backup again in a moment."
            )
        try:
            header_bytes = (vault.path / HEADER_FILENAME).read_bytes()
        except FileNotFoundError:
            raise VaultError(
                "Set a new passphrase for this journal first; then Reflect can back it up."
            ) from None
        conn.execute("VACUUM INTO ?", (str(snapshot),))
    return header_bytes


@contextlib.contextmanager
def _atomic_stream(target: Path) -> Iterator[IO[bytes]]:
    """Yield a file beside ``target``; on success fsync and rename it into place."""
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise
    fsync_folder(target.parent)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(min(done, total), max(total, 1))


def _copy(src: IO[bytes], dst: IO[bytes], size: int, on_chunk: Callable[[int], None]) -> str:
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
        raise UserError(f"Reflect could not read this file ({exc.strerror or exc}).") from exc
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


# --- restoring -----------------------------------------------------------------------


def restore_backup(
    backup: Path,
    target: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    replace: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Restore ``backup`` into the vault folder ``target``; returns ``target``.

    Give the passphrase that was in use when the backup was made, or the recovery
    key. ``target`` must not exist or be empty unless ``replace`` is true (the
    caller has asked the user and locked the vault there first). Everything is
    checked in a staging folder beside ``target`` before anything is moved; on any
    error the current files are exactly as they were.
    """
    staged = prepare_restore(
        backup,
        target,
        passphrase=passphrase,
        recovery_key=recovery_key,
        replace=replace,
        progress=progress,
    )
    try:
        return staged.commit()
    finally:
        staged.discard()


@dataclass
class StagedRestore:
    """A restored vault, verified, waiting in a staging folder beside its target.

    ``commit`` moves it into place (over the old vault when ``replace``: lock that
    vault first); ``discard`` removes the staging folder if it is still there.
    """

    staging: Path
    target: Path
    replace: bool

    def commit(self) -> Path:
        target = self.target
        occupied = target.exists() and (not target.is_dir() or any(target.iterdir()))
        if occupied and not self.replace:
            raise VaultExists(
                "That folder already holds files. Choose an empty folder for the restored journal."
            )
        try:
            if occupied:
                _swap_in(self.staging, target)
            else:
                with contextlib.suppress(FileNotFoundError):
                    target.rmdir()
                os.replace(self.staging, target)
                fsync_folder(target.parent)
        except OSError as exc:
            raise os_error_for_user(exc, target) from exc
        return target

    def discard(self) -> None:
        if self.staging.exists():
            shutil.rmtree(self.staging, ignore_errors=True)


def prepare_restore(
    backup: Path,
    target: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    replace: bool = False,
    progress: Progress | None = None,
) -> StagedRestore:
    """Unpack and verify ``backup`` in a staging folder beside ``target``; move nothing.

    This is the slow part (run it off the UI thread); the caller then locks the
    current vault if it is being replaced and calls ``commit``.
    """
    if (passphrase is None) == (recovery_key is None):
        raise ValueError("give exactly one of passphrase or recovery_key")
    info = read_backup_info(backup)
    target = Path(target)
    if target.is_symlink():
        raise UserError("Choose a normal folder for the restored journal, not a shortcut.")
    occupied = target.exists() and (not target.is_dir() or any(target.iterdir()))
    if occupied and not replace:
        raise VaultExists(
            "That folder already holds files. Choose an empty folder for the restored journal."
        )
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        staging = target.parent / f".{target.name}.restore-{secrets.token_hex(6)}"
        staging.mkdir(mode=0o700)
    except OSError as exc:
        raise os_error_for_user(exc, target) from exc
    staged = StagedRestore(staging, target, replace)
    try:
        header_bytes = _unpack(info, staging, progress)
        _verify_staged(staging, header_bytes, passphrase, recovery_key)
    except OSError as exc:
        staged.discard()
        raise os_error_for_user(exc, target) from exc
    except BaseException:
        staged.discard()
        raise
    return staged


def _unpack(info: BackupInfo, staging: Path, progress: Progress | None) -> bytes:
    """Copy the header and database into ``staging``, checking both hashes."""
    total = info.db_size
    with open(info.path, "rb") as src:
        src.seek(info.data_offset)
        header_bytes = src.read(info.header_size)
        if len(header_bytes) != info.header_size:
            raise BackupDamaged()
        if hashlib.sha256(header_bytes).hexdigest() != info.header_sha256:
            raise BackupDamaged()
        with open(staging / db.DB_FILENAME, "xb") as out:
            digest = _copy(src, out, info.db_size, lambda done: _report(progress, done, total))
            out.flush()
            os.fsync(out.fileno())
    if digest != info.db_sha256:
        raise BackupDamaged()
    with open(staging / HEADER_FILENAME, "xb") as out:
        out.write(header_bytes)
        out.flush()
        os.fsync(out.fileno())
    return header_bytes


def _verify_staged(
    staging: Path, header_bytes: bytes, passphrase: str | None, recovery_key: str | None
) -> None:
    """Open the staged database with the right key and run the integrity checks."""
    try:
        header = Header.parse(header_bytes)
    except VaultTooNew:
        raise BackupTooNew() from None
    except VaultCorrupt:
        raise BackupDamaged() from None
    if passphrase is not None:
        key = header.open_with(passphrase)  # WrongPassphrase if it does not fit
    else:
        key = crypto.parse_recovery_key(recovery_key or "")
        if crypto.key_check(key) != header.key_check:
            crypto.wipe(key)
            raise WrongRecoveryKey(
                "That recovery key doesn't open this backup. It may belong to another "
                "journal, or the key was changed after this backup was made."
            )
    try:
        conn = db.open_connection(staging / db.DB_FILENAME, key)
    except (db.KeyRejected, db.DatabaseError, VaultCorrupt):
        raise BackupDamaged() from None
    except VaultTooNew:
        raise BackupTooNew() from None
    finally:
        crypto.wipe(key)
    try:
        problems = db.integrity_problems(conn)
        db.checkpoint(conn)
    except db.DatabaseError:
        problems = ["unreadable"]
    finally:
        conn.close()
    if problems:
        raise BackupDamaged()


def _swap_in(staging: Path, target: Path) -> None:
    """Move the verified staging folder over ``target``, keeping the old one until it is in."""
    lock = _FolderLock(target)
    lock.acquire()  # VaultInUse if a Reflect window still has it open
    lock.release()
    aside = target.parent / f".{target.name}.old-{secrets.token_hex(6)}"
    os.replace(target, aside)
    try:
        os.replace(staging, target)
    except BaseException:
        os.replace(aside, target)
        raise
    fsync_folder(target.parent)
    shutil.rmtree(aside, ignore_errors=True)


# --- automatic backups ---------------------------------------------------------------


@dataclass(frozen=True)
class BackupSettings:
    """The user's automatic-backup choices, stored inside the vault."""

    enabled: bool = True
    folder: Path | None = None  # None: the default folder (AppPaths.backups)
    keep: int = DEFAULT_KEEP

    @classmethod
    def load(cls, journal: Journal) -> BackupSettings:
        enabled = journal.get_setting(SETTING_ENABLED, True)
        folder = journal.get_setting(SETTING_FOLDER, None)
        keep = journal.get_setting(SETTING_KEEP, DEFAULT_KEEP)
        return cls(
            enabled=bool(enabled) if isinstance(enabled, bool) else True,
            folder=Path(folder) if isinstance(folder, str) and folder else None,
            keep=keep
            if isinstance(keep, int) and not isinstance(keep, bool) and keep >= 1
            else DEFAULT_KEEP,
        )

    def save(self, journal: Journal) -> None:
        if self.keep < 1:
            raise ValueError("keep must be at least 1")
        with journal.transaction():
            journal.set_setting(SETTING_ENABLED, self.enabled)
            journal.set_setting(SETTING_FOLDER, str(self.folder) if self.folder else None)
            journal.set_setting(SETTING_KEEP, self.keep)


class AutoBackup:
    """When to make an automatic backup and which old ones to remove.

    A backup is due on close when backups are on and none was made yet on the
    current local calendar day (so at most one a day). Only backups of this vault
    in the chosen folder are ever pruned; other files there are never touched.
    """

    def __init__(self, clock: Clock, default_folder: Path, *, tz: tzinfo | None = None) -> None:
        self._clock = clock
        self._default_folder = Path(default_folder)
        self._tz = tz

    def folder(self, settings: BackupSettings) -> Path:
        return settings.folder or self._default_folder

    def _local_day(self, when: datetime) -> date:
        return when.astimezone(self._tz).date()

    def last_backup(self, journal: Journal) -> datetime | None:
        raw = journal.get_setting(SETTING_LAST, None)
        if not isinstance(raw, str):
            return None
        try:
            when = datetime.fromisoformat(raw)
        except ValueError:
            return None
        return when if when.tzinfo is not None else None

    def is_due(self, journal: Journal) -> bool:
        settings = BackupSettings.load(journal)
        if not settings.enabled:
            return False
        last = self.last_backup(journal)
        return last is None or self._local_day(last) != self._local_day(self._clock.now())

    def run_if_due(self, vault: Vault, *, progress: Progress | None = None) -> BackupInfo | None:
        """Back up and prune if due; returns the new backup or ``None``."""
        if not self.is_due(vault.journal):
            return None
        return self.run_now(vault, progress=progress)

    def run_now(self, vault: Vault, *, progress: Progress | None = None) -> BackupInfo:
        """Back up into the chosen folder now, record it and prune old ones."""
        settings = BackupSettings.load(vault.journal)
        folder = self.folder(settings)
        info = create_backup(vault, folder, clock=self._clock, tz=self._tz, progress=progress)
        vault.journal.set_setting(SETTING_LAST, info.created.isoformat())
        self.prune(folder, info.vault_id, settings.keep)
        return info

    def next_due(self, journal: Journal) -> datetime | None:
        """Local midnight after the last backup (for showing "next backup")."""
        last = self.last_backup(journal)
        if last is None:
            return None
        local = last.astimezone(self._tz)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        return midnight

    @staticmethod
    def list_backups(folder: Path, vault_id: str | None = None) -> list[BackupInfo]:
        """This folder's Reflect backups (of ``vault_id`` if given), newest first."""
        found: list[BackupInfo] = []
        try:
            candidates = list(Path(folder).glob(f"{NAME_PREFIX}*{SUFFIX}"))
        except OSError:
            return []
        for path in candidates:
            try:
                info = read_backup_info(path)
            except UserError:
                continue  # not ours to judge or remove
            if vault_id is None or info.vault_id == vault_id:
                found.append(info)
        found.sort(key=lambda i: (i.created, i.path.name), reverse=True)
        return found

    def prune(self, folder: Path, vault_id: str, keep: int) -> list[Path]:
        """Remove all but the newest ``keep`` backups of ``vault_id``; returns what went."""
        removed: list[Path] = []
        for info in self.list_backups(folder, vault_id)[max(keep, 1) :]:
            try:
                info.path.unlink()
            except OSError:
                continue  # a backup we could not remove is harmless; try next time
            removed.append(info.path)
        return removed
