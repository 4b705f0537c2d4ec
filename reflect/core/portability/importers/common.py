"""Shared pieces of the importers: limits, safe reading, validated records.

Every importer parses and validates the *whole* input into plain records first;
only then does anything touch the journal. Anything malformed raises
``ImportFailed`` with a message a user can act on, and that message never quotes
the file's content.
"""

from __future__ import annotations

import io
import json
import lzma
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path, PurePosixPath
from typing import Any

from reflect.core import language
from reflect.core.errors import UserError
from reflect.core.fileio import UnsafeFile, read_small_file
from reflect.core.language import QT_TR_NOOP, tr_core

MAX_FILE_BYTES = 200 * 1024 * 1024  # one file, or all files of a folder, or a zip's JSON
MAX_FIELD_CHARS = 5 * 1024 * 1024  # one title, body or note
MAX_ENTRIES = 200_000
MAX_TAGS_PER_ENTRY = 200
MAX_TAG_CHARS = 200
MAX_ZIP_MEMBERS = 100_000
MAX_ZIP_RATIO = 100  # uncompressed / compressed, above which a member is a likely bomb
MAX_FOLDER_FILES = 50_000
# Arrays and objects in one JSON document, counted outside strings before parsing:
# five per entry at the entry limit. Parsed, each costs memory far beyond its
# bytes (a 190 MB file of "[]," took 5 GB), so the count is checked first.
MAX_JSON_CONTAINERS = 5 * MAX_ENTRIES
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)

NOTHING_IMPORTED = QT_TR_NOOP("Nothing was imported.")


class ImportFailed(UserError):
    """The chosen file or folder could not be imported; nothing was changed."""

    default_message = QT_TR_NOOP(
        "Reflect could not read this file, so nothing was imported. Check that it is an "
        "export from jrnl, Day One or Reflect, or a folder of Markdown files."
    )


def fail(reason: str) -> ImportFailed:
    """An ``ImportFailed`` whose message ends by saying nothing was imported.

    A reason may be built of translated parts ("the date of {what}" around "entry
    3"); French and Spanish then contract what the parts put side by side ("de le
    point" to "du point", "de el registro" to "del registro")."""
    message = f"{reason} {tr_core(NOTHING_IMPORTED)}"
    for pattern, contracted in _CONTRACTIONS.get(language.current(), ()):
        message = pattern.sub(contracted, message)
    return ImportFailed(message)


_CONTRACTIONS = {
    "fr": ((re.compile(r"\bde le\b"), "du"), (re.compile(r"\bde les\b"), "des"),
           (re.compile(r"\bà le\b"), "au"), (re.compile(r"\bà les\b"), "aux")),
    "es": ((re.compile(r"\bde el\b"), "del"), (re.compile(r"\ba el\b"), "al")),
}  # fmt: skip


@dataclass(frozen=True)
class ParsedEntry:
    """An entry ready to add, with the id that makes re-imports skip it."""

    source_id: str
    title: str
    body: str
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime | None = None
    local_date: date | None = None  # the calendar date where it was written, if known
    event_id: str | None = None
    original_id: str | None = None  # Reflect's own exports: the entry's id there

    @property
    def day(self) -> date:
        return self.local_date or self.created_at.date()


@dataclass(frozen=True)
class ParsedStage:
    stage: int
    recorded_at: datetime


@dataclass(frozen=True)
class ParsedEvent:
    id: str
    title: str
    occurred_on: date
    context: str
    stage: int | None
    status: str
    created_at: datetime
    updated_at: datetime
    history: tuple[ParsedStage, ...] = ()


@dataclass(frozen=True)
class ParsedCheckIn:
    id: str
    created_at: datetime
    distress: int
    event_id: str | None
    sleep: int | None
    triggered: bool
    note: str
    phq2: int | None
    gad2: int | None
    support: dict[str, int] | None


@dataclass
class Parsed:
    """Everything read from one source, validated, nothing written yet."""

    format: str
    entries: list[ParsedEntry] = field(default_factory=list)
    events: list[ParsedEvent] = field(default_factory=list)
    checkins: list[ParsedCheckIn] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# --- reading bytes ---------------------------------------------------------------------


def read_file(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a regular file (never through a symlink), refusing anything over ``limit``."""
    try:
        return read_small_file(path, limit)
    except UnsafeFile as unsafe:
        if unsafe.reason == "link":
            link = tr_core("This is a shortcut (symbolic link); choose the file it points to.")
            raise fail(link) from None
        if unsafe.reason == "too big":
            raise fail(_too_big(limit)) from None
        raise fail(tr_core("This isn't a file Reflect can import.")) from None
    except OSError as exc:
        reason = exc.strerror or "read error"
        message = tr_core("Reflect could not read this file ({reason}).").format(reason=reason)
        raise fail(message) from None


def _too_big(limit: int) -> str:
    return tr_core("This is larger than Reflect can import at once ({size} MB).").format(
        size=limit // (1024 * 1024)
    )


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark); anything else is refused."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise fail(tr_core("This file isn't UTF-8 text.")) from None


def load_json(data: bytes) -> Any:
    """Parse JSON from bytes; damage, deep nesting or giant numbers become ``ImportFailed``.

    A document with more arrays and objects than an export of ``MAX_ENTRIES``
    entries could hold is refused before parsing, so it cannot exhaust memory.
    """
    outside_strings = _JSON_STRING.sub(b'""', data)
    containers = outside_strings.count(b"[") + outside_strings.count(b"{")
    del outside_strings
    if containers > MAX_JSON_CONTAINERS:
        raise fail(
            tr_core(
                "This file holds far more items than a journal export, so Reflect won't read it."
            )
        )
    text = decode_text(data)
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise fail(
            tr_core("This file isn't valid JSON; it may be damaged or incomplete.")
        ) from None


def zip_json_members(data: bytes) -> list[tuple[str, bytes]]:
    """The JSON files inside a zip, read in memory with size limits; nothing touches disk.

    Refuses unsafe member paths, symlinks, encrypted members and anything that
    decompresses to more than its declared size or an implausible ratio.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_MEMBERS:
                raise fail(tr_core("This zip file holds too many files to be an export."))
            wanted = [i for i in infos if _is_json_member(i)]
            declared = sum(i.file_size for i in wanted)
            if declared > MAX_FILE_BYTES:
                raise fail(_too_big(MAX_FILE_BYTES))
            return [(i.filename, _read_member(archive, i)) for i in wanted]
    except ImportFailed:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        RuntimeError,
        EOFError,
        OSError,
        ValueError,
        zlib.error,
        lzma.LZMAError,
        struct.error,
        KeyError,
        IndexError,
        OverflowError,
    ):
        raise fail(
            tr_core("This zip file is damaged or uses a format Reflect can't read.")
        ) from None


def _is_json_member(info: zipfile.ZipInfo) -> bool:
    name = info.filename
    if not name:
        raise fail(tr_core("This zip file is damaged or uses a format Reflect can't read."))
    path = PurePosixPath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or ".." in path.parts or ":" in name:
        raise fail(tr_core("This zip file contains unsafe file paths, so Reflect won't read it."))
    if info.is_dir() or not name.lower().endswith(".json"):
        return False
    if any(part.startswith((".", "__MACOSX")) for part in path.parts):
        return False
    if stat.S_ISLNK(info.external_attr >> 16):
        raise fail(
            tr_core("This zip file contains shortcuts (symbolic links), so Reflect won't read it.")
        )
    if info.flag_bits & 0x1:
        raise fail(
            tr_core("This zip file is password-protected. Export it again without a password.")
        )
    return True


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_FILE_BYTES:
        raise fail(_too_big(MAX_FILE_BYTES))
    if info.file_size > 1024 * 1024 and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
        raise fail(
            tr_core(
                "This zip file looks unsafe (it expands far too much), so Reflect won't read it."
            )
        )
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as member:
        while chunk := member.read(1024 * 1024):
            total += len(chunk)
            if total > info.file_size or total > MAX_FILE_BYTES:
                raise fail(tr_core("This zip file looks unsafe (a file is larger than it claims)."))
            chunks.append(chunk)
    return b"".join(chunks)


# --- validating values -----------------------------------------------------------------


def text_value(value: object, what: str, *, default: str | None = None) -> str:
    """A string field: right type, within the size cap, encodable (no lone surrogates)."""
    if value is None and default is not None:
        return default
    if not isinstance(value, str):
        raise fail(tr_core("In this file, {what} is not text as expected.").format(what=what))
    if len(value) > MAX_FIELD_CHARS:
        raise fail(
            tr_core("In this file, {what} is larger than Reflect accepts (5 MB).").format(what=what)
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise fail(
            tr_core("In this file, {what} contains invalid characters.").format(what=what)
        ) from None
    return value.replace("\x00", "")


def tag_list(value: object, what: str, *, strip_symbols: str = "") -> tuple[str, ...]:
    """A list of tag strings (``None`` means no tags)."""
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > MAX_TAGS_PER_ENTRY:
        raise fail(
            tr_core("In this file, the tags of {what} are not a list as expected.").format(
                what=what
            )
        )
    tags: list[str] = []
    for raw in value:
        tag = text_value(raw, tr_core("a tag of {what}").format(what=what))
        if len(tag) > MAX_TAG_CHARS:
            raise fail(tr_core("In this file, a tag of {what} is too long.").format(what=what))
        if strip_symbols and tag[:1] in strip_symbols:
            tag = tag[1:]
        tag = " ".join(tag.split())
        if tag:
            tags.append(tag)
    return tuple(tags)


def int_value(value: object, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise fail(
            tr_core("In this file, {what} is not a whole number from {low} to {high}.").format(
                what=what, low=low, high=high
            )
        )
    return value


def aware_datetime(value: object, what: str, *, default_tz: tzinfo | None = None) -> datetime:
    """An ISO-8601 timestamp; naive ones are taken in ``default_tz`` (local time if None)."""
    text = text_value(value, what)
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise fail(
            tr_core("In this file, {what} is not a date and time Reflect understands.").format(
                what=what
            )
        ) from None
    return with_zone(when, default_tz, what)


def with_zone(when: datetime, tz: tzinfo | None, what: str) -> datetime:
    """Attach ``tz`` (or the computer's zone) to a naive datetime; check it is usable."""
    try:
        if when.tzinfo is None:
            when = when.replace(tzinfo=tz) if tz is not None else when.astimezone()
        when.astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        raise fail(
            tr_core("In this file, {what} is outside the dates Reflect can store.").format(
                what=what
            )
        ) from None
    return when


def require_dict(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise fail(tr_core("In this file, {what} is not in the expected form.").format(what=what))
    return value


def require_list(value: object, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise fail(tr_core("In this file, {what} is not a list as expected.").format(what=what))
    if len(value) > MAX_ENTRIES:
        raise fail(
            tr_core("This file has more entries than Reflect can import at once ({count}).").format(
                count=MAX_ENTRIES
            )
        )
    return value


def optional_int(value: object, what: str, low: int, high: int) -> int | None:
    return None if value is None else int_value(value, what, low, high)
