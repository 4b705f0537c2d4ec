"""The editor after a sync or a merged backup changed the entry it shows.

Three cases, each as the user sees it: the stored text changed and nothing was
being typed (the new text is shown, cursor kept); the entry was changed on both
computers and the text on screen is now the kept copy (the editor goes on with
the copy, so the words being written stay put); the entry was deleted on the
other computer (the editor empties, and says why).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.journal.repository import Journal
from reflect.ui.journal.editor import EntryEditor

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def editor(qtbot: QtBot, clock: FakeClock, journal: Journal) -> Iterator[EntryEditor]:
    widget = EntryEditor(clock, use_default_finder=False)
    qtbot.addWidget(widget)
    widget.set_journal(journal)
    yield widget
    widget.set_journal(None)


def _open(editor: EntryEditor, journal: Journal, body: str) -> str:
    entry = journal.add_entry("Night shift", body, ["work"])
    editor.open_entry(entry.id)
    cursor = editor.body.textCursor()
    cursor.setPosition(5)
    editor.body.setTextCursor(cursor)
    return entry.id


def test_a_changed_entry_is_shown_anew_with_the_cursor_kept(
    editor: EntryEditor, journal: Journal
) -> None:
    entry_id = _open(editor, journal, "first words")
    journal.update_entry(entry_id, body="first words, finished on the laptop")
    assert editor.reload_if_changed_elsewhere()
    assert editor.body.toPlainText() == "first words, finished on the laptop"
    assert editor.body.textCursor().position() == 5
    assert "other computer" in editor.save_status.text()
    assert not editor.reload_if_changed_elsewhere()  # nothing changed since


def test_when_the_text_on_screen_became_the_kept_copy_the_editor_follows_it(
    editor: EntryEditor, journal: Journal
) -> None:
    entry_id = _open(editor, journal, "the laptop's words")
    copy = journal.add_entry("Night shift", "the laptop's words", ["work"], kept_from=entry_id)
    journal.update_entry(entry_id, body="home's words")  # what a merge does
    assert editor.reload_if_changed_elsewhere()
    assert editor.current_entry_id() == copy.id
    assert editor.body.toPlainText() == "the laptop's words"
    assert editor.body.textCursor().position() == 5


def test_unsaved_typing_is_never_replaced(
    qtbot: QtBot, editor: EntryEditor, journal: Journal
) -> None:
    entry_id = _open(editor, journal, "first words")
    qtbot.keyClicks(editor.body, "XY")
    journal.update_entry(entry_id, body="changed elsewhere")
    assert not editor.reload_if_changed_elsewhere()
    assert "XY" in editor.body.toPlainText()
    editor.save_pending()  # the other text is kept beside it, linked
    (copy_id,) = journal.kept_copies_of(entry_id)
    assert journal.get_entry(copy_id).body == "changed elsewhere"
    assert "XY" in journal.get_entry(entry_id).body


def test_an_entry_deleted_elsewhere_empties_the_editor_and_says_why(
    editor: EntryEditor, journal: Journal
) -> None:
    entry_id = _open(editor, journal, "first words")
    journal.delete_entry(entry_id)
    assert editor.reload_if_changed_elsewhere()
    assert editor.body.toPlainText() == "" and editor.current_entry_id() is None
    assert "deleted on your other computer" in editor.save_status.text()
