"""One journal on several computers (issue 17): the public names outside checks use.

``SyncFolder(folder).sync(vault)`` keeps a journal in step through a folder the
user's own sync tool carries; ``SyncFolder(folder).join(...)`` makes the second
computer's journal from it; ``merge_backup`` merges a backup file by the same
rules (``reflect.core.portability.sync``).
"""

from __future__ import annotations

from reflect.core.portability.sync.backup_merge import (
    BackupMerge,
    NeedsItsPassphrase,
    merge_backup,
    prepare_backup_merge,
)
from reflect.core.portability.sync.folder import SyncFolder, SyncReport

__all__ = [
    "BackupMerge",
    "NeedsItsPassphrase",
    "SyncFolder",
    "SyncReport",
    "merge_backup",
    "prepare_backup_merge",
]
