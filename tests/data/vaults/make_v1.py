"""Build the frozen schema-v1 vault in tests/data/vaults/v1 (run once; the output is committed).

Usage: python tests/data/vaults/make_v1.py
It writes a vault whose database stops at schema version 1, as Reflect 0.1's
first schema did, with a known passphrase and cheap KDF parameters.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3

from reflect.core.vault import crypto, db
from reflect.core.vault.crypto import KdfParams
from reflect.core.fileio import atomic_write
from reflect.core.vault.header import HEADER_FILENAME, Header

PASSPHRASE = "frozen v1 passphrase"
OUT = Path(__file__).with_name("v1")


def main() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir()
    key = crypto.new_data_key()
    header = Header.seal(
        "00000000-0000-4000-8000-000000000001", PASSPHRASE, key, KdfParams.cheap_for_tests()
    )
    atomic_write(OUT / HEADER_FILENAME, header.to_bytes())
    conn = sqlcipher3.connect(str(OUT / db.DB_FILENAME), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    db.migrate(conn, target=1)
    conn.execute(
        "INSERT INTO events VALUES ('ev-1', 'The night in March', '2026-03-01', '', 2, 'active',"
        " '2026-03-02T09:00:00.000000+00:00', '2026-03-02T09:00:00.000000+00:00')"
    )
    conn.execute(
        "INSERT INTO stage_history (event_id, stage, recorded_at)"
        " VALUES ('ev-1', 2, '2026-03-02T09:00:00.000000+00:00')"
    )
    conn.execute(
        "INSERT INTO entries (id, created_at, updated_at, title, body, tags, event_id) VALUES"
        " ('en-1', '2026-03-02T21:40:00.000000+00:00', '2026-03-02T21:45:00.000000+00:00',"
        " 'After the shift', 'I keep replaying the handover.', 'sleep\nwork', 'ev-1')"
    )
    conn.execute("INSERT INTO tags (name) VALUES ('sleep'), ('work')")
    conn.execute("INSERT INTO entry_tags SELECT 1, id FROM tags")
    conn.execute(
        "INSERT INTO checkins VALUES ('ci-1', '2026-03-02T22:00:00.000000+00:00', 'ev-1', 7, 1, 1, '')"
    )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    print(f"wrote {OUT} (recovery key {crypto.format_recovery_key(key)})")


if __name__ == "__main__":
    main()
