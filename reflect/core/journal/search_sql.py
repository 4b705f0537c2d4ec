"""The SQL of full-text search: plain, and narrowed by days, an event or a tag.

Ranking (bm25) scores every match it is given, and a common word is in most
entries, so both searches rank only a window: the newest ``RANK_WINDOW`` matches
(a journal is read newest first). A narrowed search checks each match against
the narrow ``entries_filter`` index, never the entry itself, and a range of days
first bounds the entries' numbers, so it stays as quick as a plain one (figures in
the README, from ``tests/benchmarks/bench_core.py``).

The caller holds the journal's lock; ``EntryRepository.search`` builds the rows
into ``SearchHit``s.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reflect.core.journal.models import MATCH_END, MATCH_START
from reflect.core.vault import db
from reflect.core.vault.db import to_db_time

RANK_WINDOW = 2000
_MARKS = (MATCH_START, MATCH_END, MATCH_START, MATCH_END)  # highlight() and snippet()
# A range of days holding fewer entries than this first bounds a narrowed search.
BOUNDED_DAYS_AT_MOST = 20_000

SELECT_HITS = (
    "SELECT e.id, e.title, highlight(entries_fts, 0, ?, ?),"
    " snippet(entries_fts, 1, ?, ?, '…', 16), e.created_at, entries_fts.rank"
    # CROSS JOIN keeps the index of matches as the outer loop: SQLite would
    # otherwise walk every entry and look each up in the index.
    " FROM entries_fts CROSS JOIN entries e ON e.seq = entries_fts.rowid"
)
_SCORED_ONE_BY_ONE = SELECT_HITS.replace(
    "entries_fts.rank", f"bm25(entries_fts, {db.RANK_WEIGHTS})"
)


def search_all(conn: db.Connection, fts_query: str, limit: int) -> list[Any]:
    """Best matches first among the newest ``RANK_WINDOW`` matches."""
    # Walking the index newest first costs no scoring: it finds where the ranking
    # window starts (0: fewer matches than the window).
    edge = conn.execute(
        "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"
        " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (fts_query, RANK_WINDOW - 1),
    ).fetchone()
    sql = (
        f"{SELECT_HITS} WHERE entries_fts MATCH ? AND entries_fts.rowid >= ?"
        " ORDER BY entries_fts.rank LIMIT ?"
    )
    start = edge[0] if edge else 0
    return list(conn.execute(sql, (*_MARKS, fts_query, start, limit)).fetchall())


def search_narrowed(
    conn: db.Connection,
    fts_query: str,
    limit: int,
    conditions: list[tuple[str, Any]],
    days: tuple[datetime | None, datetime | None],
) -> list[Any]:
    """Best matches first among the entries ``conditions`` (on ``entries f``) allow.

    The window is the newest ``RANK_WINDOW`` matches in those days, as in a plain
    search; if too few of them pass (a small event, a rare tag), the older ones that
    pass follow, newest first, each scored on its own."""
    passes = (
        "EXISTS (SELECT 1 FROM entries f INDEXED BY entries_filter"
        " WHERE f.seq = entries_fts.rowid AND " + " AND ".join(c for c, _ in conditions) + ")"
    )
    params = [p for _, p in conditions]
    low, high = _bounds(conn, *days)
    edge = conn.execute(
        "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"
        " AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (fts_query, low, high, RANK_WINDOW - 1),
    ).fetchone()
    start = int(edge[0]) if edge else low

    def passing(first: int, last: int, count: int) -> list[int]:
        """Matches in [first, last] that pass, newest first (no entry is read)."""
        rows = conn.execute(
            "SELECT entries_fts.rowid FROM entries_fts WHERE entries_fts MATCH ?"
            f" AND entries_fts.rowid BETWEEN ? AND ? AND {passes}"
            " ORDER BY entries_fts.rowid DESC LIMIT ?",
            (fts_query, first, last, *params, count),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def hits(rowids: list[int], order: str, count: int) -> list[Any]:
        # "+" keeps the list a plain test on each match of the range, made before
        # the entry is read: as an index constraint it would re-run the query once
        # per number. The numbers come from the database, never from typed text.
        listed = ",".join(str(int(r)) for r in rowids)
        return list(
            conn.execute(
                f"{_SCORED_ONE_BY_ONE} WHERE entries_fts MATCH ?"
                " AND entries_fts.rowid BETWEEN ? AND ?"
                f" AND +entries_fts.rowid IN ({listed}) ORDER BY {order} LIMIT ?",
                (*_MARKS, fts_query, min(rowids), max(rowids), count),
            ).fetchall()
        )

    window = passing(start, high, RANK_WINDOW)
    ranked = hits(window, "entries_fts.rank", limit) if window else []
    if len(ranked) >= limit or start <= low:
        return ranked
    older = passing(low, start - 1, limit - len(ranked))
    extra = hits(older, "entries_fts.rowid DESC", limit) if older else []
    return [*ranked, *sorted(extra, key=lambda row: row[5])]


def _bounds(
    conn: db.Connection, since: datetime | None, before: datetime | None
) -> tuple[int, int]:
    """The lowest and highest entry numbers among the days asked for, when there are
    few enough of them to be worth it; else every number."""
    everything = (0, 2**63 - 1)
    if since is None and before is None:
        return everything
    row = conn.execute(
        "SELECT min(seq), max(seq), count(*) FROM (SELECT seq FROM entries"
        " WHERE created_at >= ? AND created_at < ? LIMIT ?)",
        (
            to_db_time(since) if since else "",
            to_db_time(before) if before else "~",
            BOUNDED_DAYS_AT_MOST,
        ),
    ).fetchone()
    if row is None or row[2] == 0:
        return (1, 0)  # no entries in those days: nothing can match
    if row[2] >= BOUNDED_DAYS_AT_MOST:
        return everything
    return int(row[0]), int(row[1])
