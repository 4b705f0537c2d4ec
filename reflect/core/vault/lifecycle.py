"""Create, unlock, lock and re-key a vault: a folder holding the encrypted journal.

A vault folder holds:

- ``journal.db``: SQLCipher 4, keyed with the raw 32-byte data key;
- ``vault.json``: the header (format version, Argon2id parameters and salt, the
  data key wrapped with AES-256-GCM; every other header field is bound to the
  wrapped key as associated data, so changing one breaks the unwrap);
- ``.lock``: held while a process has the vault open (``folder_lock``).

The header is ``header``; this module is the lifecycle. Nothing else in the
folder holds user data. Passphrase changes rewrite only the
header, atomically. Rotating the recovery key first writes the next header beside
the current one, then re-keys the database, then promotes the header, so an
interruption at any point leaves a vault that the passphrase still opens.
"""

from __future__ import annotations

import contextlib
import os
import threading
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
from reflect.core.vault import crypto, db
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.folder_lock import FolderLock
from reflect.core.vault.header import (
    HEADER_FILENAME,
    NEXT_HEADER_FILENAME,
    Header,
    known_key_checks,
    read_header,
)

__all__ = ["Vault", "VaultError", "WrongPassphrase"]


class Vault:
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
        folder = Path(path)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExists()
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise os_error_for_user(exc, folder / HEADER_FILENAME) from exc
        lock = FolderLock(folder)

        def make() -> tuple[bytearray, db.Connection]:
            params = kdf or crypto.calibrate()
            data_key = crypto.new_data_key()
            header = Header.seal(db.new_id(), passphrase, data_key, params)
            atomic_write(folder / HEADER_FILENAME, header.to_bytes())
            return data_key, db.open_connection(folder / db.DB_FILENAME, data_key, create=True)

        data_key, conn = lock.open_holding(make)
        vault = cls._opened(folder, data_key, conn, lock, kdf, clock, recovery=False)
        return vault, crypto.format_recovery_key(data_key)

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

        def open_() -> tuple[db.Connection, bytearray]:
            return cls._open_db(folder, header.open_with(passphrase), passphrase=passphrase)

        conn, data_key = lock.open_holding(open_)
        return cls._opened(folder, data_key, conn, lock, kdf, clock, recovery=False)

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
        checks = known_key_checks(folder)
        matches_header = crypto.key_check(data_key) in checks
        if checks and not matches_header:
            raise WrongRecoveryKey()
        lock = FolderLock(folder)

        def open_() -> db.Connection:
            try:
                return db.open_connection(folder / db.DB_FILENAME, data_key)
            except db.KeyRejected:
                raise (VaultCorrupt() if matches_header else WrongRecoveryKey()) from None
            except db.DatabaseError:
                raise VaultCorrupt() from None

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
    ) -> tuple[db.Connection, bytearray]:
        """Open the database with a key the passphrase unwrapped.

        If the key is refused but a half-finished recovery-key rotation left a next
        header, the database was already re-keyed: use that header and promote it.
        """
        db_path = folder / db.DB_FILENAME
        if not db_path.exists():
            raise VaultCorrupt(
                "This journal's database file (journal.db) is missing. Restore it from a "
                "backup; nothing was changed."
            )
        try:
            conn = db.open_connection(db_path, data_key)
        except db.KeyRejected:
            next_path = folder / NEXT_HEADER_FILENAME
            if not next_path.exists():
                raise VaultCorrupt() from None
            next_key = read_header(folder, NEXT_HEADER_FILENAME).open_with(passphrase)
            try:
                conn = db.open_connection(db_path, next_key)
            except db.KeyRejected:
                raise VaultCorrupt() from None
            os.replace(next_path, folder / HEADER_FILENAME)
            crypto.wipe(data_key)
            return conn, next_key
        except db.DatabaseError:
            raise VaultCorrupt() from None
        # A next header left by a rotation that never reached the re-key is stale.
        with contextlib.suppress(FileNotFoundError):
            (folder / NEXT_HEADER_FILENAME).unlink()
        return conn, data_key

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
    def journal(self) -> Journal:
        if self._journal is None:
            raise VaultLocked()
        return self._journal

    def _key(self) -> bytearray:
        if self._data_key is None:
            raise VaultLocked()
        return self._data_key

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
                self._folder_lock.release()

    def integrity_problems(self) -> list[str]:
        """Every damaged page or structural problem found; empty when all is well."""
        with self.journal.connection() as conn:
            return db.integrity_problems(conn)

    # --- changing keys --------------------------------------------------------

    def _params_for_new_header(self) -> KdfParams:
        return self._rewrap_kdf or crypto.calibrate()

    def _verify_passphrase(self, passphrase: str) -> Header:
        header = read_header(self._path)
        key = header.open_with(passphrase)
        try:
            if bytes(key) != bytes(self._key()):
                raise WrongPassphrase()
        finally:
            crypto.wipe(key)
        return header

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under ``new``; entries are not re-encrypted.

        The header is replaced atomically, so at every moment exactly one of the
        two passphrases opens the vault.
        """
        with self._mutex:
            header = self._verify_passphrase(old)
            fresh = Header.seal(header.vault_id, new, self._key(), self._params_for_new_header())
            atomic_write(self._path / HEADER_FILENAME, fresh.to_bytes())

    def reset_passphrase(self, new: str) -> None:
        """Set a new passphrase after opening with the recovery key (header may be gone)."""
        with self._mutex:
            if not self._opened_with_recovery_key:
                raise WrongPassphrase(
                    "To change the passphrase, enter the current one (or open the journal "
                    "with the recovery key)."
                )
            try:
                vault_id = read_header(self._path).vault_id
            except VaultError:
                vault_id = db.new_id()
            fresh = Header.seal(vault_id, new, self._key(), self._params_for_new_header())
            atomic_write(self._path / HEADER_FILENAME, fresh.to_bytes())
            with contextlib.suppress(FileNotFoundError):
                (self._path / NEXT_HEADER_FILENAME).unlink()

    def rotate_recovery_key(self, passphrase: str) -> str:
        """Re-key the database with a new data key; returns the new recovery key.

        The old recovery key stops working. Order: write the next header, re-key,
        promote the header; ``unlock`` completes an interrupted rotation.
        """
        with self._mutex:
            header = self._verify_passphrase(passphrase)
            new_key = crypto.new_data_key()
            params = self._params_for_new_header()
            fresh = Header.seal(header.vault_id, passphrase, new_key, params)
            atomic_write(self._path / NEXT_HEADER_FILENAME, fresh.to_bytes())
            with self.journal.connection() as conn:
                conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
                db.checkpoint(conn)
            os.replace(self._path / NEXT_HEADER_FILENAME, self._path / HEADER_FILENAME)
            old = self._key()
            crypto.wipe(old)
            self._data_key = new_key
            return crypto.format_recovery_key(new_key)
