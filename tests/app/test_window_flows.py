"""Flows that span windows, walked as a user walks them (issue 10, section 3).

Each test starts from a real, wired app (controller + features + guide) with a
journal unlocked by typing the passphrase, and asserts what the user would see:
which entry the list highlights, which entry the editor shows, where typing goes,
which window is in front and where the cursor is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.features import Features
from reflect.app.services import Services
from reflect.core.guide.content import Prompt
from reflect.ui.guide.exercise_dialog import ExerciseDialog
from reflect.ui.journal.journal_view import JournalView
from tests.app.conftest import unlock


@pytest.fixture
def app(
    wired: tuple[AppController, Features], qtbot: QtBot
) -> tuple[AppController, Features, JournalView]:
    controller, features = wired
    unlock(controller, qtbot)
    assert controller.state == "journal"
    view = controller.journal_view
    assert isinstance(view, JournalView)
    return controller, features, view


def _listed_id(view: JournalView) -> str | None:
    return view.entry_list.current_entry_id()


def _type(qtbot: QtBot, view: JournalView, text: str) -> None:
    qtbot.keyClicks(view.editor.body, text)
    view.save_pending()


def test_after_saving_an_exercise_list_and_editor_show_the_new_entry(
    app: tuple[AppController, Features, JournalView], qtbot: QtBot
) -> None:
    controller, features, view = app
    journal = controller.vault.journal  # type: ignore[union-attr]
    first = view.editor.current_entry_id()
    assert first is not None and _listed_id(view) == first

    assert features.guide is not None
    dialog = features.guide.open_exercise("self-compassion-pause")
    assert isinstance(dialog, ExerciseDialog)
    dialog.go_to(1)
    step = next(iter(dialog.answers))
    dialog.answers[step].setPlainText("This is a hard week.")
    dialog.go_to(dialog.stack.count() - 1)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # Save to my journal
    assert not dialog.isVisible()

    new = view.editor.current_entry_id()
    assert new is not None and new != first
    assert _listed_id(view) == new  # the highlighted entry is the one in the editor
    assert "This is a hard week." in view.editor.body.toPlainText()
    # Typing goes into the entry on screen, never into the old one.
    view.editor.body.moveCursor(view.editor.body.textCursor().MoveOperation.End)
    _type(qtbot, view, " zqtyped")
    assert "zqtyped" in journal.get_entry(new).body
    assert "zqtyped" not in journal.get_entry(first).body


def test_an_exercise_that_rewrites_the_open_entry_shows_the_new_text(
    app: tuple[AppController, Features, JournalView], qtbot: QtBot
) -> None:
    _, features, view = app
    assert features.guide is not None
    # Write a safety plan, open it in the editor, then change it through the exercise.
    for answer in ("Staying in bed all day", "Not answering the phone"):
        dialog = features.guide.open_exercise("safety-plan")
        assert isinstance(dialog, ExerciseDialog)
        dialog.go_to(1)
        first_step = next(iter(dialog.answers))
        dialog.answers[first_step].setPlainText(answer)
        dialog.go_to(dialog.stack.count() - 1)
        dialog.finish()
    assert "Not answering the phone" in view.editor.body.toPlainText()
    assert "Staying in bed all day" not in view.editor.body.toPlainText()
    assert _listed_id(view) == view.editor.current_entry_id()


def test_a_prompt_from_the_stage_guide_starts_a_new_entry_in_front(
    app: tuple[AppController, Features, JournalView], qtbot: QtBot
) -> None:
    controller, features, view = app
    journal = controller.vault.journal  # type: ignore[union-attr]
    first = view.editor.current_entry_id()
    before = journal.get_entry(first).body  # type: ignore[arg-type]
    assert features.guide is not None and features.stage_window is not None
    features.guide.stage_view_action.trigger()
    assert features.stage_window.isVisible()
    stage = features.guide.stage_view
    stage.prompts.setCurrentRow(0)
    prompt_text = stage.prompts.currentItem().text()
    qtbot.mouseClick(stage.use_prompt, Qt.MouseButton.LeftButton)

    assert not features.stage_window.isVisible()  # the journal is in front now
    assert view.editor.current_entry_id() != first or view.editor.current_entry_id() is None
    body = view.editor.body.toPlainText()
    assert body.startswith(f"## {prompt_text}\n")
    cursor = view.editor.body.textCursor()
    assert cursor.blockNumber() == 1  # on the line under the heading
    assert QApplication.focusWidget() is view.editor.body or not controller.shell.isActiveWindow()
    # The open entry was not touched; typing goes into the new one.
    assert journal.get_entry(first).body == before  # type: ignore[arg-type]
    _type(qtbot, view, "zqanswer")
    new = view.editor.current_entry_id()
    assert new is not None and new != first
    assert journal.get_entry(new).body.startswith(f"## {prompt_text}\nzqanswer")
    assert _listed_id(view) == new


def test_a_blank_new_entry_is_reused_for_a_stage_prompt(
    app: tuple[AppController, Features, JournalView], qtbot: QtBot
) -> None:
    controller, features, view = app
    journal = controller.vault.journal  # type: ignore[union-attr]
    view.new_entry()
    count = journal.count_entries()
    assert features.guide is not None
    stage = features.guide.stage_view
    stage.prompts.setCurrentRow(0)
    qtbot.mouseClick(stage.use_prompt, Qt.MouseButton.LeftButton)
    view.save_pending()
    assert journal.count_entries() == count + 1  # one new entry, not an empty one left behind


# --- focus: typing goes where the screen says -----------------------------------


def _focused() -> object:
    return QApplication.focusWidget()


def test_after_unlock_typing_goes_into_the_editor(
    qtbot: QtBot, services: Services, existing_vault: Path
) -> None:
    controller = AppController(services)
    qtbot.addWidget(controller.shell)
    controller.start()
    controller.shell.show()
    controller.shell.activateWindow()
    qtbot.waitActive(controller.shell)
    try:
        unlock(controller, qtbot)
        view = controller.journal_view
        assert isinstance(view, JournalView)
        qtbot.waitUntil(lambda: _focused() is view.editor.body)
    finally:
        controller.shutdown()


def test_after_first_run_start_writing_puts_the_cursor_in_a_new_entry(
    qtbot: QtBot, services: Services
) -> None:
    controller = AppController(services)
    qtbot.addWidget(controller.shell)
    controller.start()
    controller.shell.show()
    controller.shell.activateWindow()
    qtbot.waitActive(controller.shell)
    try:
        page = controller.first_run
        assert page is not None
        page.welcome_next.click()
        page.caution_ack.setChecked(True)
        page.caution_next.click()
        page.form.new.setText("a long and quiet harbour lantern 42")
        page.form.confirm.setText("a long and quiet harbour lantern 42")
        page.create_button.click()
        qtbot.waitUntil(lambda: page.step == "recovery")
        page.key_panel.kept.setChecked(True)
        page.finish_button.click()
        assert controller.state == "journal"
        view = controller.journal_view
        assert isinstance(view, JournalView)
        qtbot.waitUntil(lambda: _focused() is view.editor.body)
        qtbot.keyClicks(_focused(), "zqfirstwords")
        assert "zqfirstwords" in view.editor.body.toPlainText()
    finally:
        controller.shutdown()


@pytest.mark.parametrize("where", ["search", "list", "editor", "title"])
def test_window_shortcuts_work_whatever_has_focus(
    app: tuple[AppController, Features, JournalView], qtbot: QtBot, where: str
) -> None:
    controller, features, view = app
    target = {
        "search": view.entry_list.search,
        "list": view.entry_list.view,
        "editor": view.editor.body,
        "title": view.editor.title,
    }[where]
    target.setFocus()
    opened: list[str] = []
    features.open_export = lambda: opened.append("export")  # type: ignore[method-assign]
    for action in controller.shell.findChildren(type(features.guide.checkin_action)):  # type: ignore[union-attr]
        if action.objectName() == "exportAction":
            action.triggered.disconnect()
            action.triggered.connect(features.open_export)
    qtbot.keyClick(target, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["export"]
    qtbot.keyClick(
        target,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "checkInDialog"]
    assert any(d.isVisible() for d in dialogs)


# --- Help ---------------------------------------------------------------------------


def test_help_lists_every_shortcut_the_window_has_and_the_sources(
    app: tuple[AppController, Features, JournalView], qtbot: QtBot
) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    controller, _, view = app
    qtbot.keyClick(view.editor.body, Qt.Key.Key_F1)
    help_dialog = view._help
    assert help_dialog is not None and help_dialog.isVisible()
    text = help_dialog.text.text()
    keys = {
        a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for a in controller.shell.findChildren(QAction)
        if not a.shortcut().isEmpty()
    }
    assert {"Ctrl+E", "Ctrl+Shift+K", "Ctrl+Shift+T", "Ctrl+Shift+G", "Ctrl+Shift+S"} <= keys
    missing = [k for k in keys if k not in text]
    assert missing == []
    # Plain words where the user writes; the references live here.
    assert "Scott SD" in text and "Cornish MA" in text
    assert "monitoring software" in text


def test_prompts_and_exercises_show_plain_words_not_research_shorthand(
    app: tuple[AppController, Features, JournalView],
) -> None:
    _, features, _ = app
    assert features.guide is not None
    panel = features.guide.prompt_panel
    shown = panel.source.text()
    assert shown.startswith("A prompt")
    for shorthand in ("Scott", "forYOU", "tier", "Drawn from", "Neff", "2009"):
        assert shorthand not in shown
    dialog = features.guide.open_exercise("self-forgiveness")
    assert dialog is not None
    texts = " ".join(w.text() for w in dialog.findChildren(type(panel.source)))
    for shorthand in ("Cornish", "Worthington", "Drawn from", "2015"):
        assert shorthand not in texts


# --- what the guide says where the user writes ---------------------------------------


def _prompt(features: Features, predicate: Callable[[Prompt], bool]) -> Prompt:
    assert features.guide is not None
    return next(p for p in features.guide.content.prompts if predicate(p))


def test_a_stage_4_prompt_carries_the_legal_caution_into_the_editor(
    app: tuple[AppController, Features, JournalView], qtbot: QtBot
) -> None:
    _, features, view = app
    assert features.guide is not None
    view.new_entry()
    plain = _prompt(features, lambda p: 4 not in p.stages and p.kind == "grounding")
    features.guide.prompt_chosen.emit(plain.text, plain.id)
    assert not view.editor.notes.isVisibleTo(view)
    review = _prompt(features, lambda p: 4 in p.stages)
    features.guide.prompt_chosen.emit(review.text, review.id)
    caution = features.guide.content.texts["legal_caution"]
    assert view.editor.notes.isVisibleTo(view)
    assert view.editor.notes.text_of("legal") == caution
    _type(qtbot, view, "zqreview")
    entry_id = view.editor.current_entry_id()
    # Opening another entry clears it; coming back to this one brings it back.
    view.new_entry()
    assert view.editor.notes.text_of("legal") == ""
    view.show_entry(entry_id)  # type: ignore[arg-type]
    assert view.editor.notes.text_of("legal") == caution


def test_an_entry_started_from_a_self_forgiveness_prompt_gets_the_guardrails(
    app: tuple[AppController, Features, JournalView], qtbot: QtBot
) -> None:
    _, features, view = app
    assert features.guide is not None
    view.new_entry()
    forgiving = _prompt(features, lambda p: p.kind == "self-forgiveness" and p.phase == "")
    features.guide.prompt_chosen.emit(forgiving.text, forgiving.id)
    _type(qtbot, view, "I deserve to suffer for what happened.")
    note = view.editor.notes.text_of("guardrail")
    assert "ending your life" in note
    support = view.editor.notes.findChild(QWidget, "editorNoteSupport-guardrail")
    assert support is not None and support.isVisibleTo(view)
    qtbot.mouseClick(support, Qt.MouseButton.LeftButton)
    assert features.guide.support_window.isVisible()
    # The same words in an ordinary entry get no note.
    view.new_entry()
    _type(qtbot, view, "I deserve to suffer for what happened.")
    assert view.editor.notes.text_of("guardrail") == ""


# --- events: one source of truth -------------------------------------------------


def _picker_titles(view: JournalView) -> list[str]:
    selector = view.editor.event_selector
    return [selector.itemText(i) for i in range(selector.count())]


def test_every_view_that_lists_events_follows_add_rename_and_delete(
    app: tuple[AppController, Features, JournalView],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller, features, view = app
    # The follow-up reminders offer is its own (modal) flow, tested elsewhere.
    monkeypatch.setattr("reflect.ui.reminders.followup_dialog.offer_event_followups", lambda *a: [])
    journal = controller.vault.journal  # type: ignore[union-attr]
    assert features.guide is not None
    guide = features.guide

    dialog = guide.open_event_dialog()
    assert dialog is not None
    dialog.title.setText("The night in March")
    dialog.save()
    qtbot.waitUntil(lambda: "The night in March" in _picker_titles(view))
    stage_titles = [
        guide.stage_view.events.itemText(i) for i in range(guide.stage_view.events.count())
    ]
    assert "The night in March" in stage_titles
    trend_titles = [
        guide.trends_view.events.itemText(i) for i in range(guide.trends_view.events.count())
    ]
    assert "The night in March" in trend_titles

    # Renamed elsewhere (e.g. another window): the picker follows.
    event = journal.list_events()[0]
    journal.update_event(event.id, title="A hard night")
    qtbot.waitUntil(lambda: "A hard night" in _picker_titles(view))
    assert "The night in March" not in _picker_titles(view)

    journal.delete_event(event.id)
    qtbot.waitUntil(lambda: "A hard night" not in _picker_titles(view))
    assert guide.stage_view.events.findData(event.id) < 0


# --- the window fits its screen ------------------------------------------------------


def test_a_restored_window_larger_than_the_screen_is_brought_back_on_it(
    qtbot: QtBot, services: Services, existing_vault: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    first = AppController(services)
    qtbot.addWidget(first.shell)
    free = QGuiApplication.primaryScreen().availableGeometry()
    # Saved on a bigger screen (or at a smaller text scale), far to the right.
    first.shell.setGeometry(
        free.right() - 200, free.top() + 300, free.width() * 2, free.height() * 2
    )
    first.shutdown()

    again = AppController(services)
    qtbot.addWidget(again.shell)
    try:
        again.start()
        again.shell.show()
        qtbot.waitExposed(again.shell)
        qtbot.waitUntil(lambda: free.contains(again.shell.frameGeometry()))
        page = again.unlock_page
        assert page is not None
        button = page.unlock_button
        corner = button.mapToGlobal(button.rect().bottomRight())
        assert free.contains(corner)  # Unlock is on screen
    finally:
        again.shutdown()


def test_the_prompt_card_keeps_off_the_window_edge(
    app: tuple[AppController, Features, JournalView],
) -> None:
    controller, features, _ = app
    assert features.guide is not None
    card = features.guide.prompt_panel.frame
    QApplication.processEvents()
    right = card.mapTo(controller.shell, card.rect().topRight()).x()
    central = controller.shell.centralWidget()
    assert central is not None
    top = card.mapTo(central, card.rect().topRight()).y()
    assert controller.shell.width() - right >= 12
    assert top >= 8


def test_in_a_narrow_window_the_prompt_card_folds_and_comes_back(
    app: tuple[AppController, Features, JournalView], qtbot: QtBot
) -> None:
    controller, features, view = app
    assert features.guide is not None
    panel = features.guide.prompt_panel
    controller.shell.resize(1280, 800)
    qtbot.waitUntil(lambda: panel.frame.isVisible())
    controller.shell.resize(720, 450)  # what 200% text leaves on a 1440x900 screen
    qtbot.waitUntil(lambda: not panel.frame.isVisible())
    assert panel.show_button.isVisible()
    assert view.editor.body.width() >= view.editor.body.fontMetrics().averageCharWidth() * 30
    controller.shell.resize(1280, 800)
    qtbot.waitUntil(lambda: panel.frame.isVisible())


def test_after_unlock_the_cursor_waits_at_the_end_of_the_open_entry(
    app: tuple[AppController, Features, JournalView],
) -> None:
    _, _, view = app
    body = view.editor.body
    assert body.toPlainText()  # the newest entry is open
    assert body.textCursor().position() == len(body.toPlainText())


def test_a_stage_prompt_entry_belongs_to_the_guides_event(
    app: tuple[AppController, Features, JournalView], qtbot: QtBot
) -> None:
    controller, features, view = app
    journal = controller.vault.journal  # type: ignore[union-attr]
    from datetime import date

    event = journal.add_event(title="The night in March", occurred_on=date(2026, 3, 1))
    assert features.guide is not None
    stage = features.guide.stage_view
    qtbot.waitUntil(lambda: stage.events.findData(event.id) >= 0)
    stage.events.setCurrentIndex(stage.events.findData(event.id))
    stage.select_stage(2)
    stage.prompts.setCurrentRow(0)
    qtbot.mouseClick(stage.use_prompt, Qt.MouseButton.LeftButton)
    _type(qtbot, view, "zqevent")
    entry = journal.get_entry(view.editor.current_entry_id())  # type: ignore[arg-type]
    assert entry.event_id == event.id
