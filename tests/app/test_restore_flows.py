"""Restoring as a user does it: on first run, and into a separate journal opened from the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.features import Features
from reflect.app.services import Services
from reflect.core.clock import FakeClock
from reflect.core.portability.backup import create_backup
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.data.backup_dialog import BackupDialog
from tests.app.conftest import unlock
from tests.conftest import PASSPHRASE
from tests.helpers.fakes import FakeDialogs

OLD_PASSPHRASE = "an older harbour lantern 7"


@pytest.fixture
def a_backup(tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams) -> Path:
    """A backup of a journal made elsewhere, holding one entry."""
    vault, _ = Vault.create(tmp_path / "elsewhere", OLD_PASSPHRASE, kdf=cheap_kdf, clock=clock)
    vault.journal.add_entry(title="From my old laptop", body="still here")
    info = create_backup(vault, tmp_path / "usb", clock=clock)
    vault.lock()
    return info.path


def test_first_run_offers_restore_and_the_journal_then_unlocks(
    wired_fresh: tuple[AppController, Features],
    qtbot: QtBot,
    services: Services,
    dialogs: FakeDialogs,
    a_backup: Path,
) -> None:
    controller, _ = wired_fresh
    assert controller.state == "first_run"
    page = controller.first_run
    assert page is not None
    assert page.join_link.isVisibleTo(page)
    page.join_link.click()  # "I already use Reflect on another computer"
    assert page.step == "join"
    page.join_page.restore_link.click()  # "I have a backup file instead"
    assert page.step == "restore"
    restore = page.restore_page
    dialogs.open_path = a_backup
    restore.choose_button.click()
    assert "Backup made on" in restore.info.text()
    restore.secret.setText("not the passphrase")
    restore.restore_button.click()
    assert "doesn't open this backup" in restore.error.text()
    assert not Vault.exists(services.vault_path)  # nothing created on a wrong passphrase
    assert controller.state == "first_run"

    restore.secret.setText(OLD_PASSPHRASE)
    restore.restore_button.click()
    assert controller.state == "unlock"
    notice = controller.unlock_page.notice  # type: ignore[union-attr]
    assert controller.unlock_page is not None
    assert notice.isVisibleTo(controller.unlock_page) and "restored" in notice.text()
    unlock(controller, qtbot, OLD_PASSPHRASE)
    assert controller.state == "journal"
    titles = [e.title for e in controller.vault.journal.list_entries()]  # type: ignore[union-attr]
    assert titles == ["From my old laptop"]


def test_a_backup_restored_as_a_separate_journal_opens_from_the_app_and_back(
    existing_vault: Path,
    wired: tuple[AppController, Features],
    qtbot: QtBot,
    services: Services,
    dialogs: FakeDialogs,
    a_backup: Path,
    tmp_path: Path,
) -> None:
    controller, features = wired
    home = services.vault_path
    unlock(controller, qtbot)
    dialog = features.open_backups()
    assert isinstance(dialog, BackupDialog)
    dialogs.open_path = a_backup
    dialog.restore_button.click()
    dialog.secret.setText(OLD_PASSPHRASE)
    (tmp_path / "restored").mkdir()
    dialogs.folder = tmp_path / "restored"
    dialogs.queue_confirm(True)  # "Open the restored journal?" -> Open it now
    dialog.restore_start.click()
    qtbot.waitUntil(lambda: controller.state == "unlock")
    page = controller.unlock_page
    assert page is not None
    assert services.vault_path.parent == tmp_path / "restored"
    assert page.findChild(type(page.notice), "otherJournalNote") is not None
    unlock(controller, qtbot, OLD_PASSPHRASE)
    assert controller.state == "journal"
    assert [e.title for e in controller.vault.journal.list_entries()] == ["From my old laptop"]  # type: ignore[union-attr]

    controller.lock()
    controller.unlock_page.switch_button.click()  # type: ignore[union-attr]  # "Back to my usual journal"
    assert services.vault_path == home
    unlock(controller, qtbot, PASSPHRASE)
    assert controller.state == "journal"
    assert [e.title for e in controller.vault.journal.list_entries()] == ["First"]  # type: ignore[union-attr]
    QApplication.processEvents()


def test_open_another_journal_refuses_a_folder_without_one(
    existing_vault: Path,
    wired: tuple[AppController, Features],
    services: Services,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    controller, _ = wired
    (tmp_path / "empty").mkdir()
    dialogs.folder = tmp_path / "empty"
    page = controller.unlock_page
    assert page is not None
    page.switch_button.click()
    assert "doesn't hold a Reflect journal" in page.error.text()
    assert services.vault_path == existing_vault
