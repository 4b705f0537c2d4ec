"""Schema version 4: every record of the journal carries a version, for keeping two
computers in step (issue 17; the rules are ``reflect.core.portability.sync.merge``).

``sync_meta`` holds this journal copy's random computer id, its change counter,
and what it has heard from other computers (their counters, and what each had
seen), which a sync keeps current. ``sync_versions`` holds, for every record
that travels, its kind and version vector (JSON: computer id -> that
computer's counter at its latest change), and whether it is deleted (a
tombstone: an id and a version, no content). Triggers keep both current on
every insert, change and deletion of a record, whichever code path writes it, so
nothing can change without a version.
While a merge writes records that came from another computer (``applying`` = 1)
the triggers stand aside: those records arrive with their versions.

Records that travel, and their ids: entries, events, check-ins and support
contacts by their own ids; a stage change by its event, day and stage (its row id
is this computer's own); a prompt's use by the prompt and the time.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any


def claim_home(conn: Any, folder: Path) -> None:
    """Take a new computer id if this journal was last opened in another folder.

    A journal restored from a backup, moved, or copied beside the original is a
    second copy of one journal; if it kept the computer id, two copies would
    number their changes under one name and one computer's edit could pass for
    the other's. So a journal remembers (a hash of) the folder it was opened in,
    and one opened elsewhere takes a new id: at worst a moved journal looks like
    a new computer, which loses nothing. A copy at the very same path on another
    machine looks the same from here; the next sync finds it instead (a file under
    this copy's name that it did not write: ``SyncFolder._twin``)."""
    home = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()
    row = conn.execute("SELECT home FROM sync_meta").fetchone()
    if row is None or row[0] == home:
        return
    if row[0] is None:
        conn.execute("UPDATE sync_meta SET home = ?", (home,))
    else:
        conn.execute(
            "UPDATE sync_meta SET home = ?, computer = lower(hex(randomblob(16)))", (home,)
        )


# table -> (kind, the id of a row as SQL over NEW/OLD)
TRAVELLING: dict[str, tuple[str, str]] = {
    "entries": ("entry", "{row}.id"),
    "events": ("event", "{row}.id"),
    "checkins": ("checkin", "{row}.id"),
    "contacts": ("contact", "{row}.id"),
    "stage_history": (
        "stage",
        "'stage:' || {row}.event_id || ':' || {row}.recorded_at || ':' || {row}.stage",
    ),
    "prompt_uses": ("prompt_use", "'prompt:' || {row}.prompt_id || ':' || {row}.used_at"),
}
#: The settings that travel (schema version 5): what the user chose about the journal
#: itself, not about this computer. Everything else in ``settings`` stays here.
TRAVELLING_SETTINGS = (
    "legal_caution_acknowledged",
    "redact.always",
    "spelling.my_words",
    "guide.safety_plan_entry",
)
SETTING = "setting"
_SETTING_ID = "'setting:' || {row}.key"

#: kind -> (table, the id of one of its rows as SQL over the table itself)
BY_KIND: dict[str, tuple[str, str]] = {
    kind: (table, id_sql.format(row=table)) for table, (kind, id_sql) in TRAVELLING.items()
}
BY_KIND[SETTING] = ("settings", _SETTING_ID.format(row="settings"))

_COMPUTER = "(SELECT computer FROM sync_meta)"
_COUNTER = "(SELECT counter FROM sync_meta)"
_PATH = "'$.\"' || " + _COMPUTER + " || '\"'"
_APPLYING = "(SELECT applying FROM sync_meta)"


def _trigger(table: str, event: str, row: str, deleted: int, columns: list[str]) -> str:
    kind, id_sql = TRAVELLING[table]
    return _versioning(table, event, row, deleted, columns, kind, id_sql.format(row=row), "")


def _versioning(
    table: str,
    event: str,
    row: str,
    deleted: int,
    columns: list[str],
    kind: str,
    record_id: str,
    only: str,
) -> str:
    name = f"sync_{table}_{event[0].lower()}"
    when = f"{_APPLYING} = 0{only}"
    if event == "UPDATE":
        # Only a real change makes a new version: writing the same values again
        # must not look, to another computer, like an edit it has not seen.
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
        when = f"{when} AND ({changed})"
    return f"""
CREATE TRIGGER {name} AFTER {event} ON {table} WHEN {when} BEGIN
    UPDATE sync_meta SET counter = counter + 1;
    INSERT INTO sync_versions (id, kind, version, deleted)
    VALUES ({record_id}, '{kind}', json_object({_COMPUTER}, {_COUNTER}), {deleted})
    ON CONFLICT (id) DO UPDATE SET
        version = json_set(version, {_PATH}, {_COUNTER}), deleted = {deleted};
END;"""


def _existing(table: str) -> str:
    kind, id_sql = TRAVELLING[table]
    return f"""
INSERT OR IGNORE INTO sync_versions (id, kind, version, deleted)
SELECT {id_sql.format(row=table)}, '{kind}', json_object({_COMPUTER}, 1), 0 FROM {table};"""


#: Tables whose records can be kept twice (a conflict's copy) or survive a deletion.
MARKED = ("entries", "events", "checkins", "contacts")


def v4_columns_script() -> str:
    """Run first: the columns that say a record is a kept copy, or survived a deletion."""
    return (
        "\n".join(
            f"ALTER TABLE {table} ADD COLUMN kept_from TEXT;\n"
            f"ALTER TABLE {table} ADD COLUMN survived_deletion INTEGER NOT NULL DEFAULT 0;"
            for table in MARKED
        )
        + "\n"
    )


def v4_script(columns: dict[str, list[str]]) -> str:
    """The migration's SQL; ``columns``: each travelling table's columns."""
    parts = [
        """
CREATE TABLE sync_meta (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    computer TEXT NOT NULL,
    counter INTEGER NOT NULL DEFAULT 0,
    applying INTEGER NOT NULL DEFAULT 0,
    context TEXT NOT NULL DEFAULT '{}',
    peers TEXT NOT NULL DEFAULT '{}',
    home TEXT
);
INSERT INTO sync_meta (only, computer, counter) VALUES (1, lower(hex(randomblob(16))), 1);
CREATE TABLE sync_versions (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    version TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;"""
    ]
    # What is already in the journal was all made here, before anything was synced.
    parts += [_existing(table) for table in TRAVELLING]
    for table in TRAVELLING:
        parts.append(_trigger(table, "INSERT", "NEW", 0, columns[table]))
        parts.append(_trigger(table, "UPDATE", "NEW", 0, columns[table]))
        parts.append(_trigger(table, "DELETE", "OLD", 1, columns[table]))
    return "\n".join(parts) + "\n"


def v5_script() -> str:
    """Schema version 5: the travelling settings are versioned like records.

    Those already set are versioned as changes made now (the counter moves first:
    another computer has seen this one's earlier counters, and would take an
    older version for a record it had seen and deleted)."""
    keys = ", ".join(f"'{key}'" for key in TRAVELLING_SETTINGS)
    parts = [
        "UPDATE sync_meta SET counter = counter + 1;",
        f"""INSERT OR IGNORE INTO sync_versions (id, kind, version, deleted)
SELECT {_SETTING_ID.format(row="settings")}, '{SETTING}', json_object({_COMPUTER}, {_COUNTER}), 0
FROM settings WHERE key IN ({keys});""",
    ]
    for event, row, deleted in (("INSERT", "NEW", 0), ("UPDATE", "NEW", 0), ("DELETE", "OLD", 1)):
        record_id, only = _SETTING_ID.format(row=row), f" AND {row}.key IN ({keys})"
        parts.append(
            _versioning("settings", event, row, deleted, ["value"], SETTING, record_id, only)
        )
    return "\n".join(parts) + "\n"
