"""Keeping a journal in step with other computers through a folder the user syncs.

``SyncFolder(folder).sync(vault)``: read every other computer's file in the
folder (skipping, with a reason, any that cannot be used), merge them into the
journal in one transaction, and write this computer's file anew. The journal's
database never lives in the folder; only the sealed files do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reflect.core.portability.sync import files
from reflect.core.portability.sync.apply import apply_state
from reflect.core.portability.sync.journal_state import computer_of, read_state
from reflect.core.portability.sync.merge import merge_states, settled
from reflect.core.vault.lifecycle import Vault


@dataclass
class SyncReport:
    """What one sync changed here, and the files it left out (with why)."""

    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    skipped: list[tuple[Path, str]] = field(default_factory=list)


class SyncFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def sync(self, vault: Vault) -> SyncReport:
        keys = files.Keys.of(vault.derive_key)
        journal = vault.journal
        report = SyncReport()
        with journal.transaction(), journal.connection() as conn:
            computer = computer_of(conn)
            others, report.skipped = files.read_others(self.folder, computer, keys)
            before = state = read_state(conn)
            for other in others:
                state, step = merge_states(state, other.state)
                report.added += step.added
                report.updated += step.updated
                report.deleted += step.deleted
                report.conflicts += step.conflicts
            apply_state(conn, settled(state, computer), before)
            mine = read_state(conn)
            sequence = int(mine.context.get(computer, 0))
        files.write(self.folder, computer, files.seal(mine, computer, sequence, keys))
        return report
