"""Putting a backup in place of a damaged journal without destroying anything.

When the passphrase is right but the journal's files are damaged, the unlock
screen offers a backup. The backup is unpacked and verified beside the journal
first (``backup.restore``); only then is the damaged folder renamed aside (kept,
never deleted: it may still matter, and the user may want to try the recovery key
or ask for help) and the verified journal moved into its place.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from reflect.core.portability.backup.format import Progress
from reflect.core.portability.backup.restore import restore_backup


def restore_over_damaged(
    vault_path: Path,
    backup: Path,
    *,
    now: datetime,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Replace the damaged journal at ``vault_path`` with ``backup``.

    Returns the folder the damaged journal was moved to. Raises the backup's own
    errors (not a backup, damaged, wrong passphrase) with nothing moved.
    """
    stamp = now.strftime("%Y%m%d-%H%M%S")
    restored = vault_path.with_name(f"{vault_path.name}.restored-{stamp}")
    restore_backup(
        backup,
        restored,
        passphrase=passphrase,
        recovery_key=recovery_key,
        progress=progress,
    )
    damaged = vault_path.with_name(f"{vault_path.name}-damaged-{stamp}")
    os.replace(vault_path, damaged)
    os.replace(restored, vault_path)
    return damaged
