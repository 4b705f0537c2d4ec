"""Locking as a user relies on it: idle, Ctrl+L, quick hide, minimise, session lock.

After every lock no widget, document, undo stack or model may still hold
journal text (the canary), and the unlock page must be showing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.locking import IdleLocker, SessionLockWatcher
from reflect.core.clock import FakeClock
from reflect.core.journal.settings import IDLE_MINUTES, LOCK_ON_MINIMISE
from reflect.core.vault.lifecycle import Vault
from tests.app.conftest import CANARY, unlock
from tests.conftest import PASSPHRASE
from tests.helpers.fakes import visible_texts

IDLE_MINUTES_KEY, LOCK_ON_MINIMISE_KEY = IDLE_MINUTES.key, LOCK_ON_MINIMISE.key

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support"),
]


@pytest.fixture
def opened(controller: AppController, qtbot: QtBot, existing_vault: Path) -> AppController:
    """The app showing the journal, with a canary typed into a new entry (not yet saved)."""
    controller.start()
    controller.shell.show()
    qtbot.waitExposed(controller.shell)
    unlock(controller, qtbot)
    assert controller.state == "journal"
    view = controller.journal_view
    assert view is not None
    view.new_entry()  # type: ignore[attr-defined]
    qtbot.keyClicks(view.editor.title, f"Title {CANARY}")  # type: ignore[attr-defined]
    qtbot.keyClicks(view.editor.body, f"Body text {CANARY} that must vanish")  # type: ignore[attr-defined]
    return controller


def _all_windows() -> list[QWidget]:
    return list(QApplication.topLevelWidgets())


def assert_locked_and_wiped(controller: AppController) -> None:
    assert controller.state == "unlock"
    assert controller.vault is None
    assert controller.shell.current_page() is controller.unlock_page
    assert controller.shell.windowTitle() == "Reflect"
    texts = visible_texts(_all_windows())
    leaks = [t for t in texts if CANARY in t or t.startswith("<")]
    assert leaks == []
    # Nothing journal-related left in the menus either.
    assert [a.text() for a in controller.shell.menuBar().actions()] == ["&Reflect"]


def _entry_bodies(path: Path) -> list[str]:
    vault = Vault.unlock(path, PASSPHRASE)
    try:
        return [e.title + "\n" + e.body for e in vault.journal.list_entries()]
    finally:
        vault.lock()


def test_ctrl_l_saves_then_locks_and_wipes(
    opened: AppController, qtbot: QtBot, existing_vault: Path
) -> None:
    view = opened.journal_view
    with qtbot.waitSignal(opened.locked):
        view.lock_requested.emit()  # type: ignore[union-attr]
    assert_locked_and_wiped(opened)
    # What was typed a moment before locking was saved, not lost.
    assert any(CANARY in text for text in _entry_bodies(existing_vault))


def test_the_lock_shortcut_works_from_the_editor(opened: AppController, qtbot: QtBot) -> None:
    view = opened.journal_view
    view.editor.body.setFocus()  # type: ignore[union-attr]
    qtbot.keyClick(view.editor.body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # type: ignore[union-attr]
    assert_locked_and_wiped(opened)


def test_idle_lock_with_an_injected_clock(
    opened: AppController, qtbot: QtBot, clock: FakeClock
) -> None:
    assert opened.idle.minutes == 5  # the default
    clock.advance(minutes=4, seconds=50)
    assert not opened.idle.check()
    # A key press counts as activity and restarts the wait.
    qtbot.keyClick(opened.journal_view.editor.body, Qt.Key.Key_Space)  # type: ignore[union-attr]
    clock.advance(minutes=4, seconds=50)
    opened.idle.timer.timeout.emit()
    assert opened.state == "journal"
    clock.advance(seconds=11)
    opened.idle.timer.timeout.emit()
    assert_locked_and_wiped(opened)
    assert not opened.idle.timer.isActive()


def test_idle_minutes_come_from_the_vault(
    controller: AppController, qtbot: QtBot, existing_vault: Path, clock: FakeClock
) -> None:
    vault = Vault.unlock(existing_vault, PASSPHRASE)
    vault.journal.set_setting(IDLE_MINUTES_KEY, 1)
    vault.lock()
    controller.start()
    unlock(controller, qtbot)
    clock.advance(minutes=1)
    assert controller.idle.check()
    assert controller.state == "unlock"


def test_idle_lock_can_be_off(
    controller: AppController, qtbot: QtBot, existing_vault: Path, clock: FakeClock
) -> None:
    vault = Vault.unlock(existing_vault, PASSPHRASE)
    vault.journal.set_setting(IDLE_MINUTES_KEY, 0)
    vault.lock()
    controller.start()
    unlock(controller, qtbot)
    clock.advance(hours=10)
    assert not controller.idle.check()
    assert controller.state == "journal"


def test_quick_hide_locks_and_minimises(opened: AppController, qtbot: QtBot) -> None:
    opened.journal_view.quick_hide_requested.emit()  # type: ignore[union-attr]
    assert_locked_and_wiped(opened)
    assert opened.shell.isMinimized()


def test_minimising_locks_only_when_asked_to(
    opened: AppController, qtbot: QtBot, existing_vault: Path
) -> None:
    opened.shell.showMinimized()
    assert opened.state == "journal"
    opened.shell.showNormal()
    opened.vault.journal.set_setting(LOCK_ON_MINIMISE_KEY, True)  # type: ignore[union-attr]
    opened.lock()
    unlock(opened, qtbot)
    opened.shell.showMinimized()
    assert_locked_and_wiped(opened)


def test_the_session_locking_locks_the_journal(opened: AppController) -> None:
    opened.session._active_changed(True)
    assert_locked_and_wiped(opened)


@pytest.mark.parametrize("slot", ["_prepare_for_sleep", "_session_lock", "suspended"])
def test_sleep_and_session_signals_lock(qtbot: QtBot, slot: str) -> None:
    watcher = SessionLockWatcher()
    with qtbot.waitSignal(watcher.session_locked):
        if slot == "_prepare_for_sleep":
            watcher._prepare_for_sleep(True)
        elif slot == "_session_lock":
            watcher._session_lock()
        else:
            watcher._state_changed(Qt.ApplicationState.ApplicationSuspended)
    with qtbot.assertNotEmitted(watcher.session_locked):
        watcher._prepare_for_sleep(False)  # waking up
        watcher._active_changed(False)  # screen saver ending
        watcher._state_changed(Qt.ApplicationState.ApplicationInactive)


def test_no_bus_means_no_listener_and_no_warning(qtbot: QtBot) -> None:
    watcher = SessionLockWatcher()
    watcher.start()  # this machine has no D-Bus (CI containers neither): must stay silent
    assert "application state" in watcher.listening


def test_lock_clears_text_copied_inside_reflect(opened: AppController, qtbot: QtBot) -> None:
    body = opened.journal_view.editor.body  # type: ignore[union-attr]
    body.selectAll()
    body.copy()
    clipboard = QGuiApplication.clipboard()
    assert CANARY in clipboard.text()
    opened.clipboard.note_copied(clipboard.text())  # the offscreen platform has no focus window
    opened.lock()
    assert clipboard.text() == ""


def test_lock_leaves_text_copied_elsewhere(opened: AppController) -> None:
    QGuiApplication.clipboard().setText("a recipe from another program")
    opened.clipboard.note_copied("something else copied earlier in Reflect")
    opened.lock()
    assert QGuiApplication.clipboard().text() == "a recipe from another program"


def test_lock_closes_open_dialogs(opened: AppController, qtbot: QtBot) -> None:
    dialog = opened.show_settings()
    assert dialog is not None and dialog.isVisible()
    opened.lock()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(w.objectName() == "settingsDialog" for w in QApplication.topLevelWidgets())
    assert_locked_and_wiped(opened)


def test_unlocking_again_shows_the_saved_entry(opened: AppController, qtbot: QtBot) -> None:
    opened.lock()
    unlock(opened, qtbot)
    assert opened.state == "journal"
    texts = visible_texts([opened.shell])
    assert any(CANARY in t for t in texts)


def test_idle_locker_stops_listening_when_stopped(qtbot: QtBot, clock: FakeClock) -> None:
    locker = IdleLocker(clock)
    locker.start()
    locker.stop()
    clock.advance(hours=1)
    assert not locker.check()
