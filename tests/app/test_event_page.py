"""An event's own page, walked in the wired app: reached from the stage guide, from an
entry's event and from the list's menu; it shows the way so far, the entries (open one
and it is in the editor, in front), check-ins and follow-ups, and its buttons act."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.features import Features
from reflect.core.clock import FakeClock
from reflect.core.journal.repository import Journal
from reflect.core.reminders.schedule import Rule, RuleKind
from reflect.ui.data.export_dialog import ExportDialog
from reflect.ui.guide.checkin_dialog import CheckInDialog
from reflect.ui.guide.event_page import EventPage
from reflect.ui.guide.exercise_dialog import ExerciseDialog
from reflect.ui.journal.journal_view import JournalView
from tests.app.conftest import WiredApp, unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

START = datetime(2026, 2, 1, 12, tzinfo=UTC)


@pytest.fixture
def app(
    qtbot: QtBot, wired: WiredApp, clock: FakeClock
) -> tuple[AppController, Features, JournalView, Journal, str]:
    controller, features = wired
    clock.set(START)
    unlock(controller, qtbot)
    assert controller.vault is not None
    journal = controller.vault.journal
    event = journal.add_event("The night of the handover", date(2026, 1, 30))
    for day, stage in ((0, 1), (3, 2), (10, 3), (20, 2)):
        clock.set(START + timedelta(days=day))
        journal.set_stage(event.id, stage)
        journal.add_checkin(7 - day // 5, event_id=event.id)
    for day in (1, 4, 12):
        when = START + timedelta(days=day)
        journal.add_entry(f"Day {day}", f"Notes {day}.", [], event.id, created_at=when)
    journal.add_entry("Unrelated", "Groceries.", created_at=START + timedelta(days=2))
    clock.set(START + timedelta(days=25))
    view = controller.journal_view
    assert isinstance(view, JournalView)
    view.entry_list.set_journal(journal)
    view.editor.refresh_choices()
    return controller, features, view, journal, event.id


def page_of(features: Features) -> EventPage:
    assert features.guide is not None
    return features.guide.event_page


def test_the_stage_guide_opens_the_page_with_the_way_so_far(
    app: tuple[AppController, Features, JournalView, Journal, str],
) -> None:
    _c, features, _v, _j, event_id = app
    guide = features.guide
    assert guide is not None
    guide.stage_view.reload_events(select=event_id)
    guide.stage_view.open_event_page.click()
    window = features.event_window
    assert window is not None and window.isVisible()
    assert window.windowTitle() == "Event"  # never the event's own words
    page = page_of(features)
    assert page.title.text() == "The night of the handover"
    assert "stage 2" in page.summary.text().lower()
    assert [stage for stage, *_ in page.timeline.bands] == [1, 2, 3, 2]
    assert [is_return for *_, is_return in page.timeline.bands] == [False, False, False, True]
    titles = [page.entries.item(i).text().split("   ")[-1] for i in range(page.entries.count())]
    assert titles == ["Day 12", "Day 4", "Day 1"]  # newest first, its own entries only
    assert page.trends.checkins and len(page.trends.checkins) == 4


def test_opening_an_entry_from_the_page_shows_it_in_the_editor_in_front(
    qtbot: QtBot, app: tuple[AppController, Features, JournalView, Journal, str]
) -> None:
    _c, features, view, _j, event_id = app
    assert features.guide is not None and features.guide.show_event_page(event_id)
    assert features.event_window is not None and features.event_window.isVisible()
    page = page_of(features)
    page.entries.setCurrentRow(1)
    page.entries.itemActivated.emit(page.entries.currentItem())
    assert view.editor.title.text() == "Day 4"
    assert view.entry_list.current_entry_id() == view.editor.current_entry_id()
    window = features.event_window
    assert window is not None and not window.isVisible()  # stepped aside: the entry in front


def test_the_entrys_event_and_the_lists_menu_lead_to_the_page(
    app: tuple[AppController, Features, JournalView, Journal, str],
) -> None:
    _c, features, view, journal, event_id = app
    entry = next(s for s in journal.list_summaries(10) if s.title == "Day 1")
    view.editor.open_entry(entry.id)
    assert view.editor.event_page_button.isEnabled()
    view.editor.event_page_button.click()
    assert page_of(features).event_id == event_id
    page_of(features).clear()

    assert view.entry_list.select_event(event_id)
    link = view.entry_list.tag_filter.page_link
    assert link.isVisibleTo(view.entry_list)
    link.click()
    assert page_of(features).event_id == event_id
    view.entry_list.select_event(None)
    assert not link.isVisibleTo(view.entry_list)


def test_the_pages_buttons_write_check_in_start_an_exercise_and_export_for_the_event(
    app: tuple[AppController, Features, JournalView, Journal, str],
) -> None:
    controller, features, view, journal, event_id = app
    assert features.guide is not None
    other = journal.add_event("Another time", date(2025, 5, 1))
    features.guide.stage_view.reload_events(select=other.id)  # the guide shows another
    assert features.guide.show_event_page(event_id)
    page = page_of(features)
    page.new_entry_button.click()
    assert view.editor.current_event_id() == event_id and view.editor.is_empty()

    assert features.guide.show_event_page(event_id)
    page.checkin_button.click()
    assert features.event_window is not None and not features.event_window.isVisible()
    checkin = controller.shell.findChild(CheckInDialog)
    assert checkin is not None and checkin.event_box.currentData() == event_id
    checkin.reject()

    page.exercise_button.menu().actions()[0].trigger()
    exercise = controller.shell.findChild(ExerciseDialog)
    assert exercise is not None and exercise.event_box.currentData() == event_id
    exercise.reject()

    page.export_button.click()
    export = controller.shell.findChild(ExportDialog)
    assert export is not None
    assert export.selection().event_id == event_id
    export.reject()


def test_follow_up_reminders_of_the_event_are_listed(
    app: tuple[AppController, Features, JournalView, Journal, str],
) -> None:
    _c, features, _v, journal, event_id = app
    page = page_of(features)
    assert features.guide is not None and features.guide.show_event_page(event_id)
    assert "No follow-up reminders" in page.reminders.text()
    rule = Rule(
        id="11111111-1111-4111-8111-111111111111",
        kind=RuleKind.FOLLOW_UP,
        at=datetime(2026, 3, 1).time().replace(hour=9),
        handled_until=START,
        on_day=date(2026, 3, 1),
        event_id=event_id,
    )
    from reflect.core.reminders.store import private_follow_up

    features.store.update(lambda s: s.put(private_follow_up(journal, rule)))
    features.guide.show_event_page(event_id)
    assert page.reminders.text().startswith("Next: ")
    assert "1 Mar 2026" in page.reminders.text()


def test_tab_reaches_the_event_page_button_after_the_event_and_before_the_text(
    qtbot: QtBot, app: tuple[AppController, Features, JournalView, Journal, str]
) -> None:
    _c, _f, view, journal, _e = app
    entry = next(s for s in journal.list_summaries(10) if s.title == "Day 1")
    view.show_entry(entry.id)
    view.editor.event_selector.setFocus()
    qtbot.keyClick(view.editor.event_selector, Qt.Key.Key_Tab)
    assert view.editor.event_page_button.hasFocus()
    qtbot.keyClick(view.editor.event_page_button, Qt.Key.Key_Tab)
    assert view.editor.body.hasFocus()
