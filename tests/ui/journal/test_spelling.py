"""Spelling in the editor, as a writer meets it: the wavy line, the menu, F7, the toggle."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.journal.my_words import read_my_words
from reflect.core.journal.repository import Journal
from reflect.core.journal.settings import SPELL_CHECK
from reflect.ui.journal import spelling
from reflect.ui.journal.editor import EntryEditor
from reflect.ui.journal.markdown_highlighter import SPELLING_DARK, SPELLING_LIGHT

pytestmark = [
    pytest.mark.gui,
    # Offscreen, a popup menu cannot grab the keyboard or raise itself.
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline
DOTS = QTextCharFormat.UnderlineStyle.DotLine


def at_once(_language: str, done: Callable[[], None]) -> None:
    done()


@pytest.fixture
def editor(qtbot: QtBot, clock: FakeClock, journal: Journal) -> Iterator[EntryEditor]:
    widget = EntryEditor(clock, use_default_finder=False, spelling_loader=at_once)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.set_journal(journal)
    widget.new_entry()
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()


def underlines(
    editor: EntryEditor, block_number: int = 0
) -> dict[str, QTextCharFormat.UnderlineStyle]:
    """The underlined words of a paragraph, with their style."""
    block = editor.body.document().findBlockByNumber(block_number)
    found: dict[str, QTextCharFormat.UnderlineStyle] = {}
    for fmt in block.layout().formats():
        style = fmt.format.underlineStyle()
        if style != QTextCharFormat.UnderlineStyle.NoUnderline:
            found[block.text()[fmt.start : fmt.start + fmt.length]] = style
    return found


def type_text(qtbot: QtBot, editor: EntryEditor, text: str) -> None:
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, text)


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_a_typo_gets_a_wavy_line_once_the_word_is_finished(
    qtbot: QtBot, editor: EntryEditor
) -> None:
    type_text(qtbot, editor, "I recieve")
    assert underlines(editor) == {}  # still typing it
    type_text(qtbot, editor, " the handover")
    assert underlines(editor) == {"recieve": WAVE}


def test_moving_away_from_a_half_typed_typo_underlines_it(
    qtbot: QtBot, editor: EntryEditor
) -> None:
    type_text(qtbot, editor, "Later that nigth")
    assert underlines(editor) == {}
    editor.body.moveCursor(QTextCursor.MoveOperation.Start)
    assert underlines(editor) == {"nigth": WAVE}


def test_spelling_and_identifier_lines_look_different(
    qtbot: QtBot, clock: FakeClock, journal: Journal
) -> None:
    widget = EntryEditor(clock, spelling_loader=at_once)  # the real identifier rules
    qtbot.addWidget(widget)
    widget.set_journal(journal)
    widget.new_entry()
    widget.body.setPlainText("Mr Okonkwo wrote teh note.")
    widget.identifiers.scan()
    styles = underlines(widget)
    assert styles["teh"] == WAVE
    assert any(style == DOTS for word, style in styles.items() if "Okonkwo" in word)
    # A capitalised typo the identifier rules also flag keeps the dotted line, and its
    # tooltip says it may be misspelled too; the menu still offers suggestions.
    widget.body.setPlainText("Tommorow I will call.")
    widget.identifiers.scan()
    assert underlines(widget) == {"Tommorow": DOTS}
    assert widget.identifiers.also_misspelled(2)
    assert "misspelled" in widget.identifiers.tooltip_text(misspelled=True)
    assert "Tomorrow" in menu_texts(widget.spelling.build_menu(2))
    widget.clear()


def test_the_wavy_line_is_red_in_light_and_a_lighter_red_in_dark(
    editor: EntryEditor,
) -> None:
    from reflect.ui.common import theme

    editor.body.setPlainText("teh end")
    block = editor.body.document().firstBlock()

    def colour() -> object:
        ranges = block.layout().formats()
        return QTextCharFormat(ranges[0].format).underlineColor()

    editor.highlighter.set_palette(theme._palette(theme.LIGHT))
    assert colour() == SPELLING_LIGHT
    editor.highlighter.set_palette(theme._palette(theme.DARK))
    assert colour() == SPELLING_DARK


def test_choosing_a_suggestion_replaces_the_word_and_one_undo_brings_it_back(
    editor: EntryEditor, journal: Journal
) -> None:
    editor.body.setPlainText("I recieve the handover.")
    menu = editor.spelling.build_menu(4)
    texts = menu_texts(menu)
    assert texts[0] == "receive"
    assert "Add “recieve” to my words" in texts
    assert any("Copy" in t for t in texts)  # the usual editing menu is still there
    next(a for a in menu.actions() if a.text() == "receive").trigger()
    assert editor.body.toPlainText() == "I receive the handover."
    assert underlines(editor) == {}
    editor.save_pending()
    assert journal.get_entry(editor.current_entry_id() or "").body == "I receive the handover."
    editor.body.undo()
    assert editor.body.toPlainText() == "I recieve the handover."


def test_a_correct_word_gets_only_the_usual_menu(editor: EntryEditor) -> None:
    editor.body.setPlainText("I receive the handover.")
    texts = menu_texts(editor.spelling.build_menu(4))
    assert not any("my words" in t for t in texts)


def test_adding_a_word_keeps_it_in_the_journal_and_unmarks_it_everywhere(
    editor: EntryEditor, journal: Journal
) -> None:
    editor.body.setPlainText("Bronwyn was there.\n\nLater Bronwyn called.")
    assert underlines(editor, 0) == {"Bronwyn": WAVE}
    add = next(a for a in editor.spelling.build_menu(2).actions() if "my words" in a.text())
    add.trigger()
    assert read_my_words(journal) == ["Bronwyn"]
    assert underlines(editor, 0) == {} and underlines(editor, 2) == {}


def test_f7_selects_the_next_mistake_and_offers_its_suggestions(
    qtbot: QtBot, editor: EntryEditor
) -> None:
    editor.body.setPlainText("First teh one.\nAll fine here.\nThen wierd.")
    editor.body.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(editor.body, Qt.Key.Key_F7)
    assert editor.body.textCursor().selectedText() == "teh"
    assert editor.spelling.menu is not None and menu_texts(editor.spelling.menu)[0] == "the"
    active = editor.spelling.menu.activeAction()
    assert active is not None and active.text() == "the"  # Enter takes it
    editor.spelling.menu.close()
    qtbot.keyClick(editor.body, Qt.Key.Key_F7)
    assert editor.body.textCursor().selectedText() == "wierd"
    assert editor.spelling.menu is not None
    editor.spelling.menu.close()
    qtbot.keyClick(editor.body, Qt.Key.Key_F7)  # wraps round to the start
    assert editor.body.textCursor().selectedText() == "teh"
    assert editor.spelling.menu is not None
    editor.spelling.menu.close()


def test_f7_with_nothing_wrong_says_so(qtbot: QtBot, editor: EntryEditor) -> None:
    editor.body.setPlainText("All fine here.")
    qtbot.keyClick(editor.body, Qt.Key.Key_F7)
    assert editor.save_status.text() == "No spelling mistakes found."
    assert not editor.body.textCursor().hasSelection()


def test_turning_spelling_off_removes_the_lines_and_is_remembered(
    editor: EntryEditor, journal: Journal
) -> None:
    editor.body.setPlainText("teh end")
    editor.spelling.toggle_action.trigger()
    assert underlines(editor) == {}
    assert SPELL_CHECK.read(journal) is False
    assert not editor.spelling.next_action.isEnabled()
    assert not any("my words" in t for t in menu_texts(editor.spelling.build_menu(1)))
    editor.spelling.toggle_action.trigger()
    assert underlines(editor) == {"teh": WAVE}


def test_locking_forgets_the_users_words_and_the_checkers_memory(
    editor: EntryEditor, journal: Journal
) -> None:
    editor.body.setPlainText("Bronwyn wrote teh note")
    editor.spelling.add_word("Bronwyn")
    checker = editor.spelling.checker
    assert checker is not None and "Bronwyn" in checker.personal_words
    editor.clear()
    assert editor.spelling.checker is None
    assert editor.highlighter.spelling is None
    assert not editor.spelling.toggle_action.isEnabled()
    editor.set_journal(journal)  # unlocked again: the words come back from the journal
    reloaded = editor.spelling.checker
    assert reloaded is not None and reloaded is not checker
    assert "Bronwyn" in reloaded.personal_words


def test_nothing_is_underlined_until_the_words_are_loaded(
    qtbot: QtBot, clock: FakeClock, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spelling, "_READY", set())  # as on the first unlock of a session
    pending: list[Callable[[], None]] = []
    widget = EntryEditor(
        clock, use_default_finder=False, spelling_loader=lambda _l, done: pending.append(done)
    )
    qtbot.addWidget(widget)
    widget.set_journal(journal)
    widget.new_entry()
    widget.body.setPlainText("teh end")
    assert underlines(widget) == {} and widget.spelling.checker is None
    pending.pop()()
    assert underlines(widget) == {"teh": WAVE}
    widget.clear()
