"""Writing a merged state into a journal, in one transaction, versions and all.

What the merge decided (``merge.merge_states``) becomes rows: a record whose
version changed is written as it arrived (its row replaced whole, its tags and
search index kept in step), a tombstone deletes its row, a record the merge
dropped (a purged tombstone) leaves no trace, and the context and what other
computers had seen are kept for the next merge. The version triggers stand aside
meanwhile (``applying``): these changes were made elsewhere, with their own
versions. Events are written before what points at them and deleted after, and a
record pointing at an event that is not there points at none.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from reflect.core.journal.entries import drop_unused_tags, link_tags
from reflect.core.portability.sync.journal_state import COLUMNS, MARK_COLUMNS
from reflect.core.portability.sync.merge import KEPT_FROM, SURVIVED_DELETION, Record, State
from reflect.core.vault.sync_schema import BY_KIND, SETTING, TRAVELLING_SETTINGS

Connection = Any

_ORDER = ("event", "entry", "checkin", "contact", "stage", "prompt_use", SETTING)
# Above this many entries rewritten, the search index is rebuilt once instead of
# securely deleting each old text from it: FTS5's secure-delete costs 30-90 ms an
# entry in a journal of thousands (measured: 100 entries of a 4,000-entry journal
# 3.9 s one by one, 0.19 s with one 'optimize'). Both leave no old word behind:
# 'optimize' writes the index anew from the live rows, and the database's own
# secure_delete zeroes the pages it frees.
BULK_ENTRIES = 10


def _row_columns(kind: str) -> tuple[str, ...]:
    """The columns written for a record of ``kind`` that has its own id column."""
    return ("id", *COLUMNS[kind], *MARK_COLUMNS)


def apply_state(conn: Connection, merged: State, before: State) -> set[str]:
    """Make the journal hold ``merged``; ``before`` is what it holds now (read in
    the same transaction, which the caller holds). Returns the ids written or
    removed (``read_state(conn, only=...)`` reads them back as they now are)."""
    current = before.records
    conn.execute("UPDATE sync_meta SET applying = 1")
    try:
        changed = {i: r for i, r in merged.records.items() if current.get(i) != r}
        gone = [current[i] for i in current if i not in merged.records]
        rewritten = sum(1 for r in (*changed.values(), *gone) if r.kind == "entry")
        bulk = rewritten > BULK_ENTRIES
        if bulk:
            _fts(conn, "'secure-delete', 0")
        for kind in _ORDER:  # live records, what others point at first
            for record in changed.values():
                if record.kind == kind and not record.deleted:
                    _write(conn, record)
        for kind in reversed(_ORDER):  # deletions, what points at others first
            for record in [*changed.values(), *gone]:
                if record.kind == kind and (record.deleted or record in gone):
                    _delete(conn, record)
        for record in changed.values():
            conn.execute(
                "INSERT INTO sync_versions (id, kind, version, deleted) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind,"
                " version = excluded.version, deleted = excluded.deleted",
                (record.id, record.kind, json.dumps(dict(record.version)), int(record.deleted)),
            )
        for record in gone:
            conn.execute("DELETE FROM sync_versions WHERE id = ?", (record.id,))
        conn.execute(
            "UPDATE sync_meta SET context = ?, peers = ?",
            (json.dumps(dict(merged.context)), json.dumps(_plain(merged.peers))),
        )
        drop_unused_tags(conn)
        if bulk:
            conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('optimize')")
            _fts(conn, "'secure-delete', 1")
    finally:
        conn.execute("UPDATE sync_meta SET applying = 0")
    return {*changed, *(record.id for record in gone)}


def _fts(conn: Connection, setting: str) -> None:
    conn.execute(f"INSERT INTO entries_fts(entries_fts, rank) VALUES ({setting})")


def _plain(peers: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
    return {c: dict(v) for c, v in peers.items()}


def _event_or_none(conn: Connection, event_id: object) -> object:
    if event_id is None:
        return None
    found = conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone()
    return event_id if found else None


def _write(conn: Connection, record: Record) -> None:
    fields = dict(record.fields or {})
    values = {
        "id": record.id,
        **fields,
        "kept_from": fields.get(KEPT_FROM),
        "survived_deletion": int(bool(fields.get(SURVIVED_DELETION))),
    }
    if record.kind == "entry":
        values["event_id"] = _event_or_none(conn, values.get("event_id"))
        columns = _row_columns("entry")
        row = [values.get(c) for c in columns]
        old = conn.execute("SELECT seq FROM entries WHERE id = ?", (record.id,)).fetchone()
        if old is None:
            marks = ", ".join("?" * len(columns))
            cur = conn.execute(f"INSERT INTO entries ({', '.join(columns)}) VALUES ({marks})", row)
            seq = cur.lastrowid
        else:
            seq = old[0]
            sets = ", ".join(f"{c} = ?" for c in columns[1:])
            conn.execute(f"UPDATE entries SET {sets} WHERE seq = ?", [*row[1:], seq])
        link_tags(conn, seq, [t for t in str(values.get("tags") or "").split("\n") if t])
    elif record.kind in ("event", "checkin", "contact"):
        if record.kind == "checkin":
            values["event_id"] = _event_or_none(conn, values.get("event_id"))
        _upsert(conn, BY_KIND[record.kind][0], _row_columns(record.kind), values)
    elif record.kind == "stage":
        if _event_or_none(conn, values.get("event_id")) is not None and not _stage_row(
            conn, values
        ):
            conn.execute(
                "INSERT INTO stage_history (event_id, stage, recorded_at) VALUES (?, ?, ?)",
                (values.get("event_id"), values.get("stage"), values.get("recorded_at")),
            )
    elif record.kind == SETTING:
        if values.get("key") in TRAVELLING_SETTINGS and isinstance(values.get("value"), str):
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (values["key"], values["value"]),
            )
    elif record.kind == "prompt_use":
        exists = conn.execute(
            "SELECT 1 FROM prompt_uses WHERE prompt_id = ? AND used_at = ?",
            (values.get("prompt_id"), values.get("used_at")),
        ).fetchone()
        if not exists:
            conn.execute(
                "INSERT INTO prompt_uses (prompt_id, used_at, entry_id) VALUES (?, ?, ?)",
                (values.get("prompt_id"), values.get("used_at"), values.get("entry_id")),
            )


def _stage_row(conn: Connection, values: Mapping[str, Any]) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM stage_history WHERE event_id = ? AND stage = ? AND recorded_at = ?",
            (values.get("event_id"), values.get("stage"), values.get("recorded_at")),
        ).fetchone()
    )


def _upsert(
    conn: Connection, table: str, columns: tuple[str, ...], values: Mapping[str, Any]
) -> None:
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
    conn.execute(
        f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}",
        [values.get(c) for c in columns],
    )


def _delete(conn: Connection, record: Record) -> None:
    table, id_sql = BY_KIND[record.kind]
    conn.execute(f"DELETE FROM {table} WHERE {id_sql} = ?", (record.id,))
