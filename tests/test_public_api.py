"""The public core API in ARCHITECTURE.md imports exactly as written there.

Outside checks use these paths; the code inside Reflect moved into domain
packages (reflect/core/vault, journal, guide, reminders, portability, privacy),
so the documented paths are kept by re-exports. Checked in a fresh interpreter.
"""

from __future__ import annotations

import subprocess
import sys

PUBLIC = """
from reflect.core.vault import Vault, WrongPassphrase, VaultError
from reflect.core.journal import Journal
from reflect.core.clock import SystemClock
from reflect.core.backup import create_backup, restore_backup
from reflect.core.redact import find_identifiers, redact
from reflect.core.errors import UserError
assert issubclass(WrongPassphrase, VaultError) and issubclass(VaultError, UserError)
assert callable(Vault.create) and callable(Vault.unlock)
assert callable(Vault.unlock_with_recovery_key)
for name in ("add_entry", "get_entry", "update_entry", "delete_entry", "list_entries",
             "search", "add_event", "set_stage", "add_checkin"):
    assert callable(getattr(Journal, name)), name
print("ok")
"""


def test_the_documented_imports_work_in_a_fresh_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PUBLIC], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
