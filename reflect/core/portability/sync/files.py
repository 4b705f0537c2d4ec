"""The files computers leave for each other in the shared folder, and finding them.

The folder is readable by the sync provider, so it is treated as hostile. Each
computer writes one file, named by its random computer id and nothing else
(``3f9c…e1.reflectsync``), and reads the others'. What a file holds, and how it
is sealed and checked, is ``sealed``; its names are re-exported here, the one
place the rest of sync reaches the folder through.

A file is written under a hidden temporary name and renamed when complete, so a
reader never takes a half-written file for a whole one. A file that is not
whole, was changed, comes from a newer Reflect or another journal, or is larger
than a journal could make, is skipped with a plain reason, read in bounded
memory (``sealed.MAX_FILE_BYTES``, ``sealed.MAX_PAYLOAD_BYTES``), and changes nothing.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reflect.core.fileio import atomic_write
from reflect.core.language import tr_core
from reflect.core.portability.sync.sealed import (
    FORMAT_VERSION,
    MAGIC,
    MAX_FILE_BYTES,
    Base,
    KeyFile,
    Keys,
    SyncFile,
    base_part,
    open_sealed,
    peek,
    seal,
    seal_base,
    seal_over,
)
from reflect.core.portability.sync.skips import (
    DAMAGED,
    KEY_CHANGED_HERE,
    KEY_CHANGED_THERE,
    NEWER,
    OTHER_JOURNAL,
    TOO_LARGE,
    UNREADABLE,
    SkippedFile,
)

__all__ = [
    "DAMAGED",
    "FORMAT_VERSION",
    "KEY_CHANGED_HERE",
    "KEY_CHANGED_THERE",
    "MAGIC",
    "MAX_FILE_BYTES",
    "NEWER",
    "OTHER_JOURNAL",
    "SUFFIX",
    "TOO_LARGE",
    "UNREADABLE",
    "Base",
    "KeyFile",
    "Keys",
    "Reading",
    "SkippedFile",
    "SyncFile",
    "base_part",
    "file_name",
    "key_files",
    "new_computer_id",
    "open_sealed",
    "others_snapshot",
    "peek",
    "read_others",
    "seal",
    "seal_base",
    "seal_over",
    "write",
]

SUFFIX = ".reflectsync"
_NAME = re.compile(r"[0-9a-f]{32}")


def new_computer_id() -> str:
    """A random id: the file's name, which must say nothing about the computer."""
    return secrets.token_hex(16)


def file_name(computer: str) -> str:
    if not _NAME.fullmatch(computer):
        raise ValueError("a computer id is 32 lowercase hex digits")
    return f"{computer}{SUFFIX}"


def write(folder: Path, computer: str, data: bytes) -> Path:
    """This computer's file, replaced whole (a temporary name, then a rename)."""
    path = folder / file_name(computer)
    atomic_write(path, data)
    return path


def read_others(
    folder: Path,
    own_computer: str,
    keys: Keys,
    vault_id: str,
    merged_bases: Mapping[str, str] | None = None,
) -> Reading:
    """Every other computer's file that can be used, and the ones skipped with why.

    ``merged_bases``: by computer, the hash of its base merged here whole before;
    a file that still has it is opened in part (``open_sealed``).

    Only names of the right form are looked at: hidden temporary files (a write
    in progress, here or by the sync tool) and anything else are not files of
    Reflect's."""
    reading = Reading()
    for path in _candidates(folder, own_computer):
        try:
            name = path.name[: -len(SUFFIX)]
            merged = (merged_bases or {}).get(name)
            sync_file = open_sealed(_read_bounded(path), keys, vault_id, merged)
            if sync_file.computer != name:
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
