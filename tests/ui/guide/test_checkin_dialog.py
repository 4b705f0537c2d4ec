"""The check-in: quick daily answers, optional weekly questions, crisis signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFrame, QLabel

from reflect.core.guide.content import Content
from reflect.ui.guide.checkin_dialog import CheckInDialog

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


def _open(qtbot, content: Content, journal, **kw) -> CheckInDialog:
    dialog = CheckInDialog(content, journal, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_daily_checkin_in_a_few_clicks(qtbot, content: Content, journal, event) -> None:
    dialog = _open(qtbot, content, journal, event_id=event.id)
    assert dialog.objectName() == "checkInDialog"
    assert not dialog.save_button.isEnabled()  # distress is the one needed answer
    _click(qtbot, dialog.distress.group.button(4))
    assert dialog.distress.caption.text() == content.checkin.distress_labels[4]
    _click(qtbot, dialog.sleep.group.button(1))
    _click(qtbot, dialog.triggered.group.button(1))
    qtbot.keyClicks(dialog.note, "long day")
    with qtbot.waitSignal(dialog.checked_in) as stored:
        _click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = journal.latest_checkin()
    assert stored.args == [saved]
    assert (saved.distress, saved.sleep, saved.triggered, saved.note, saved.event_id) == (
        4,
        1,
        True,
        "long day",
        event.id,
    )
    assert saved.phq2 is None


def test_weekly_questions_show_a_plain_meaning_and_flag_support(
    qtbot, content: Content, journal
) -> None:
    dialog = _open(qtbot, content, journal)
    assert dialog.weekly.isChecked()  # due: none answered this week
    assert content.checkin.phq_attribution in {w.text() for w in dialog.findChildren(QLabel)}
    _click(qtbot, dialog.distress.group.button(3))
    _click(qtbot, dialog.phq[0].group.button(2))
    _click(qtbot, dialog.phq[1].group.button(1))
    _click(qtbot, dialog.gad[0].group.button(1))
    _click(qtbot, dialog.gad[1].group.button(0))
    _click(qtbot, dialog.support["colleagues"].group.button(3))
    with qtbot.waitSignal(dialog.support_needed) as signal:
        _click(qtbot, dialog.save_button)
    assert signal.args == ["phq2"]
    saved = journal.latest_checkin()
    assert (saved.phq2, saved.gad2, saved.support) == (3, 1, {"colleagues": 3})
    assert dialog.stack.currentIndex() == 2
    phq = dialog.findChild(QFrame, "phq2Result")
    assert phq is not None
    texts = " ".join(w.text() for w in phq.findChildren(QLabel))
    assert "3 / 6" in texts
    assert "not a diagnosis" in texts
    assert "Support panel" in texts
    _click(qtbot, dialog.done_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_weekly_questions_wait_a_week(qtbot, content: Content, journal, clock) -> None:
    journal.add_checkin(2, phq2=0, gad2=0)
    clock.advance(days=3)
    assert not _open(qtbot, content, journal).weekly.isChecked()
    clock.advance(days=5)
    assert _open(qtbot, content, journal).weekly.isChecked()


def test_half_answered_pair_is_not_scored(qtbot, content: Content, journal) -> None:
    dialog = _open(qtbot, content, journal)
    _click(qtbot, dialog.distress.group.button(1))
    _click(qtbot, dialog.phq[0].group.button(3))
    with qtbot.assertNotEmitted(dialog.support_needed):
        _click(qtbot, dialog.save_button)
    assert journal.latest_checkin().phq2 is None


def test_very_high_distress_is_a_crisis_signal(qtbot, content: Content, journal) -> None:
    dialog = _open(qtbot, content, journal)
    dialog.weekly.setChecked(False)
    _click(qtbot, dialog.distress.group.button(9))
    assert dialog.high_note.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.support_needed) as signal:
        _click(qtbot, dialog.save_button)
    assert signal.args == ["distress"]
    assert journal.latest_checkin().distress == 9


def test_thoughts_of_ending_life_choice(qtbot, content: Content, journal) -> None:
    dialog = _open(qtbot, content, journal)
    with qtbot.waitSignal(dialog.support_needed) as signal:
        _click(qtbot, dialog.crisis_button)
    assert signal.args == ["stated"]


def test_triggered_today_opens_with_grounding(qtbot, content: Content, journal) -> None:
    dialog = _open(qtbot, content, journal, triggered=True)
    assert dialog.stack.currentIndex() == 0
    intro = dialog.findChild(QLabel, "triggeredIntro")
    assert intro is not None
    assert intro.text() == content.texts["triggered_intro"]
    assert not dialog.save_button.isVisibleTo(dialog)
    _click(qtbot, dialog.continue_button)
    assert dialog.triggered.value() == 1
    assert not dialog.weekly.isVisibleTo(dialog)
    _click(qtbot, dialog.distress.group.button(6))
    _click(qtbot, dialog.save_button)
    assert journal.latest_checkin().triggered


def test_without_a_validated_translation_the_screen_is_left_out_and_says_why(
    qtbot, content: Content, journal
) -> None:
    import dataclasses

    unvalidated = dataclasses.replace(
        content, checkin=dataclasses.replace(content.checkin, validated_screen=False)
    )
    dialog = _open(qtbot, unvalidated, journal)
    assert dialog.weekly.isChecked()
    note = dialog.findChild(QLabel, "screenUnavailable")
    assert note is not None and "validated published translation" in note.text()
    assert dialog.phq == [] and dialog.gad == []
    texts = {w.text() for w in dialog.findChildren(QLabel)}
    assert content.checkin.phq2_items[0] not in texts
    # Nor does the introduction promise the four questions it does not ask.
    assert content.texts["weekly_intro"] not in texts
    assert any(t.startswith("An optional weekly check: a few questions about how") for t in texts)
    _click(qtbot, dialog.distress.group.button(3))
    _click(qtbot, dialog.support["colleagues"].group.button(2))
    _click(qtbot, dialog.save_button)
    saved = journal.latest_checkin()
    # No questions asked, so no score: never a 0 that reads as "no symptoms".
    assert (saved.phq2, saved.gad2, saved.support) == (None, None, {"colleagues": 2})
