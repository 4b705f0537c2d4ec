"""The form that adds or edits one reminder (opened from the reminders dialog).

It turns what the user picked into a ``reflect.core.reminders.schedule.Rule``; every rule about
*when* a reminder fires stays in core. The private note box is only usable while
the journal is unlocked, because the note is kept inside the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reflect.core.reminders import schedule as sc
from reflect.ui.common.dates import date_pattern
from reflect.ui.common.page import comfortable
from reflect.ui.reminders.time_field import TimeField

REPEAT_DAILY, REPEAT_DAYS, REPEAT_WEEKLY, REPEAT_ONCE = range(4)
NOTE_MAX = 500

_W = TypeVar("_W", bound=QWidget)


def weekday_names() -> list[str]:
    """The locale's short weekday names, Monday first (index = ``date.weekday()``)."""
    return [QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]


def week_order() -> list[int]:
    """Weekday indices (Monday 0) in the order the locale's week runs: Sunday first
    in the United States, Monday first in most of Europe."""
    first = QLocale().firstDayOfWeek().value - 1
    return [(first + step) % 7 for step in range(7)]


def wording_label(owner: QWidget, wording_id: str) -> str:
    return owner.tr(sc.WORDINGS[wording_id])


class ReminderEditor(QDialog):
    """Add or edit one reminder. ``result_rule()`` and ``note_text()`` after accept."""

    def __init__(
        self,
        now: datetime,
        zone: tzinfo,
        *,
        rule: sc.Rule | None = None,
        note: str | None = None,
        unlocked: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderEditor")
        self.setWindowTitle(self.tr("Reminder"))
        self.setAccessibleName(self.tr("Add or change a reminder"))
        self._now = now
        self._zone = zone
        self._rule = rule
        self._unlocked = unlocked
        self._build()
        self._load(rule, note)
        self._sync()

    # --- Building ------------------------------------------------------------------

    def _build_days(self) -> None:
        """The day boxes, made and laid out in the locale's week order (so Tab follows
        what is seen), indexed by weekday (Monday 0)."""
        self.days_row = QWidget(self)
        days = QHBoxLayout(self.days_row)
        days.setContentsMargins(0, 0, 0, 0)
        names = weekday_names()
        made: dict[int, QCheckBox] = {}
        for index in week_order():
            name = names[index]
            made[index] = self._named(QCheckBox(name, self.days_row), f"reminderDay{index}", name)
            days.addWidget(made[index])
        self.day_boxes: list[QCheckBox] = [made[index] for index in range(7)]

    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        comfortable(self, layout, min_width=500)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        layout.addLayout(form)

        self.repeat = self._named(QComboBox(self), "reminderRepeat", tr("How often"))
        self.repeat.addItems(
            [tr("Every day"), tr("On the days I choose"), tr("Once a week"), tr("Once")]
        )
        self.repeat.currentIndexChanged.connect(self._sync)
        form.addRow(tr("How often"), self.repeat)

        self._build_days()
        self.days_label = QLabel(tr("Days"), self)
        form.addRow(self.days_label, self.days_row)

        self.weekday = self._named(QComboBox(self), "reminderWeekday", tr("Day of the week"))
        for index in week_order():
            self.weekday.addItem(QLocale().dayName(index + 1), index)
        self.weekday_label = QLabel(tr("Day"), self)
        form.addRow(self.weekday_label, self.weekday)

        self.day = self._named(QDateEdit(self), "reminderDate", tr("Date"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_pattern(weekday=True))
        self.day_label = QLabel(tr("Date"), self)
        form.addRow(self.day_label, self.day)

        self.time = self._named(TimeField(parent=self), "reminderTime", tr("Time"))
        form.addRow(tr("Time"), self.time)

        self.checkin = self._named(
            QCheckBox(tr("Open a check-in when I click it"), self),
            "reminderCheckIn",
            tr("Open a check-in"),
        )
        form.addRow("", self.checkin)
        self.skip = self._named(
            QCheckBox(tr("Skip it if I've already written that day"), self),
            "reminderSkipIfWrote",
            tr("Skip if I already wrote today"),
        )
        form.addRow("", self.skip)

        self.wording = self._named(QComboBox(self), "reminderWording", tr("Words shown"))
        for wording_id in sc.WORDINGS:
            self.wording.addItem(wording_label(self, wording_id), wording_id)
        form.addRow(tr("Words shown"), self.wording)

        self.note = self._named(QLineEdit(self), "reminderNote", tr("Private note"))
        self.note.setMaxLength(NOTE_MAX)
        self.note_label = QLabel(tr("Private note"), self)
        form.addRow(self.note_label, self.note)

        self.follow_zone = self._named(
            QCheckBox(tr("Follow this computer's time zone"), self),
            "reminderFollowZone",
            tr("Follow this computer's time zone"),
        )
        form.addRow("", self.follow_zone)

        explain = QLabel(
            tr(
                "The notification only ever shows the words you chose above, never a "
                "note or anything you wrote. A private note stays inside your locked "
                "journal and appears after you unlock it."
            ),
            self,
        )
        explain.setObjectName("reminderPrivacyNote")
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        layout.addWidget(explain)

        self.problem = QLabel(self)
        self.problem.setObjectName("reminderProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("reminderEditorButtons")
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _named(self, widget: _W, name: str, accessible: str) -> _W:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _load(self, rule: sc.Rule | None, note: str | None) -> None:
        local_now = self._now.astimezone(self._zone)
        tomorrow = local_now.date() + timedelta(days=1)
        self.day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.day.setMinimumDate(QDate(local_now.year, local_now.month, local_now.day))
        self.time.setTime(QTime(8, 0))
        self.follow_zone.setChecked(True)
        self._choose_weekday(local_now.weekday())
        for box in self.day_boxes[:5]:
            box.setChecked(True)
        if rule is None:
            self.note.setText("")
        else:
            self._load_rule(rule)
            self.note.setText(note or "")
        if not self._unlocked:
            self.note.setEnabled(False)
            self.note.setPlaceholderText(self.tr("Unlock Reflect to add or read a private note"))
        else:
            self.note.setPlaceholderText(self.tr("Only you see this, after unlocking"))

    def _load_rule(self, rule: sc.Rule) -> None:
        self.time.setTime(QTime(rule.at.hour, rule.at.minute))
        if rule.kind is sc.RuleKind.RECURRING:
            if rule.weekdays == sc.EVERY_DAY:
                self.repeat.setCurrentIndex(REPEAT_DAILY)
            elif len(rule.weekdays) == 1:
                self.repeat.setCurrentIndex(REPEAT_WEEKLY)
                self._choose_weekday(next(iter(rule.weekdays)))
            else:
                self.repeat.setCurrentIndex(REPEAT_DAYS)
            for index, box in enumerate(self.day_boxes):
                box.setChecked(index in rule.weekdays)
        else:
            self.repeat.setCurrentIndex(REPEAT_ONCE)
            assert rule.on_day is not None
            self.day.setDate(QDate(rule.on_day.year, rule.on_day.month, rule.on_day.day))
            self.day.setMinimumDate(min(self.day.minimumDate(), self.day.date()))
        # A follow-up belongs to its event: only its date and time can change.
        self.repeat.setEnabled(rule.kind is not sc.RuleKind.FOLLOW_UP)
        self.checkin.setChecked(rule.checkin)
        self.skip.setChecked(rule.skip_if_wrote_today)
        self.wording.setCurrentIndex(list(sc.WORDINGS).index(rule.wording))
        self.follow_zone.setChecked(rule.follow_system_zone)

    def _sync(self) -> None:
        mode = self.repeat.currentIndex()
        once = mode == REPEAT_ONCE
        follow_up = self._rule is not None and self._rule.kind is sc.RuleKind.FOLLOW_UP
        for widget in (self.days_label, self.days_row):
            widget.setVisible(mode == REPEAT_DAYS)
        for widget in (self.weekday_label, self.weekday):
            widget.setVisible(mode == REPEAT_WEEKLY)
        for widget in (self.day_label, self.day):
            widget.setVisible(once)
        for widget in (self.note_label, self.note):
            widget.setVisible(once and not follow_up)
        self.skip.setVisible(not once)
        self.checkin.setVisible(not follow_up)

    # --- Result -----------------------------------------------------------------------

    def _try_accept(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if not problem:
            self.accept()

    def problem_text(self) -> str:
        time_problem = self.time.problem()
        if time_problem is not None:
            return time_problem
        mode = self.repeat.currentIndex()
        if mode == REPEAT_DAYS and not self._chosen_days():
            return self.tr("Choose at least one day.")
        if mode == REPEAT_ONCE:
            when = sc.resolve_local(self._date(), self._time(), self._zone)
            if when <= self._now:
                return self.tr("That time has already passed. Choose a later date or time.")
        return ""

    def result_rule(self) -> sc.Rule:
        """The new or changed rule (counting from now, so nothing is "missed")."""
        mode = self.repeat.currentIndex()
        options: dict[str, object] = {
            "at": self._time(),
            "wording": self.wording.currentData(),
            "follow_system_zone": self.follow_zone.isChecked(),
        }
        if self._rule is not None and self._rule.kind is sc.RuleKind.FOLLOW_UP:
            return self._rule.edited(self._now, on_day=self._date(), **options)
        options["checkin"] = self.checkin.isChecked()
        if mode == REPEAT_ONCE:
            options.update(kind=sc.RuleKind.ONE_OFF, on_day=self._date(), skip_if_wrote_today=False)
        else:
            weekdays = {
                REPEAT_DAILY: sc.EVERY_DAY,
                REPEAT_WEEKLY: frozenset({int(self.weekday.currentData())}),
            }.get(mode) or frozenset(self._chosen_days())
            options.update(
                kind=sc.RuleKind.RECURRING,
                weekdays=weekdays,
                on_day=None,
                skip_if_wrote_today=self.skip.isChecked(),
            )
        # A new rule remembers the zone it was made in (used if "follow" is unticked).
        base = self._rule or sc.recurring(self._time(), self._now, self._zone)
        return base.edited(self._now, **options)

    def note_text(self) -> str | None:
        """The private note to store, or None when it must not be touched (locked)."""
        if not self._unlocked or self.repeat.currentIndex() != REPEAT_ONCE:
            return None
        return self.note.text().strip()

    def _choose_weekday(self, weekday: int) -> None:
        self.weekday.setCurrentIndex(self.weekday.findData(weekday))

    def _chosen_days(self) -> list[int]:
        return [i for i, box in enumerate(self.day_boxes) if box.isChecked()]

    def _date(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    def _time(self) -> time:
        picked = self.time.time()
        return time(picked.hour(), picked.minute())


EditorRunner = Callable[[ReminderEditor], bool]
