"""One-file encrypted backups of a vault, and restoring them safely.

``format`` writes a backup and reads its manifest; ``restore`` unpacks and
verifies one in a staging folder before moving it in; ``automatic`` is the
once-a-day policy and its settings; ``damaged`` puts a backup in place of a
journal whose files are damaged, keeping the damaged folder aside.
"""

from reflect.core.portability.backup.automatic import AutoBackup, BackupSettings
from reflect.core.portability.backup.format import (
    MAGIC,
    NAME_PREFIX,
    SUFFIX,
    BackupDamaged,
    BackupInfo,
    BackupTooNew,
    NotABackup,
    Progress,
    backup_file_name,
    create_backup,
    is_of_another_journal,
    read_backup_info,
)
from reflect.core.portability.backup.restore import StagedRestore, prepare_restore, restore_backup

__all__ = [
    "MAGIC",
    "NAME_PREFIX",
    "SUFFIX",
    "AutoBackup",
    "BackupDamaged",
    "BackupInfo",
    "BackupSettings",
    "BackupTooNew",
    "NotABackup",
    "Progress",
    "StagedRestore",
    "backup_file_name",
    "create_backup",
    "is_of_another_journal",
    "prepare_restore",
    "read_backup_info",
    "restore_backup",
]
