"""What this computer's file in the sync folder says: its base kept, and the changes.

A sync seals every record only when the file's base is written anew; otherwise
it keeps the base's sealed bytes (read back from the file it wrote last, and
believed only if their hash is the one remembered in ``sync.base``) and seals
the records changed since: each whose version the base's context had not seen,
and any a merge rewrote since (``files.seal_over``). A base is written anew when
none can be kept (the file is gone or not this computer's last, the name or the
key file changed) or when the changes have grown large beside it.
"""

from __future__ import annotations

import json
from typing import Any

from reflect.core.journal import settings
from reflect.core.journal.repository import Journal
from reflect.core.portability.sync import files
from reflect.core.portability.sync.journal_state import read_state
from reflect.core.portability.sync.merge import State, changed_since

#: This computer's file keeps its base (every record, sealed) until more records
#: than this, or than an eighth of the journal, changed since it; until then a
#: sync seals only the changes (``files.seal_over``). A new base costs a whole
#: file (measured in tests/benchmarks/bench_sync_cycle.py), so it is kept while
#: the changes stay small beside it.
REBASE_AT = 500


def held(conn: Any) -> tuple[set[str], set[str]]:
    """The ids of every record held, and of the tombstones among them."""
    held, tombstones = set(), set()
    for record_id, deleted in conn.execute("SELECT id, deleted FROM sync_versions"):
        held.add(str(record_id))
        if deleted:
            tombstones.add(str(record_id))
    return held, tombstones


def _versions(conn: Any) -> dict[str, dict[str, int]]:
    """Every record's version, by id (one JSON document: ten thousand records parse
    in a fraction of the time of one document each)."""
    (versions,) = conn.execute(
        "SELECT json_group_object(id, json(version)) FROM sync_versions"
    ).fetchone()
    return dict(json.loads(versions))


def own_changes(
    conn: Any,
    journal: Journal,
    computer: str,
    key_file: files.KeyFile,
    own_bytes: bytes | None,
    written: set[str],
) -> tuple[files.Base | None, State, set[str]]:
    """What this computer's file will say: its base if it is kept (``None``: a new
    one), the records changed since it (every record, for a new base) as stored,
    and every id held."""
    versions = _versions(conn)
    kept = _own_base(journal, computer, key_file, own_bytes)
    if kept is not None:
        base, rewritten_before = kept
        rewritten = (rewritten_before | written) & versions.keys()
        changed = changed_since(base.context, versions) | rewritten
        if len(changed) <= max(REBASE_AT, len(versions) // 8):
            settings.SYNC_BASE.write(journal, base_record(base, key_file, rewritten))
            return base, read_state(conn, only=changed), set(versions)
    return None, read_state(conn), set(versions)


def _own_base(
    journal: Journal, computer: str, key_file: files.KeyFile, own_bytes: bytes | None
) -> tuple[files.Base, set[str]] | None:
    """The base of the file this computer wrote last, if it can be kept (the file is
    there with that base, for this computer's name and the same key file), and the
    records a merge rewrote since, perhaps at a version the base had seen."""
    record = settings.SYNC_BASE.read(journal)
    if record is None or own_bytes is None:
        return None
    try:
        kept_for = (record["computer"], record["key"], record["stamp"])
        context = {str(c): int(n) for c, n in dict(record["context"]).items()}
        rewritten = [str(i) for i in record["rewritten"]]
        digest = str(record["digest"])
    except (KeyError, TypeError, ValueError):
        return None
    if kept_for != (computer, key_file.digest, key_file.stamp):
        return None
    part = files.base_part(own_bytes)
    if part is None:
        return None
    base = files.Base(part, computer, context)
    return (base, set(rewritten)) if base.digest == digest else None


def base_record(base: files.Base, key_file: files.KeyFile, rewritten: set[str]) -> dict[str, Any]:
    return {
        "digest": base.digest,
        "computer": base.computer,
        "key": key_file.digest,
        "stamp": key_file.stamp,
        "context": dict(base.context),
        "rewritten": sorted(rewritten),
    }
