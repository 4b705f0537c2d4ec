"""``Journal``: the one object callers use, a thin front over two repositories.

- ``entries`` (``EntryRepository``): entries, tags, full-text search;
- ``guide`` (``GuideRepository``, in ``reflect.core.guide.store``): events,
  stages, check-ins, contacts, prompt use, exercise drafts;
- settings kept inside the vault (declared in ``journal.settings``).

Both repositories share one ``JournalConnection`` (one lock, one transaction), so
``with journal.transaction():`` spans them. The methods below forward by name,
typed, so ``journal.add_entry(...)`` reads as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Concatenate, ParamSpec, TypeVar

from reflect.core.clock import Clock
from reflect.core.errors import BugError
from reflect.core.guide.store import GuideRepository
from reflect.core.journal.connection import JournalConnection
from reflect.core.journal.entries import (
    PREVIEW_CHARS,
    EntryRepository,
    make_preview,
    normalize_tags,
)
from reflect.core.journal.search_sql import RANK_WINDOW
from reflect.core.journal.settings import REMINDER_NOTE_PREFIX, is_declared
from reflect.core.vault import db

__all__ = ["PREVIEW_CHARS", "RANK_WINDOW", "Journal", "make_preview", "normalize_tags"]

P = ParamSpec("P")
R = TypeVar("R")
Repo = TypeVar("Repo")


def _forward(
    repository: str, method: Callable[Concatenate[Repo, P], R]
) -> Callable[Concatenate[Journal, P], R]:
    """``Journal.<name>`` calls ``<name>`` on one of its repositories."""

    def call(self: Journal, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return method(getattr(self, repository), *args, **kwargs)

    call.__name__ = method.__name__
    call.__doc__ = method.__doc__
    return call


class Journal:
    """Everything a user wrote, behind one SQLCipher connection."""

    def __init__(self, conn: db.Connection, clock: Clock | None = None) -> None:
        self._connection = JournalConnection(conn, clock)
        self.entries = EntryRepository(self._connection)
        self.guide = GuideRepository(self._connection)

    # --- the connection ---------------------------------------------------------

    @property
    def clock(self) -> Clock:
        return self._connection.clock

    @property
    def is_open(self) -> bool:
        return self._connection.is_open

    @contextmanager
    def connection(self) -> Iterator[db.Connection]:
        """The raw connection, under the journal's lock, for core modules with SQL of
        their own (backups, restoring exported records, re-keying)."""
        with self._connection.connection() as conn:
            yield conn

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen together or not at all (nesting joins the outer one)."""
        with self._connection.transaction():
            yield

    def close(self) -> None:
        """Checkpoint the WAL away and close; every later call raises ``VaultLocked``."""
        self._connection.close()

    def checkpoint(self) -> None:
        """Fold the WAL into the database and truncate it (after deletes, before backups)."""
        self._connection.checkpoint()

    # --- entries (EntryRepository) ----------------------------------------

    add_entry = _forward("entries", EntryRepository.add_entry)
    get_entry = _forward("entries", EntryRepository.get_entry)
    has_source = _forward("entries", EntryRepository.has_source)
    kept_copies_of = _forward("entries", EntryRepository.kept_copies_of)
    update_entry = _forward("entries", EntryRepository.update_entry)
    delete_entry = _forward("entries", EntryRepository.delete_entry)
    list_entries = _forward("entries", EntryRepository.list_entries)
    list_summaries = _forward("entries", EntryRepository.list_summaries)
    count_entries = _forward("entries", EntryRepository.count_entries)
    count_entries_between = _forward("entries", EntryRepository.count_entries_between)
    entry_times = _forward("entries", EntryRepository.entry_times)
    all_tags = _forward("entries", EntryRepository.all_tags)
    search = _forward("entries", EntryRepository.search)

    # --- the recovery guide (GuideRepository) ------------------------------

    subscribe_events = _forward("guide", GuideRepository.subscribe_events)
    add_event = _forward("guide", GuideRepository.add_event)
    get_event = _forward("guide", GuideRepository.get_event)
    list_events = _forward("guide", GuideRepository.list_events)
    update_event = _forward("guide", GuideRepository.update_event)
    delete_event = _forward("guide", GuideRepository.delete_event)
    set_stage = _forward("guide", GuideRepository.set_stage)
    stage_history = _forward("guide", GuideRepository.stage_history)
    add_checkin = _forward("guide", GuideRepository.add_checkin)
    list_checkins = _forward("guide", GuideRepository.list_checkins)
    latest_checkin = _forward("guide", GuideRepository.latest_checkin)
    list_contacts = _forward("guide", GuideRepository.list_contacts)
    save_contact = _forward("guide", GuideRepository.save_contact)
    delete_contact = _forward("guide", GuideRepository.delete_contact)
    record_prompt_use = _forward("guide", GuideRepository.record_prompt_use)
    prompt_ids_for_entry = _forward("guide", GuideRepository.prompt_ids_for_entry)
    prompt_ids_for_event = _forward("guide", GuideRepository.prompt_ids_for_event)
    prompt_ids_used_since = _forward("guide", GuideRepository.prompt_ids_used_since)
    save_draft = _forward("guide", GuideRepository.save_draft)
    get_draft = _forward("guide", GuideRepository.get_draft)
    clear_draft = _forward("guide", GuideRepository.clear_draft)

    # --- settings kept inside the vault -------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._connection.read() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        """Store a setting declared in ``reflect.core.journal.settings`` (others are a bug)."""
        if not is_declared(key):
            raise BugError(f"not a declared vault setting: {key!r}")
        with self._connection.write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
        if key.startswith(REMINDER_NOTE_PREFIX):
            self._connection.scrub()  # a changed or cleared private note leaves no copy
