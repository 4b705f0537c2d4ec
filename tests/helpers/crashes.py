"""Crash points injected in process, for the flows that must survive a kill.

A ``KeyboardInterrupt`` raised at the exact step stands in for the process
dying there; the real SIGKILL versions (strace) live beside the tests that
need them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.header import NEXT_HEADER_FILENAME
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE


def interrupted_rotation(
    folder: Path, monkeypatch: pytest.MonkeyPatch, *, rekeyed: bool, kdf: KdfParams
) -> str:
    """Commit a new recovery key that dies after the re-key (before promoting its
    header) or before the re-key (after writing the next header); returns the key
    the user was shown."""
    vault = Vault.unlock(folder, PASSPHRASE, kdf=kdf)
    rotation = vault.prepare_recovery_key(PASSPHRASE)
    shown = rotation.recovery_key
    if rekeyed:
        real_replace = os.replace

        def die_before_promoting(src: str | Path, dst: str | Path) -> None:
            if str(src).endswith(NEXT_HEADER_FILENAME):
                raise KeyboardInterrupt("simulated crash")
            real_replace(src, dst)

        monkeypatch.setattr(os, "replace", die_before_promoting)
    else:

        def die_at_rekey() -> None:
            raise KeyboardInterrupt("simulated crash")

        monkeypatch.setattr(vault.journal, "connection", die_at_rekey)
    with pytest.raises(KeyboardInterrupt):
        vault.commit_recovery_key(rotation)
    monkeypatch.undo()
    vault.lock()
    return shown
