"""Every guided exercise walked through, saved as one entry, and resumed after closing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from reflect.core.guide.content import EXERCISE_IDS, Content
from reflect.core.guide.rules import SELF_PUNISHMENT_NOTE
from reflect.core.guide.saves import SAFETY_PLAN_SETTING
from reflect.ui.guide.exercise_dialog import ExerciseDialog
from reflect.ui.guide.support_card import safety_plan_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


def _open(qtbot, content: Content, journal, exercise_id: str, **kw) -> ExerciseDialog:
    dialog = ExerciseDialog(content, exercise_id, journal, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _walk(qtbot, dialog: ExerciseDialog, answers: dict[str, str]) -> None:
    """Type the answers step by step with Next, then save on the last page."""
    if dialog.readiness is not None:
        _click(qtbot, dialog.readiness.group.button(3))
    _click(qtbot, dialog.next_button)
    for step in dialog.exercise.steps:
        edit = dialog.answers[step.id]
        current = dialog.stack.currentWidget()
        assert current is not None and current.isAncestorOf(edit)
        if answers.get(step.id):
            qtbot.keyClicks(edit, answers[step.id])
        _click(qtbot, dialog.next_button)
    assert dialog.next_button.text() == "Save to my journal"
    _click(qtbot, dialog.next_button)


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_each_exercise_writes_one_structured_entry(
    qtbot, content: Content, journal, event, exercise_id: str
) -> None:
    exercise = content.exercise(exercise_id)
    skipped = exercise.steps[1].id
    answers = {s.id: f"My words for {s.id}" for s in exercise.steps if s.id != skipped}
    dialog = _open(qtbot, content, journal, exercise_id, event_id=event.id)
    with qtbot.waitSignal(dialog.entry_saved) as saved:
        _walk(qtbot, dialog, answers)

    assert dialog.result() == QDialog.DialogCode.Accepted
    entries = journal.list_entries()
    assert len(entries) == 1
    entry = entries[0]
    assert saved.args == [entry.id]
    assert entry.title == exercise.title
    assert entry.event_id == event.id
    expected = "\n\n".join(
        f"## {s.title}\n\nMy words for {s.id}" for s in exercise.steps if s.id != skipped
    )
    assert entry.body == expected + "\n"
    assert f"## {exercise.steps[1].title}" not in entry.body
    assert journal.get_draft(exercise_id) is None


def test_closing_midway_keeps_a_draft_and_reopening_resumes(
    qtbot, content: Content, journal
) -> None:
    dialog = _open(qtbot, content, journal, "reflection")
    _click(qtbot, dialog.next_button)
    qtbot.keyClicks(dialog.answers["what"], "A hard moment on a busy night")
    _click(qtbot, dialog.next_button)
    qtbot.keyClicks(dialog.answers["feelings"], "Shaky and ashamed")
    _click(qtbot, dialog.later_button)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert journal.list_entries() == []
    draft = journal.get_draft("reflection")
    assert draft is not None
    assert draft.data["answers"]["feelings"] == "Shaky and ashamed"

    again = _open(qtbot, content, journal, "reflection")
    assert again.answers["what"].toPlainText() == "A hard moment on a busy night"
    assert again.answers["feelings"].toPlainText() == "Shaky and ashamed"
    assert again.stack.currentIndex() == 2  # the step the user was on
    assert again.resume_note.isVisibleTo(again)
    while again.stack.currentIndex() < again.stack.count() - 1:
        _click(qtbot, again.next_button)
    _click(qtbot, again.next_button)
    body = journal.list_entries()[0].body
    assert "A hard moment on a busy night" in body
    assert "Shaky and ashamed" in body
    assert journal.get_draft("reflection") is None


def test_start_over_clears_the_draft(qtbot, content: Content, journal) -> None:
    journal.save_draft("self-compassion-pause", {"answers": {"name-it": "old"}, "page": 1})
    dialog = _open(qtbot, content, journal, "self-compassion-pause")
    dialog.go_to(0)
    _click(qtbot, dialog.start_over)
    assert dialog.answers["name-it"].toPlainText() == ""
    assert journal.get_draft("self-compassion-pause") is None


def test_nothing_written_means_nothing_saved(qtbot, content: Content, journal) -> None:
    dialog = _open(qtbot, content, journal, "self-compassion-pause")
    dialog.go_to(dialog.stack.count() - 1)
    assert not dialog.next_button.isEnabled()
    assert dialog.empty_note.isVisibleTo(dialog)
    dialog.reject()
    assert journal.list_entries() == []


def test_high_distress_routes_self_forgiveness_to_support(qtbot, content: Content, journal) -> None:
    journal.add_checkin(9)
    dialog = _open(qtbot, content, journal, "self-forgiveness")
    assert dialog.readiness is not None
    assert dialog.readiness.value() == 9
    assert not dialog.next_button.isEnabled()
    assert dialog.support_button.isVisibleTo(dialog)
    assert "can wait" in dialog.readiness_note.text()
    with qtbot.waitSignal(dialog.support_requested):
        _click(qtbot, dialog.support_button)
    assert not dialog.isVisible()


def test_self_forgiveness_asks_for_a_rating_first(qtbot, content: Content, journal) -> None:
    dialog = _open(qtbot, content, journal, "self-forgiveness")
    assert dialog.readiness is not None
    assert dialog.readiness.value() is None
    assert not dialog.next_button.isEnabled()
    _click(qtbot, dialog.readiness.group.button(5))
    assert dialog.next_button.isEnabled()
    assert not dialog.support_button.isVisibleTo(dialog)


def test_guardrail_notes_appear_gently(qtbot, content: Content, journal) -> None:
    dialog = _open(qtbot, content, journal, "self-forgiveness")
    assert dialog.readiness is not None
    _click(qtbot, dialog.readiness.group.button(2))
    _click(qtbot, dialog.next_button)
    _click(qtbot, dialog.next_button)
    note = dialog.guardrails["responsibility"]
    assert not note.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.answers["responsibility"], "I deserve to suffer for this")
    assert note.isVisibleTo(dialog)
    assert note.text() == content.texts.get(
        "self_forgiveness_note_punishment", SELF_PUNISHMENT_NOTE
    )
    dialog.answers["responsibility"].setPlainText("Part of it was mine; the handover was rushed.")
    assert not note.isVisibleTo(dialog)
    assert dialog.next_button.isEnabled()  # a note never blocks


def test_safety_plan_is_one_living_entry(qtbot, content: Content, journal) -> None:
    dialog = _open(qtbot, content, journal, "safety-plan")
    _walk(qtbot, dialog, {"warning-signs": "Not sleeping, skipping meals"})
    entry_id = journal.get_setting(SAFETY_PLAN_SETTING)
    assert journal.get_entry(entry_id).body.startswith("## ")
    assert "Not sleeping" in safety_plan_text(journal, content)

    again = _open(qtbot, content, journal, "safety-plan")
    assert again.answers["warning-signs"].toPlainText() == "Not sleeping, skipping meals"
    again.go_to(again.stack.count() - 2)
    qtbot.keyClicks(again.answers[again.exercise.steps[-1].id], "Pharmacy keeps my meds")
    again.go_to(again.stack.count() - 1)
    _click(qtbot, again.next_button)
    assert journal.count_entries() == 1
    body = journal.get_entry(entry_id).body
    assert "Not sleeping" in body
    assert "Pharmacy keeps my meds" in body
