"""Merging a backup into the open journal, for the user who keeps no sync folder.

A backup from a USB stick or an old laptop, of this journal or of another one
with its own passphrase, is merged by the same rules as a sync (``merge``):
nothing written on either side is lost, an entry changed on both is kept twice.

``prepare_backup_merge`` unpacks and checks the backup in a private staging
folder beside the journal (encrypted, as in a backup; removed at once), reads
its records and forgets the rest; ``BackupMerge.preview`` says what merging
would change without changing anything; ``apply`` first makes a backup of the
journal as it is, then merges in one transaction, so a crash leaves the journal
as before or as after.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reflect.core.clock import Clock, SystemClock
from reflect.core.errors import ReflectError, UserError, VaultCorrupt, VaultTooNew
from reflect.core.fileio import os_error_for_user
from reflect.core.language import QT_TR_NOOP, tr_core
from reflect.core.paths import AppPaths
from reflect.core.portability.backup.automatic import BackupSettings
from reflect.core.portability.backup.format import (
    BackupDamaged,
    BackupInfo,
    BackupTooNew,
    Progress,
    create_backup,
    read_backup_info,
)
from reflect.core.portability.backup.restore import backup_header, backup_key, unpack
from reflect.core.portability.sync.apply import apply_state
from reflect.core.portability.sync.folder import SyncReport
from reflect.core.portability.sync.journal_state import computer_of, read_state
from reflect.core.portability.sync.merge import State, merge_states, settled
from reflect.core.vault import crypto, db
from reflect.core.vault.header import Header
from reflect.core.vault.lifecycle import Vault

NEEDS_ITS_PASSPHRASE = QT_TR_NOOP(
    "This backup is of another journal, or of this one before its recovery key was "
    "changed. Enter the passphrase that was in use when it was made, or its recovery key."
)


class NeedsItsPassphrase(UserError):
    """The backup was not sealed with this journal's key: ask for its passphrase."""

    def __init__(self) -> None:
        super().__init__(tr_core(NEEDS_ITS_PASSPHRASE))


@dataclass(frozen=True)
class BackupMerge:
    """A backup's records, read and checked, ready to preview or merge."""

    backup: BackupInfo
    records: State

    def preview(self, vault: Vault) -> SyncReport:
        """What merging would change now; nothing is written."""
        with vault.journal.connection() as conn:
            _merged, step = merge_states(read_state(conn), self.records)
        return SyncReport(step.added, step.updated, step.deleted, step.conflicts)

    def apply(
        self, vault: Vault, *, safety_folder: Path | None = None, clock: Clock | None = None
    ) -> tuple[SyncReport, BackupInfo]:
        """Back the journal up as it is (into ``safety_folder``, by default the
        automatic backups' folder), then merge in one transaction."""
        clock = clock or SystemClock()
        folder = safety_folder or BackupSettings.load(vault.journal).folder
        safety = create_backup(vault, folder or AppPaths.for_user().backups, clock=clock)
        journal = vault.journal
        with journal.transaction(), journal.connection() as conn:
            before = read_state(conn)
            merged, step = merge_states(before, self.records)
            apply_state(conn, settled(merged, computer_of(conn)), before)
        if step.updated or step.deleted or step.conflicts:
            with contextlib.suppress(ReflectError):  # a full disk: locking tries again
                journal.checkpoint()  # no old text left behind in the write-ahead log
        return SyncReport(step.added, step.updated, step.deleted, step.conflicts), safety


def merge_backup(
    vault: Vault,
    backup_path: Path,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    *,
    safety_folder: Path | None = None,
    clock: Clock | None = None,
) -> SyncReport:
    """Merge the backup at ``backup_path`` into ``vault`` (a safety backup first).

    A backup of this journal needs no passphrase; another journal's needs the
    passphrase it was made with, or its recovery key (``NeedsItsPassphrase``).
    """
    prepared = prepare_backup_merge(vault, backup_path, passphrase, recovery_key)
    report, _safety = prepared.apply(vault, safety_folder=safety_folder, clock=clock)
    return report


def prepare_backup_merge(
    vault: Vault,
    backup_path: Path,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    *,
    progress: Progress | None = None,
) -> BackupMerge:
    """Unpack and check a backup, and read its records (slow: off the UI thread).

    Raises ``NotABackup``, ``BackupDamaged``, ``BackupTooNew``, ``WrongPassphrase``,
    ``WrongRecoveryKey`` or ``NeedsItsPassphrase``; the journal is never touched.
    """
    info = read_backup_info(Path(backup_path))
    staging = _staging_folder(vault)
    try:
        header = backup_header(unpack(info, staging, progress))
        conn = _open(vault, header, staging / db.DB_FILENAME, passphrase, recovery_key)
        try:
            if db.integrity_problems(conn):
                raise BackupDamaged()
            records = read_state(conn)
        except db.DatabaseError:
            raise BackupDamaged() from None
        finally:
            conn.close()
    except OSError as exc:
        raise os_error_for_user(exc, Path(backup_path)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BackupMerge(info, records)


def _staging_folder(vault: Vault) -> Path:
    parent = vault.path.parent
    for leftover in parent.glob(f".{vault.path.name}.merge-*"):
        shutil.rmtree(leftover, ignore_errors=True)  # a merge that crashed; encrypted anyway
    staging = parent / f".{vault.path.name}.merge-{secrets.token_hex(6)}"
    try:
        staging.mkdir(mode=0o700)
    except OSError as exc:
        raise os_error_for_user(exc, staging) from exc
    return staging


def _open(
    vault: Vault,
    header: Header,
    db_path: Path,
    passphrase: str | None,
    recovery_key: str | None,
) -> db.Connection:
    """The backup's database, opened with the key that fits."""
    opener: Callable[[Path], db.Connection] = vault.open_copy
    if passphrase is None and recovery_key is None:
        if header.key_check != vault.key_check:
            raise NeedsItsPassphrase()
    else:
        key = backup_key(header, passphrase, recovery_key)

        def with_its_key(path: Path) -> db.Connection:
            try:
                return db.open_connection(path, key)
            finally:
                crypto.wipe(key)

        opener = with_its_key

    try:
        return opener(db_path)
    except (db.KeyRejected, db.DatabaseError, VaultCorrupt):
        raise BackupDamaged() from None
    except VaultTooNew:
        raise BackupTooNew() from None
