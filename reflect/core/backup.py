"""Public API path (ARCHITECTURE.md): ``from reflect.core.backup import create_backup``.

Backups live in ``reflect.core.portability.backup``; this keeps the documented
import working for outside checks and scripts.
"""

from reflect.core.portability.backup import create_backup, restore_backup

__all__ = ["create_backup", "restore_backup"]
