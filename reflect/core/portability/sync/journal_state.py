"""A journal's records as the merge sees them: ids, kinds, versions and fields.

Reads what schema version 4 keeps (``reflect.core.vault.sync_schema``): the
versions in ``sync_versions`` and the rows they stand for. A deleted record is a
tombstone with no fields; nothing of what it held is read.
"""

from __future__ import annotations

import json
from typing import Any

from reflect.core.portability.sync.merge import (
    Record,
    State,
    joined,
)

Connection = Any

# kind -> (table, the SQL id of a row, the columns that travel)
_ROWS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "entry": ("entries", "id", ("created_at", "updated_at", "title", "body", "tags",
                                "event_id", "source_id")),
    "event": ("events", "id", ("title", "occurred_on", "context", "stage", "status",
                               "created_at", "updated_at")),
    "checkin": ("checkins", "id", ("created_at", "event_id", "distress", "sleep", "triggered",
                                   "note", "phq2", "gad2", "support")),
    "contact": ("contacts", "id", ("name", "role", "phone", "notes", "position")),
    "stage": ("stage_history",
              "'stage:' || event_id || ':' || recorded_at || ':' || stage",
              ("event_id", "stage", "recorded_at")),
    "prompt_use": ("prompt_uses", "'prompt:' || prompt_id || ':' || used_at",
                   ("prompt_id", "used_at", "entry_id")),
}  # fmt: skip


def computer_of(conn: Connection) -> str:
    return str(conn.execute("SELECT computer FROM sync_meta").fetchone()[0])


def read_state(conn: Connection) -> State:
    """Every record with its version, the context and what other computers had seen."""
    computer, counter, context_json, peers_json = conn.execute(
        "SELECT computer, counter, context, peers FROM sync_meta"
    ).fetchone()
    versions: dict[str, tuple[str, dict[str, int], bool]] = {
        str(row[0]): (str(row[1]), json.loads(row[2]), bool(row[3]))
        for row in conn.execute("SELECT id, kind, version, deleted FROM sync_versions")
    }
    fields: dict[str, dict[str, Any]] = {}
    for _kind, (table, id_sql, columns) in _ROWS.items():
        listed = ", ".join(columns)
        for row in conn.execute(f"SELECT {id_sql}, {listed} FROM {table}"):
            fields[str(row[0])] = dict(zip(columns, row[1:], strict=True))
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
