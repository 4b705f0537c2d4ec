"""Restoring a backup: unpack and verify in a staging folder, then move it in.

Restoring writes the parts into a staging folder next to the target, opens the
database there with the key and runs SQLCipher's page checks, and only then moves
it into place; over an existing vault, the old folder is moved aside first and
removed only once the new one is in.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from reflect.core.errors import (
    UserError,
    VaultCorrupt,
    VaultExists,
    VaultTooNew,
    WrongRecoveryKey,
)
from reflect.core.fileio import create_private, fsync_folder, os_error_for_user
from reflect.core.language import tr_core
from reflect.core.portability.backup.format import (
    BackupDamaged,
    BackupInfo,
    BackupTooNew,
    Progress,
    copy_hashed,
    read_backup_info,
    report_progress,
)
from reflect.core.portability.backup.swap import swap_in
from reflect.core.vault import crypto, db
from reflect.core.vault.folder_lock import FolderLock
from reflect.core.vault.header import HEADER_FILENAME, Header


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
                tr_core(
                    "That folder already holds files. "
                    "Choose an empty folder for the restored journal."
                )
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
        raise UserError(tr_core("Choose a normal folder for the restored journal, not a shortcut."))
    occupied = target.exists() and (not target.is_dir() or any(target.iterdir()))
    if occupied and not replace:
        raise VaultExists(
            tr_core(
                "That folder already holds files. Choose an empty folder for the restored journal."
            )
        )
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        staging = target.parent / f".{target.name}.restore-{secrets.token_hex(6)}"
        staging.mkdir(mode=0o700)
    except OSError as exc:
        raise os_error_for_user(exc, target) from exc
    staged = StagedRestore(staging, target, replace)
    try:
        header_bytes = unpack(info, staging, progress)
        _verify_staged(staging, header_bytes, passphrase, recovery_key)
    except OSError as exc:
        staged.discard()
        raise os_error_for_user(exc, target) from exc
    except BaseException:
        staged.discard()
        raise
    return staged


def unpack(info: BackupInfo, staging: Path, progress: Progress | None) -> bytes:
    """Copy the header and database into ``staging``, checking both hashes."""
    total = info.db_size
    with open(info.path, "rb") as src:
        src.seek(info.data_offset)
        header_bytes = src.read(info.header_size)
        if len(header_bytes) != info.header_size:
            raise BackupDamaged()
        if hashlib.sha256(header_bytes).hexdigest() != info.header_sha256:
            raise BackupDamaged()
        with create_private(staging / db.DB_FILENAME) as out:
            digest = copy_hashed(
                src, out, info.db_size, lambda done: report_progress(progress, done, total)
            )
            out.flush()
            os.fsync(out.fileno())
    if digest != info.db_sha256:
        raise BackupDamaged()
    with create_private(staging / HEADER_FILENAME) as out:
        out.write(header_bytes)
        out.flush()
        os.fsync(out.fileno())
    return header_bytes


def backup_header(header_bytes: bytes) -> Header:
    """A backup's ``vault.json``; a damaged or newer one is the backup's fault."""
    try:
        return Header.parse(header_bytes)
    except VaultTooNew:
        raise BackupTooNew() from None
    except VaultCorrupt:
        raise BackupDamaged() from None


def backup_key(header: Header, passphrase: str | None, recovery_key: str | None) -> bytearray:
    """The key that opens a backup, from the passphrase of its time or the recovery
    key (``WrongPassphrase``, ``WrongRecoveryKey``); the caller wipes it."""
    if passphrase is not None:
        return header.open_with(passphrase)  # WrongPassphrase if it does not fit
    key = crypto.parse_recovery_key(recovery_key or "")
    if crypto.key_check(key) != header.key_check:
        crypto.wipe(key)
        raise WrongRecoveryKey(
            tr_core(
                "That recovery key doesn't open this backup. It may belong to another "
                "journal, or the key was changed after this backup was made."
            )
        )
    return key


def _verify_staged(
    staging: Path, header_bytes: bytes, passphrase: str | None, recovery_key: str | None
) -> None:
    """Open the staged database with the right key and run the integrity checks."""
    key = backup_key(backup_header(header_bytes), passphrase, recovery_key)
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
    """Move the verified staging folder over ``target``; a crash leaves one or the other."""
    FolderLock(target).check_free()  # VaultInUse if a Reflect window still has it open
    aside = target.parent / f".{target.name}.old-{secrets.token_hex(6)}"
    swap_in(staging, target, aside, keep_aside=False)
