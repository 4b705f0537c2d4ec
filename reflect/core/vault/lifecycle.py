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
from reflect.core.vault.key_rotation import KeyRotation, pending_rotation, refused_recovery_key

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
                raise WrongPassphrase(tr_core(messages.NEEDS_CURRENT_PASSPHRASE))
            try:
                vault_id = read_header(self._path).vault_id
            except VaultError:
                vault_id = db.new_id()
            fresh = Header.seal(vault_id, new, self._key(), self._params_for_new_header())
            atomic_write(self._path / HEADER_FILENAME, fresh.to_bytes())
            with contextlib.suppress(FileNotFoundError):
                (self._path / NEXT_HEADER_FILENAME).unlink()

    def rotate_recovery_key(self, passphrase: str) -> str:
        """Prepare and commit in one call, for scripts; the app shows the key between."""
        rotation = self.prepare_recovery_key(passphrase)
        key = rotation.recovery_key
        self.commit_recovery_key(rotation)
        return key

    def prepare_recovery_key(self, passphrase: str) -> KeyRotation:
        """A new data key and its header, in memory only; nothing on disk changes.

        Show ``rotation.recovery_key`` to the user, and commit only once they have
        kept it. Raises ``WrongPassphrase``. Slow (two key derivations).
        """
        with self._mutex:
            header = self._verify_passphrase(passphrase)
            new_key = crypto.new_data_key()
            fresh = Header.seal(header.vault_id, passphrase, new_key, self._params_for_new_header())
            return KeyRotation(new_key, fresh)

    def commit_recovery_key(self, rotation: KeyRotation) -> None:
        """Switch the journal to the new key: write the next header, re-key, promote.

        The old recovery key stops working. Slow: the whole database is rewritten.
        For an interrupted rotation that was already re-keyed, the user has now
        confirmed the key: its header is promoted.
        """
        with self._mutex:
            if not rotation.rekeyed:
                atomic_write(self._path / NEXT_HEADER_FILENAME, rotation.header.to_bytes())
                with self.journal.connection() as conn:
                    conn.execute(f"PRAGMA rekey = \"x'{bytes(rotation.new_key).hex()}'\"")
                    db.checkpoint(conn)
                os.replace(self._path / NEXT_HEADER_FILENAME, self._path / HEADER_FILENAME)
                old = self._key()
                self._data_key = bytearray(rotation.new_key)
                crypto.wipe(old)
            elif (self._path / NEXT_HEADER_FILENAME).exists():
                os.replace(self._path / NEXT_HEADER_FILENAME, self._path / HEADER_FILENAME)
            self._settled(rotation)

    def keep_old_recovery_key(self, rotation: KeyRotation) -> None:
        """Give up a prepared (or interrupted, not yet re-keyed) rotation.

        The old recovery key keeps working; the new one never will.
        """
        with self._mutex:
            if rotation.rekeyed:
                raise VaultError(tr_core(messages.ALREADY_REKEYED))
            if rotation is self._interrupted_rotation:
                with contextlib.suppress(FileNotFoundError):
                    (self._path / NEXT_HEADER_FILENAME).unlink()
            self._settled(rotation)

    def _settled(self, rotation: KeyRotation) -> None:
        rotation.wipe()
        if rotation is self._interrupted_rotation:
            self._interrupted_rotation = None
