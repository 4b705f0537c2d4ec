"""Create, unlock, lock and re-key a vault: a folder holding the encrypted journal.

A vault folder holds:

- ``journal.db``: SQLCipher 4, keyed with the raw 32-byte data key;
- ``vault.json``: the header (format version, Argon2id parameters and salt, the
  data key wrapped with AES-256-GCM; every other header field is bound to the
  wrapped key as associated data, so changing one breaks the unwrap);
- ``.lock``: held while a process has the vault open (``folder_lock``).

The header is ``header``; this module is the lifecycle. Nothing else in the
folder holds user data. Passphrase changes rewrite only the header, atomically.
A new recovery key is prepared, shown, and only then committed
(``key_rotation`` explains the order and what an interrupted one leaves).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from reflect.core.clock import Clock
from reflect.core.errors import (
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from reflect.core.fileio import atomic_write, os_error_for_user
from reflect.core.journal.repository import Journal
from reflect.core.language import tr_core
from reflect.core.vault import crypto, db, messages, sync_schema
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.folder_lock import FolderLock
from reflect.core.vault.header import (
    HEADER_FILENAME,
    NEXT_HEADER_FILENAME,
    Header,
    key_checks_by_file,
    read_header,
    remove_temp_headers,
)
from reflect.core.vault.key_changes import KeyChanges
from reflect.core.vault.key_rotation import KeyRotation, pending_rotation, refused_recovery_key

__all__ = ["Vault", "VaultError", "WrongPassphrase"]


class Vault(KeyChanges):
    """An unlocked vault. Get one from ``create``, ``unlock`` or ``unlock_with_recovery_key``."""

    def __init__(
        self,
        path: Path,
        data_key: bytearray,
        journal: Journal,
        folder_lock: FolderLock,
        *,
        rewrap_kdf: KdfParams | None,
        opened_with_recovery_key: bool,
    ) -> None:
        self._path = path
        self._data_key: bytearray | None = data_key
        self._journal: Journal | None = journal
        self._folder_lock = folder_lock
        self._rewrap_kdf = rewrap_kdf
        self._opened_with_recovery_key = opened_with_recovery_key
        self._interrupted_rotation: KeyRotation | None = None  # set by unlock
        self._mutex = threading.RLock()

    def __repr__(self) -> str:  # never show key material
        state = "locked" if self.is_locked else "unlocked"
        return f"<Vault {self._path} {state}>"

    # --- opening --------------------------------------------------------------

    @staticmethod
    def exists(path: str | os.PathLike[str]) -> bool:
        folder = Path(path)
        return (folder / HEADER_FILENAME).exists() or (folder / db.DB_FILENAME).exists()

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        clock: Clock | None = None,
    ) -> tuple[Vault, str]:
        """Make a new vault in an empty (or new) folder; returns it and its recovery key.

        ``kdf`` defaults to Argon2id calibrated on this machine (at least 64 MiB,
        t=3, p=4); tests pass cheap parameters.
        """

        def keys() -> tuple[Header, bytearray]:
            data_key = crypto.new_data_key()
            params = kdf or crypto.calibrate()
            return Header.seal(db.new_id(), passphrase, data_key, params), data_key

        vault = cls._create(Path(path), keys, kdf, clock, recovery=False)
        return vault, crypto.format_recovery_key(vault._key())

    @classmethod
    def create_joined(
        cls,
        path: str | os.PathLike[str],
        header: Header,
        data_key: bytearray,
        *,
        recovery: bool,
        kdf: KdfParams | None = None,
        clock: Clock | None = None,
    ) -> Vault:
        """A second copy of an existing journal: its header and key, an empty database.

        Joining through a sync folder fills it (``reflect.core.sync``). ``recovery``:
        the key came from the recovery key, so the app asks for a passphrase.
        """
        return cls._create(Path(path), lambda: (header, data_key), kdf, clock, recovery=recovery)

    @classmethod
    def _create(
        cls,
        folder: Path,
        keys: Callable[[], tuple[Header, bytearray]],
        kdf: KdfParams | None,
        clock: Clock | None,
        *,
        recovery: bool,
    ) -> Vault:
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExists()
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise os_error_for_user(exc, folder / HEADER_FILENAME) from exc
        lock = FolderLock(folder)

        def make() -> tuple[bytearray, db.Connection]:
            header, data_key = keys()
            atomic_write(folder / HEADER_FILENAME, header.to_bytes())
            return data_key, db.open_connection(folder / db.DB_FILENAME, data_key, create=True)

        data_key, conn = lock.open_holding(make)
        return cls._opened(folder, data_key, conn, lock, kdf, clock, recovery=recovery)

    @classmethod
    def unlock(
        cls,
        path: str | os.PathLike[str],
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        clock: Clock | None = None,
    ) -> Vault:
        """Open a vault with its passphrase.

        Raises ``WrongPassphrase``, ``VaultCorrupt`` (damaged files: the passphrase
        was right), ``VaultTooNew``, ``VaultInUse`` or ``VaultNotFound``. ``kdf``
        sets the parameters used when the passphrase is later changed (default:
        freshly calibrated).
        """
        folder = Path(path)
        header = read_header(folder)
        lock = FolderLock(folder)

        def open_() -> tuple[db.Connection, bytearray, KeyRotation | None]:
            return cls._open_db(folder, header.open_with(passphrase), passphrase=passphrase)

        conn, data_key, interrupted = lock.open_holding(open_)
        vault = cls._opened(folder, data_key, conn, lock, kdf, clock, recovery=False)
        vault._interrupted_rotation = interrupted
        return vault

    @classmethod
    def unlock_with_recovery_key(
        cls,
        path: str | os.PathLike[str],
        recovery_key: str,
        *,
        kdf: KdfParams | None = None,
        clock: Clock | None = None,
    ) -> Vault:
        """Open a vault with its recovery key; works even if ``vault.json`` is gone.

        Afterwards call ``reset_passphrase`` so the user has a passphrase again.
        """
        folder = Path(path)
        if not (folder / db.DB_FILENAME).exists():
            raise VaultNotFound()
        data_key = crypto.parse_recovery_key(recovery_key)
        checks = key_checks_by_file(folder)
        check = crypto.key_check(data_key)
        matched = {name for name, known in checks.items() if known == check}
        if checks and not matched:
            raise WrongRecoveryKey()
        lock = FolderLock(folder)

        def open_() -> db.Connection:
            try:
                conn = db.open_connection(folder / db.DB_FILENAME, data_key)
            except db.KeyRejected:
                raise refused_recovery_key(matched, checks) from None
            except db.DatabaseError:
                raise VaultCorrupt() from None
            if matched == {NEXT_HEADER_FILENAME}:
                # The re-key happened but the header was never promoted: promote it.
                os.replace(folder / NEXT_HEADER_FILENAME, folder / HEADER_FILENAME)
            return conn

        conn = lock.open_holding(open_)
        return cls._opened(folder, data_key, conn, lock, kdf, clock, recovery=True)

    @classmethod
    def _opened(
        cls,
        folder: Path,
        data_key: bytearray,
        conn: db.Connection,
        lock: FolderLock,
        kdf: KdfParams | None,
        clock: Clock | None,
        *,
        recovery: bool,
    ) -> Vault:
        remove_temp_headers(folder)  # safe: this process holds the folder lock
        sync_schema.claim_home(conn, folder)
        return cls(
            folder,
            data_key,
            Journal(conn, clock),
            lock,
            rewrap_kdf=kdf,
            opened_with_recovery_key=recovery,
        )

    @classmethod
    def _open_db(
        cls, folder: Path, data_key: bytearray, *, passphrase: str
    ) -> tuple[db.Connection, bytearray, KeyRotation | None]:
        """Open the database with a key the passphrase unwrapped.

        A ``vault.json.next`` is an interrupted rotation (``key_rotation``),
        returned so the app can show the new key again; if the database already
        took its key, that header opens it (promoted when the user confirms).
        """
        db_path = folder / db.DB_FILENAME
        if not db_path.exists():
            raise VaultCorrupt(tr_core(messages.DB_MISSING))
        next_path = folder / NEXT_HEADER_FILENAME
        try:
            conn = db.open_connection(db_path, data_key)
        except db.KeyRejected:
            if not next_path.exists():
                raise VaultCorrupt() from None
            next_header = read_header(folder, NEXT_HEADER_FILENAME)
            next_key = next_header.open_with(passphrase)
            try:
                conn = db.open_connection(db_path, next_key)
            except db.KeyRejected:
                raise VaultCorrupt() from None
            # Promoted only once the user confirms they have the key (commit), so
            # that a lock or crash before then shows it again at the next unlock.
            crypto.wipe(data_key)
            shown = KeyRotation(bytearray(next_key), next_header, rekeyed=True)
            return conn, next_key, shown
        except db.DatabaseError:
            raise VaultCorrupt() from None
        return conn, data_key, pending_rotation(folder, data_key, passphrase)

    # --- using ----------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._path

    @property
    def is_locked(self) -> bool:
        return self._journal is None

    @property
    def opened_with_recovery_key(self) -> bool:
        return self._opened_with_recovery_key

    @property
    def interrupted_rotation(self) -> KeyRotation | None:
        """A new recovery key that an interrupted rotation left; show it, then settle it.

        ``rekeyed``: the journal already uses it; the user must confirm they have it
        (``commit_recovery_key``). Otherwise the user chooses: ``commit_recovery_key``
        to finish, or ``keep_old_recovery_key``.
        """
        return self._interrupted_rotation

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            raise VaultLocked()
        return self._journal

    def _key(self) -> bytearray:
        if self._data_key is None:
            raise VaultLocked()
        return self._data_key

    def derive_key(self, label: bytes, size: int = 32) -> bytes:
        """A key for one purpose (``label``); the journal's key never leaves the vault."""
        return crypto.derive_subkey(self._key(), label, size)

    @property
    def key_check(self) -> str:
        """A check value of the journal's key (as in ``vault.json``), not the key."""
        return crypto.key_check(self._key())

    def header(self) -> Header:
        """The journal's ``vault.json`` as it is now."""
        return read_header(self._path)

    def open_copy(self, db_path: Path) -> db.Connection:
        """Open another copy of this journal's database (an unpacked backup) with its key."""
        return db.open_connection(db_path, self._key())

    def lock(self) -> None:
        """Checkpoint and close the database, wipe the key and release the folder."""
        with self._mutex:
            try:
                if self._journal is not None:
                    self._journal.close()
            finally:
                self._journal = None
                if self._data_key is not None:
                    crypto.wipe(self._data_key)
                    self._data_key = None
                if self._interrupted_rotation is not None:
                    self._interrupted_rotation.wipe()
                    self._interrupted_rotation = None
                self._folder_lock.release()

    def integrity_problems(self) -> list[str]:
        """Every damaged page or structural problem found; empty when all is well."""
        with self.journal.connection() as conn:
            return db.integrity_problems(conn)
