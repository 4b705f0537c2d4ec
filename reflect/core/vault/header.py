"""The vault header, ``vault.json``: the data key wrapped under the passphrase.

The header holds the format version, the Argon2id parameters and salt, and the
data key wrapped with AES-256-GCM. Every other field is bound to the wrapped key
as associated data, so changing one breaks the unwrap. ``vault.json.next`` is the
header a recovery-key rotation writes before it re-keys the database.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reflect.core.errors import VaultCorrupt, VaultError, VaultNotFound, VaultTooNew
from reflect.core.fileio import UnsafeFile, read_small_file
from reflect.core.language import QT_TR_NOOP, tr_core
from reflect.core.vault import crypto, db
from reflect.core.vault.crypto import KdfParams

HEADER_FILENAME = "vault.json"
NEXT_HEADER_FILENAME = "vault.json.next"
FORMAT_NAME = "reflect-vault"
FORMAT_VERSION = 1
# A header Reflect writes is under 1 KiB; anything far larger is not one of ours.
MAX_HEADER_BYTES = 64 * 1024

HEADER_MISSING_MESSAGE = QT_TR_NOOP(
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
    version: int = FORMAT_VERSION

    def associated_data(self) -> bytes:
        # The version read from the file is bound, not the one this code writes,
        # so changing it breaks the unwrap like any other field.
        bound = {
            "format": FORMAT_NAME,
            "version": self.version,
            "vault_id": self.vault_id,
            "kdf": _kdf_json(self.kdf, self.salt),
            "key_check": self.key_check,
        }
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT_NAME,
            "version": self.version,
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
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
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
                version=version,
            )
        except (
            KeyError,
            TypeError,
            ValueError,
            binascii.Error,
            UnicodeDecodeError,
            RecursionError,  # thousands of nested brackets
        ):
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


def read_header(folder: Path, name: str = HEADER_FILENAME) -> Header:
    """Read and parse ``folder/name``; a missing ``vault.json`` beside a database is damage.

    Only a small regular file is read (``read_small_file``): a link, a pipe, a
    device or a huge file is damage (``VaultCorrupt``), never a hang or a crash.
    """
    path = folder / name
    try:
        data = read_small_file(path, MAX_HEADER_BYTES)
    except UnsafeFile:
        raise VaultCorrupt() from None
    except FileNotFoundError:
        if name == HEADER_FILENAME and (folder / db.DB_FILENAME).exists():
            raise VaultCorrupt(tr_core(HEADER_MISSING_MESSAGE)) from None
        raise VaultNotFound() from None
    except OSError as exc:
        raise VaultError(
            tr_core("Reflect could not read {path}: {reason}.").format(
                path=path, reason=exc.strerror
            )
        ) from exc
    return Header.parse(data)


def key_checks_by_file(folder: Path) -> dict[str, str]:
    """The key check of every readable header in ``folder`` (current and next), by name.

    An unreadable header is left out: the recovery key must work without it.
    """
    checks = {}
    for name in (HEADER_FILENAME, NEXT_HEADER_FILENAME):
        with contextlib.suppress(VaultError):
            checks[name] = read_header(folder, name).key_check
    return checks


def remove_temp_headers(folder: Path) -> None:
    """Delete temp headers a crash left mid-write (one may wrap the key anew).

    Call only while holding the folder lock, so that no other process is writing.
    """
    for leftover in folder.glob(".vault.json*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()
