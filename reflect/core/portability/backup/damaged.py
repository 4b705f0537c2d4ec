"""Putting a backup in place of a damaged journal without destroying anything.

When the passphrase is right but the journal's files are damaged, the unlock
screen offers a backup. The backup is unpacked and verified beside the journal
first (``backup.restore``); only then is the damaged folder renamed aside (kept,
never deleted: it may still matter, and the user may want to try the recovery key
or ask for help) and the verified journal moved into its place.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reflect.core.fileio import os_error_for_user
from reflect.core.portability.backup.format import Progress
from reflect.core.portability.backup.restore import restore_backup
from reflect.core.portability.backup.swap import swap_in


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
    try:
        swap_in(restored, vault_path, damaged, keep_aside=True)
    except OSError as exc:
        raise os_error_for_user(exc, vault_path) from exc
    return damaged
