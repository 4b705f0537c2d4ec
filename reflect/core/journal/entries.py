"""Entries: writing, listing, tags and full-text search."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from reflect.core.errors import NotFound
from reflect.core.guide.store import require_event
from reflect.core.journal import search_sql
from reflect.core.journal.connection import Repository
from reflect.core.journal.models import (
    Entry,
    EntrySummary,
    SearchHit,
    TagCount,
)
from reflect.core.journal.search import build_fts_query
from reflect.core.language import tr_core
from reflect.core.vault import db
from reflect.core.vault.db import from_db_time, new_id, to_db_time

PREVIEW_CHARS = 160
_UNSET: Any = object()


def normalize_tags(tags: Iterable[str]) -> list[str]:
    """Trim, collapse inner spaces and drop duplicates (case-insensitively), keeping order."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in tags:
        tag = " ".join(str(raw).split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


def _split_tags(text: str) -> list[str]:
    return [t for t in text.split("\n") if t]


class EntryRepository(Repository):
    """The entries table, its tags and its full-text index."""

    def add_entry(
        self,
        title: str = "",
        body: str = "",
        tags: Sequence[str] = (),
        event_id: str | None = None,
        *,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        source_id: str | None = None,
        kept_from: str | None = None,
    ) -> Entry:
        """Store a new entry. ``source_id`` marks imported entries so re-imports skip them;
        ``kept_from``: a copy kept of that entry's other version (``EntrySession.save``)."""
        entry_id = new_id()
        created = to_db_time(created_at) if created_at else self._now()
        updated = to_db_time(updated_at) if updated_at else created
        tag_list = normalize_tags(tags)
        with self._write() as conn:
            if event_id is not None:
                require_event(conn, event_id)
            cur = conn.execute(
                "INSERT INTO entries (id, created_at, updated_at, title, body, tags, event_id,"
                " source_id, kept_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry_id,
                    created,
                    updated,
                    title,
                    body,
                    "\n".join(tag_list),
                    event_id,
                    source_id,
                    kept_from,
                ),
            )
            link_tags(conn, cur.lastrowid, tag_list)
        return Entry(
            id=entry_id,
            title=title,
            body=body,
            tags=tag_list,
            created_at=from_db_time(created),
            updated_at=from_db_time(updated),
            event_id=event_id,
            kept_from=kept_from,
        )

    _ENTRY_COLUMNS = "id, title, body, tags, created_at, updated_at, event_id, kept_from"

    @staticmethod
    def _entry(row: Sequence[Any]) -> Entry:
        return Entry(
            id=row[0],
            title=row[1],
            body=row[2],
            tags=_split_tags(row[3]),
            created_at=from_db_time(row[4]),
            updated_at=from_db_time(row[5]),
            event_id=row[6],
            kept_from=row[7],
        )

    def get_entry(self, entry_id: str) -> Entry:
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {self._ENTRY_COLUMNS} FROM entries WHERE id = ?", (entry_id,)
            ).fetchone()
        if row is None:
            raise NotFound(tr_core("That entry no longer exists."))
        return self._entry(row)

    def kept_copies_of(self, entry_id: str) -> list[str]:
        """The ids of the versions kept from other computers beside ``entry_id``."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id FROM entries WHERE kept_from = ? ORDER BY created_at, id", (entry_id,)
            ).fetchall()
        return [str(row[0]) for row in rows]

    def has_source(self, source_id: str) -> bool:
        """Whether an entry imported from ``source_id`` is already here."""
        with self._read() as conn:
            row = conn.execute("SELECT 1 FROM entries WHERE source_id = ?", (source_id,)).fetchone()
        return row is not None

    def update_entry(
        self,
        entry_id: str,
        *,
        title: str | None = None,
        body: str | None = None,
        tags: Sequence[str] | None = None,
        event_id: str | None = _UNSET,
    ) -> Entry:
        """Change the given fields; ``updated_at`` moves only when something changed."""
        with self._write() as conn:
            row = conn.execute(
                f"SELECT seq, {self._ENTRY_COLUMNS} FROM entries WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None:
                raise NotFound(tr_core("That entry no longer exists."))
            seq, current = row[0], self._entry(row[1:])
            new_title = current.title if title is None else title
            new_body = current.body if body is None else body
            new_tags = current.tags if tags is None else normalize_tags(tags)
            new_event = current.event_id if event_id is _UNSET else event_id
            if (new_title, new_body, new_tags, new_event) == (
                current.title,
                current.body,
                current.tags,
                current.event_id,
            ):
                return current
            if new_event is not None and new_event != current.event_id:
                require_event(conn, new_event)
            updated = self._now()
            conn.execute(
                "UPDATE entries SET title = ?, body = ?, tags = ?, event_id = ?, updated_at = ?"
                " WHERE seq = ?",
                (new_title, new_body, "\n".join(new_tags), new_event, updated, seq),
            )
            if new_tags != current.tags:
                link_tags(conn, seq, new_tags)
                drop_unused_tags(conn)
        return Entry(
            id=current.id,
            title=new_title,
            body=new_body,
            tags=new_tags,
            created_at=current.created_at,
            updated_at=from_db_time(updated),
            event_id=new_event,
            kept_from=current.kept_from,
        )

    def delete_entry(self, entry_id: str) -> None:
        """Delete an entry and make sure its text survives in no page or WAL frame."""
        with self._write() as conn:
            cur = conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            if cur.rowcount == 0:
                raise NotFound(tr_core("That entry no longer exists."))
            conn.execute("DELETE FROM prompt_uses WHERE entry_id = ?", (entry_id,))
            drop_unused_tags(conn)
        self._scrub()

    def _filters(
        self,
        tag: str | None,
        event_id: str | None,
        since: datetime | None = None,
        before: datetime | None = None,
        *,
        alias: str = "e",
    ) -> tuple[str, list[Any]]:
        """SQL conditions on ``entries <alias>`` as a WHERE clause ("" for none) and
        their parameters."""
        clauses = self._conditions(tag, event_id, since, before, alias)
        where = (" WHERE " + " AND ".join(c for c, _ in clauses)) if clauses else ""
        return where, [p for _, p in clauses]

    @staticmethod
    def _conditions(
        tag: str | None,
        event_id: str | None,
        since: datetime | None,
        before: datetime | None,
        alias: str,
    ) -> list[tuple[str, Any]]:
        clauses: list[tuple[str, Any]] = []
        if tag is not None:
            clauses.append(
                (
                    f"{alias}.seq IN (SELECT et.entry_seq FROM entry_tags et JOIN tags t"
                    " ON t.id = et.tag_id WHERE t.name = ?)",
                    tag,
                )
            )
        if event_id is not None:
            clauses.append((f"{alias}.event_id = ?", event_id))
        if since is not None:
            clauses.append((f"{alias}.created_at >= ?", to_db_time(since)))
        if before is not None:
            clauses.append((f"{alias}.created_at < ?", to_db_time(before)))
        return clauses

    def list_entries(
        self,
        limit: int = 50,
        offset: int = 0,
        *,
        tag: str | None = None,
        event_id: str | None = None,
        since: datetime | None = None,
        before: datetime | None = None,
    ) -> list[Entry]:
        """Entries newest first, optionally only those with a tag, of an event, or
        created in ``[since, before)``."""
        where, params = self._filters(tag, event_id, since, before)
        cols = ", ".join(f"e.{c.strip()}" for c in self._ENTRY_COLUMNS.split(","))
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {cols} FROM entries e{where}"
                " ORDER BY e.created_at DESC, e.seq DESC LIMIT ? OFFSET ?",
                (*params, limit, offset),
            ).fetchall()
        return [self._entry(r) for r in rows]

    def list_summaries(
        self,
        limit: int = 50,
        offset: int = 0,
        *,
        tag: str | None = None,
        event_id: str | None = None,
        since: datetime | None = None,
        before: datetime | None = None,
    ) -> list[EntrySummary]:
        """Like ``list_entries`` but with a short preview instead of the whole body."""
        where, params = self._filters(tag, event_id, since, before)
        with self._read() as conn:
            rows = conn.execute(
                "SELECT e.id, e.title, substr(e.body, 1, ?), e.tags, e.created_at,"
                f" e.updated_at, e.event_id FROM entries e{where}"
                " ORDER BY e.created_at DESC, e.seq DESC LIMIT ? OFFSET ?",
                (PREVIEW_CHARS * 2, *params, limit, offset),
            ).fetchall()
        return [
            EntrySummary(
                id=r[0],
                title=r[1],
                preview=make_preview(r[2]),
                tags=_split_tags(r[3]),
                created_at=from_db_time(r[4]),
                updated_at=from_db_time(r[5]),
                event_id=r[6],
            )
            for r in rows
        ]

    def count_entries(
        self,
        *,
        tag: str | None = None,
        event_id: str | None = None,
        since: datetime | None = None,
        before: datetime | None = None,
    ) -> int:
        where, params = self._filters(tag, event_id, since, before)
        with self._read() as conn:
            return int(conn.execute(f"SELECT count(*) FROM entries e{where}", params).fetchone()[0])

    def entry_times(self, since: datetime, before: datetime) -> list[datetime]:
        """When each entry created in ``[since, before)`` was created (for a calendar)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT created_at FROM entries WHERE created_at >= ? AND created_at < ?",
                (to_db_time(since), to_db_time(before)),
            ).fetchall()
        return [from_db_time(r[0]) for r in rows]

    def count_entries_between(self, start: datetime, end: datetime) -> int:
        """How many entries were created in ``[start, end)`` (for "skip if I wrote today")."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT count(*) FROM entries WHERE created_at >= ? AND created_at < ?",
                (to_db_time(start), to_db_time(end)),
            ).fetchone()
        return int(row[0])

    def all_tags(self) -> list[TagCount]:
        """Every tag in use with how many entries carry it, most used first."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT t.name, count(*) FROM tags t JOIN entry_tags et ON et.tag_id = t.id"
                " GROUP BY t.id ORDER BY count(*) DESC, t.name COLLATE NOCASE"
            ).fetchall()
        return [TagCount(r[0], int(r[1])) for r in rows]

    # --- search -------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 50,
        *,
        tag: str | None = None,
        event_id: str | None = None,
        since: datetime | None = None,
        before: datetime | None = None,
    ) -> list[SearchHit]:
        """Full-text search, best matches first, among the entries the filters allow
        (as ``list_entries``). Bad syntax finds nothing; it never raises."""
        fts_query = build_fts_query(query)
        if not fts_query:
            return []
        conditions = self._conditions(tag, event_id, since, before, "f")
        with self._c.lock:
            conn = self._c.current()
            try:
                if conditions:
                    days = (since, before)
                    rows = search_sql.search_narrowed(conn, fts_query, limit, conditions, days)
                else:
                    rows = search_sql.search_all(conn, fts_query, limit)
            except db.DatabaseError:
                return []
        return [
            SearchHit(
                entry_id=r[0],
                title=r[1],
                title_marked=r[2],
                snippet=r[3],
                created_at=from_db_time(r[4]),
                rank=float(r[5]),
            )
            for r in rows
        ]


def make_preview(body: str) -> str:
    """A one-line preview: Markdown markers and line breaks flattened."""
    text = " ".join(line.lstrip("#>*-+ \t") for line in body.splitlines())
    text = " ".join(text.split())
    if len(text) > PREVIEW_CHARS:
        text = text[: PREVIEW_CHARS - 1].rstrip() + "…"
    return text


def link_tags(conn: db.Connection, seq: int, tags: list[str]) -> None:
    """Make the entry at ``seq`` carry exactly ``tags`` in the tag index."""
    conn.execute("DELETE FROM entry_tags WHERE entry_seq = ?", (seq,))
    for tag in tags:
        conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (tag,))
        conn.execute(
            "INSERT OR IGNORE INTO entry_tags (entry_seq, tag_id)"
            " SELECT ?, id FROM tags WHERE name = ?",
            (seq, tag),
        )


def drop_unused_tags(conn: db.Connection) -> None:
    conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")
