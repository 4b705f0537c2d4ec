"""Bring entries in from jrnl, Day One, a folder of Markdown files or a Reflect export.

``preview_path`` reads and validates without writing; ``import_path`` then adds
everything in one transaction, so an import either happens completely or not at
all. Each imported entry carries a ``source_id``, so importing the same file
again adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, tzinfo
from pathlib import Path
from typing import Any

from reflect.core.journal.repository import Journal
from reflect.core.language import tr_core
from reflect.core.portability.importers import dayone, jrnl, markdown, reflect_json
from reflect.core.portability.importers.common import (
    ImportFailed,
    Parsed,
    ParsedEntry,
    fail,
    load_json,
    read_file,
)

__all__ = [
    "FORMAT_NAMES",
    "ImportFailed",
    "ImportPreview",
    "ImportReport",
    "import_path",
    "load",
    "preview_path",
]

Progress = Callable[[int, int], None]

FORMAT_NAMES = {
    jrnl.FORMAT: "jrnl",
    dayone.FORMAT: "Day One",
    markdown.FORMAT: "Markdown files",
    reflect_json.FORMAT: "a Reflect export",
}
PREVIEW_TITLES = 5


@dataclass(frozen=True)
class ImportReport:
    """What an import did."""

    imported: int
    duplicates_skipped: int
    problems: list[str]
    format: str
    events_imported: int = 0
    checkins_imported: int = 0


@dataclass(frozen=True)
class ImportPreview:
    """What an import would bring in (nothing has been written)."""

    format: str
    count: int
    first_date: date | None
    last_date: date | None
    titles: list[str]
    problems: list[str] = field(default_factory=list)
    already_imported: int = 0
    events: int = 0
    checkins: int = 0

    @property
    def new_count(self) -> int:
        return self.count - self.already_imported


def load(path: Path, *, tz: tzinfo | None = None) -> Parsed:
    """Detect the format of ``path`` and parse all of it; raises ``ImportFailed``."""
    path = Path(path)
    try:
        if path.is_symlink():
            raise fail(
                tr_core("This is a shortcut (symbolic link); choose the file or folder itself.")
            )
        if path.is_dir():
            return markdown.parse_folder(path, tz=tz)
        if not path.exists():
            raise fail(tr_core("That file or folder no longer exists."))
    except OSError:
        raise fail(tr_core("Reflect could not open this file or folder.")) from None
    data = read_file(path)
    if data[:2] == b"PK":
        return dayone.parse_zip(data, tz=tz)
    if path.suffix.lower() in markdown.SUFFIXES:
        return markdown.parse_file(path, data, tz=tz)
    doc = load_json(data)
    return _parse_document(doc, tz)


def _parse_document(doc: Any, tz: tzinfo | None) -> Parsed:
    if reflect_json.looks_like(doc):
        return reflect_json.parse(doc)
    if dayone.looks_like(doc):
        return dayone.parse(doc, tz=tz)
    if jrnl.looks_like(doc):
        return jrnl.parse(doc, tz=tz)
    raise fail(
        tr_core(
            "Reflect doesn't recognise this file. It can import jrnl JSON exports "
            "(jrnl --format json), Day One JSON exports, Reflect exports and Markdown files."
        )
    )


def _display_title(entry: ParsedEntry) -> str:
    if entry.title.strip():
        return entry.title.strip()
    first = next((line.strip() for line in entry.body.splitlines() if line.strip()), "")
    first = first.lstrip("#> ").strip()
    return first[:80] or "(untitled)"


def preview_path(
    path: Path, journal: Journal | None = None, *, tz: tzinfo | None = None
) -> ImportPreview:
    """Parse ``path`` without writing; with ``journal``, also count what is already there."""
    parsed = load(path, tz=tz)
    ordered = sorted(parsed.entries, key=lambda e: e.created_at)
    already = 0
    if journal is not None:
        seen: set[str] = set()
        for entry in parsed.entries:
            if entry.source_id in seen or _is_duplicate(journal, entry):
                already += 1
            seen.add(entry.source_id)
    return ImportPreview(
        format=parsed.format,
        count=len(parsed.entries),
        first_date=ordered[0].day if ordered else None,
        last_date=ordered[-1].day if ordered else None,
        titles=[_display_title(e) for e in ordered[:PREVIEW_TITLES]],
        problems=list(parsed.problems),
        already_imported=already,
        events=len(parsed.events),
        checkins=len(parsed.checkins),
    )


def _is_duplicate(journal: Journal, entry: ParsedEntry) -> bool:
    if journal.has_source(entry.source_id):
        return True
    return entry.original_id is not None and reflect_json.entry_exists(journal, entry.original_id)


def import_path(
    journal: Journal,
    path: Path,
    *,
    progress: Progress | None = None,
    tz: tzinfo | None = None,
) -> ImportReport:
    """Import everything in ``path`` into ``journal``: all of it, or (on any error) nothing."""
    parsed = load(path, tz=tz)
    return write(journal, parsed, progress=progress)


def write(journal: Journal, parsed: Parsed, *, progress: Progress | None = None) -> ImportReport:
    """Add validated records in one transaction, skipping what is already there."""
    if parsed.format == reflect_json.FORMAT:
        reflect_json.check_links(parsed, journal)
    total = len(parsed.entries)
    imported = duplicates = 0
    events = checkins = 0
    seen: set[str] = set()
    with journal.transaction():
        if parsed.events or parsed.checkins:
            events, checkins = reflect_json.write_events_and_checkins(journal, parsed)
        for n, entry in enumerate(parsed.entries, 1):
            if entry.source_id in seen or _is_duplicate(journal, entry):
                duplicates += 1
            else:
                journal.add_entry(
                    entry.title,
                    entry.body,
                    entry.tags,
                    entry.event_id,
                    created_at=entry.created_at,
                    updated_at=entry.updated_at,
                    source_id=entry.source_id,
                )
                imported += 1
            seen.add(entry.source_id)
            if progress is not None and (n % 25 == 0 or n == total):
                progress(n, total)
    return ImportReport(
        imported=imported,
        duplicates_skipped=duplicates,
        problems=list(parsed.problems),
        format=parsed.format,
        events_imported=events,
        checkins_imported=checkins,
    )
