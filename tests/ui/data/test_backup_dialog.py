"""The backup dialog: back up now, automatic settings, restore with checks first."""

from __future__ import annotations

import hashlib
from datetime import UTC
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.portability.backup import AutoBackup, BackupSettings, create_backup
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.data.backup_dialog import BackupDialog
from tests.conftest import PASSPHRASE
from tests.helpers.fakes import FakeDialogs, InstantRunner

pytestmark = pytest.mark.gui


class Harness:
    def __init__(self, vault: Vault, dialog: BackupDialog, folder: Path) -> None:
        self.vault = vault
        self.dialog = dialog
        self.folder = folder
        self.locked = 0

    def lock(self) -> None:
        self.locked += 1
        self.vault.lock()


@pytest.fixture
def harness(
    qtbot: QtBot,
    vault: Vault,
    clock: FakeClock,
    runner: InstantRunner,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> Harness:
    folder = tmp_path / "backups"
    auto = AutoBackup(clock, folder, tz=UTC)
    holder: list[Harness] = []
    dialog = BackupDialog(
        vault,
        auto,
        runner,
        dialogs,
        lock_current=lambda: holder[0].lock(),
    )
    qtbot.addWidget(dialog)
    holder.append(Harness(vault, dialog, folder))
    return holder[0]


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_backup_now_writes_an_encrypted_file_and_says_where(harness: Harness) -> None:
    d = harness.dialog
    assert d.last_label.text() == "No backup made yet."
    d.backup_now_button.click()
    [file] = list(harness.folder.iterdir())
    assert file.suffix == ".reflectbackup"
    assert str(file) in d.message.text()
    assert d.last_label.text().startswith("Last backup: 2 Mar 2026")
    assert d.backup_now_button.isEnabled()


def test_automatic_settings_are_saved_in_the_vault(
    harness: Harness, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    d = harness.dialog
    assert d.auto_check.isChecked()
    assert d.keep_spin.value() == 10
    d.auto_check.setChecked(False)
    d.keep_spin.setValue(4)
    dialogs.folder = tmp_path / "usb"
    d.folder_button.click()
    assert BackupSettings.load(harness.vault.journal) == BackupSettings(
        enabled=False, folder=tmp_path / "usb", keep=4
    )
    assert str(tmp_path / "usb") in d.folder_label.text()


def test_restore_as_a_separate_journal(
    harness: Harness,
    dialogs: FakeDialogs,
    tmp_path: Path,
    clock: FakeClock,
    cheap_kdf: KdfParams,
    qtbot: QtBot,
) -> None:
    harness.vault.journal.add_entry("Before", "in the backup")
    info = create_backup(harness.vault, tmp_path / "b", clock=clock)
    d = harness.dialog
    assert not d.restore_panel.isVisibleTo(d)
    dialogs.open_path = info.path
    d.restore_button.click()
    assert d.restore_panel.isVisibleTo(d)
    assert "2 Mar 2026" in d.restore_info.text()
    assert not d.restore_start.isEnabled()
    d.secret.setText(PASSPHRASE)
    (tmp_path / "place").mkdir()
    dialogs.folder = tmp_path / "place"
    with qtbot.waitSignal(d.restored) as signal:
        d.restore_start.click()
    target, replaced = signal.args
    assert replaced is False
    assert target.parent == tmp_path / "place"
    assert harness.locked == 0
    copy = Vault.unlock(target, PASSPHRASE, kdf=cheap_kdf)
    assert [e.title for e in copy.journal.list_entries()] == ["Before"]
    copy.lock()
    assert d.secret.text() == ""


def test_restore_over_the_current_journal_asks_then_locks_and_replaces(
    harness: Harness, dialogs: FakeDialogs, tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams
) -> None:
    harness.vault.journal.add_entry("Before", "in the backup")
    info = create_backup(harness.vault, tmp_path / "b", clock=clock)
    harness.vault.journal.add_entry("After", "not in the backup")
    d = harness.dialog
    dialogs.open_path = info.path
    d.restore_button.click()
    d.secret.setText(PASSPHRASE)
    d.replace_radio.setChecked(True)

    dialogs.queue_confirm(False)
    d.restore_start.click()
    assert dialogs.confirms[-1].extra["destructive"] is True
    assert harness.locked == 0
    assert d.message.text() == "Nothing was changed."
    assert harness.vault.journal.count_entries() == 2

    dialogs.queue_confirm(True)
    d.restore_start.click()
    assert harness.locked == 1
    again = Vault.unlock(harness.vault.path, PASSPHRASE, kdf=cheap_kdf)
    assert [e.title for e in again.journal.list_entries()] == ["Before"]
    again.lock()


def test_replacing_with_a_backup_of_another_journal_says_so_first(
    harness: Harness, dialogs: FakeDialogs, tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams
) -> None:
    """Audit item 16: same passphrase, different journal: the user is told before."""
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    other.journal.add_entry("Someone else's journal")
    info = create_backup(other, tmp_path / "b", clock=clock)
    other.lock()
    harness.vault.journal.add_entry("Mine")
    d = harness.dialog
    dialogs.open_path = info.path
    d.restore_button.click()
    d.secret.setText(PASSPHRASE)
    d.replace_radio.setChecked(True)
    dialogs.queue_confirm(False)
    d.restore_start.click()
    asked = dialogs.confirms[-1]
    assert asked.title == "This backup is of a different journal"
    assert "separate journal" in asked.text
    assert harness.locked == 0
    assert [e.title for e in harness.vault.journal.list_entries()] == ["Mine"]


def test_wrong_passphrase_changes_nothing_and_keeps_the_journal_open(
    harness: Harness, dialogs: FakeDialogs, tmp_path: Path, clock: FakeClock
) -> None:
    info = create_backup(harness.vault, tmp_path / "b", clock=clock)
    harness.vault.journal.checkpoint()
    before = _hashes(harness.vault.path)
    d = harness.dialog
    dialogs.open_path = info.path
    d.restore_button.click()
    d.secret.setText("not the passphrase")
    d.replace_radio.setChecked(True)
    d.restore_start.click()
    assert "passphrase didn't open" in d.message.text()
    assert harness.locked == 0
    assert dialogs.confirms == []
    assert not harness.vault.is_locked
    assert _hashes(harness.vault.path) == before


def test_a_file_that_is_not_a_backup_is_refused_calmly(
    harness: Harness, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    path = tmp_path / "holiday.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a backup")
    dialogs.open_path = path
    harness.dialog.restore_button.click()
    [error] = dialogs.errors
    assert "isn't a Reflect backup" in error.text
    assert not harness.dialog.restore_panel.isVisibleTo(harness.dialog)


def test_the_recovery_key_is_accepted_in_the_same_field(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FakeClock,
    cheap_kdf: KdfParams,
    runner: InstantRunner,
    dialogs: FakeDialogs,
) -> None:
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    try:
        info = create_backup(vault, tmp_path / "b", clock=clock)
        dialog = BackupDialog(vault, AutoBackup(clock, tmp_path / "b"), runner, dialogs)
        qtbot.addWidget(dialog)
        dialogs.open_path = info.path
        dialog.restore_button.click()
        dialog.secret.setText(recovery.lower())
        (tmp_path / "place").mkdir()
        dialogs.folder = tmp_path / "place"
        dialog.restore_start.click()
        assert dialog.message.text().startswith("Restored into")
    finally:
        vault.lock()


def test_a_restore_can_be_stopped_and_leaves_nothing_behind(
    harness: Harness,
    dialogs: FakeDialogs,
    runner: InstantRunner,
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    """Audit item 3: long work in the Backups window can be stopped."""
    for n in range(30):
        harness.vault.journal.add_entry(f"entry {n}", "words " * 200)
    info = create_backup(harness.vault, tmp_path / "b", clock=clock)
    d = harness.dialog
    dialogs.open_path = info.path
    d.restore_button.click()
    d.secret.setText(PASSPHRASE)
    (tmp_path / "place").mkdir()
    dialogs.folder = tmp_path / "place"
    runner.hold()
    d.restore_start.click()
    assert d.task.stop_button.isVisibleTo(d) and d.task.stop_button.isEnabled()
    d.task.stop_button.click()
    assert d.message.text() == "Stopping…"
    runner.release()
    assert d.message.text() == "Stopped. Nothing was changed."
    assert not d.task.stop_button.isVisibleTo(d)
    assert list((tmp_path / "place").iterdir()) == []  # no restored journal, no staging


def test_a_backup_can_be_stopped_and_leaves_no_partial_file(
    harness: Harness, runner: InstantRunner
) -> None:
    for n in range(30):
        harness.vault.journal.add_entry(f"entry {n}", "words " * 200)
    d = harness.dialog
    runner.hold()
    d.backup_now_button.click()
    d.task.stop_button.click()
    runner.release()
    assert d.message.text() == "Stopped. Nothing was changed."
    assert not harness.folder.exists() or list(harness.folder.iterdir()) == []
