"""Finding entries by date and by event, walked in the wired app: the calendar marks
the days written on, choosing a day (or Ctrl+G) opens that day's entry in the editor,
plain date words in the search box narrow the list and show a chip, and the menu
below the search narrows it to one event."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.core.clock import FakeClock
from reflect.core.journal.repository import Journal
from reflect.ui.journal.entry_calendar import GoToDateDialog
from reflect.ui.journal.journal_view import JournalView
from tests.app.conftest import WiredApp, unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

NOON = datetime(2026, 2, 1, 12, tzinfo=UTC)  # entries at noon: the same day in any zone


@pytest.fixture
def app(
    qtbot: QtBot, wired: WiredApp, clock: FakeClock
) -> tuple[AppController, JournalView, Journal, str]:
    controller, _features = wired
    clock.set(datetime(2026, 3, 20, 9, tzinfo=UTC))
    unlock(controller, qtbot)
    assert controller.vault is not None
    journal = controller.vault.journal
    event = journal.add_event("The night of the handover", date(2026, 2, 1))
    for day in (0, 2, 3, 10, 30, 40):  # 1, 3, 4, 11 Feb, 3 and 13 Mar
        when = NOON + timedelta(days=day)
        about = event.id if day in (2, 30) else None
        journal.add_entry(f"Day {day}", f"Night notes, day {day}.", [], about, created_at=when)
    view = controller.journal_view
    assert isinstance(view, JournalView)
    view.entry_list.set_journal(journal)
    view.entry_list.calendar.setCurrentPage(2026, 2)
    return controller, view, journal, event.id


def title_in_editor(view: JournalView) -> str:
    return view.editor.title.text()


def listed_titles(view: JournalView) -> list[str]:
    model = view.entry_list.model
    return [str(model.index(r).data()) for r in range(model.rowCount())]


def test_the_calendar_marks_the_days_written_on(
    app: tuple[AppController, JournalView, Journal, str],
) -> None:
    _c, view, _j, _e = app
    calendar = view.entry_list.calendar
    assert {date(2026, 2, d) for d in (1, 3, 4, 11)} <= calendar.marked
    assert date(2026, 2, 2) not in calendar.marked
    calendar.setCurrentPage(2026, 3)
    assert {date(2026, 3, 3), date(2026, 3, 13)} <= calendar.marked


def test_choosing_a_day_opens_its_entry_or_the_nearest_before(
    qtbot: QtBot, app: tuple[AppController, JournalView, Journal, str]
) -> None:
    _c, view, _j, _e = app
    calendar = view.entry_list.calendar
    calendar.setFocus()
    calendar.setSelectedDate(QDate(2026, 2, 3))
    qtbot.keyClick(calendar.findChild(object, "qt_calendar_calendarview"), Qt.Key.Key_Return)
    assert title_in_editor(view) == "Day 2"
    assert view.entry_list.current_entry_id() == view.editor.current_entry_id()
    view.entry_list.go_to_date(date(2026, 2, 9))  # nothing that day: 4 Feb comes up
    assert title_in_editor(view) == "Day 3"


def test_ctrl_g_asks_for_a_day_and_goes_there(
    qtbot: QtBot, app: tuple[AppController, JournalView, Journal, str]
) -> None:
    controller, view, _j, _e = app
    edit = controller.shell.menuBar().findChild(QMenu, "menuEdit")
    assert edit is not None
    assert "goToDateAction" in [a.objectName() for a in edit.actions()]
    qtbot.keyClick(view.editor.body, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = view.findChild(GoToDateDialog)
    assert isinstance(dialog, GoToDateDialog) and dialog.isVisible()
    dialog.day.setDate(QDate(2026, 2, 11))
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    assert title_in_editor(view) == "Day 10"
    assert view.entry_list.calendar.selectedDate() == QDate(2026, 2, 11)


def test_date_words_narrow_the_list_with_a_chip_that_takes_them_away(
    qtbot: QtBot, app: tuple[AppController, JournalView, Journal, str]
) -> None:
    _c, view, _j, _e = app
    panel = view.entry_list
    qtbot.keyClicks(panel.search, "night since March")
    panel.search_timer.timeout.emit()
    assert sorted(listed_titles(view)) == ["Day 30", "Day 40"]
    assert panel.date_chip.isVisible()
    assert panel.date_chip.label.text() == "Since 1 Mar 2026"
    panel.date_chip.remove.click()
    assert panel.search.text() == "night"
    assert not panel.date_chip.isVisible()
    assert len(listed_titles(view)) == 6

    panel.search.setText("in February")  # dates alone: the list, narrowed, newest first
    panel.search_timer.timeout.emit()
    assert listed_titles(view) == ["Day 10", "Day 3", "Day 2", "Day 0"]
    assert panel.count_label.text() == "4 entries"


def test_the_menu_below_search_shows_one_events_entries(
    qtbot: QtBot, app: tuple[AppController, JournalView, Journal, str]
) -> None:
    _c, view, _j, event_id = app
    panel = view.entry_list
    texts = [panel.tag_filter.itemText(i) for i in range(panel.tag_filter.count())]
    assert "Event: The night of the handover" in texts
    assert panel.select_event(event_id)
    assert listed_titles(view) == ["Day 30", "Day 2"]
    panel.search.setText("before March")  # combined with dates
    panel.search_timer.timeout.emit()
    assert listed_titles(view) == ["Day 2"]
