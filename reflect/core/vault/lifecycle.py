"""Create, unlock, lock and re-key a vault: a folder holding the encrypted journal.

A vault folder holds:

- ``journal.db``: SQLCipher 4, keyed with the raw 32-byte data key;
- ``vault.json``: the header (format version, Argon2id parameters and salt, the
  data key wrapped with AES-256-GCM; every other header field is bound to the
  wrapped key as associated data, so changing one breaks the unwrap);
- ``.lock``: held while a process has the vault open.

Nothing else in the folder holds user data. Passphrase changes rewrite only the
header, atomically. Rotating the recovery key first writes the next header beside
the current one, then re-keys the database, then promotes the header, so an
interruption at any point leaves a vault that the passphrase still opens.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import errno
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reflect.core.clock import Clock
from reflect.core.errors import (
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    VaultReadOnly,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from reflect.core.fileio import atomic_write, os_error_for_user, try_lock_file
from reflect.core.journal.repository import Journal
from reflect.core.vault import crypto, db
from reflect.core.vault.crypto import KdfParams

__all__ = ["Vault", "VaultError", "WrongPassphrase"]

HEADER_FILENAME = "vault.json"
NEXT_HEADER_FILENAME = "vault.json.next"
LOCK_FILENAME = ".lock"
FORMAT_NAME = "reflect-vault"
FORMAT_VERSION = 1

HEADER_MISSING_MESSAGE = (
    "This journal's key file (vault.json) is missing. Your entries are still there: "
    "open the journal with your recovery key, then choose a new passphrase."
)


@dataclass(frozen=True)
class Header:
    """The parsed ``vault.json``."""

    vault_id: str
    kdf: KdfParams
    salt: bytes
    key_check: str
    nonce: bytes
    wrapped_key: bytes

    def associated_data(self) -> bytes:
        bound = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "kdf": _kdf_json(self.kdf, self.salt),
            "key_check": self.key_check,
        }
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "kdf": _kdf_json(self.kdf, self.salt),
            "key_check": self.key_check,
            "wrapped_key": {
                "cipher": "aes-256-gcm",
                "nonce": _b64(self.nonce),
                "ciphertext": _b64(self.wrapped_key),
            },
        }
        return (json.dumps(doc, indent=2) + "\n").encode()

    @classmethod
    def parse(cls, data: bytes) -> Header:
        """Read a header; damaged or foreign files raise ``VaultCorrupt``."""
        try:
            doc = json.loads(data)
            if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
                raise VaultCorrupt()
            version = doc["version"]
            if not isinstance(version, int):
                raise VaultCorrupt()
            if version > FORMAT_VERSION:
                raise VaultTooNew()
            kdf, wrapped = doc["kdf"], doc["wrapped_key"]
            if kdf["name"] != "argon2id" or wrapped["cipher"] != "aes-256-gcm":
                raise VaultCorrupt()
            params = KdfParams(
                memory_kib=_int(kdf["memory_kib"]),
                iterations=_int(kdf["iterations"]),
                lanes=_int(kdf["lanes"]),
            )
            params.validate()
            header = cls(
                vault_id=str(doc["vault_id"]),
                kdf=params,
                salt=_unb64(kdf["salt"]),
                key_check=str(doc["key_check"]),
                nonce=_unb64(wrapped["nonce"]),
                wrapped_key=_unb64(wrapped["ciphertext"]),
            )
        except (KeyError, TypeError, ValueError, binascii.Error, UnicodeDecodeError):
            raise VaultCorrupt() from None
        if len(header.salt) < 8 or len(header.nonce) != crypto.NONCE_BYTES:
            raise VaultCorrupt()
        return header

    @classmethod
    def seal(
        cls, vault_id: str, passphrase: str, data_key: bytes | bytearray, params: KdfParams
    ) -> Header:
        """A new header wrapping ``data_key`` under ``passphrase`` with a fresh salt."""
        salt = crypto.new_salt()
        draft = cls(vault_id, params, salt, crypto.key_check(data_key), b"", b"")
        kek = crypto.derive_kek(passphrase, salt, params)
        nonce, wrapped = crypto.wrap_key(kek, data_key, draft.associated_data())
        return cls(vault_id, params, salt, draft.key_check, nonce, wrapped)

    def open_with(self, passphrase: str) -> bytearray:
        kek = crypto.derive_kek(passphrase, self.salt, self.kdf)
        return crypto.unwrap_key(kek, self.nonce, self.wrapped_key, self.associated_data())


def _kdf_json(params: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "name": "argon2id",
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "lanes": params.lanes,
        "salt": _b64(salt),
    }


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("not an integer")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


class _FolderLock:
    """An OS file lock on ``.lock``: released by the OS even if the process dies."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_FILENAME
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            handle = try_lock_file(self._path)
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise VaultReadOnly() from exc
            raise os_error_for_user(exc, self._path) from exc
        if handle is None:
            raise VaultInUse()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


class Vault:
    """An unlocked vault. Get one from ``create``, ``unlock`` or ``unlock_with_recovery_key``."""

    def __init__(
        self,
        path: Path,
        data_key: bytearray,
        journal: Journal,
        folder_lock: _FolderLock,
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
        lock = _FolderLock(folder)
        lock.acquire()
        try:
            params = kdf or crypto.calibrate()
            data_key = crypto.new_data_key()
            vault_id = db.new_id()
            header = Header.seal(vault_id, passphrase, data_key, params)
            atomic_write(folder / HEADER_FILENAME, header.to_bytes())
            conn = db.open_connection(folder / db.DB_FILENAME, data_key, create=True)
        except BaseException:
            lock.release()
            raise
        vault = cls(
            folder,
            data_key,
            Journal(conn, clock),
            lock,
            rewrap_kdf=kdf,
            opened_with_recovery_key=False,
        )
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
        header = cls._read_header(folder)
        lock = _FolderLock(folder)
        lock.acquire()
        try:
            data_key = header.open_with(passphrase)
            conn, data_key = cls._open_db(folder, data_key, passphrase=passphrase)
        except BaseException:
            lock.release()
            raise
        return cls(
            folder,
            data_key,
            Journal(conn, clock),
            lock,
            rewrap_kdf=kdf,
            opened_with_recovery_key=False,
        )

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
        checks = cls._known_key_checks(folder)
        matches_header = crypto.key_check(data_key) in checks
        if checks and not matches_header:
            raise WrongRecoveryKey()
        lock = _FolderLock(folder)
        lock.acquire()
        try:
            try:
                conn = db.open_connection(folder / db.DB_FILENAME, data_key)
            except db.KeyRejected:
                raise (VaultCorrupt() if matches_header else WrongRecoveryKey()) from None
            except db.DatabaseError:
                raise VaultCorrupt() from None
        except BaseException:
            lock.release()
            raise
        return cls(
            folder,
            data_key,
            Journal(conn, clock),
            lock,
            rewrap_kdf=kdf,
            opened_with_recovery_key=True,
        )

    @staticmethod
    def _read_header(folder: Path, name: str = HEADER_FILENAME) -> Header:
        path = folder / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            if name == HEADER_FILENAME and (folder / db.DB_FILENAME).exists():
                raise VaultCorrupt(HEADER_MISSING_MESSAGE) from None
            raise VaultNotFound() from None
        except OSError as exc:
            raise VaultError(f"Reflect could not read {path}: {exc.strerror}.") from exc
        return Header.parse(data)

    @classmethod
    def _known_key_checks(cls, folder: Path) -> set[str]:
        checks = set()
        for name in (HEADER_FILENAME, NEXT_HEADER_FILENAME):
            with contextlib.suppress(VaultError):
                checks.add(cls._read_header(folder, name).key_check)
        return checks

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
            next_key = cls._read_header(folder, NEXT_HEADER_FILENAME).open_with(passphrase)
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
        header = self._read_header(self._path)
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
                vault_id = self._read_header(self._path).vault_id
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
