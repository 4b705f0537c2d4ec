"""Unlocking as a user meets it: right, wrong, recovery key, damaged, too new, in use."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.unlock import UnlockPage
from tests.conftest import PASSPHRASE
from tests.helpers.fakes import FakeDialogs, InstantRunner

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def made(tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams) -> tuple[Path, str]:
    """A locked vault and its recovery key."""
    vault, key = Vault.create(tmp_path / "journal", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    vault.lock()
    return tmp_path / "journal", key


def _page(
    qtbot: QtBot,
    path: Path,
    clock: FakeClock,
    kdf: KdfParams,
    dialogs: FakeDialogs,
    runner: InstantRunner,
    hint: str | None = None,
) -> UnlockPage:
    page = UnlockPage(
        vault_path=path,
        kdf=kdf,
        clock=clock,
        dialogs=dialogs,
        runner=runner,
        hint=hint,
    )
    qtbot.addWidget(page)
    page.resize(700, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(
    qtbot: QtBot,
    made: tuple[Path, str],
    clock: FakeClock,
    cheap_kdf: KdfParams,
    dialogs: FakeDialogs,
    runner: InstantRunner,
) -> UnlockPage:
    return _page(qtbot, made[0], clock, cheap_kdf, dialogs, runner)


def test_the_passphrase_field_has_focus_and_enter_unlocks(page: UnlockPage, qtbot: QtBot) -> None:
    page.activateWindow()
    qtbot.waitUntil(lambda: page.passphrase.hasFocus())
    assert page.passphrase.objectName() == "unlockPassphrase"
    assert page.unlock_button.objectName() == "unlockButton"
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(page.unlocked) as got:
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    vault = got.args[0]
    assert isinstance(vault, Vault) and not vault.is_locked
    assert page.passphrase.text() == ""
    assert not page.passphrase.isUndoAvailable()
    vault.lock()


def test_return_on_a_focused_link_does_what_a_click_does(page: UnlockPage, qtbot: QtBot) -> None:
    # A keyboard user tabs to "Use recovery key" and presses Return, not Space.
    page.activateWindow()
    page.use_recovery_button.setFocus()
    qtbot.waitUntil(page.use_recovery_button.hasFocus)
    qtbot.keyClick(page.use_recovery_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.step == "recovery")
    assert page.recovery_field.hasFocus()
    page.recovery_step.back_button.setFocus()
    qtbot.keyClick(
        page.recovery_step.back_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier
    )
    qtbot.waitUntil(lambda: page.step == "passphrase")


def test_the_unlock_button_unlocks_too(page: UnlockPage, qtbot: QtBot) -> None:
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(page.unlocked) as got:
        qtbot.mouseClick(page.unlock_button, LEFT)
    got.args[0].lock()


def test_wrong_passphrase_is_said_calmly_and_stays_selected(page: UnlockPage, qtbot: QtBot) -> None:
    page.activateWindow()
    qtbot.keyClicks(page.passphrase, "not my passphrase")
    with qtbot.assertNotEmitted(page.unlocked):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.error.isVisible()
    assert page.error.text().startswith("That passphrase didn't open this journal.")
    assert "!" not in page.error.text()
    assert page.passphrase.text() == "not my passphrase"
    assert page.passphrase.selectedText() == "not my passphrase"
    # Typing again replaces the old attempt and hides the message.
    qtbot.keyClicks(page.passphrase, "x")
    assert page.passphrase.text() == "x"
    assert not page.error.isVisible()


def test_an_empty_passphrase_asks_for_one(
    page: UnlockPage, qtbot: QtBot, runner: InstantRunner
) -> None:
    qtbot.mouseClick(page.unlock_button, LEFT)
    assert "Type your passphrase" in page.error.text()
    assert runner.ran == []


def test_busy_while_deriving_the_key(page: UnlockPage, qtbot: QtBot, runner: InstantRunner) -> None:
    runner.hold()
    page.passphrase.setText(PASSPHRASE)
    page.unlock()
    assert page.busy and page.busy_bar.isVisible() and page.busy_bar.maximum() == 0
    assert not page.unlock_button.isEnabled() and not page.passphrase.isEnabled()
    page.unlock()  # a second Enter while busy starts nothing
    assert len(runner.ran) == 1
    with qtbot.waitSignal(page.unlocked) as got:
        runner.release()
    assert not page.busy_bar.isVisible() and page.unlock_button.isEnabled()
    got.args[0].lock()


def test_recovery_key_then_a_new_passphrase(
    page: UnlockPage, qtbot: QtBot, made: tuple[Path, str], dialogs: FakeDialogs
) -> None:
    path, key = made
    qtbot.mouseClick(page.use_recovery_button, LEFT)
    assert page.step == "recovery"
    page.recovery_field.setText(key.lower().replace("-", " "))
    qtbot.mouseClick(page.recovery_button, LEFT)
    assert page.step == "new_passphrase"
    new = "lantern meadow copper violin"
    page.new_form.new.setText(new)
    page.new_form.confirm.setText(new)
    with qtbot.waitSignal(page.unlocked) as got:
        qtbot.mouseClick(page.save_new_button, LEFT)
    vault = got.args[0]
    assert not vault.is_locked
    vault.lock()
    assert page.step == "passphrase"
    assert page.new_form.new.text() == ""
    Vault.unlock(path, new).lock()
    with pytest.raises(Exception, match="didn't open"):
        Vault.unlock(path, PASSPHRASE)


def test_a_wrong_recovery_key_is_explained(page: UnlockPage, qtbot: QtBot) -> None:
    page.go_to("recovery")
    page.recovery_field.setText("1234")
    qtbot.keyClick(page.recovery_field, Qt.Key.Key_Return)
    assert "4 of the 64 characters" in page.recovery_error.text()
    page.recovery_field.setText("AB" * 32)
    qtbot.keyClick(page.recovery_field, Qt.Key.Key_Return)
    assert "didn't open this journal" in page.recovery_error.text()
    assert page.step == "recovery"


def test_a_refused_key_stays_whole_visible_and_says_which_group(
    page: UnlockPage, qtbot: QtBot, made: tuple[Path, str]
) -> None:
    _, key = made
    page.show()
    page.go_to("recovery")
    groups = key.split("-")
    groups[5] = "O" + groups[5][1:]  # a zero read as the letter O
    typed = "-".join(groups)
    page.recovery_field.setText(typed)
    qtbot.keyClick(page.recovery_field, Qt.Key.Key_Return)
    assert "Group 6" in page.recovery_error.text()
    assert "Did you mean 0" in page.recovery_error.text()
    field = page.recovery_field
    # Not selected: one keystroke must not replace 64 characters.
    assert not field.hasSelectedText()
    qtbot.keyClick(field, Qt.Key.Key_X)
    assert field.text().upper() == typed + "X"
    # In the window's usual size the whole key fits in the field...
    page.resize(1100, 720)
    QApplication.processEvents()
    assert field.width() >= field.fontMetrics().horizontalAdvance(typed)
    # ...and in a narrow window the field never spills past the buttons.
    for width in (1100, 700):
        page.resize(width, 600)
        QApplication.processEvents()
        button = page.recovery_button
        field_right = field.mapTo(page, field.rect().topRight()).x()
        assert field_right <= button.mapTo(page, button.rect().topRight()).x() + 1


def test_cancelling_the_new_passphrase_locks_again(
    page: UnlockPage, qtbot: QtBot, made: tuple[Path, str]
) -> None:
    path, key = made
    page.go_to("recovery")
    page.recovery_field.setText(key)
    page.unlock_with_recovery_key()
    assert page.step == "new_passphrase"
    page.reset()
    assert page.step == "passphrase"
    # The vault was locked again: another process could open it now.
    Vault.unlock(path, PASSPHRASE).lock()


def test_forgot_passphrase_is_honest(page: UnlockPage, qtbot: QtBot, dialogs: FakeDialogs) -> None:
    qtbot.mouseClick(page.forgot_button, LEFT)
    (shown,) = dialogs.infos
    assert "recovery key" in shown.text
    assert "cannot be opened" in shown.text


def test_support_is_reachable_while_locked(page: UnlockPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.support_requested):
        qtbot.mouseClick(page.support_button, LEFT)


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda p: (p / "vault.json").write_text("{not json"), "look damaged"),
        (
            lambda p: (p / "vault.json").write_text(
                json.dumps({**json.loads((p / "vault.json").read_text()), "version": 99})
            ),
            "newer Reflect",
        ),
        (lambda p: (p / "journal.db").unlink(), "journal.db"),
    ],
)
def test_damaged_or_too_new_vaults_are_explained(
    page: UnlockPage,
    qtbot: QtBot,
    made: tuple[Path, str],
    damage: Callable[[Path], object],
    expected: str,
) -> None:
    damage(made[0])
    page.passphrase.setText(PASSPHRASE)
    page.unlock()
    assert expected in page.error.text()
    assert page.error.isVisible()


def test_a_vault_in_use_is_explained(
    page: UnlockPage, qtbot: QtBot, made: tuple[Path, str]
) -> None:
    other = Vault.unlock(made[0], PASSPHRASE)
    try:
        page.passphrase.setText(PASSPHRASE)
        page.unlock()
        assert "already open" in page.error.text()
    finally:
        other.lock()


def test_the_demo_hint_shows_the_passphrase(
    qtbot: QtBot,
    made: tuple[Path, str],
    clock: FakeClock,
    cheap_kdf: KdfParams,
    dialogs: FakeDialogs,
    runner: InstantRunner,
) -> None:
    page = _page(qtbot, made[0], clock, cheap_kdf, dialogs, runner, hint="calm harbour demo")
    hint = page.findChild(type(page.error), "demoHint")
    assert hint is not None and "calm harbour demo" in hint.text()


def test_a_damaged_journal_offers_a_backup_and_keeps_the_damage(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FakeClock,
    cheap_kdf: KdfParams,
    dialogs: FakeDialogs,
    runner: InstantRunner,
) -> None:
    from reflect.core.portability.backup import create_backup

    folder = tmp_path / "journal"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=cheap_kdf, clock=clock)
    vault.journal.add_entry(title="kept safe", body="words " * 300)
    backup = create_backup(vault, tmp_path / "backups", clock=clock).path
    vault.lock()
    db_file = folder / "journal.db"
    db_file.write_bytes(db_file.read_bytes()[:5000])

    page = _page(qtbot, folder, clock, cheap_kdf, dialogs, runner)
    assert not page.restore_button.isVisible()  # never offered for a healthy journal
    unlocked: list[Vault] = []
    page.unlocked.connect(unlocked.append)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert "damaged" in page.error.text()
    assert page.restore_button.isVisible()

    dialogs.open_path = backup
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert len(unlocked) == 1
    assert [e.title for e in unlocked[0].journal.list_entries()] == ["kept safe"]
    unlocked[0].lock()
    assert "damaged copy was kept" in dialogs.all_text()
    damaged = [p for p in tmp_path.iterdir() if p.name.startswith("journal-damaged-")]
    assert len(damaged) == 1
    assert (damaged[0] / "journal.db").stat().st_size == 5000
