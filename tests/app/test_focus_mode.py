"""Focus mode (F11), walked in the wired app: only the entry stays, writing still saves,
the lock keys still lock (saving first), and Escape brings the whole page back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.ui.journal.journal_view import JournalView
from tests.app.conftest import WiredApp, unlock
from tests.conftest import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def app(qtbot: QtBot, wired: WiredApp) -> tuple[AppController, JournalView]:
    controller, _features = wired
    unlock(controller, qtbot)
    view = controller.journal_view
    assert isinstance(view, JournalView)
    controller.shell.resize(1400, 850)
    return controller, view


def around_the_editor(view: JournalView) -> list[bool]:
    """Whether the list, the guide's prompt panel and the toolbars are on screen."""
    others = [
        widget
        for i in range(view.splitter.count())
        if (widget := view.splitter.widget(i)) is not None and widget is not view.editor
    ]
    assert len(others) == 2  # the entry list and the prompt panel
    return [w.isVisible() for w in (*others, view.toolbar, view.editor.format_bar)]


def test_f11_leaves_only_the_entry_in_a_centred_column_and_escape_returns(
    qtbot: QtBot, app: tuple[AppController, JournalView]
) -> None:
    _controller, view = app
    assert all(around_the_editor(view))
    qtbot.keyClick(view.editor.body, Qt.Key.Key_F11)
    assert not any(around_the_editor(view))
    assert view.editor.body.isVisible() and view.editor.title.isVisible()
    assert view.editor.body.hasFocus()
    assert "Esc" in view.editor.save_status.text()  # the way back is on screen
    qtbot.waitUntil(lambda: view.editor.body.viewportMargins().left() > 100)  # after layout
    margins = view.editor.body.viewportMargins()
    assert margins.left() == margins.right()
    line = view.editor.body.viewport().width()
    char = view.editor.body.fontMetrics().averageCharWidth()
    assert 60 * char <= line <= 80 * char  # a comfortable line, not the window's width

    qtbot.keyClick(view.editor.body, Qt.Key.Key_Escape)
    assert all(around_the_editor(view))
    assert view.editor.body.viewportMargins().left() == 0
    assert not view.focus.action.isChecked()


def test_the_view_menu_offers_focus_and_writing_in_it_still_saves(
    qtbot: QtBot, app: tuple[AppController, JournalView]
) -> None:
    controller, view = app
    menu = controller.shell.menuBar().findChild(QMenu, "menuView")
    assert menu is not None
    assert "focusModeAction" in [a.objectName() for a in menu.actions()]
    view.focus.action.trigger()
    view.new_entry()
    qtbot.keyClicks(view.editor.body, "Only the page and me.")
    view.editor.autosave_timer.timeout.emit()
    view.editor.wait_for_saves()  # the save runs off the UI thread
    entry_id = view.editor.current_entry_id()
    assert entry_id is not None
    assert controller.vault is not None
    assert controller.vault.journal.get_entry(entry_id).body == "Only the page and me."


def test_locking_from_focus_mode_saves_first_and_unlocks_to_the_whole_page(
    qtbot: QtBot, app: tuple[AppController, JournalView]
) -> None:
    controller, view = app
    qtbot.keyClick(view.editor.body, Qt.Key.Key_F11)
    view.new_entry()
    qtbot.keyClicks(view.editor.body, "typed just before the lock")
    entry_id = view.editor.current_entry_id()
    qtbot.keyClick(view.editor.body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.state == "unlock"
    unlock(controller, qtbot, PASSPHRASE)
    assert all(around_the_editor(view))
    assert controller.vault is not None and entry_id is not None
    assert controller.vault.journal.get_entry(entry_id).body == "typed just before the lock"
