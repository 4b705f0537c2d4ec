"""A journal's records as the merge sees them: ids, kinds, versions and fields.

Reads what schema version 4 keeps (``reflect.core.vault.sync_schema``): the
versions in ``sync_versions`` and the rows they stand for. A deleted record is a
tombstone with no fields; nothing of what it held is read.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from reflect.core.portability.sync.merge import (
    KEPT_FROM,
    SURVIVED_DELETION,
    Record,
    State,
    joined,
)
from reflect.core.vault.sync_schema import BY_KIND, MARKED

Connection = Any

#: kind -> the columns of its row that travel (its table and id: ``sync_schema.BY_KIND``)
COLUMNS: dict[str, tuple[str, ...]] = {
    "entry": ("created_at", "updated_at", "title", "body", "tags", "event_id", "source_id"),
    "event": ("title", "occurred_on", "context", "stage", "status", "created_at", "updated_at"),
    "checkin": ("created_at", "event_id", "distress", "sleep", "triggered", "note", "phq2",
                "gad2", "support"),
    "contact": ("name", "role", "phone", "notes", "position"),
    "stage": ("event_id", "stage", "recorded_at"),
    "prompt_use": ("prompt_id", "used_at", "entry_id"),
    "setting": ("key", "value"),  # only ``sync_schema.TRAVELLING_SETTINGS`` are versioned
}  # fmt: skip
#: The columns of a row that can be a kept copy or have survived a deletion.
MARK_COLUMNS = ("kept_from", "survived_deletion")


def computer_of(conn: Connection) -> str:
    return str(conn.execute("SELECT computer FROM sync_meta").fetchone()[0])


def read_state(conn: Connection, only: Collection[str] | None = None) -> State:
    """Every record with its version, the context and what other computers had seen.

    ``only``: just these records (those a merge has just written), with the
    context and what others had seen as ever."""
    computer, counter, context_json, peers_json = conn.execute(
        "SELECT computer, counter, context, peers FROM sync_meta"
    ).fetchone()
    chosen, params = "", []
    if only is not None:
        chosen, params = " WHERE {0} IN (SELECT value FROM json_each(?))", [json.dumps(list(only))]
    versions: dict[str, tuple[str, dict[str, int], bool]] = {
        str(row[0]): (str(row[1]), json.loads(row[2]), bool(row[3]))
        for row in conn.execute(
            "SELECT id, kind, version, deleted FROM sync_versions" + chosen.format("id"), params
        )
    }
    fields: dict[str, dict[str, Any]] = {}
    for kind, columns in COLUMNS.items():
        table, id_sql = BY_KIND[kind]
        marked = table in MARKED
        listed = ", ".join((*columns, *MARK_COLUMNS) if marked else columns)
        query = f"SELECT {id_sql}, {listed} FROM {table}" + chosen.format(id_sql)
        for row in conn.execute(query, params):
            values = dict(zip(columns, row[1 : len(columns) + 1], strict=True))
            if marked:
                kept_from, survived = row[len(columns) + 1 :]
                if kept_from is not None:
                    values[KEPT_FROM] = kept_from
                if survived:
                    values[SURVIVED_DELETION] = True
            fields[str(row[0])] = values
    records = {
        record_id: Record(record_id, kind, version, None if deleted else fields.get(record_id, {}))
        for record_id, (kind, version, deleted) in versions.items()
    }
    context = joined(
        json.loads(context_json),
        {computer: int(counter)},
        *(r.version for r in records.values()),
    )
    peers = {str(c): dict(v) for c, v in json.loads(peers_json).items()}
    peers[str(computer)] = context
    return State(records, context, peers)
