"""The files computers leave for each other in the shared folder, sealed and nameless.

The folder is readable by the sync provider, so it is treated as hostile. Each
computer writes one file, named by its random computer id and nothing else
(``3f9c…e1.reflectsync``), and reads the others'. A file is::

    b"REFLECT-SYNC\\0"   13 bytes, the magic
    version             2 bytes, big-endian
    key stamp           8 bytes: how many times the journal's passphrase or key
                        has changed, as this computer knows it
    key file length     4 bytes
    key file            the writer's ``vault.json``: the journal's key wrapped
                        under the passphrase (what a backup holds too), so that
                        another computer can join with the passphrase alone and
                        learn of a passphrase changed elsewhere
    nonce               12 bytes
    sealed payload      AES-256-GCM under a key derived from the journal's key
                        (HKDF-SHA256, its own label), all of the above as
                        associated data: zlib-compressed JSON lines, a head
                        (computer, sequence number, context) and one line per
                        record (id, kind, version, fields)

so it is authenticated as a whole and holds no plaintext: no title, no word, no
computer name. The key file says which journal a file belongs to (its random id)
and which key it was sealed under (a check value), without revealing either.

Like a backup, the key file lets whoever holds the folder try passphrases
offline, each try costing a full Argon2id derivation; that is why Reflect asks
for a strong passphrase.

A file is written under a hidden temporary name and renamed when complete, so a
reader never takes a half-written file for a whole one. A file that is not
whole, was changed, comes from a newer Reflect or another journal, or is larger
than a journal could make, is skipped with a plain reason, read in bounded
memory (``MAX_FILE_BYTES``, ``MAX_PAYLOAD_BYTES``), and changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from reflect.core.errors import VaultCorrupt, VaultTooNew
from reflect.core.fileio import atomic_write
from reflect.core.language import QT_TR_NOOP, tr_core
from reflect.core.portability.sync.merge import Record, State
from reflect.core.vault.crypto import derive_subkey, key_check
from reflect.core.vault.header import MAX_HEADER_BYTES, Header

MAGIC = b"REFLECT-SYNC\0"
FORMAT_VERSION = 1
SUFFIX = ".reflectsync"
_PRELUDE = struct.Struct(">HQI")  # version, key stamp, key file length
_NONCE = 12
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024
_NAME = re.compile(r"[0-9a-f]{32}")

DAMAGED = QT_TR_NOOP(
    "This file is damaged or was changed by something other than Reflect, so it was skipped."
)
NEWER = QT_TR_NOOP(
    "This file was made by a newer Reflect, so it was skipped. Install the latest Reflect."
)
OTHER_JOURNAL = QT_TR_NOOP("This file belongs to another journal, so it was skipped.")
KEY_CHANGED_THERE = QT_TR_NOOP(
    "Your passphrase or recovery key was changed on another computer. Enter the passphrase "
    "you use there once, and this computer will be in step again."
)
KEY_CHANGED_HERE = QT_TR_NOOP(
    "This file was written before this computer changed the journal's recovery key. "
    "It will be in step once Reflect has been opened on that computer and its passphrase "
    "entered there."
)
TOO_LARGE = QT_TR_NOOP("This file is far larger than a journal could make, so it was skipped.")
UNREADABLE = QT_TR_NOOP("Reflect could not read this file, so it was skipped.")


class SkippedFile(Exception):
    """A file in the folder that was left out; ``reason`` says why in plain words.

    ``sealed_under``: for a file of this journal sealed under another key, its
    key file and stamp (which of the two computers changed the key last decides
    who asks for the passphrase)."""

    def __init__(self, reason: str, sealed_under: KeyFile | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.sealed_under = sealed_under


@dataclass(frozen=True)
class KeyFile:
    """The ``vault.json`` a computer's file carries, and how many key changes it knows."""

    header: Header
    stamp: int

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.header.to_bytes()).hexdigest()

    def newer_than(self, other: KeyFile) -> bool:
        """Which of two key files wins, the same way on every computer."""
        return (self.stamp, self.digest) > (other.stamp, other.digest)


@dataclass(frozen=True)
class SyncFile:
    computer: str
    sequence: int
    state: State
    key_file: KeyFile


def new_computer_id() -> str:
    """A random id: the file's name, which must say nothing about the computer."""
    return secrets.token_hex(16)


def file_name(computer: str) -> str:
    if not _NAME.fullmatch(computer):
        raise ValueError("a computer id is 32 lowercase hex digits")
    return f"{computer}{SUFFIX}"


FILE_KEY_LABEL = b"reflect sync file key v1"


@dataclass(frozen=True)
class Keys:
    """What sealing and opening need: the file key (derived from the journal's key,
    ``Vault.derive_key``) and that key's check value."""

    file_key: bytes
    key_check: str

    @classmethod
    def of(cls, derive: Callable[[bytes, int], bytes], key_check: str) -> Keys:
        return cls(derive(FILE_KEY_LABEL, 32), key_check)

    @classmethod
    def from_data_key(cls, data_key: bytes | bytearray) -> Keys:
        return cls.of(lambda label, size: derive_subkey(data_key, label, size), key_check(data_key))


def seal(state: State, computer: str, sequence: int, keys: Keys, key_file: KeyFile) -> bytes:
    """The bytes of this computer's file.

    The payload is JSON lines: a head, then one line per record, each encoded and
    compressed on its own, so that a sync on a worker thread never holds the
    interpreter for long (the window keeps taking keys while a journal of ten
    thousand entries is written)."""
    head = {
        "format": "reflect-sync",
        "version": FORMAT_VERSION,
        "computer": computer,
        "sequence": sequence,
        "context": dict(state.context),
        "peers": {c: dict(v) for c, v in state.peers.items()},
    }
    deflate = zlib.compressobj(_LEVEL)
    parts = [deflate.compress(_line(head))]
    for r in state.records.values():
        fields = None if r.fields is None else dict(r.fields)
        parts.append(deflate.compress(_line([r.id, r.kind, dict(r.version), fields])))
    parts.append(deflate.flush())
    plain = b"".join(parts)
    header_bytes = key_file.header.to_bytes()
    nonce = secrets.token_bytes(_NONCE)
    bound = (
        MAGIC
        + _PRELUDE.pack(FORMAT_VERSION, key_file.stamp, len(header_bytes))
        + header_bytes
        + nonce
    )
    return bound + AESGCM(keys.file_key).encrypt(nonce, plain, bound)


_LEVEL = 1  # measured: level 6 took four times as long for a file 15 % smaller


def _line(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8") + b"\n"


def peek(data: bytes) -> tuple[KeyFile, int]:
    """The key file a file carries (not yet believed: nothing is authenticated until
    the sealed part opens), and where its nonce starts."""
    if len(data) > MAX_FILE_BYTES:
        raise SkippedFile(tr_core(TOO_LARGE))
    start = len(MAGIC) + _PRELUDE.size
    if len(data) < start or not data.startswith(MAGIC):
        raise SkippedFile(tr_core(DAMAGED))
    version, stamp, header_size = _PRELUDE.unpack_from(data, len(MAGIC))
    if version > FORMAT_VERSION:
        raise SkippedFile(tr_core(NEWER))
    end = start + header_size
    if version != FORMAT_VERSION or header_size > MAX_HEADER_BYTES or len(data) < end + _NONCE + 16:
        raise SkippedFile(tr_core(DAMAGED))
    try:
        header = Header.parse(data[start:end])
    except VaultTooNew:
        raise SkippedFile(tr_core(NEWER)) from None
    except VaultCorrupt:
        raise SkippedFile(tr_core(DAMAGED)) from None
    return KeyFile(header, stamp), end


def open_sealed(data: bytes, keys: Keys, vault_id: str) -> SyncFile:
    """Read a file's bytes; ``SkippedFile`` with the reason if it cannot be used."""
    key_file, nonce_at = peek(data)
    if key_file.header.vault_id != vault_id:
        raise SkippedFile(tr_core(OTHER_JOURNAL))
    if not secrets.compare_digest(key_file.header.key_check, keys.key_check):
        raise SkippedFile(tr_core(KEY_CHANGED_THERE), sealed_under=key_file)
    body_at = nonce_at + _NONCE
    try:
        plain = AESGCM(keys.file_key).decrypt(
            data[nonce_at:body_at], data[body_at:], data[:body_at]
        )
    except InvalidTag:
        raise SkippedFile(tr_core(DAMAGED)) from None
    computer, sequence, state = _parse(_inflate(plain))
    return SyncFile(computer, sequence, state, key_file)


def _inflate(plain: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(plain, MAX_PAYLOAD_BYTES)
    except zlib.error:
        raise SkippedFile(tr_core(DAMAGED)) from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise SkippedFile(tr_core(TOO_LARGE))
    return out


def _parse(text: bytes) -> tuple[str, int, State]:
    try:
        lines = text.split(b"\n")
        if lines[-1] == b"":
            lines.pop()
        doc = json.loads(lines[0])
        if doc["format"] != "reflect-sync" or doc["version"] != FORMAT_VERSION:
            raise SkippedFile(tr_core(DAMAGED))
        computer = doc["computer"]
        records: dict[str, Record] = {}
        for line in lines[1:]:
            record_id, kind, version, fields = json.loads(line)
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
        return _text(computer), sequence, state
    except SkippedFile:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
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


def read_others(folder: Path, own_computer: str, keys: Keys, vault_id: str) -> Reading:
    """Every other computer's file that can be used, and the ones skipped with why.

    Only names of the right form are looked at: hidden temporary files (a write
    in progress, here or by the sync tool) and anything else are not files of
    Reflect's."""
    reading = Reading()
    for path in _candidates(folder, own_computer):
        try:
            sync_file = open_sealed(_read_bounded(path), keys, vault_id)
            if sync_file.computer != path.name[: -len(SUFFIX)]:
                raise SkippedFile(tr_core(DAMAGED))
            reading.found.append(sync_file)
        except SkippedFile as skip:
            reading.skipped.append((path, skip))
    return reading


def key_files(folder: Path) -> list[tuple[Path, KeyFile]]:
    """The key file of every readable file in the folder, newest first (none believed)."""
    found = []
    for path in _candidates(folder, own_computer=None):
        try:
            found.append((path, peek(_read_bounded(path))[0]))
        except SkippedFile:
            continue
    return sorted(found, key=lambda item: (item[1].stamp, item[1].digest), reverse=True)


@dataclass
class Reading:
    found: list[SyncFile] = field(default_factory=list)
    skipped: list[tuple[Path, SkippedFile]] = field(default_factory=list)


def _candidates(folder: Path, own_computer: str | None) -> list[Path]:
    return [
        path
        for path in sorted(folder.glob(f"*{SUFFIX}"))
        if _NAME.fullmatch(stem := path.name[: -len(SUFFIX)]) and stem != own_computer
    ]


def _read_bounded(path: Path) -> bytes:
    try:
        if not path.is_file() or path.is_symlink():
            raise SkippedFile(tr_core(UNREADABLE))
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SkippedFile(tr_core(TOO_LARGE))
        return path.read_bytes()
    except OSError:
        raise SkippedFile(tr_core(UNREADABLE)) from None


def others_snapshot(folder: Path, own_computer: str | None) -> dict[str, tuple[int, int]]:
    """The other computers' files as (modified time, size), by name: a file watcher
    compares two of these, so that this computer's own write starts no sync."""
    snapshot: dict[str, tuple[int, int]] = {}
    for path in _candidates(folder, own_computer):
        try:
            stat = path.stat()
        except OSError:
            continue
        snapshot[path.name] = (stat.st_mtime_ns, stat.st_size)
    return snapshot
