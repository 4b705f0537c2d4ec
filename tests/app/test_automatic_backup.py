"""The daily backup happens however the journal locks or closes, once a day, off the UI thread.

Reflect 0.1 backed up only when the window closed while unlocked, so the default
idle lock, Ctrl+L and "keep running in the tray" silently skipped it. Each path
a user takes is walked here with the injected clock.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.features import Features
from reflect.app.services import Services
from reflect.app.tasks import TaskRunner
from reflect.core.clock import FakeClock
from reflect.core.errors import StorageFull
from reflect.core.portability.backup import AutoBackup
from reflect.core.vault.lifecycle import Vault
from reflect.ui.reminders.notify import TrayNotifier
from tests.app.conftest import unlock, wire
from tests.conftest import PASSPHRASE
from tests.helpers.fakes import visible_texts
from tests.helpers.reminder_fakes import FakeTray

CANARY = "zqbackupcanary57"


def _backups(services: Services) -> list[Path]:
    return sorted(services.paths.backups.glob("*.reflectbackup"))


def _tray(_host: object) -> TrayNotifier:
    return TrayNotifier(QIcon(), available=lambda: True, tray_factory=FakeTray)


def _wire_with_tray(qtbot: QtBot, services: Services) -> tuple[AppController, Features]:
    app = wire(qtbot, services, notifier_factory=_tray)
    app[1].store.update(lambda s: dataclasses.replace(s, keep_in_tray=True))
    return app


def _write(controller: AppController, qtbot: QtBot) -> None:
    unlock(controller, qtbot)
    assert controller.state == "journal"
    view = controller.journal_view
    view.new_entry()  # type: ignore[union-attr]
    view.editor.body.setPlainText(CANARY)  # type: ignore[union-attr]


def _ctrl_l(controller: AppController, qtbot: QtBot, _clock: FakeClock) -> None:
    body = controller.journal_view.editor.body  # type: ignore[union-attr]
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def _quick_hide(controller: AppController, qtbot: QtBot, _clock: FakeClock) -> None:
    body = controller.journal_view.editor.body  # type: ignore[union-attr]
    qtbot.keyClick(
        body,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def _idle(controller: AppController, _qtbot: QtBot, clock: FakeClock) -> None:
    clock.advance(minutes=controller.idle.minutes, seconds=1)
    controller.idle.timer.timeout.emit()


def _minimise(controller: AppController, _qtbot: QtBot, _clock: FakeClock) -> None:
    assert controller.prefs is not None
    controller._apply_prefs(dataclasses.replace(controller.prefs, lock_on_minimise=True))
    controller.shell.showMinimized()
    controller.shell.minimized.emit()


def _quit(controller: AppController, _qtbot: QtBot, _clock: FakeClock) -> None:
    controller.quit_action.trigger()


LockPath = Callable[[AppController, QtBot, FakeClock], None]


@pytest.mark.parametrize(
    "lock_path",
    [_idle, _ctrl_l, _quick_hide, _minimise, _quit],
    ids=["idle", "ctrl-l", "quick-hide", "minimise", "quit"],
)
def test_each_way_of_locking_makes_the_daily_backup(
    wired: tuple[AppController, Features],
    qtbot: QtBot,
    services: Services,
    clock: FakeClock,
    lock_path: LockPath,
) -> None:
    controller, _ = wired
    _write(controller, qtbot)
    assert _backups(services) == []
    lock_path(controller, qtbot, clock)
    assert controller.state == "unlock" or controller._shut_down
    controller.wait_until_released(5)
    backups = _backups(services)
    assert len(backups) == 1
    assert CANARY.encode() not in backups[0].read_bytes()  # encrypted, like the vault
    # It went through the task runner (a worker thread in the real app).
    assert any(getattr(fn, "__name__", "") == "run_then_lock" for fn in services.tasks.ran)  # type: ignore[attr-defined]
    # The journal is whole and locked afterwards.
    vault = Vault.unlock(services.vault_path, PASSPHRASE, kdf=services.kdf)
    try:
        assert any(CANARY in e.body for e in vault.journal.list_entries())
    finally:
        vault.lock()


def test_closing_to_the_tray_makes_the_daily_backup(
    qtbot: QtBot, services: Services, existing_vault: Path
) -> None:
    controller, features = _wire_with_tray(qtbot, services)
    try:
        _write(controller, qtbot)
        controller.shell.close()  # hides to the tray and locks
        assert controller.state == "unlock"
        assert len(_backups(services)) == 1
    finally:
        controller.shutdown()
        features.shutdown()


def test_at_most_one_backup_a_day_and_again_the_next_day(
    wired: tuple[AppController, Features], qtbot: QtBot, services: Services, clock: FakeClock
) -> None:
    controller, _ = wired
    for _ in range(3):  # lock three times in one day
        _write(controller, qtbot)
        controller.lock()
    assert len(_backups(services)) == 1
    clock.advance(days=1)
    _write(controller, qtbot)
    controller.lock()
    assert len(_backups(services)) == 2


def test_no_backup_when_the_user_turned_them_off(
    wired: tuple[AppController, Features], qtbot: QtBot, services: Services
) -> None:
    from reflect.core.portability.backup import BackupSettings

    controller, _ = wired
    _write(controller, qtbot)
    assert controller.vault is not None
    BackupSettings(enabled=False).save(controller.vault.journal)
    controller.lock()
    assert _backups(services) == []


def test_a_failed_backup_never_blocks_the_lock_and_says_so_on_the_unlock_page(
    wired: tuple[AppController, Features],
    qtbot: QtBot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller, _ = wired
    _write(controller, qtbot)

    def full_disk(self: AutoBackup, vault: Vault, **_kw: object) -> None:
        raise StorageFull("The disk is full.")

    monkeypatch.setattr(AutoBackup, "run_now", full_disk)
    controller.lock()
    assert controller.state == "unlock"
    qtbot.waitUntil(lambda: controller.unlock_page.notice.isVisible())  # type: ignore[union-attr]
    notice = controller.unlock_page.notice.text()  # type: ignore[union-attr]
    assert "backup could not be made" in notice
    assert "Backups" in notice
    # The journal still opens, with what was written.
    unlock(controller, qtbot)
    assert controller.state == "journal"


@pytest.fixture
def threaded_services(services: Services) -> Iterator[Services]:
    runner = TaskRunner()
    yield dataclasses.replace(services, tasks=runner)
    runner.wait_all(10_000)


def test_the_screen_locks_at_once_while_the_backup_runs_on_a_worker(
    qtbot: QtBot,
    threaded_services: Services,
    existing_vault: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = threaded_services
    controller, features = wire(qtbot, services)
    try:
        unlock(controller, qtbot)
        qtbot.waitUntil(lambda: controller.state == "journal")
        view = controller.journal_view
        view.new_entry()  # type: ignore[union-attr]
        view.editor.body.setPlainText(CANARY)  # type: ignore[union-attr]

        started, go_on = threading.Event(), threading.Event()
        threads: list[str] = []
        real_run_now = AutoBackup.run_now

        def slow_backup(self: AutoBackup, vault: Vault, **kw: object) -> object:
            threads.append(threading.current_thread().name)
            started.set()
            assert go_on.wait(10)
            return real_run_now(self, vault, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(AutoBackup, "run_now", slow_backup)
        controller.lock()
        assert started.wait(10)
        # The backup is still running, yet the screen is locked and wiped already.
        assert controller.state == "unlock"
        from PySide6.QtWidgets import QApplication

        assert CANARY not in "\n".join(visible_texts(QApplication.topLevelWidgets()))
        assert not controller.vault_released.is_set()
        assert threads and threads[0] != threading.main_thread().name
        # Unlocking now waits for the backup instead of failing on the folder lock.
        unlock(controller, qtbot)
        go_on.set()
        qtbot.waitUntil(lambda: controller.state == "journal", timeout=10_000)
        assert controller.vault_released.is_set()  # the old vault let go of its folder
        assert len(_backups(services)) == 1
    finally:
        go_on.set()
        controller.shutdown()
        features.shutdown()
