"""SQLCipher connection settings, schema and migrations.

Every connection is opened here and nowhere else. The key is always the raw
32-byte data key, formatted only from ``bytes.hex()``, never from user text.
Migrations are ordered steps keyed on ``PRAGMA user_version``; a database newer
than this code is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from reflect.core.errors import BugError, StorageFull, VaultCorrupt, VaultReadOnly, VaultTooNew
from reflect.core.fileio import create_private, make_private
from reflect.core.vault import sync_schema

DB_FILENAME = "journal.db"

Connection = Any  # sqlcipher3.Connection has no type stubs
DatabaseError = sqlcipher3.DatabaseError


def to_db_time(when: datetime) -> str:
    """Fixed-width UTC ISO text, so string order is time order."""
    if when.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def from_db_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def new_id() -> str:
    return str(uuid.uuid4())


class KeyRejected(Exception):
    """SQLCipher could not read page 1 with this key (wrong key, or page 1 damaged)."""


def open_connection(path: Path, data_key: bytes | bytearray, *, create: bool = False) -> Connection:
    """Open and configure an encrypted connection, then bring the schema up to date.

    Only ``create=True`` may start a new database. Otherwise an empty or
    uninitialised file is damage (a truncated journal must never be silently
    replaced by an empty one). Raises ``KeyRejected`` when the key does not open
    the file, ``VaultTooNew`` for a schema from a newer Reflect, ``VaultCorrupt``
    when the file is damaged and ``VaultReadOnly`` when its folder cannot be written.
    """
    if not create and (not path.exists() or path.stat().st_size == 0):
        raise VaultCorrupt()
    if create and not path.exists():
        create_private(path).close()  # SQLite would use the umask: 0644 on most systems
    make_private(path)
    # check_same_thread=False: the vault unlocks in a worker thread and is then used
    # from the UI thread; the Journal serialises all access with one lock.
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        # Silence SQLCipher before anything can fail: a wrong key would otherwise
        # print HMAC errors to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if _is_read_only(exc):
                raise VaultReadOnly() from exc
            raise KeyRejected() from exc
        if not create and int(conn.execute("PRAGMA user_version").fetchone()[0]) == 0:
            raise VaultCorrupt()
        try:
            _configure(conn)
            # The log and shared-memory files take the database's mode; older
            # journals may still have wider ones.
            for suffix in ("-wal", "-shm"):
                make_private(path.with_name(path.name + suffix))
            migrate(conn)
        except sqlcipher3.DatabaseError as exc:
            if _is_read_only(exc):
                raise VaultReadOnly() from exc
            raise translate_error(exc) from exc
        # A WAL left by a checkpoint that failed (disk full at lock) is folded in now
        # if there is room; if not, it stays safely where it is.
        try:
            checkpoint(conn)
        except sqlcipher3.DatabaseError:
            pass
    except BaseException:
        conn.close()
        raise
    return conn


def _is_read_only(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def _configure(conn: Connection) -> None:
    # cipher_memory_security stays OFF (SQLCipher's default): measured with
    # /tmp-free benchmarks (tests/benchmarks) it made adding an entry 15x slower
    # (1.83 vs 0.12 ms) and a common-word search 18x slower (47 vs 2.6 ms at 3,000
    # entries), while the same text also lives in Python strings it cannot wipe.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        raise VaultCorrupt() from exc
    if str(mode).lower() != "wal":
        raise BugError(f"journal_mode is {mode}, expected wal")


def checkpoint(conn: Connection) -> None:
    """Fold the WAL into the database and truncate it, so no old frame survives."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()


def integrity_problems(conn: Connection) -> list[str]:
    """Page HMAC failures and structural problems; empty when the file is sound."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    except sqlcipher3.DatabaseError as exc:
        rows = [str(exc)]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems


def translate_error(exc: BaseException) -> BaseException:
    """Map a low-level SQLite error to the error a user should see."""
    text = str(exc).lower()
    if isinstance(exc, sqlite3.Error | sqlcipher3.Error | OSError):
        if "full" in text or "readonly" in text or "read-only" in text or "disk i/o" in text:
            return StorageFull()
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return VaultCorrupt()
    return exc


# --- schema ---------------------------------------------------------------------

_V1 = """
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '',
    stage INTEGER CHECK (stage BETWEEN 1 AND 6),
    status TEXT NOT NULL DEFAULT 'active',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE entries (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    event_id TEXT REFERENCES events(id) ON DELETE SET NULL
);
CREATE INDEX entries_created ON entries(created_at DESC, seq DESC);
CREATE INDEX entries_event ON entries(event_id, created_at DESC);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE entry_tags (
    entry_seq INTEGER NOT NULL REFERENCES entries(seq) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (tag_id, entry_seq)
) WITHOUT ROWID;
CREATE INDEX entry_tags_entry ON entry_tags(entry_seq);
CREATE TABLE stage_history (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 6),
    recorded_at TEXT NOT NULL
);
CREATE TABLE checkins (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    event_id TEXT REFERENCES events(id) ON DELETE SET NULL,
    distress INTEGER NOT NULL CHECK (distress BETWEEN 0 AND 10),
    sleep INTEGER,
    triggered INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX checkins_created ON checkins(created_at);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, body, tags,
    content='entries', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO entries_fts(entries_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts(rowid, title, body, tags)
    VALUES (new.seq, new.title, new.body, new.tags);
END;
CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts(entries_fts, rowid, title, body, tags)
    VALUES ('delete', old.seq, old.title, old.body, old.tags);
END;
CREATE TRIGGER entries_au AFTER UPDATE OF title, body, tags ON entries BEGIN
    INSERT INTO entries_fts(entries_fts, rowid, title, body, tags)
    VALUES ('delete', old.seq, old.title, old.body, old.tags);
    INSERT INTO entries_fts(rowid, title, body, tags)
    VALUES (new.seq, new.title, new.body, new.tags);
END;
"""

# Version 2: what the recovery guide, import and reminders need, and a search index
# with prefix indexes (so "repl*" stays fast) and titles weighted above bodies.
_V2 = """
ALTER TABLE checkins ADD COLUMN phq2 INTEGER CHECK (phq2 BETWEEN 0 AND 6);
ALTER TABLE checkins ADD COLUMN gad2 INTEGER CHECK (gad2 BETWEEN 0 AND 6);
ALTER TABLE checkins ADD COLUMN support TEXT;
ALTER TABLE entries ADD COLUMN source_id TEXT;
CREATE UNIQUE INDEX entries_source ON entries(source_id) WHERE source_id IS NOT NULL;
CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE prompt_uses (
    prompt_id TEXT NOT NULL,
    used_at TEXT NOT NULL,
    entry_id TEXT
);
CREATE INDEX prompt_uses_when ON prompt_uses(used_at);
CREATE TABLE drafts (
    kind TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
DROP TABLE entries_fts;
CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, body, tags,
    content='entries', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2',
    prefix='2 3 4'
);
INSERT INTO entries_fts(entries_fts) VALUES ('rebuild');
INSERT INTO entries_fts(entries_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO entries_fts(entries_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 5.0)');
"""
# The weights of the rank above (title, body, tags), for queries that call bm25() itself.
RANK_WEIGHTS = "10.0, 1.0, 5.0"


def _script(sql: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        for statement in _split_statements(sql):
            conn.execute(statement)

    return run


def _split_statements(sql: str) -> list[str]:
    """Split a script on ``;`` at statement ends, keeping trigger bodies whole."""
    statements: list[str] = []
    current: list[str] = []
    for line in sql.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and sqlcipher3.complete_statement(joined):
            statements.append(joined)
            current = []
    if "".join(current).strip():
        raise BugError("unterminated SQL statement in schema")
    return statements


# Version 3: a narrow index that answers "is this entry in these days, of this event?"
# without reading the entry itself, so a search narrowed by date or event stays quick
# (a common word's matches are checked against it one by one).
_V3 = """
CREATE INDEX entries_filter ON entries(seq, created_at, event_id);
"""


def _v4(conn: Connection) -> None:
    """Versions for every record that travels between computers (``sync_schema``)."""
    _script(sync_schema.v4_columns_script())(conn)
    columns = {
        table: [str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")]
        for table in sync_schema.TRAVELLING
    }
    _script(sync_schema.v4_script(columns))(conn)


def _v5(conn: Connection) -> None:
    """The settings that travel between computers are versioned too (``sync_schema``)."""
    _script(sync_schema.v5_script())(conn)


MIGRATIONS: list[Callable[[Connection], None]] = [
    _script(_V1),
    _script(_V2),
    _script(_V3),
    _v4,
    _v5,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: Connection, target: int = SCHEMA_VERSION) -> None:
    """Apply every migration between the file's ``user_version`` and ``target``.

    Each step runs in its own transaction together with the version bump, so a
    crash mid-migration leaves the previous version intact.
    """
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > SCHEMA_VERSION:
        raise VaultTooNew()
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
