"""The offer made after an event is created: "come back to this later?"

Four follow-ups (1 day, 3 days, 1 week, 1 month), none ticked, each with its own
date the user can change, and one time for all. Nothing is set unless the user
ticks a box and says so; "Not now" is always the easy way out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, tzinfo

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.clock import Clock
from reflect.core.journal.repository import Journal
from reflect.core.reminders import schedule as sc
from reflect.core.reminders import store as rs
from reflect.ui.common.dates import date_pattern
from reflect.ui.common.page import comfortable
from reflect.ui.reminders.notify import system_zone
from reflect.ui.reminders.time_field import TimeField


class FollowUpDialog(QDialog):
    """Pick follow-up reminders for one event; ``rules()`` after accept."""

    def __init__(
        self, event_id: str, now: datetime, zone: tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("Come back to this later?"))
        self.setAccessibleName(self.tr("Follow-up reminders"))
        self._event_id = event_id
        self._now = now
        self._zone = zone
        tr = self.tr
        layout = QVBoxLayout(self)
        comfortable(self, layout, min_width=460)
        intro = QLabel(
            tr(
                "Some people find it helps to return to an event after a little time has "
                "passed. Would you like a reminder? It shows only a general line of text; "
                "clicking it opens this event once Reflect is unlocked."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("followUpIntro")
        layout.addWidget(intro)

        grid = QGridLayout()
        today = now.astimezone(zone).date()
        labels = {
            sc.FollowUp.ONE_DAY: tr("Tomorrow"),
            sc.FollowUp.THREE_DAYS: tr("In 3 days"),
            sc.FollowUp.ONE_WEEK: tr("In a week"),
            sc.FollowUp.ONE_MONTH: tr("In a month"),
        }
        self.checks: dict[sc.FollowUp, QCheckBox] = {}
        self.dates: dict[sc.FollowUp, QDateEdit] = {}
        for row, (offset, label) in enumerate(labels.items()):
            check = QCheckBox(label, self)
            check.setObjectName(f"followUp_{offset.value}")
            check.setAccessibleName(label)
            check.toggled.connect(self._sync)
            day = sc.follow_up_day(today, offset)
            edit = QDateEdit(QDate(day.year, day.month, day.day), self)
            edit.setObjectName(f"followUpDate_{offset.value}")
            edit.setAccessibleName(tr("Date for {label}").format(label=label))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern(weekday=True))
            edit.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
            grid.addWidget(check, row, 0)
            grid.addWidget(edit, row, 1)
            self.checks[offset] = check
            self.dates[offset] = edit
        self.time = TimeField(QTime(9, 0), self)
        self.time.setObjectName("followUpTime")
        self.time.setAccessibleName(tr("Time of day"))
        grid.addWidget(QLabel(tr("At"), self), len(labels), 0)
        grid.addWidget(self.time, len(labels), 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)

        self.buttons = QDialogButtonBox(self)
        self.set_button = QPushButton(tr("Set reminders"), self)
        self.set_button.setObjectName("followUpSet")
        self.set_button.setProperty("role", "primary")
        self.not_now_button = QPushButton(tr("Not now"), self)
        self.not_now_button.setObjectName("followUpNotNow")
        self.buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.not_now_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setObjectName("followUpProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._sync()

    def _try_accept(self) -> None:
        problem = self.time.problem()
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        if problem is None:
            self.accept()

    def _sync(self) -> None:
        self.set_button.setEnabled(any(c.isChecked() for c in self.checks.values()))

    def rules(self) -> list[sc.Rule]:
        """One follow-up rule per ticked box, on its (possibly changed) date."""
        picked = self.time.time()
        at = time(picked.hour(), picked.minute())
        rules = []
        for offset, check in self.checks.items():
            if not check.isChecked():
                continue
            chosen = self.dates[offset].date()
            day = date(chosen.year(), chosen.month(), chosen.day())
            rules.append(sc.follow_up(self._event_id, day, self._now, self._zone, at))
        return rules


def offer_event_followups(
    parent: QWidget | None,
    event_id: str,
    store: rs.ReminderStore,
    clock: Clock,
    journal: Journal,
    *,
    zone: Callable[[], tzinfo] = system_zone,
) -> list[sc.Rule]:
    """After an event is created: offer follow-up reminders; returns those added.

    They are stored as the file may hold them (``rs.private_follow_up``): the event
    they are about goes into the vault.
    """
    dialog = FollowUpDialog(event_id, clock.now(), zone(), parent=parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        rules = [rs.private_follow_up(journal, rule) for rule in dialog.rules()]
    finally:
        dialog.deleteLater()
    store.update(lambda s: _put_all(s, rules))
    return rules


def _put_all(schedule: sc.Schedule, rules: list[sc.Rule]) -> sc.Schedule:
    for rule in rules:
        schedule = schedule.put(rule)
    return schedule
