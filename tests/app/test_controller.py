"""The app's states as a user moves through them: first run, journal, lock, support."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.tasks import TaskRunner
from reflect.core.vault.lifecycle import Vault
from tests.app.conftest import WiredApp, unlock

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

GOOD = "marble thistle lantern quiet"


def test_first_run_leads_to_the_journal(controller: AppController, qtbot: QtBot) -> None:
    states: list[str] = []
    controller.state_changed.connect(states.append)
    controller.start()
    page = controller.first_run
    assert page is not None and controller.shell.current_page() is page
    page.go_to("passphrase")
    page.form.new.setText(GOOD)
    page.form.confirm.setText(GOOD)
    page._create()
    page.key_panel.kept.setChecked(True)
    page.finish_button.click()
    assert states == ["first_run", "journal"]
    assert controller.first_run is None  # the setup page (and its key) is gone
    assert controller.vault is not None and not controller.vault.is_locked
    menus = [a.text() for a in controller.shell.menuBar().actions()]
    assert menus[0] == "&Journal"  # Alt+J opens it
    controller.lock()
    assert states[-1] == "unlock"
    unlock(controller, qtbot, GOOD)
    assert controller.state == "journal"


def test_an_existing_vault_starts_locked(controller: AppController, existing_vault: Path) -> None:
    controller.start()
    assert controller.state == "unlock"
    assert controller.vault is None
    assert controller.journal_view is None  # not even built before the first unlock


def test_support_opens_without_unlocking(
    controller: AppController, qtbot: QtBot, existing_vault: Path
) -> None:
    controller.start()
    page = controller.unlock_page
    assert page is not None
    page.support_button.click()
    dialog = controller._support_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Support"
    assert controller.state == "unlock"
    assert controller.show_support() is dialog  # a second click raises the same one
    dialog.close()


def test_bring_to_front_restores_a_minimised_window(
    controller: AppController, existing_vault: Path
) -> None:
    controller.start()
    controller.shell.showMinimized()
    controller.shell.bring_to_front()
    assert not controller.shell.isMinimized() and controller.shell.isVisible()


def test_quitting_mid_setup_locks_the_new_vault(
    controller: AppController, services: object, tmp_path: Path
) -> None:
    controller.start()
    page = controller.first_run
    assert page is not None
    page.go_to("passphrase")
    page.form.new.setText(GOOD)
    page.form.confirm.setText(GOOD)
    page._create()
    assert page.step == "recovery"
    controller.shell.close()
    assert page.key_panel.key_label.text() == ""
    Vault.unlock(tmp_path / "journal", GOOD).lock()  # released: it opens again


def test_the_real_task_runner_delivers_on_the_ui_thread(qtbot: QtBot) -> None:
    import threading

    runner = TaskRunner()
    seen: list[object] = []
    main = threading.get_ident()

    def work(progress) -> int:
        progress(1, 2)
        return threading.get_ident()

    runner.run(
        work,
        on_done=lambda worker: seen.append(("done", worker != main, threading.get_ident() == main)),
        on_error=seen.append,
        on_progress=lambda d, t: seen.append(("progress", d, t, threading.get_ident() == main)),
    )
    runner.run(lambda: 1 / 0, on_done=seen.append, on_error=lambda e: seen.append(type(e)))
    assert runner.wait_all(10_000)
    assert ("progress", 1, 2, True) in seen
    assert ("done", True, True) in seen
    assert ZeroDivisionError in seen
    assert not runner.busy()
    assert QApplication.instance() is not None


def test_every_menu_opens_with_its_own_alt_letter(wired: WiredApp, qtbot: QtBot) -> None:
    """Alt+J once typed a "j" into the entry; now it opens the Journal menu."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMenu, QPlainTextEdit

    controller, _ = wired
    unlock(controller, qtbot)
    titles = [a.text() for a in controller.shell.menuBar().actions()]
    letters = [t[t.index("&") + 1].lower() for t in titles]
    assert all("&" in t for t in titles) and len(set(letters)) == len(letters), titles
    view = controller.journal_view
    assert view is not None
    view.focus_writing()
    body = QApplication.focusWidget()
    assert isinstance(body, QPlainTextEdit)  # the cursor is in the entry
    before = body.toPlainText()
    qtbot.keyClick(body, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu) and popup.title() == "&Journal"
    popup.close()
    assert body.toPlainText() == before  # no stray "j" in the entry
