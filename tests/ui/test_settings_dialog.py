"""Settings as a user changes them: locking, look, passphrase, recovery key."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.errors import VaultCorrupt, WrongRecoveryKey
from reflect.core.journal.settings import (
    FONT_FAMILY,
    FONT_SIZE,
    IDLE_MINUTES,
    LOCK_ON_MINIMISE,
    VaultPrefs,
    read_prefs,
)
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.new_recovery_key import NewRecoveryKeyDialog
from reflect.ui.settings_dialog import SettingsDialog, prefs_font
from tests.conftest import PASSPHRASE
from tests.helpers.fakes import FakeDialogs, InstantRunner

FONT_FAMILY_KEY, FONT_SIZE_KEY = FONT_FAMILY.key, FONT_SIZE.key
IDLE_MINUTES_KEY, LOCK_ON_MINIMISE_KEY = IDLE_MINUTES.key, LOCK_ON_MINIMISE.key

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

LEFT = Qt.MouseButton.LeftButton
NEW = "saffron glacier pencil harbour"


@pytest.fixture
def made(tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams) -> Iterator[tuple[Vault, str]]:
    vault, key = Vault.create(tmp_path / "journal", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    yield vault, key
    if not vault.is_locked:
        vault.lock()


class Recorder:
    def __init__(self) -> None:
        self.themes: list[str] = []
        self.prefs: list[VaultPrefs] = []


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def dialog(
    qtbot: QtBot,
    made: tuple[Vault, str],
    dialogs: FakeDialogs,
    runner: InstantRunner,
    recorder: Recorder,
) -> SettingsDialog:
    widget = SettingsDialog(
        made[0],
        runner=runner,
        dialogs=dialogs,
        theme="light",
        default_font=QFont("DejaVu Sans", 11),
        on_theme=recorder.themes.append,
        on_prefs=recorder.prefs.append,
    )
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_defaults_are_shown(dialog: SettingsDialog) -> None:
    assert dialog.idle_minutes.value() == 5
    assert not dialog.lock_on_minimise.isChecked()
    assert dialog.theme.currentData() == "light"
    assert dialog.windowTitle() == "Settings"


def test_locking_choices_are_kept_in_the_vault(
    dialog: SettingsDialog, made: tuple[Vault, str], recorder: Recorder
) -> None:
    dialog.idle_minutes.setValue(12)
    dialog.lock_on_minimise.setChecked(True)
    journal = made[0].journal
    assert journal.get_setting(IDLE_MINUTES_KEY) == 12
    assert journal.get_setting(LOCK_ON_MINIMISE_KEY) is True
    assert recorder.prefs[-1] == VaultPrefs(idle_minutes=12, lock_on_minimise=True)
    dialog.idle_minutes.setValue(0)
    assert dialog.idle_minutes.text() == "Never"
    assert read_prefs(journal).idle_minutes == 0


def test_theme_goes_to_the_callback_not_the_vault(
    dialog: SettingsDialog, made: tuple[Vault, str], recorder: Recorder
) -> None:
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert recorder.themes == ["dark"]
    assert made[0].journal.get_setting("theme") is None


def test_editor_font_is_kept_in_the_vault(
    dialog: SettingsDialog, made: tuple[Vault, str], recorder: Recorder
) -> None:
    dialog.font_size.setValue(16)
    journal = made[0].journal
    assert journal.get_setting(FONT_SIZE_KEY) == 16
    assert isinstance(journal.get_setting(FONT_FAMILY_KEY), str)
    font = prefs_font(recorder.prefs[-1], QFont("DejaVu Sans", 11))
    assert font.pointSize() == 16


def test_odd_values_in_the_vault_fall_back_to_defaults(made: tuple[Vault, str]) -> None:
    journal = made[0].journal
    journal.set_setting(IDLE_MINUTES_KEY, "soon")
    journal.set_setting(FONT_SIZE_KEY, 400)
    journal.set_setting(LOCK_ON_MINIMISE_KEY, "yes")
    assert read_prefs(journal) == VaultPrefs()


def test_change_passphrase(
    dialog: SettingsDialog, qtbot: QtBot, made: tuple[Vault, str], dialogs: FakeDialogs
) -> None:
    change = dialog.change_passphrase()
    change.old.setText("wrong one entirely")
    change.form.new.setText(NEW)
    change.form.confirm.setText(NEW)
    qtbot.mouseClick(change.change_button, LEFT)
    assert "isn't your current passphrase" in change.error.text()
    assert change.old.selectedText() == "wrong one entirely"
    change.old.setText(PASSPHRASE)
    with qtbot.waitSignal(change.accepted):
        qtbot.mouseClick(change.change_button, LEFT)
    assert dialogs.infos[-1].title == "Passphrase changed"
    assert change.old.text() == "" and change.form.new.text() == ""
    vault = made[0]
    path = vault.path
    vault.lock()
    Vault.unlock(path, NEW).lock()


def test_change_passphrase_refuses_a_trivial_one(
    dialog: SettingsDialog, qtbot: QtBot, runner: InstantRunner
) -> None:
    change = dialog.change_passphrase()
    change.old.setText(PASSPHRASE)
    change.form.new.setText("password")
    change.form.confirm.setText("password")
    qtbot.mouseClick(change.change_button, LEFT)
    assert "most used passwords" in change.error.text()  # says why, not only "refused"
    assert runner.ran == []


def test_change_passphrase_is_busy_off_the_ui_thread(
    dialog: SettingsDialog, qtbot: QtBot, runner: InstantRunner
) -> None:
    change = dialog.change_passphrase()
    change.old.setText(PASSPHRASE)
    change.form.new.setText(NEW)
    change.form.confirm.setText(NEW)
    runner.hold()
    change.submit()
    assert change.busy.isVisible() and not change.change_button.isEnabled()
    change.reject()  # closing mid-change is refused
    assert change.isVisible()
    runner.release()
    assert not change.isVisible()


def _ask_for_a_new_key(dialog: SettingsDialog, qtbot: QtBot) -> tuple[NewRecoveryKeyDialog, str]:
    rotate = dialog.new_recovery_key()
    rotate.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(rotate.make_button, LEFT)
    shown = rotate.key_panel.key_label.text()
    assert re.fullmatch(r"[0-9A-F ]+\n[0-9A-F ]+", shown)
    return rotate, "-".join(shown.split())


def test_a_new_recovery_key_is_shown_and_kept_before_the_journal_switches_to_it(
    dialog: SettingsDialog, qtbot: QtBot, made: tuple[Vault, str], dialogs: FakeDialogs
) -> None:
    vault, old_key = made
    header = (vault.path / "vault.json").read_bytes()
    rotate = dialog.new_recovery_key()
    rotate.passphrase.setText("not it")
    qtbot.mouseClick(rotate.make_button, LEFT)
    assert "isn't your passphrase" in rotate.error.text()
    rotate.close()
    rotate, new_key = _ask_for_a_new_key(dialog, qtbot)
    assert new_key != old_key
    assert "old recovery key still works" in rotate.show_intro.text()
    assert (vault.path / "vault.json").read_bytes() == header  # nothing switched yet
    assert not rotate.use_button.isEnabled()  # only once the user ticks "kept"
    rotate.key_panel.kept.setChecked(True)
    qtbot.mouseClick(rotate.use_button, LEFT)
    assert not rotate.isVisible()
    assert rotate.key_panel.key_label.text() == ""
    assert dialogs.confirms == []  # nothing to warn about: the user had kept it
    assert dialogs.infos[-1].title == "New recovery key in use"  # and the user is told
    path = vault.path
    vault.lock()
    Vault.unlock_with_recovery_key(path, new_key).lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(path, old_key)
    Vault.unlock(path, PASSPHRASE).lock()


def test_closing_before_using_the_new_key_keeps_the_old_one(
    dialog: SettingsDialog, qtbot: QtBot, made: tuple[Vault, str], dialogs: FakeDialogs
) -> None:
    vault, old_key = made
    rotate, new_key = _ask_for_a_new_key(dialog, qtbot)
    rotate.reject()
    assert not rotate.isVisible() and dialogs.confirms == []
    assert rotate.key_panel.key_label.text() == ""
    path = vault.path
    vault.lock()
    Vault.unlock_with_recovery_key(path, old_key).lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(path, new_key)


def test_switching_to_the_new_key_is_busy_off_the_ui_thread(
    dialog: SettingsDialog, qtbot: QtBot, runner: InstantRunner
) -> None:
    rotate, _ = _ask_for_a_new_key(dialog, qtbot)
    rotate.key_panel.kept.setChecked(True)
    runner.hold()
    qtbot.mouseClick(rotate.use_button, LEFT)
    assert rotate.switch_busy.isVisible()
    assert not rotate.use_button.isEnabled() and not rotate.keep_old_button.isEnabled()
    rotate.reject()  # closing mid-switch is refused
    assert rotate.isVisible()
    runner.release()
    assert not rotate.isVisible()


def test_a_passphrase_change_with_a_new_key_shuts_out_an_old_key_file(
    dialog: SettingsDialog, qtbot: QtBot, made: tuple[Vault, str], tmp_path: Path
) -> None:
    """An old copy of vault.json plus the old passphrase must not open today's entries."""
    vault, old_recovery = made
    old_header = (vault.path / "vault.json").read_bytes()  # e.g. inside an old backup
    change = dialog.change_passphrase()
    change.old.setText(PASSPHRASE)
    change.form.new.setText(NEW)
    change.form.confirm.setText(NEW)
    change.new_key.setChecked(True)
    qtbot.mouseClick(change.change_button, LEFT)
    key_dialog = change.key_dialog
    assert key_dialog is not None and key_dialog.isVisible()
    assert "passphrase is changed" in key_dialog.show_intro.text()
    key_dialog.key_panel.kept.setChecked(True)
    qtbot.mouseClick(key_dialog.use_button, LEFT)
    assert not key_dialog.isVisible()
    new_recovery = "-".join(key_dialog.key_panel.key_label.text().split()) or None
    vault.journal.add_entry(title="Written after the change")
    path = vault.path
    vault.lock()
    stolen = tmp_path / "stolen"
    shutil.copytree(path, stolen)
    (stolen / "vault.json").write_bytes(old_header)
    with pytest.raises(VaultCorrupt):  # the old key no longer opens the database
        Vault.unlock(stolen, PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(path, old_recovery)
    assert new_recovery is None  # the key left the screen once it was used
    Vault.unlock(path, NEW).lock()


def test_a_passphrase_change_without_a_new_key_keeps_the_old_key_file_working(
    dialog: SettingsDialog, qtbot: QtBot, made: tuple[Vault, str], tmp_path: Path
) -> None:
    """What the README says a plain change does not do, shown to be so."""
    vault, _ = made
    old_header = (vault.path / "vault.json").read_bytes()
    change = dialog.change_passphrase()
    change.old.setText(PASSPHRASE)
    change.form.new.setText(NEW)
    change.form.confirm.setText(NEW)
    qtbot.mouseClick(change.change_button, LEFT)
    assert change.key_dialog is None
    path = vault.path
    vault.lock()
    (path / "vault.json").write_bytes(old_header)
    Vault.unlock(path, PASSPHRASE).lock()
