"""The bytes of one computer's file in the sync folder: sealed, and checked whole.

The folder is readable by the sync provider, so it is treated as hostile. A file
(``files`` names, writes and finds them) is::

    b"REFLECT-SYNC\\0"   13 bytes, the magic
    version             2 bytes, big-endian
    key stamp           8 bytes: how many times the journal's passphrase or key
                        has changed, as this computer knows it
    key file length     4 bytes
    key file            the writer's ``vault.json``: the journal's key wrapped
                        under the passphrase (what a backup holds too), so that
                        another computer can join with the passphrase alone and
                        learn of a passphrase changed elsewhere
    base length         8 bytes
    base                nonce (12 bytes) and AES-256-GCM: every record as it was
                        when the base was written
    now                 nonce and AES-256-GCM: the head (computer, sequence
                        number, context, what others had seen, every id held now)
                        and the records changed since the base

Both parts are zlib-compressed JSON lines (one line per record: id, kind,
version, fields), sealed under a key derived from the journal's key (HKDF-SHA256,
its own label). The "now" part has all that comes before it and a hash of the
base as associated data, so the file is authenticated as a whole and holds no
plaintext: no title, no word, no computer name. The key file says which journal
a file belongs to (its random id) and which key it was sealed under (a check
value), without revealing either.

Why two parts: a sync rewrites only the "now" part, keeping the base's sealed
bytes, and a computer that already merged a base (it remembers its hash) opens
only the "now" part; a cycle then costs what changed, not the whole journal. The
base is written anew once the changes since it grow large (``own_file.REBASE_AT``).

Like a backup, the key file lets whoever holds the folder try passphrases
offline, each try costing a full Argon2id derivation; that is why Reflect asks
for a strong passphrase.

A file that is not whole, was changed, comes from a newer Reflect or another
journal, or is larger than a journal could make, is skipped with a plain reason
(``SkippedFile``), read in bounded memory (``MAX_FILE_BYTES``,
``MAX_PAYLOAD_BYTES``), and changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import struct
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from reflect.core.errors import VaultCorrupt, VaultTooNew
from reflect.core.language import tr_core
from reflect.core.portability.sync.merge import Record, State
from reflect.core.portability.sync.skips import (
    DAMAGED,
    KEY_CHANGED_THERE,
    NEWER,
    OTHER_JOURNAL,
    TOO_LARGE,
    SkippedFile,
)
from reflect.core.vault.crypto import derive_subkey, key_check
from reflect.core.vault.header import MAX_HEADER_BYTES, Header

MAGIC = b"REFLECT-SYNC\0"
FORMAT_VERSION = 2
_PRELUDE = struct.Struct(">HQI")  # version, key stamp, key file length
_BASE_LENGTH = struct.Struct(">Q")
_BASE_LABEL = b"reflect sync base"
_NONCE = 12
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024


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
    """A computer's file, opened.

    ``base``: a hash of its base part. Opened whole, ``state`` holds every record;
    opened in part (its base already merged here), ``state`` holds the records
    changed since the base and ``unchanged`` the ids held just as in it."""

    computer: str
    sequence: int
    state: State
    key_file: KeyFile
    base: str = ""
    unchanged: frozenset[str] = frozenset()
    whole: bool = True

    @property
    def holds(self) -> frozenset[str]:
        """Every id the computer holds (tombstones included)."""
        return self.unchanged | frozenset(self.state.records)


@dataclass(frozen=True)
class Base:
    """A file's base part as its writer keeps it: the sealed bytes, reused by every
    sync until the changes since it grow large, and the context it was written at."""

    sealed: bytes
    computer: str
    context: dict[str, int]

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.sealed).hexdigest()


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
    """The bytes of a file whose base holds every record of ``state``."""
    base = seal_base(state, computer, keys)
    now = State({}, state.context, state.peers)
    return seal_over(base, now, state.records, sequence, keys, key_file)


def seal_base(state: State, computer: str, keys: Keys) -> Base:
    """A new base part: every record of ``state``, as it is now."""
    head = {
        "format": "reflect-sync",
        "version": FORMAT_VERSION,
        "part": "base",
        "computer": computer,
    }
    sealed = _sealed(keys, _lines(head, state.records.values()), _BASE_LABEL)
    return Base(sealed, computer, dict(state.context))


def seal_over(
    base: Base,
    changed: State,
    holds: Iterable[str],
    sequence: int,
    keys: Keys,
    key_file: KeyFile,
) -> bytes:
    """The bytes of this computer's file: ``base`` kept as it is, and the "now" part.

    ``changed``: the records changed since the base was written (every one whose
    version the base's context had not seen, and any the merge rewrote), with the
    context and what others had seen; ``holds``: every id held now (a record of
    the base that is not among them is gone)."""
    head = {
        "format": "reflect-sync",
        "version": FORMAT_VERSION,
        "part": "now",
        "computer": base.computer,
        "sequence": sequence,
        "context": dict(changed.context),
        "peers": {c: dict(v) for c, v in changed.peers.items()},
        "holds": sorted(holds),
    }
    header_bytes = key_file.header.to_bytes()
    bound = (
        MAGIC
        + _PRELUDE.pack(FORMAT_VERSION, key_file.stamp, len(header_bytes))
        + header_bytes
        + _BASE_LENGTH.pack(len(base.sealed))
    )
    now = _sealed(keys, _lines(head, changed.records.values()), bound + _hash(base.sealed))
    return bound + base.sealed + now


def base_part(data: bytes) -> bytes | None:
    """The sealed base part of a file (``None`` if the file has none whole)."""
    try:
        return _split(data, peek(data)[1])[0]
    except SkippedFile:
        return None


def _lines(head: dict[str, Any], records: Iterable[Record]) -> bytes:
    """JSON lines, compressed, one record at a time, so that a sync on a worker
    thread never holds the interpreter for long (the window keeps taking keys
    while a journal of ten thousand entries is written)."""
    deflate = zlib.compressobj(_LEVEL)
    parts = [deflate.compress(_line(head))]
    for r in records:
        fields = None if r.fields is None else dict(r.fields)
        parts.append(deflate.compress(_line([r.id, r.kind, dict(r.version), fields])))
    parts.append(deflate.flush())
    return b"".join(parts)


def _sealed(keys: Keys, plain: bytes, bound: bytes) -> bytes:
    nonce = secrets.token_bytes(_NONCE)
    return nonce + AESGCM(keys.file_key).encrypt(nonce, plain, bound)


def _hash(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


_LEVEL = 1  # measured: level 6 took four times as long for a file 15 % smaller


def _line(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8") + b"\n"


def peek(data: bytes) -> tuple[KeyFile, int]:
    """The key file a file carries (not yet believed: nothing is authenticated until
    the sealed parts open), and where its parts start."""
    if len(data) > MAX_FILE_BYTES:
        raise SkippedFile(tr_core(TOO_LARGE))
    start = len(MAGIC) + _PRELUDE.size
    if len(data) < start or not data.startswith(MAGIC):
        raise SkippedFile(tr_core(DAMAGED))
    version, stamp, header_size = _PRELUDE.unpack_from(data, len(MAGIC))
    if version > FORMAT_VERSION:
        raise SkippedFile(tr_core(NEWER))
    end = start + header_size
    if version != FORMAT_VERSION or header_size > MAX_HEADER_BYTES or len(data) < end:
        raise SkippedFile(tr_core(DAMAGED))
    try:
        header = Header.parse(data[start:end])
    except VaultTooNew:
        raise SkippedFile(tr_core(NEWER)) from None
    except VaultCorrupt:
        raise SkippedFile(tr_core(DAMAGED)) from None
    return KeyFile(header, stamp), end


_SMALLEST_PART = _NONCE + 16  # a nonce and a tag


def _split(data: bytes, parts_at: int) -> tuple[bytes, bytes]:
    """The sealed base part and the sealed "now" part."""
    base_at = parts_at + _BASE_LENGTH.size
    if len(data) < base_at:
        raise SkippedFile(tr_core(DAMAGED))
    (base_size,) = _BASE_LENGTH.unpack_from(data, parts_at)
    now_at = base_at + base_size
    if base_size < _SMALLEST_PART or len(data) < now_at + _SMALLEST_PART:
        raise SkippedFile(tr_core(DAMAGED))
    return data[base_at:now_at], data[now_at:]


def open_sealed(data: bytes, keys: Keys, vault_id: str, merged_base: str | None = None) -> SyncFile:
    """Read a file's bytes; ``SkippedFile`` with the reason if it cannot be used.

    ``merged_base``: the hash of this computer's base that was merged here whole
    before; if the file still has that base, only its "now" part is opened."""
    key_file, parts_at = peek(data)
    if key_file.header.vault_id != vault_id:
        raise SkippedFile(tr_core(OTHER_JOURNAL))
    if not secrets.compare_digest(key_file.header.key_check, keys.key_check):
        raise SkippedFile(tr_core(KEY_CHANGED_THERE), sealed_under=key_file)
    base, now = _split(data, parts_at)
    base_hash = _hash(base)
    bound = data[: parts_at + _BASE_LENGTH.size] + base_hash
    head, changed = _parse(_inflate(_opened(keys, now, bound)), "now")
    try:
        computer, sequence = _text(head["computer"]), head["sequence"]
        if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 0:
            raise TypeError("expected a sequence number")
        holds = frozenset(_text(i) for i in head["holds"])
        context = _vector(head["context"])
        peers = {_text(c): _vector(v) for c, v in dict(head["peers"]).items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise SkippedFile(tr_core(DAMAGED)) from None
    if not holds >= changed.keys():
        raise SkippedFile(tr_core(DAMAGED))
    digest = base_hash.hex()
    if merged_base is not None and secrets.compare_digest(merged_base, digest):
        state = State(changed, context, peers)
        return SyncFile(
            computer, sequence, state, key_file, digest, holds - changed.keys(), whole=False
        )
    base_head, in_base = _parse(_inflate(_opened(keys, base, _BASE_LABEL)), "base")
    if base_head.get("computer") != computer:
        raise SkippedFile(tr_core(DAMAGED))
    records: dict[str, Record] = {}
    for record_id in sorted(holds):
        record = changed.get(record_id) or in_base.get(record_id)
        if record is None:
            raise SkippedFile(tr_core(DAMAGED))  # held, yet in neither part
        records[record_id] = record
    return SyncFile(computer, sequence, State(records, context, peers), key_file, digest)


def _opened(keys: Keys, part: bytes, bound: bytes) -> bytes:
    try:
        return AESGCM(keys.file_key).decrypt(part[:_NONCE], part[_NONCE:], bound)
    except InvalidTag:
        raise SkippedFile(tr_core(DAMAGED)) from None


def _inflate(plain: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(plain, MAX_PAYLOAD_BYTES)
    except zlib.error:
        raise SkippedFile(tr_core(DAMAGED)) from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise SkippedFile(tr_core(TOO_LARGE))
    return out


def _parse(text: bytes, part: str) -> tuple[dict[str, Any], dict[str, Record]]:
    """A part's head and its records, by id."""
    try:
        lines = text.split(b"\n")
        if lines[-1] == b"":
            lines.pop()
        head = json.loads(lines[0])
        if (
            not isinstance(head, dict)
            or head.get("format") != "reflect-sync"
            or head.get("version") != FORMAT_VERSION
            or head.get("part") != part
        ):
            raise SkippedFile(tr_core(DAMAGED))
        records: dict[str, Record] = {}
        for line in lines[1:]:
            record_id, kind, version, fields = json.loads(line)
            records[_text(record_id)] = Record(
                _text(record_id), _text(kind), _vector(version), _fields(fields)
            )
        return head, records
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
