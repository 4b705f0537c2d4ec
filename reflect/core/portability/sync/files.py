"""The files computers leave for each other in the shared folder, sealed and nameless.

The folder is readable by the sync provider, so it is treated as hostile. Each
computer writes one file, named by its random computer id and nothing else
(``3f9c…e1.reflectsync``), and reads the others'. A file is::

    b"REFLECT-SYNC\\0"   13 bytes, the magic
    version             2 bytes, big-endian
    journal tag         16 bytes, derived from the journal's key (says "another
                        journal" without revealing anything)
    nonce               12 bytes
    sealed payload      AES-256-GCM under a key derived from the journal's key
                        (HKDF-SHA256, its own label), the header above as
                        associated data: zlib-compressed JSON of the computer's
                        records, versions, context and sequence number

so it is authenticated as a whole and holds no plaintext: no title, no word, no
computer name. A file is written under a hidden temporary name and renamed when
complete, so a reader never takes a half-written file for a whole one. A file
that is not whole, was changed, comes from a newer Reflect or another journal,
or is larger than a journal could make, is skipped with a plain reason, read in
bounded memory (``MAX_FILE_BYTES``, ``MAX_PAYLOAD_BYTES``), and changes nothing.
"""

from __future__ import annotations

import json
import re
import secrets
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from reflect.core.fileio import atomic_write
from reflect.core.language import QT_TR_NOOP, tr_core
from reflect.core.portability.sync.merge import Record, State
from reflect.core.vault.crypto import derive_subkey

MAGIC = b"REFLECT-SYNC\0"
FORMAT_VERSION = 1
SUFFIX = ".reflectsync"
_PRELUDE = struct.Struct(">H16s12s")  # version, journal tag, nonce
HEADER_SIZE = len(MAGIC) + _PRELUDE.size
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024
_NAME = re.compile(r"[0-9a-f]{32}")

DAMAGED = QT_TR_NOOP(
    "This file is damaged or was changed by something other than Reflect, so it was skipped."
)
NEWER = QT_TR_NOOP(
    "This file was made by a newer Reflect, so it was skipped. Install the latest Reflect."
)
OTHER_JOURNAL = QT_TR_NOOP(
    "This file belongs to another journal, or to this one under a key it has since changed, "
    "so it was skipped."
)
TOO_LARGE = QT_TR_NOOP("This file is far larger than a journal could make, so it was skipped.")
UNREADABLE = QT_TR_NOOP("Reflect could not read this file, so it was skipped.")


class SkippedFile(Exception):
    """A file in the folder that was left out; ``reason`` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SyncFile:
    computer: str
    sequence: int
    state: State


def new_computer_id() -> str:
    """A random id: the file's name, which must say nothing about the computer."""
    return secrets.token_hex(16)


def file_name(computer: str) -> str:
    if not _NAME.fullmatch(computer):
        raise ValueError("a computer id is 32 lowercase hex digits")
    return f"{computer}{SUFFIX}"


FILE_KEY_LABEL = b"reflect sync file key v1"
TAG_LABEL = b"reflect sync journal tag v1"


@dataclass(frozen=True)
class Keys:
    """What sealing and opening need, derived from the journal's key (``Vault.derive_key``)."""

    file_key: bytes
    tag: bytes

    @classmethod
    def of(cls, derive: Callable[[bytes, int], bytes]) -> Keys:
        return cls(derive(FILE_KEY_LABEL, 32), derive(TAG_LABEL, 16))

    @classmethod
    def from_data_key(cls, data_key: bytes | bytearray) -> Keys:
        return cls.of(lambda label, size: derive_subkey(data_key, label, size))


def seal(state: State, computer: str, sequence: int, keys: Keys) -> bytes:
    """The bytes of this computer's file."""
    payload = {
        "format": "reflect-sync",
        "version": FORMAT_VERSION,
        "computer": computer,
        "sequence": sequence,
        "context": dict(state.context),
        "peers": {c: dict(v) for c, v in state.peers.items()},
        "records": [
            [r.id, r.kind, dict(r.version), None if r.fields is None else dict(r.fields)]
            for r in state.records.values()
        ],
    }
    plain = zlib.compress(json.dumps(payload, separators=(",", ":")).encode("utf-8"), 6)
    nonce = secrets.token_bytes(12)
    header = MAGIC + _PRELUDE.pack(FORMAT_VERSION, keys.tag, nonce)
    return header + AESGCM(keys.file_key).encrypt(nonce, plain, header)


def open_sealed(data: bytes, keys: Keys) -> SyncFile:
    """Read a file's bytes; ``SkippedFile`` with the reason if it cannot be used."""
    if len(data) > MAX_FILE_BYTES:
        raise SkippedFile(tr_core(TOO_LARGE))
    if len(data) < HEADER_SIZE + 16 or not data.startswith(MAGIC):
        raise SkippedFile(tr_core(DAMAGED))
    version, tag, nonce = _PRELUDE.unpack_from(data, len(MAGIC))
    if version > FORMAT_VERSION:
        raise SkippedFile(tr_core(NEWER))
    if version != FORMAT_VERSION:
        raise SkippedFile(tr_core(DAMAGED))
    if not secrets.compare_digest(tag, keys.tag):
        raise SkippedFile(tr_core(OTHER_JOURNAL))
    try:
        plain = AESGCM(keys.file_key).decrypt(nonce, data[HEADER_SIZE:], data[:HEADER_SIZE])
    except InvalidTag:
        raise SkippedFile(tr_core(DAMAGED)) from None
    return _parse(_inflate(plain))


def _inflate(plain: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(plain, MAX_PAYLOAD_BYTES)
    except zlib.error:
        raise SkippedFile(tr_core(DAMAGED)) from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise SkippedFile(tr_core(TOO_LARGE))
    return out


def _parse(text: bytes) -> SyncFile:
    try:
        doc = json.loads(text)
        if doc["format"] != "reflect-sync" or doc["version"] != FORMAT_VERSION:
            raise SkippedFile(tr_core(DAMAGED))
        computer = doc["computer"]
        records: dict[str, Record] = {}
        for record_id, kind, version, fields in doc["records"]:
            records[_text(record_id)] = Record(
                _text(record_id), _text(kind), _vector(version), _fields(fields)
            )
        state = State(
            records,
            _vector(doc["context"]),
            {_text(c): _vector(v) for c, v in dict(doc["peers"]).items()},
        )
        sequence = doc["sequence"]
        if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 0:
            raise SkippedFile(tr_core(DAMAGED))
        return SyncFile(_text(computer), sequence, state)
    except SkippedFile:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise SkippedFile(tr_core(DAMAGED)) from None


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _vector(value: object) -> dict[str, int]:
    if not isinstance(value, dict):
        raise TypeError("expected a version")
    out: dict[str, int] = {}
    for computer, count in value.items():
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise TypeError("expected a count")
        out[_text(computer)] = count
    return out


def _fields(value: object) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise TypeError("expected fields")
    return {_text(k): v for k, v in value.items()}


def write(folder: Path, computer: str, data: bytes) -> Path:
    """This computer's file, replaced whole (a temporary name, then a rename)."""
    path = folder / file_name(computer)
    atomic_write(path, data)
    return path


def read_others(
    folder: Path, own_computer: str, keys: Keys
) -> tuple[list[SyncFile], list[tuple[Path, str]]]:
    """Every other computer's file that can be used, and the ones skipped with why.

    Only names of the right form are looked at: hidden temporary files (a write
    in progress, here or by the sync tool) and anything else are not files of
    Reflect's."""
    found: list[SyncFile] = []
    skipped: list[tuple[Path, str]] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        stem = path.name[: -len(SUFFIX)]
        if not _NAME.fullmatch(stem) or stem == own_computer:
            continue
        try:
            if not path.is_file() or path.is_symlink():
                raise SkippedFile(tr_core(UNREADABLE))
            if path.stat().st_size > MAX_FILE_BYTES:
                raise SkippedFile(tr_core(TOO_LARGE))
            sync_file = open_sealed(path.read_bytes(), keys)
            if sync_file.computer != stem:
                raise SkippedFile(tr_core(DAMAGED))
            found.append(sync_file)
        except SkippedFile as skip:
            skipped.append((path, skip.reason))
        except OSError:
            skipped.append((path, tr_core(UNREADABLE)))
    return found, skipped
