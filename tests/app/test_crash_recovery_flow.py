"""After a crash in the middle of a restore, the app opens the journal, not first run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController, AppState
from reflect.core.clock import FakeClock
from reflect.core.portability.backup import StagedRestore, create_backup, restore_backup
from reflect.core.vault.lifecycle import Vault
from tests.app.conftest import unlock
from tests.conftest import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


def test_a_restore_cut_off_between_its_renames_is_finished_before_the_window_opens(
    controller: AppController,
    qtbot: QtBot,
    existing_vault: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = Vault.unlock(existing_vault, PASSPHRASE)
    info = create_backup(vault, tmp_path / "backups", clock=FakeClock())
    vault.journal.add_entry(title="Written after the backup")
    vault.lock()
    real_replace = os.replace

    def crash(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == existing_vault:
            raise KeyboardInterrupt("simulated crash")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    monkeypatch.setattr(StagedRestore, "discard", lambda self: None)
    with pytest.raises(KeyboardInterrupt):
        restore_backup(info.path, existing_vault, passphrase=PASSPHRASE, replace=True)
    monkeypatch.undo()
    assert not existing_vault.exists()

    controller.start()
    assert controller.state is AppState.UNLOCK  # not "create a new journal"
    unlock(controller, qtbot)
    assert str(controller.state) == AppState.JOURNAL.value  # mypy narrowed it above
    assert controller.vault is not None
    titles = [e.title for e in controller.vault.journal.list_entries()]
    assert titles == ["First"]  # the restored backup, as the user asked
