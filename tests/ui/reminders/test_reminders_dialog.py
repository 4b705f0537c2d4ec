"""The reminders dialog, its editor and the follow-up offer, driven like a user would."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.errors import UserError
from reflect.core.journal.repository import Journal
from reflect.core.paths import AppPaths
from reflect.core.reminders import schedule as sc
from reflect.core.reminders import store as rs
from reflect.ui.reminders import reminders_dialog as rd
from reflect.ui.reminders.followup_dialog import FollowUpDialog
from reflect.ui.reminders.reminder_editor import (
    REPEAT_DAILY,
    REPEAT_DAYS,
    REPEAT_ONCE,
    REPEAT_WEEKLY,
    ReminderEditor,
)
from tests.helpers.fakes import FakeDialogs

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 23, 18, 30, tzinfo=LONDON).astimezone(UTC)  # a Monday
EVENT_ID = "0b7e7d0e-4c1a-4f0e-9d7e-2a8f5b6c1d2e"
CANARY = "CANARY ring Dr Adeyemi about the insulin"


class FakeAutostart:
    def __init__(self, fail: bool = False) -> None:
        self.enabled = False
        self.fail = fail

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        if self.fail:
            raise UserError("Reflect could not add itself to the programs that start at login.")
        self.enabled = True

    def disable(self) -> None:
        self.enabled = False


class Rig:
    def __init__(self, qtbot: QtBot, paths: AppPaths, journal: Journal | None = None) -> None:
        self.store = rs.ReminderStore.in_folder(paths.config)
        self.clock = FakeClock(NOW)
        self.dialogs = FakeDialogs()
        self.autostart = FakeAutostart()
        self.journal = journal
        self.fill: Callable[[ReminderEditor], bool] = lambda editor: False
        self.editors: list[ReminderEditor] = []
        self.qtbot = qtbot

    def open(self) -> rd.RemindersDialog:
        def run(editor: ReminderEditor) -> bool:
            self.editors.append(editor)
            return self.fill(editor)

        dialog = rd.RemindersDialog(
            self.store,
            self.clock,
            dialogs=self.dialogs,
            journal=self.journal,
            autostart=self.autostart,
            zone=lambda: LONDON,
            run_editor=run,
        )
        self.qtbot.addWidget(dialog)
        dialog.show()
        return dialog


def rows(dialog: rd.RemindersDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def accept(editor: ReminderEditor) -> bool:
    editor.buttons.accepted.emit()
    return editor.result() == QDialog.DialogCode.Accepted


@pytest.fixture(autouse=True)
def _english_dates() -> Iterator[None]:
    """Dates are shown in the user's language; the tests read them in English."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def rig(qtbot: QtBot, app_paths: AppPaths) -> Rig:
    return Rig(qtbot, app_paths)


def test_empty_dialog_invites_a_first_reminder(rig: Rig) -> None:
    dialog = rig.open()
    assert dialog.objectName() == "remindersDialog"
    assert dialog.empty.isVisible()
    assert not dialog.list.isVisible()
    assert not dialog.edit_button.isEnabled()
    assert not dialog.delete_button.isEnabled()


def test_adding_a_daily_reminder_shows_when_it_fires_next(rig: Rig) -> None:
    def fill(editor: ReminderEditor) -> bool:
        editor.repeat.setCurrentIndex(REPEAT_DAILY)
        editor.time.setTime(QTime(7, 30))
        editor.wording.setCurrentIndex(2)
        return accept(editor)

    rig.fill = fill
    dialog = rig.open()
    dialog.add_button.click()
    (rule,) = rig.store.schedule.rules
    assert rule.kind is sc.RuleKind.RECURRING
    assert rule.weekdays == sc.EVERY_DAY
    assert rule.at == time(7, 30)
    assert rule.wording == "here"
    assert rule.follow_system_zone
    assert rule.zone == "Europe/London"
    assert rows(dialog) == ["Every day at 07:30 · to write\nNext: Tue 24 Nov, 07:30"]
    assert dialog.selected_rule_id() == rule.id
    assert dialog.empty.isHidden()


def test_a_weekly_check_in_reminder(rig: Rig) -> None:
    def fill(editor: ReminderEditor) -> bool:
        editor.repeat.setCurrentIndex(REPEAT_WEEKLY)
        editor.weekday.setCurrentIndex(4)
        editor.time.setTime(QTime(17, 0))
        editor.checkin.setChecked(True)
        editor.skip.setChecked(True)
        return accept(editor)

    rig.fill = fill
    dialog = rig.open()
    dialog.add_reminder()
    (rule,) = rig.store.schedule.rules
    assert rule.weekdays == frozenset({4})
    assert rule.target is sc.Target.CHECKIN
    assert rule.skip_if_wrote_today
    assert rows(dialog) == [
        "Every Friday at 17:00 · to check in\n"
        "Next: Fri 27 Nov, 17:00 · skipped on days you've written"
    ]


def test_a_one_off_with_a_private_note_keeps_the_note_in_the_vault(
    qtbot: QtBot, app_paths: AppPaths, journal: Journal
) -> None:
    rig = Rig(qtbot, app_paths, journal)

    def fill(editor: ReminderEditor) -> bool:
        editor.repeat.setCurrentIndex(REPEAT_ONCE)
        editor.day.setDate(QDate(2026, 11, 26))
        editor.time.setTime(QTime(13, 15))
        assert editor.note.isEnabled()
        editor.note.setText(CANARY)
        return accept(editor)

    rig.fill = fill
    dialog = rig.open()
    dialog.add_reminder()
    (rule,) = rig.store.schedule.rules
    assert rule.kind is sc.RuleKind.ONE_OFF
    assert rule.on_day == date(2026, 11, 26)
    assert rs.load_note(journal, rule.id) == CANARY
    assert b"Adeyemi" not in rig.store.path.read_bytes()
    assert rows(dialog) == [
        "Once, Thu 26 Nov at 13:15 · with a private note\nNext: Thu 26 Nov, 13:15"
    ]

    # Editing shows the note again (unlocked).
    seen: list[str] = []

    def look(editor: ReminderEditor) -> bool:
        seen.append(editor.note.text())
        return False

    rig.fill = look
    dialog.select(rule.id)
    dialog.edit_button.click()
    assert seen == [CANARY]


def test_while_locked_the_note_cannot_be_read_or_written(rig: Rig) -> None:
    rule = sc.one_off(date(2026, 11, 26), time(13, 15), NOW, LONDON)
    rig.store.save(sc.Schedule(rules=(rule,)))

    def fill(editor: ReminderEditor) -> bool:
        assert not editor.note.isEnabled()
        assert editor.note.text() == ""
        assert "Unlock" in editor.note.placeholderText()
        editor.time.setTime(QTime(14, 0))
        assert accept(editor)
        assert editor.note_text() is None
        return True

    rig.fill = fill
    dialog = rig.open()
    dialog.select(rule.id)
    dialog.edit_selected()
    assert rig.store.schedule.get(rule.id).at == time(14, 0)
    assert len(rig.editors) == 1


def test_a_time_in_the_past_is_refused_kindly(rig: Rig) -> None:
    def fill(editor: ReminderEditor) -> bool:
        editor.repeat.setCurrentIndex(REPEAT_ONCE)
        editor.day.setDate(QDate(2026, 11, 23))
        editor.time.setTime(QTime(9, 0))
        accepted = accept(editor)
        assert editor.problem.text().startswith("That time has already passed")
        return accepted

    rig.fill = fill
    rig.open().add_reminder()
    assert len(rig.store.schedule.rules) == 0


def test_pause_and_resume(rig: Rig) -> None:
    rule = sc.recurring(time(8, 0), NOW, LONDON)
    rig.store.save(sc.Schedule(rules=(rule,)))
    dialog = rig.open()
    dialog.select(rule.id)
    assert dialog.pause_button.text() == "Pause"
    dialog.pause_button.click()
    assert rig.store.schedule.get(rule.id).paused
    assert rows(dialog) == ["Every day at 08:00 · to write\nPaused"]
    assert dialog.pause_button.text() == "Resume"
    dialog.pause_button.click()
    assert not rig.store.schedule.get(rule.id).paused
    assert rows(dialog) == ["Every day at 08:00 · to write\nNext: Tue 24 Nov, 08:00"]


def test_delete_asks_first_and_removes_the_note(
    qtbot: QtBot, app_paths: AppPaths, journal: Journal
) -> None:
    rig = Rig(qtbot, app_paths, journal)
    rule = sc.one_off(date(2026, 11, 26), time(13, 15), NOW, LONDON)
    rs.save_note(journal, rule.id, CANARY)
    rig.store.save(sc.Schedule(rules=(rule,)))
    dialog = rig.open()
    dialog.select(rule.id)
    rig.dialogs.queue_confirm(False, True)
    dialog.delete_button.click()
    assert rig.store.schedule.rules == (rule,)
    assert rig.dialogs.confirms[0].extra["destructive"] is True
    dialog.delete_button.click()
    assert len(rig.store.schedule.rules) == 0
    assert rs.load_note(journal, rule.id) == ""
    assert dialog.empty.isVisible()


def _type_time(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Select all, type, press Enter: as a user changes a time."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_quiet_hours_and_tray_are_saved(rig: Rig, qtbot: QtBot) -> None:
    dialog = rig.open()
    dialog.show()
    assert not dialog.quiet_from.isEnabled()
    dialog.quiet_check.setChecked(True)
    assert dialog.quiet_from.isEnabled()
    _type_time(qtbot, dialog.quiet_from, "21:30")
    _type_time(qtbot, dialog.quiet_to, "6.45")
    assert rig.store.schedule.quiet == sc.QuietHours(True, time(21, 30), time(6, 45))
    assert dialog.quiet_to.text() == "06:45"  # shown back as it is kept
    dialog.keep_in_tray_check.setChecked(True)
    assert rig.store.schedule.keep_in_tray
    assert rs.ReminderStore(rig.store.path).schedule.keep_in_tray


def test_a_quiet_hour_that_cannot_be_read_changes_nothing(rig: Rig, qtbot: QtBot) -> None:
    dialog = rig.open()
    dialog.show()
    dialog.quiet_check.setChecked(True)
    before = rig.store.schedule.quiet
    _type_time(qtbot, dialog.quiet_from, "25:00")
    assert rig.store.schedule.quiet == before
    assert dialog.quiet_problem.isVisible()
    assert "not a time Reflect can read" in dialog.quiet_problem.text()
    _type_time(qtbot, dialog.quiet_from, "23:15")
    assert rig.store.schedule.quiet.start == time(23, 15)
    assert not dialog.quiet_problem.isVisible()


def test_quiet_hours_move_the_next_time_shown(rig: Rig) -> None:
    rig.store.save(sc.Schedule(rules=(sc.recurring(time(23, 0), NOW, LONDON),)))
    dialog = rig.open()
    dialog.quiet_check.setChecked(True)  # 22:00 to 07:00 by default
    assert rows(dialog) == ["Every day at 23:00 · to write\nNext: Tue 24 Nov, 07:00"]


def test_start_at_login(rig: Rig) -> None:
    dialog = rig.open()
    dialog.start_at_login_check.setChecked(True)
    assert rig.autostart.enabled
    dialog.start_at_login_check.setChecked(False)
    assert not rig.autostart.enabled


def test_start_at_login_failure_is_explained_and_undone(rig: Rig) -> None:
    rig.autostart.fail = True
    dialog = rig.open()
    dialog.start_at_login_check.setChecked(True)
    assert not dialog.start_at_login_check.isChecked()
    assert "start at login" in rig.dialogs.errors[0].text


def test_the_list_follows_the_schedule_as_reminders_fire(rig: Rig) -> None:
    rule = sc.one_off(date(2026, 11, 24), time(9, 0), NOW, LONDON)
    rig.store.save(sc.Schedule(rules=(rule,)))
    dialog = rig.open()
    assert rows(dialog)[0].endswith("Next: Tue 24 Nov, 09:00")
    rig.clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    rig.store.save(sc.evaluate(rig.store.schedule, rig.clock.now(), LONDON).schedule)
    assert rows(dialog)[0].endswith("\nDone")
    dialog.reject()
    rig.store.save(sc.Schedule())  # the closed dialog no longer listens
    assert rows(dialog)[0].endswith("\nDone")


def test_editing_a_follow_up_changes_only_its_date_and_time(rig: Rig) -> None:
    rule = sc.follow_up(EVENT_ID, date(2026, 11, 30), NOW, LONDON)
    rig.store.save(sc.Schedule(rules=(rule,)))

    def fill(editor: ReminderEditor) -> bool:
        assert not editor.repeat.isEnabled()
        assert editor.note.isHidden()
        editor.day.setDate(QDate(2026, 12, 2))
        return accept(editor)

    rig.fill = fill
    dialog = rig.open()
    dialog.select(rule.id)
    dialog.edit_selected()
    changed = rig.store.schedule.get(rule.id)
    assert changed.on_day == date(2026, 12, 2)
    assert changed.event_id == EVENT_ID
    assert changed.kind is sc.RuleKind.FOLLOW_UP


def test_follow_up_offer(qtbot: QtBot) -> None:
    offer = FollowUpDialog(EVENT_ID, NOW, LONDON)
    qtbot.addWidget(offer)
    assert not offer.set_button.isEnabled()
    assert offer.dates[sc.FollowUp.ONE_MONTH].date() == QDate(2026, 12, 23)
    offer.checks[sc.FollowUp.THREE_DAYS].setChecked(True)
    offer.checks[sc.FollowUp.ONE_MONTH].setChecked(True)
    offer.dates[sc.FollowUp.ONE_MONTH].setDate(QDate(2026, 12, 28))
    offer.time.setTime(QTime(12, 0))
    assert offer.set_button.isEnabled()
    rules = offer.rules()
    assert [(r.on_day, r.at, r.event_id, r.target) for r in rules] == [
        (date(2026, 11, 26), time(12, 0), EVENT_ID, sc.Target.EVENT),
        (date(2026, 12, 28), time(12, 0), EVENT_ID, sc.Target.EVENT),
    ]


def test_offer_event_followups_saves_what_was_ticked_and_keeps_the_event_private(
    qtbot: QtBot, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, journal: Journal
) -> None:
    """Audit item 6: the file must not say which event a reminder follows, nor that it does."""
    store = rs.ReminderStore.in_folder(app_paths.config)

    def exec_(self: FollowUpDialog) -> int:
        self.checks[sc.FollowUp.ONE_WEEK].setChecked(True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(FollowUpDialog, "exec", exec_)
    added = rd.offer_event_followups(
        None, EVENT_ID, store, FakeClock(NOW), journal, zone=lambda: LONDON
    )
    assert [r.on_day for r in added] == [date(2026, 11, 30)]
    assert store.schedule.rules == tuple(added)
    written = store.path.read_text()
    assert EVENT_ID not in written and "follow_up" not in written
    assert rs.event_for(journal, added[0]) == EVENT_ID  # the vault knows
    dialog = Rig(qtbot, app_paths, journal).open()
    assert rows(dialog)[0].startswith("Once, Mon 30 Nov at 09:00 · to follow up on an event")

    monkeypatch.setattr(FollowUpDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert rd.offer_event_followups(None, EVENT_ID, store, FakeClock(NOW), journal) == []
    assert len(store.schedule.rules) == 1


def test_a_follow_up_from_an_older_file_moves_its_event_into_the_vault(
    app_paths: AppPaths, journal: Journal
) -> None:
    store = rs.ReminderStore.in_folder(app_paths.config)
    old = sc.follow_up(EVENT_ID, date(2026, 12, 1), NOW, LONDON)
    store.save(sc.Schedule(rules=(old,)))
    assert EVENT_ID in store.path.read_text()  # how older versions wrote it
    rs.keep_follow_ups_private(store, journal)
    assert EVENT_ID not in store.path.read_text()
    (kept,) = rs.ReminderStore.in_folder(app_paths.config).schedule.rules
    assert kept.on_day == old.on_day and kept.at == old.at
    assert rs.event_for(journal, kept) == EVENT_ID


def test_every_widget_a_user_needs_is_named(rig: Rig) -> None:
    dialog = rig.open()
    for widget in (
        dialog.list,
        dialog.add_button,
        dialog.edit_button,
        dialog.pause_button,
        dialog.delete_button,
        dialog.quiet_check,
        dialog.quiet_from,
        dialog.quiet_to,
        dialog.keep_in_tray_check,
        dialog.start_at_login_check,
    ):
        assert widget.objectName()
        assert widget.accessibleName()


def test_a_paused_rule_is_listed_after_the_active_ones(rig: Rig) -> None:
    early = dataclasses.replace(sc.recurring(time(6, 0), NOW, LONDON), paused=True)
    late = sc.recurring(time(22, 0), NOW, LONDON)
    rig.store.save(sc.Schedule(rules=(early, late)))
    dialog = rig.open()
    assert [r.split("\n")[1] for r in rows(dialog)] == ["Next: Mon 23 Nov, 22:00", "Paused"]


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("21:30", time(21, 30)),
        ("9.05", time(9, 5)),
        ("0715", time(7, 15)),
        ("9:30 pm", time(21, 30)),
    ],
)
def test_what_is_typed_in_the_time_is_what_is_saved(
    rig: Rig, qtbot: QtBot, typed: str, saved: time
) -> None:
    def fill(editor: ReminderEditor) -> bool:
        editor.repeat.setCurrentIndex(REPEAT_DAILY)
        editor.show()
        field = editor.time
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
        qtbot.keyClicks(field, typed)
        return accept(editor)

    rig.fill = fill
    dialog = rig.open()
    dialog.add_button.click()
    (rule,) = rig.store.schedule.rules
    assert rule.at == saved


@pytest.mark.parametrize("typed", ["25:00", "9:75", "half nine", ""])
def test_a_time_that_cannot_be_read_is_refused_and_nothing_is_saved(
    rig: Rig, qtbot: QtBot, typed: str
) -> None:
    seen: list[str] = []

    def fill(editor: ReminderEditor) -> bool:
        editor.repeat.setCurrentIndex(REPEAT_DAILY)
        editor.time.setText(typed)
        accepted = accept(editor)
        seen.append(editor.problem.text())
        return accepted

    rig.fill = fill
    dialog = rig.open()
    dialog.add_button.click()
    assert len(rig.store.schedule.rules) == 0
    assert "not a time Reflect can read" in seen[0]


def test_follow_up_time_is_typed_too(qtbot: QtBot) -> None:
    offer = FollowUpDialog(EVENT_ID, NOW, LONDON)
    qtbot.addWidget(offer)
    next(iter(offer.checks.values())).setChecked(True)
    offer.time.setText("18:45")
    offer.buttons.accepted.emit()
    assert offer.result() == QDialog.DialogCode.Accepted
    assert {r.at for r in offer.rules()} == {time(18, 45)}
    bad = FollowUpDialog(EVENT_ID, NOW, LONDON)
    qtbot.addWidget(bad)
    next(iter(bad.checks.values())).setChecked(True)
    bad.time.setText("31:00")
    bad.buttons.accepted.emit()
    assert bad.result() != QDialog.DialogCode.Accepted
    assert "not a time" in bad.problem.text()


@pytest.mark.logs_warning
def test_a_damaged_reminders_file_still_opens_the_window_and_says_what_happened(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    """Audit item 6: before, the window would not open at all."""
    app_paths.config.mkdir(parents=True, exist_ok=True)
    (app_paths.config / "reminders.json").mkdir()  # not even a file
    dialog = Rig(qtbot, app_paths).open()
    assert dialog.isVisible()
    assert dialog.set_aside_note.isVisible()
    assert "reminders were reset" in dialog.set_aside_note.text()
    assert str(app_paths.config) in dialog.set_aside_note.text()
    assert dialog.empty.isVisible()


@pytest.mark.logs_warning
def test_one_unreadable_reminder_is_named_and_the_rest_are_listed(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    import json

    good = sc.recurring(time(7, 30), NOW, LONDON)
    doc = json.loads(rs.dumps(sc.Schedule(rules=(good,))))
    doc["rules"].append({**doc["rules"][0], "zone": "Mars/Olympus", "follow_system_zone": False})
    app_paths.config.mkdir(parents=True, exist_ok=True)
    (app_paths.config / "reminders.json").write_text(json.dumps(doc))
    dialog = Rig(qtbot, app_paths).open()
    assert rows(dialog) == ["Every day at 07:30 · to write\nNext: Tue 24 Nov, 07:30"]
    assert dialog.set_aside_note.text().startswith("One reminder could not be read")


def test_no_note_when_the_file_is_fine(rig: Rig) -> None:
    assert not rig.open().set_aside_note.isVisible()


def test_the_empty_note_sits_where_the_list_would_be_with_no_gaps(rig: Rig) -> None:
    """With no reminders, the note follows the intro closely (it used to float mid-window)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    dialog = rig.open()
    intro = dialog.findChild(QLabel, "remindersIntro")
    assert intro is not None and dialog.height() >= 700
    # Before, the spare height went into the labels: the intro's text floated mid-way
    # down and the note sat a third of the way into the window.
    assert intro.height() < 80
    assert dialog.empty.mapTo(dialog, QPoint(0, 0)).y() < 120


@pytest.mark.parametrize(
    ("language", "country", "first_box", "names"),
    [
        # The United States start the week on Sunday; Germany on Monday.
        (QLocale.Language.English, QLocale.Country.UnitedStates, "Sun", "Sun, Mon, Sat"),
        (QLocale.Language.German, QLocale.Country.Germany, "Mo.", "Mo., Sa., So."),
    ],
)
def test_days_follow_the_week_of_the_locale(
    rig: Rig,
    language: QLocale.Language,
    country: QLocale.Country,
    first_box: str,
    names: str,
) -> None:
    QLocale.setDefault(QLocale(language, country))

    def fill(editor: ReminderEditor) -> bool:
        layout = editor.days_row.layout()
        assert layout is not None
        shown = [box.text() for box in sorted(editor.day_boxes, key=layout.indexOf)]
        assert shown[0] == first_box and len(shown) == 7
        # Tab goes the way the eye does: from the first day shown to the second.
        order = sorted(editor.day_boxes, key=layout.indexOf)
        assert order[0].nextInFocusChain() is order[1]
        assert editor.weekday.itemText(0) == QLocale().dayName(7 if first_box[:2] == "Su" else 1)
        editor.repeat.setCurrentIndex(REPEAT_DAYS)
        for box in editor.day_boxes:
            box.setChecked(False)
        for index in (0, 5, 6):  # Monday, Saturday, Sunday
            editor.day_boxes[index].setChecked(True)
        return accept(editor)

    rig.fill = fill
    dialog = rig.open()
    dialog.add_reminder()
    (rule,) = rig.store.schedule.rules
    assert rule.weekdays == frozenset({0, 5, 6})
    assert rows(dialog)[0].startswith(f"{names} ")


def test_a_weekly_reminder_on_sunday_in_a_sunday_first_week(rig: Rig) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    def fill(editor: ReminderEditor) -> bool:
        editor.repeat.setCurrentIndex(REPEAT_WEEKLY)
        editor.weekday.setCurrentIndex(0)  # the first day the US week shows
        return accept(editor)

    rig.fill = fill
    rig.open().add_reminder()
    (rule,) = rig.store.schedule.rules
    assert rule.weekdays == frozenset({6})  # Sunday
