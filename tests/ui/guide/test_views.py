"""Stage guide, journey, trends chart and the event dialog."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TypeVar

import pytest
from PySide6.QtCharts import QLineSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from reflect.core.guide.content import Content
from reflect.core.privacy.redact import Finding
from reflect.ui.guide.checkin_dialog import CheckInDialog
from reflect.ui.guide.controller import GuideController
from reflect.ui.guide.event_dialog import EventDialog
from reflect.ui.guide.stage_view import StageView
from reflect.ui.guide.trends_view import TrendsView

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


T = TypeVar("T")


@pytest.fixture
def guide(qtbot, content: Content, journal):
    window = QWidget()
    qtbot.addWidget(window)
    controller = GuideController(content, window, locale_country="US", rng=random.Random(2))
    controller.set_journal(journal)
    yield controller
    controller.close_all()


def test_stage_view_is_a_map_the_user_sets(
    qtbot, guide: GuideController, journal, event, clock
) -> None:
    view: StageView = guide.stage_view
    view.reload_events()
    assert view.objectName() == "stageView"
    assert view.current_event_id() == event.id
    assert view.selected_stage == 2  # opens on the user's own stage
    assert view.cards[2].today.isVisibleTo(view)
    assert not view.d_legal.isVisibleTo(view)

    qtbot.mouseClick(view.cards[4], Qt.MouseButton.LeftButton)
    assert view.d_name.text().startswith("4.")
    assert view.d_legal.isVisibleTo(view)  # legal caution in stage 4
    assert view.d_legal.text() == guide.content.texts["legal_caution"]
    assert journal.get_event(event.id).stage == 2  # looking is not choosing

    clock.advance(days=3)
    qtbot.mouseClick(view.set_today, Qt.MouseButton.LeftButton)
    clock.advance(days=5)
    view.select_stage(2)
    qtbot.mouseClick(view.set_today, Qt.MouseButton.LeftButton)
    assert [c.stage for c in journal.stage_history(event.id)] == [2, 4, 2]
    assert view.journey.rows[-1].endswith("(came back; that happens)")
    assert len(view.journey.rows) == 3


def test_stage_prompts_can_be_used(qtbot, guide: GuideController, journal, event) -> None:
    view = guide.stage_view
    view.select_stage(3)
    assert view.prompts.count() > 0
    view.prompts.setCurrentRow(0)
    # From the stage guide, a prompt starts a new entry for the selected event.
    with qtbot.waitSignal(guide.prompt_for_new_entry) as signal:
        qtbot.mouseClick(view.use_prompt, Qt.MouseButton.LeftButton)
    assert signal.args[0] == view.prompts.item(0).text()
    assert signal.args[2] == view.current_event_id()
    assert signal.args[1] in journal.prompt_ids_used_since(journal.clock.now() - timedelta(1))


def test_triggered_today_action_opens_grounding_checkin(qtbot, guide: GuideController) -> None:
    button = guide.stage_view.findChild(QToolButton, "triggeredTodayButton")
    assert button is not None
    assert button.defaultAction() is guide.triggered_action
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = guide._dialogs[-1]
    assert isinstance(dialog, CheckInDialog)
    assert dialog.stack.currentIndex() == 0
    assert dialog.triggered.value() == 1


def test_without_events_the_stage_view_still_explains(qtbot, guide: GuideController) -> None:
    view = guide.stage_view
    assert view.current_event_id() is None
    assert not view.set_today.isEnabled()
    assert view.d_desc.text()
    assert view.journey.findChild(QLabel, "journeyEmpty") is not None


def _trends(qtbot, content: Content, journal, event_id=None) -> TrendsView:
    view = TrendsView(content)
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    view.set_journal(journal, event_id)
    return view


def _series(view: TrendsView, kind: type[T]) -> list[T]:
    return [s for s in view.chart.series() if isinstance(s, kind) and type(s) is kind]


def test_trends_with_no_checkins(qtbot, content: Content, journal) -> None:
    view = _trends(qtbot, content, journal)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.isVisibleTo(view)
    assert view.chart.series() == []
    view.grab()  # paints without error


def test_trends_with_one_checkin(qtbot, content: Content, journal) -> None:
    journal.add_checkin(5)
    view = _trends(qtbot, content, journal)
    assert view.stack.currentWidget() is view.chart_view
    dots = _series(view, QScatterSeries)[0]
    assert dots.count() == 1  # a single point is visible as a dot
    assert view.summary.text() == "One check-in so far."
    assert not view.grab().isNull()


def test_trends_with_500_checkins_and_stage_marks(
    qtbot, content: Content, journal, event, clock
) -> None:
    rng = random.Random(4)
    with journal.transaction():
        for i in range(500):
            clock.advance(hours=17)
            journal.add_checkin(rng.randint(0, 10), event_id=event.id, triggered=i % 40 == 0)
            if i in (100, 250, 400):
                journal.set_stage(event.id, {100: 3, 250: 4, 400: 2}[i])
    view = _trends(qtbot, content, journal, event.id)
    lines = _series(view, QLineSeries)
    distress = [s for s in lines if s.count() == 500]
    assert len(distress) == 1
    marks = [s for s in lines if s.count() == 2]
    assert len(marks) == 4  # the starting stage and three changes
    assert len(view._stage_labels) == 4
    assert [p for _a, p in view._stage_points] == [2, 3, 4, 2]
    triggered = [s for s in _series(view, QScatterSeries) if s.count() == 13]
    assert len(triggered) == 1
    assert "500 check-ins" in view.summary.text()
    assert not view.grab().isNull()


def test_event_dialog_creates_and_edits(qtbot, content: Content, journal, clock) -> None:
    flagged: list[str] = []

    def finder(text: str) -> list[Finding]:
        flagged.append(text)
        return [Finding("name", 0, 3, "Mr ")] if "Mr " in text else []

    dialog = EventDialog(content, journal, finder=finder)
    qtbot.addWidget(dialog)
    dialog.show()
    today = clock.now().date()
    assert dialog.suggestion.isVisibleTo(dialog)  # today's event: stage 1 suggested...
    assert dialog.stage.currentData() is None  # ...never assigned
    qtbot.keyClicks(dialog.title, "Mr Smith")
    assert dialog.identifier_note.isVisibleTo(dialog)
    dialog.title.setText("The night shift")
    assert not dialog.identifier_note.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.use_suggestion, Qt.MouseButton.LeftButton)
    assert dialog.stage.currentData() == 1
    with qtbot.waitSignal(dialog.event_saved) as saved:
        dialog.save()
    event = journal.get_event(saved.args[0])
    assert (event.title, event.occurred_on, event.stage) == ("The night shift", today, 1)

    edit = EventDialog(content, journal, event, finder=finder)
    qtbot.addWidget(edit)
    edit.stage.setCurrentIndex(edit.stage.findData(2))
    edit.status.setCurrentIndex(edit.status.findData("surviving"))
    edit.date.setDate(edit.date.date().addDays(-3))
    edit.save()
    event = journal.get_event(event.id)
    assert (event.stage, event.status.value) == (2, "surviving")
    assert event.occurred_on == today - timedelta(days=3)
    assert [c.stage for c in journal.stage_history(event.id)] == [1, 2]


def test_event_dialog_explains_a_missing_title(qtbot, content: Content, journal) -> None:
    dialog = EventDialog(content, journal, finder=lambda _t: [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.error.isVisibleTo(dialog)
    assert journal.list_events() == []
    assert dialog.isVisible()
