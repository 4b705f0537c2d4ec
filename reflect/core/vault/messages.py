"""What the vault says when it refuses (marked for the catalogue, translated when raised)."""

from __future__ import annotations

from reflect.core.language import QT_TR_NOOP

DB_MISSING = QT_TR_NOOP(
    "This journal's database file (journal.db) is missing. Restore it from a "
    "backup; nothing was changed."
)
NEEDS_CURRENT_PASSPHRASE = QT_TR_NOOP(
    "To change the passphrase, enter the current one (or open the journal with the recovery key)."
)
ALREADY_REKEYED = QT_TR_NOOP("This journal already uses the new recovery key; keep that one.")
