"""The user's own copy of their data: the whole journal as JSON, or as Markdown files.

Both are **unencrypted**: the UI says so before writing. They go only where the
user chose, written atomically (JSON: a temp file beside the target, then a
rename; Markdown: a temp folder beside the target, then a rename), so a failure
leaves nothing half-written behind.

JSON schema (``"format": "reflect-export"``, ``"version": 1``)::

    {
      "format": "reflect-export", "version": 1,
      "exported_at": "<ISO-8601 UTC>", "app_version": "<Reflect version>",
      "entries":  [{"id", "created_at", "updated_at", "title", "body" (Markdown),
                    "tags": [str], "event_id": str | null}],          // oldest first
      "events":   [{"id", "title", "occurred_on": "YYYY-MM-DD", "context",
                    "stage": 1-6 | null, "status": "active" | "dropping_out" |
                    "surviving" | "thriving", "created_at", "updated_at",
                    "stage_history": [{"stage": 1-6, "recorded_at"}]}],
      "checkins": [{"id", "created_at", "distress": 0-10, "event_id", "sleep": 0-4 | null,
                    "triggered": bool, "note", "phq2": 0-6 | null, "gad2": 0-6 | null,
                    "support": {name: 0-4} | null}]                  // oldest first
    }

Timestamps are ISO-8601 with a UTC offset. The file imports back into Reflect
(``reflect.core.portability.importers``) without duplicates.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import unicodedata
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import reflect
from reflect.core.errors import UserError
from reflect.core.fileio import atomic_write, create_private, fsync_folder, os_error_for_user
from reflect.core.journal.models import CheckIn, Entry, Event
from reflect.core.journal.repository import Journal
from reflect.core.language import tr_core

Progress = Callable[[int, int], None]

FORMAT_NAME = "reflect-export"
FORMAT_VERSION = 1
_PAGE = 500
_SLUG_CHARS = 50
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}


def all_entries(journal: Journal) -> list[Entry]:
    """Every entry, oldest first."""
    entries: list[Entry] = []
    offset = 0
    while True:
        page = journal.list_entries(limit=_PAGE, offset=offset)
        entries.extend(page)
        if len(page) < _PAGE:
            break
        offset += _PAGE
    entries.reverse()
    return entries


def _time(when: datetime) -> str:
    return when.isoformat()


def _entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "created_at": _time(entry.created_at),
        "updated_at": _time(entry.updated_at),
        "title": entry.title,
        "body": entry.body,
        "tags": list(entry.tags),
        "event_id": entry.event_id,
    }


def _event_json(journal: Journal, event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "title": event.title,
        "occurred_on": event.occurred_on.isoformat(),
        "context": event.context,
        "stage": event.stage,
        "status": str(event.status.value),
        "created_at": _time(event.created_at),
        "updated_at": _time(event.updated_at),
        "stage_history": [
            {"stage": c.stage, "recorded_at": _time(c.recorded_at)}
            for c in journal.stage_history(event.id)
        ],
    }


def _checkin_json(checkin: CheckIn) -> dict[str, Any]:
    return {
        "id": checkin.id,
        "created_at": _time(checkin.created_at),
        "distress": checkin.distress,
        "event_id": checkin.event_id,
        "sleep": checkin.sleep,
        "triggered": checkin.triggered,
        "note": checkin.note,
        "phq2": checkin.phq2,
        "gad2": checkin.gad2,
        "support": checkin.support,
    }


def build_document(journal: Journal, *, progress: Progress | None = None) -> dict[str, Any]:
    """The whole journal as a JSON-ready dict (see the module docstring)."""
    entries = all_entries(journal)
    events = journal.list_events()
    total = len(entries) + len(events) + 1
    doc_entries = []
    for n, entry in enumerate(entries, 1):
        doc_entries.append(_entry_json(entry))
        if progress is not None and n % 50 == 0:
            progress(n, total)
    doc_events = [_event_json(journal, e) for e in reversed(events)]
    checkins = [_checkin_json(c) for c in journal.list_checkins()]
    if progress is not None:
        progress(total - 1, total)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": _time(journal.clock.now()),
        "app_version": reflect.__version__,
        "entries": doc_entries,
        "events": doc_events,
        "checkins": checkins,
    }


def export_json(journal: Journal, path: Path, *, progress: Progress | None = None) -> int:
    """Write the whole journal to ``path`` as JSON, atomically; returns the entry count."""
    doc = build_document(journal, progress=progress)
    data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    try:
        atomic_write(Path(path), data)
    except OSError as exc:  # e.g. the folder vanished before the temp file was made
        raise os_error_for_user(exc, Path(path)) from exc
    if progress is not None:
        progress(1, 1)
    return len(doc["entries"])


# --- Markdown ----------------------------------------------------------------------------


def slugify(title: str) -> str:
    """A short, portable file-name part: ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:_SLUG_CHARS].strip("-")
    if not slug or slug in _RESERVED:
        slug = f"entry-{slug}" if slug else "entry"
    return slug


def markdown_file_name(entry: Entry, used: set[str], tz: tzinfo | None = None) -> str:
    """``2026-03-02-title.md``, made unique (case-insensitively) against ``used``."""
    day = entry.created_at.astimezone(tz).strftime("%Y-%m-%d")
    stem = f"{day}-{slugify(entry.title or entry.body[:60])}"
    name = f"{stem}.md"
    n = 2
    while name.lower() in used:
        name = f"{stem}-{n}.md"
        n += 1
    used.add(name.lower())
    return name


def markdown_text(entry: Entry, tz: tzinfo | None = None) -> str:
    """Front matter (title, date, updated, tags) then the Markdown body."""
    lines = [
        "---",
        f"title: {json.dumps(entry.title, ensure_ascii=False)}",
        f"date: {entry.created_at.astimezone(tz).isoformat(timespec='seconds')}",
        f"updated: {entry.updated_at.astimezone(tz).isoformat(timespec='seconds')}",
        f"tags: {json.dumps(list(entry.tags), ensure_ascii=False)}",
        "---",
        "",
        entry.body,
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def export_markdown(
    journal: Journal,
    folder: Path,
    *,
    tz: tzinfo | None = None,
    progress: Progress | None = None,
) -> int:
    """Write one Markdown file per entry into the new (or empty) ``folder``.

    The files are written into a temp folder beside ``folder`` and renamed into
    place at the end; on any error the temp folder is removed, so no copy is left.
    Returns the number of files written.
    """
    folder = Path(folder)
    if folder.is_symlink() or (folder.exists() and (not folder.is_dir() or any(folder.iterdir()))):
        raise UserError(
            tr_core(
                "That folder already holds files. Choose a new, empty folder for the Markdown copy."
            )
        )
    entries = all_entries(journal)
    staging = folder.parent / f".{folder.name}.export-{secrets.token_hex(6)}"
    try:
        try:
            staging.mkdir(mode=0o700)
            used: set[str] = set()
            for n, entry in enumerate(entries, 1):
                path = staging / markdown_file_name(entry, used, tz)
                with create_private(path) as handle:
                    handle.write(markdown_text(entry, tz).encode("utf-8"))
                    handle.flush()
                    os.fsync(handle.fileno())
                if progress is not None:
                    progress(n, len(entries))
            fsync_folder(staging)
            if folder.exists():
                folder.rmdir()
            os.replace(staging, folder)
            fsync_folder(folder.parent)
        except OSError as exc:
            raise os_error_for_user(exc, folder) from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return len(entries)
