"""Spelling across the windows a user walks: the editor, the menus, Settings, My words,
and a lock in between. The words added stay in the journal, never in reflect.ini."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu, QPushButton
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.services import Services
from reflect.core.journal.my_words import read_my_words
from reflect.ui.journal.journal_view import JournalView
from reflect.ui.journal.my_words_dialog import MyWordsDialog
from reflect.ui.settings_dialog import SettingsDialog
from tests.app.conftest import WiredApp, unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

NAME = "Wombatnurse"  # a made-up colleague's name: it must never leave the vault


@pytest.fixture
def app(qtbot: QtBot, wired: WiredApp) -> AppController:
    controller, _features = wired
    unlock(controller, qtbot)
    view = view_of(controller)
    qtbot.waitUntil(lambda: view.editor.spelling.checker is not None)  # read off-thread
    return controller


def view_of(controller: AppController) -> JournalView:
    view = controller.journal_view
    assert isinstance(view, JournalView)
    return view


def wavy_words(view: JournalView) -> list[str]:
    found = []
    block = view.editor.body.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                found.append(block.text()[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return found


def menu(controller: AppController, name: str) -> QMenu:
    found = controller.shell.menuBar().findChild(QMenu, f"menu{name}")
    assert found is not None
    return found


def test_the_menus_offer_the_toggle_and_the_next_mistake(app: AppController) -> None:
    view_names = [a.objectName() for a in menu(app, "View").actions()]
    edit_names = [a.objectName() for a in menu(app, "Edit").actions()]
    assert "spellCheckAction" in view_names
    assert "nextMisspellingAction" in edit_names
    action = view_of(app).editor.spelling.next_action
    assert action.shortcut().toString() == "F7"


def test_a_word_added_survives_a_lock_and_never_reaches_the_settings_file(
    qtbot: QtBot, app: AppController, services: Services
) -> None:
    view = view_of(app)
    view.new_entry()
    view.editor.body.setPlainText(f"{NAME} covered the night.")
    assert wavy_words(view) == [NAME]
    add = next(a for a in view.editor.spelling.build_menu(2).actions() if "my words" in a.text())
    add.trigger()
    assert wavy_words(view) == []

    app.lock()
    unlock(app, qtbot)
    qtbot.waitUntil(lambda: view.editor.spelling.checker is not None)
    view.new_entry()
    view.editor.body.setPlainText(f"{NAME} again, and teh typo.")
    assert wavy_words(view) == ["teh"]

    app.lock()
    for file in services.paths.config.rglob("*"):
        if file.is_file():
            assert NAME.encode() not in file.read_bytes(), file


def test_settings_turns_spelling_off_and_my_words_can_be_removed(
    qtbot: QtBot, app: AppController
) -> None:
    view = view_of(app)
    view.new_entry()
    view.editor.body.setPlainText(f"{NAME} wrote teh note.")
    view.editor.spelling.add_word(NAME)
    assert wavy_words(view) == ["teh"]

    dialog = app.show_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.spell_check.setChecked(False)
    assert wavy_words(view) == []
    assert not view.editor.spelling.toggle_action.isChecked()  # the View menu agrees
    dialog.spell_check.setChecked(True)
    assert wavy_words(view) == ["teh"]

    words = dialog.show_my_words()
    assert isinstance(words, MyWordsDialog)
    assert [words.words.item(i).text() for i in range(words.words.count())] == [NAME]
    remove = words.findChild(QPushButton, "removeMyWord")
    assert remove is not None
    remove.click()
    assert words.empty_note.isVisibleTo(words)
    assert wavy_words(view) == [NAME, "teh"]
    assert app.vault is not None and read_my_words(app.vault.journal) == []
    words.close()
    dialog.close()


def test_help_lists_f7_and_explains_both_underlines(app: AppController) -> None:
    view = view_of(app)
    view.show_help()
    assert view._help is not None
    text = view._help.text.text()
    assert "F7" in text and "Next spelling mistake" in text
    assert "wavy red line" in text and "dotted line" in text
    view._help.close()


def test_in_german_spelling_starts_off_and_the_users_choice_is_kept(
    qtbot: QtBot, wired: WiredApp
) -> None:
    """The dictionary is English: German prose must not come up red all over (a
    walk in a real window found it did), yet a user writing English can turn it
    on, and that choice outlives a lock."""
    from reflect.core import language

    controller, _features = wired
    language.set_current("de")
    try:
        unlock(controller, qtbot)
        view = view_of(controller)
        action = view.editor.spelling.toggle_action
        assert not action.isChecked() and view.editor.spelling.checker is None
        view.new_entry()
        view.editor.body.setPlainText("Heute war die Übergabe schwer und teh Nacht lang.")
        assert wavy_words(view) == []
        action.trigger()  # View > Check spelling, as the user does
        qtbot.waitUntil(lambda: view.editor.spelling.checker is not None)
        qtbot.waitUntil(lambda: "teh" in wavy_words(view))
        controller.lock()
        unlock(controller, qtbot)
        assert view_of(controller).editor.spelling.toggle_action.isChecked()
    finally:
        language.set_current(language.SOURCE)
