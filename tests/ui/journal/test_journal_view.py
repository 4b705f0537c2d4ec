"""The journal page as a user meets it: write, switch, search, filter, delete, lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.journal.models import MATCH_START
from reflect.core.journal.repository import Journal
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.journal.entry_delegate import ROLE_ID, ROLE_PREVIEW_MARKED, ROLE_TITLE_MARKED
from reflect.ui.journal.journal_view import JournalView
from tests.conftest import PASSPHRASE
from tests.helpers.fakes import FakeDialogs

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform says so when a window or popup is shown: not our problem.
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

CANARY = "zebracanary"


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def view(qtbot: QtBot, clock: FakeClock, dialogs: FakeDialogs) -> Iterator[JournalView]:
    widget = JournalView(clock, dialogs=dialogs)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    yield widget
    widget.clear()


def _show(view: JournalView) -> None:
    """Show and activate the window: shortcuts only reach an active window."""
    view.show()
    view.activateWindow()
    assert QTest.qWaitForWindowActive(view)


def _type(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)


def _row_ids(view: JournalView) -> list[str]:
    model = view.entry_list.model
    return [model.index(r).data(ROLE_ID) for r in range(model.rowCount())]


def test_typing_autosaves_and_survives_lock_and_reopen(
    view: JournalView, vault: Vault, clock: FakeClock, cheap_kdf: KdfParams
) -> None:
    view.open_journal(vault.journal)
    _type(view.editor.title, "Night shift")
    _type(view.editor.body, "I keep replaying the handover.")
    assert view.editor.current_entry_id() is not None  # created on the first keystroke
    assert view.editor.autosave_timer.isActive()
    assert view.editor.autosave_timer.interval() <= 1000
    assert view.editor.max_interval_timer.interval() <= 1500
    view.editor.autosave_timer.timeout.emit()
    view.editor.wait_for_saves()  # the save runs off the UI thread
    assert view.editor.save_status.text() == "Saved"

    path = vault.path
    vault.lock()
    view.clear()
    reopened = Vault.unlock(path, PASSPHRASE, kdf=cheap_kdf, clock=clock)
    try:
        entries = reopened.journal.list_entries()
        assert [(e.title, e.body) for e in entries] == [
            ("Night shift", "I keep replaying the handover.")
        ]
    finally:
        reopened.lock()


def test_max_interval_flush_saves_while_typing_continues(
    view: JournalView, journal: Journal
) -> None:
    view.open_journal(journal)
    _type(view.editor.body, "first words")
    entry_id = view.editor.current_entry_id()
    assert entry_id is not None
    _type(view.editor.body, " and more")
    # Typing never pauses long enough for the autosave timer; the max-interval one fires.
    assert view.editor.max_interval_timer.isActive()
    view.editor.max_interval_timer.timeout.emit()
    view.editor.wait_for_saves()  # the save runs off the UI thread
    assert journal.get_entry(entry_id).body == "first words and more"


def test_ctrl_n_alone_stores_nothing_and_puts_cursor_in_body(
    view: JournalView, journal: Journal, qtbot: QtBot
) -> None:
    journal.add_entry(title="Older", body="text")
    view.open_journal(journal)
    _show(view)
    QTest.keySequence(view, QKeySequence("Ctrl+N"))
    assert view.editor.current_entry_id() is None
    assert view.editor.body.toPlainText() == ""
    assert view.focusWidget() is view.editor.body
    assert journal.count_entries() == 1
    _type(view.editor.body, "x")
    assert journal.count_entries() == 2
    assert _row_ids(view)[0] == view.editor.current_entry_id()
    assert view.entry_list.current_entry_id() == view.editor.current_entry_id()


def test_switching_entries_saves_the_one_left(view: JournalView, journal: Journal) -> None:
    first = journal.add_entry(title="First", body="one")
    second = journal.add_entry(title="Second", body="two")
    view.open_journal(journal)
    assert view.editor.current_entry_id() == second.id  # newest opens
    QTest.keyClick(view.editor.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _type(view.editor.body, " more")
    view.entry_list.view.setCurrentIndex(view.entry_list.model.index(1))  # the user clicks
    assert view.editor.current_entry_id() == first.id
    assert view.editor.title.text() == "First"
    assert journal.get_entry(second.id).body == "two more"
    # Undo never reaches back into the other entry.
    assert not view.editor.body.document().isUndoAvailable()


def test_search_filters_and_highlights(view: JournalView, journal: Journal) -> None:
    journal.add_entry(title="Handover", body="The handover was rushed and I missed it.")
    journal.add_entry(title="Sleep", body="Slept badly again.")
    view.open_journal(journal)
    _type(view.entry_list.search, "handover")
    assert view.entry_list.search_timer.isActive()  # debounced, not run per keystroke
    view.entry_list.search_timer.timeout.emit()
    model = view.entry_list.model
    assert model.rowCount() == 1
    index = model.index(0)
    assert MATCH_START in index.data(ROLE_TITLE_MARKED)
    assert MATCH_START in index.data(ROLE_PREVIEW_MARKED)
    assert view.entry_list.count_label.text() == "1 match"


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR NOT", "*", "(((", 'x" NEAR('])
def test_search_syntax_never_reaches_the_user(
    view: JournalView, journal: Journal, dialogs: FakeDialogs, query: str
) -> None:
    journal.add_entry(title="t", body="words")
    view.open_journal(journal)
    view.entry_list.search.setText(query)
    view.entry_list.apply_search()
    assert dialogs.calls == []
    assert view.entry_list.model.rowCount() == 0
    assert "No entries match" in view.entry_list.empty.text()


def test_no_match_then_clear_search_shows_everything(view: JournalView, journal: Journal) -> None:
    for n in range(3):
        journal.add_entry(title=f"e{n}", body="text")
    view.open_journal(journal)
    view.entry_list.search.setText("nothingmatches")
    view.entry_list.apply_search()
    assert view.entry_list.stack.currentWidget() is view.entry_list.empty
    view.entry_list.clear_search()
    assert view.entry_list.model.rowCount() == 3
    assert view.entry_list.stack.currentWidget() is view.entry_list.view


def test_tag_filter_shows_only_tagged_entries(view: JournalView, journal: Journal) -> None:
    tagged = journal.add_entry(title="A", body="a", tags=["sleep"])
    journal.add_entry(title="B", body="b", tags=["review"])
    journal.add_entry(title="C", body="c")
    view.open_journal(journal)
    combo = view.entry_list.tag_filter
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "All entries"
    assert any("sleep" in label for label in labels)
    view.entry_list.select_tag("sleep")
    assert _row_ids(view) == [tagged.id]
    view.entry_list.select_tag(None)
    assert len(_row_ids(view)) == 3


def test_new_tag_appears_in_filter_and_completer_after_save(
    view: JournalView, journal: Journal
) -> None:
    view.open_journal(journal)
    _type(view.editor.body, "text")
    _type(view.editor.tags, "grief")
    view.editor.autosave_timer.timeout.emit()
    view.editor.wait_for_saves()  # the save runs off the UI thread
    assert "grief" in view.editor.tags.tag_completer.tags()
    combo = view.entry_list.tag_filter
    assert any("grief" in combo.itemText(i) for i in range(combo.count()))


def test_empty_journal_shows_plain_words_and_is_ready_to_write(
    view: JournalView, journal: Journal
) -> None:
    view.open_journal(journal)
    assert view.entry_list.stack.currentWidget() is view.entry_list.empty
    assert "Nothing written yet" in view.entry_list.empty.text()
    assert view.editor.body.isEnabled()
    assert view.editor.current_entry_id() is None


def test_delete_asks_and_removes(view: JournalView, journal: Journal, dialogs: FakeDialogs) -> None:
    keep = journal.add_entry(title="Keep", body="k")
    doomed = journal.add_entry(title="Doomed", body="d")
    view.open_journal(journal)
    dialogs.queue_confirm(False)
    assert not view.delete_entry()
    assert journal.count_entries() == 2
    dialogs.queue_confirm(True)
    assert view.delete_entry()
    assert [e.id for e in journal.list_entries()] == [keep.id]
    assert _row_ids(view) == [keep.id]
    assert view.editor.current_entry_id() == keep.id
    assert len(dialogs.confirms) == 2
    assert dialogs.confirms[0].extra.get("destructive", True)
    assert "attorney" not in dialogs.all_text()
    assert doomed.id not in _row_ids(view)


def test_delete_key_in_list_asks_first(
    view: JournalView, journal: Journal, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    journal.add_entry(title="Only", body="o")
    view.open_journal(journal)
    _show(view)
    view.entry_list.view.setFocus()
    dialogs.queue_confirm(False)
    QTest.keyClick(view.entry_list.view, Qt.Key.Key_Delete)
    assert len(dialogs.confirms) == 1
    assert journal.count_entries() == 1


def test_deleting_an_entry_of_a_stage_4_event_shows_the_legal_caution(
    view: JournalView, journal: Journal, dialogs: FakeDialogs
) -> None:
    event = journal.add_event("The night in March", date(2026, 3, 1))
    journal.set_stage(event.id, 4)
    journal.add_entry(title="About it", body="b", event_id=event.id)
    view.open_journal(journal)
    dialogs.queue_confirm(False)
    view.delete_entry()
    text = dialogs.confirms[0].text.lower()
    assert "attorney" in text or "evidence" in text
    assert journal.count_entries() == 1


def test_the_legal_caution_stays_after_the_event_moves_on_from_stage_4(
    view: JournalView, journal: Journal, dialogs: FakeDialogs
) -> None:
    """A claim once anticipated stays so: moving to stage 5 does not make deleting safe."""
    event = journal.add_event("The night in March", date(2026, 3, 1))
    journal.set_stage(event.id, 4)
    journal.set_stage(event.id, 5)
    journal.add_entry(title="About it", body="b", event_id=event.id)
    view.open_journal(journal)
    dialogs.queue_confirm(False)
    view.delete_entry()
    assert "evidence" in dialogs.confirms[0].text.lower()
    assert journal.count_entries() == 1


def test_deleting_an_entry_of_an_earlier_stage_has_no_legal_caution(
    view: JournalView, journal: Journal, dialogs: FakeDialogs
) -> None:
    event = journal.add_event("Earlier", date(2026, 3, 1))
    journal.set_stage(event.id, 2)
    journal.add_entry(title="About it", body="b", event_id=event.id)
    view.open_journal(journal)
    dialogs.queue_confirm(False)
    view.delete_entry()
    assert "evidence" not in dialogs.confirms[0].text.lower()


def _widget_texts(root: QWidget) -> list[str]:
    """Every piece of text a widget tree holds, including undo history and models."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        found.append(widget.accessibleDescription())
        if isinstance(widget, QLineEdit):
            found.append(widget.text())
            widget.undo()  # anything left in the undo history comes back
            found.append(widget.text())
        if isinstance(widget, QLabel):
            found.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            doc = widget.document()
            found.append(doc.toPlainText())
            while doc.isUndoAvailable():
                doc.undo()
                found.append(doc.toPlainText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for role in (Qt.ItemDataRole.DisplayRole, ROLE_TITLE_MARKED, ROLE_PREVIEW_MARKED):
                    found.append(str(model.index(row, 0).data(role)))
    for completer_owner in root.findChildren(QLineEdit):
        completer = completer_owner.completer()
        if completer is not None:
            model = completer.model()
            found += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    return found


def test_clear_leaves_no_journal_text_anywhere(
    view: JournalView, journal: Journal, qtbot: QtBot
) -> None:
    event = journal.add_event(f"{CANARY} event", date(2026, 3, 1))
    journal.add_entry(title=f"{CANARY} old", body=f"old {CANARY} text", tags=[f"{CANARY}tag"])
    view.open_journal(journal)
    view.editor.refresh_choices()
    view.new_entry()
    view.editor.event_selector.select_event(event.id)
    _type(view.editor.title, f"{CANARY} title")
    _type(view.editor.body, f"typed {CANARY} body")
    _type(view.editor.tags, f"{CANARY}2")
    view.editor.preview_action.trigger()  # preview holds a rendered copy
    view.editor.preview_action.trigger()
    view.editor.preview_action.trigger()
    _type(view.entry_list.search, CANARY)
    view.entry_list.search_timer.timeout.emit()
    assert any(CANARY in t for t in _widget_texts(view))  # the check can see the canary

    view.save_pending()
    view.clear()

    leaked = [t for t in _widget_texts(view) if CANARY in t]
    assert leaked == []
    assert not view.editor.body.document().isUndoAvailable()
    assert not view.editor.body.isEnabled()


def test_clear_then_reopen_works(view: JournalView, journal: Journal) -> None:
    journal.add_entry(title="Back again", body="b")
    view.open_journal(journal)
    view.clear()
    view.open_journal(journal)
    assert view.editor.title.text() == "Back again"


def test_save_failure_keeps_text_and_says_so_calmly(
    view: JournalView, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reflect.core.errors import StorageFull

    view.open_journal(journal)
    _type(view.editor.body, "keep me")
    entry_id = view.editor.current_entry_id()

    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageFull()

    monkeypatch.setattr(journal, "update_entry", full)
    _type(view.editor.body, " please")
    view.editor.autosave_timer.timeout.emit()
    view.editor.wait_for_saves()  # the save runs off the UI thread
    assert view.editor.save_status.text() == StorageFull().message
    assert view.editor.body.toPlainText() == "keep me please"
    assert view.editor.autosave_timer.isActive()  # it will try again
    monkeypatch.undo()
    view.editor.autosave_timer.timeout.emit()
    view.editor.wait_for_saves()  # the save runs off the UI thread
    assert view.editor.save_status.text() == "Saved"
    assert entry_id is not None
    assert journal.get_entry(entry_id).body == "keep me please"


def test_shortcuts_and_signals(view: JournalView, journal: Journal, qtbot: QtBot) -> None:
    view.open_journal(journal)
    _show(view)
    with qtbot.waitSignal(view.lock_requested, timeout=0):
        QTest.keySequence(view, QKeySequence("Ctrl+L"))
    with qtbot.waitSignal(view.quick_hide_requested, timeout=0):
        QTest.keySequence(view, QKeySequence("Ctrl+Shift+H"))
    with qtbot.waitSignal(view.settings_requested, timeout=0):
        QTest.keySequence(view, QKeySequence("Ctrl+,"))
    QTest.keySequence(view, QKeySequence("Ctrl+F"))
    assert view.focusWidget() is view.entry_list.search
    QTest.keySequence(view, QKeySequence("F1"))
    assert view._help is not None
    assert view._help.isVisible()
    assert "Ctrl+N" in view._help.text.text()
    view._help.close()


def test_every_control_has_an_accessible_name(view: JournalView, journal: Journal) -> None:
    view.open_journal(journal)
    nameless = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in view.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(view)
        and not w.accessibleName()
        and type(w).__name__ not in {"QWidget", "QScrollBar", "QSplitterHandle"}
        and w.parent() is not None
        and type(w.parent()).__name__ not in {"QPlainTextEdit", "QListView", "SafePreview"}
    ]
    assert nameless == []
    names = {a.objectName() for acts in view.menu_actions().values() for a in acts}
    assert {"newEntryAction", "lockAction"} <= names


def test_add_toolbar_action_places_features(view: JournalView) -> None:
    from PySide6.QtGui import QAction

    left = QAction("Check in", view)
    right = QAction("Support", view)
    view.add_toolbar_action(left)
    view.add_toolbar_action(right, right=True)
    actions = view.toolbar.actions()
    assert actions.index(view.new_action) < actions.index(left) < actions.index(right)
    assert actions.index(right) < actions.index(view.lock_action)


def test_insert_prompt_adds_heading_and_records_use(view: JournalView, journal: Journal) -> None:
    view.open_journal(journal)
    view.editor.insert_prompt("What do you need tonight?", "s1-need")
    body = view.editor.body
    assert body.toPlainText() == "## What do you need tonight?\n"
    cursor = body.textCursor()
    assert cursor.blockNumber() == 1
    assert cursor.block().text() == ""
    entry_id = view.editor.current_entry_id()
    assert entry_id is not None
    assert "s1-need" in journal.prompt_ids_used_since(journal.clock.now().replace(year=2000))


def test_tmp_path_is_unused_by_the_ui(view: JournalView, journal: Journal, tmp_path: Path) -> None:
    """No drafts outside the vault: writing creates no file next to it."""
    before = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    view.open_journal(journal)
    _type(view.editor.body, "private words")
    view.editor.autosave_timer.timeout.emit()
    view.editor.wait_for_saves()  # the save runs off the UI thread
    after = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert set(after) - set(before) <= {"journal.db-wal", "journal.db-shm"}


def test_new_entry_saves_the_one_being_written(view: JournalView, journal: Journal) -> None:
    view.open_journal(journal)
    _type(view.editor.body, "unsaved words")
    first = view.editor.current_entry_id()
    _type(view.editor.body, " and more")
    view.new_action.trigger()
    assert first is not None
    assert journal.get_entry(first).body == "unsaved words and more"
    assert view.editor.current_entry_id() is None


def test_search_by_keyboard_enter_opens_first_escape_clears(
    view: JournalView, journal: Journal
) -> None:
    wanted = journal.add_entry(title="Handover", body="the handover")
    journal.add_entry(title="Other", body="something else")
    view.open_journal(journal)
    _show(view)
    QTest.keySequence(view, QKeySequence("Ctrl+F"))
    _type(view.entry_list.search, "handover")
    QTest.keyClick(view.entry_list.search, Qt.Key.Key_Return)
    assert view.editor.current_entry_id() == wanted.id
    assert view.focusWidget() is view.editor.body
    view.entry_list.search.setFocus()
    QTest.keyClick(view.entry_list.search, Qt.Key.Key_Escape)
    assert view.entry_list.search.text() == ""
    assert view.entry_list.model.rowCount() == 2
