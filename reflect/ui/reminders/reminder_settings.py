"""The reminders dialog's settings: quiet hours and running in the background.

Each change is saved to the schedule at once (``ReminderStore.update``); a time
that cannot be read saves nothing and says why.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import time
from typing import Any, Protocol

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from reflect.core.errors import UserError
from reflect.core.reminders import schedule as sc
from reflect.core.reminders import store as rs
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.reminders.time_field import TimeField


class AutostartLike(Protocol):
    """What the dialog needs of ``reflect.app.autostart`` (ui never imports app)."""

    def is_enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...


class ReminderSettingsPanel(QWidget):
    """Quiet hours, keep in the tray, start at login."""

    def __init__(
        self,
        store: rs.ReminderStore,
        *,
        dialogs: Dialogs,
        autostart: AutostartLike | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._dialogs = dialogs
        self._autostart = autostart
        self._build()
        self._load_settings()

    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        quiet = QGroupBox(tr("Quiet hours"), self)
        quiet.setObjectName("quietHoursGroup")
        grid = QGridLayout(quiet)
        self.quiet_check = QCheckBox(tr("Hold reminders between"), quiet)
        self.quiet_check.setObjectName("quietHoursCheck")
        self.quiet_check.setAccessibleName(tr("Quiet hours"))
        # Typed times, like the reminder editor's: what is typed is what is kept.
        self.quiet_from = TimeField(parent=quiet)
        self.quiet_from.setObjectName("quietHoursFrom")
        self.quiet_from.setAccessibleName(tr("Quiet hours start"))
        self.quiet_to = TimeField(parent=quiet)
        self.quiet_to.setObjectName("quietHoursTo")
        self.quiet_to.setAccessibleName(tr("Quiet hours end"))
        self.quiet_problem = QLabel(quiet)
        self.quiet_problem.setObjectName("quietHoursProblem")
        self.quiet_problem.setProperty("role", "error")
        self.quiet_problem.setWordWrap(True)
        self.quiet_problem.hide()
        grid.addWidget(self.quiet_check, 0, 0)
        grid.addWidget(self.quiet_from, 0, 1)
        grid.addWidget(QLabel(tr("and"), quiet), 0, 2)
        grid.addWidget(self.quiet_to, 0, 3)
        grid.addWidget(self.quiet_problem, 1, 0, 1, 4)
        grid.setColumnStretch(4, 1)
        held = QLabel(tr("A reminder that falls in quiet hours waits until they end."), quiet)
        held.setProperty("role", "muted")
        held.setWordWrap(True)
        grid.addWidget(held, 1, 0, 1, 5)
        layout.addWidget(quiet)

        background = QGroupBox(tr("In the background"), self)
        background.setObjectName("backgroundGroup")
        column = QVBoxLayout(background)
        self.keep_in_tray_check = QCheckBox(
            tr("Keep running in the tray when the window is closed"), background
        )
        self.keep_in_tray_check.setObjectName("keepInTrayCheck")
        self.keep_in_tray_check.setAccessibleName(tr("Keep running in the tray"))
        self.start_at_login_check = QCheckBox(tr("Start Reflect when I log in"), background)
        self.start_at_login_check.setObjectName("startAtLoginCheck")
        self.start_at_login_check.setAccessibleName(tr("Start Reflect when I log in"))
        login_note = QLabel(
            tr("Reflect starts locked and quiet, so reminders can arrive on time."), background
        )
        login_note.setProperty("role", "muted")
        login_note.setWordWrap(True)
        for widget in (self.keep_in_tray_check, self.start_at_login_check, login_note):
            column.addWidget(widget)
        layout.addWidget(background)

    def _load_settings(self) -> None:
        schedule = self._store.schedule
        self.quiet_check.setChecked(schedule.quiet.enabled)
        self.quiet_from.setTime(QTime(schedule.quiet.start.hour, schedule.quiet.start.minute))
        self.quiet_to.setTime(QTime(schedule.quiet.end.hour, schedule.quiet.end.minute))
        self.keep_in_tray_check.setChecked(schedule.keep_in_tray)
        if self._autostart is None:
            self.start_at_login_check.setEnabled(False)
        else:
            self.start_at_login_check.setChecked(self._autostart.is_enabled())
        self._sync_quiet_widgets()
        # Connected after loading, so filling the form saves nothing.
        self.quiet_check.toggled.connect(self._save_quiet)
        for field in (self.quiet_from, self.quiet_to):
            field.time_entered.connect(self._save_quiet)
            field.unreadable.connect(self._quiet_unreadable)
        self.keep_in_tray_check.toggled.connect(self._save_keep_in_tray)
        self.start_at_login_check.toggled.connect(self._save_start_at_login)

    def _sync_quiet_widgets(self) -> None:
        on = self.quiet_check.isChecked()
        self.quiet_from.setEnabled(on)
        self.quiet_to.setEnabled(on)

    def _quiet_unreadable(self, problem: str) -> None:
        """Nothing is saved; the last good quiet hours stay until a time reads."""
        self.quiet_problem.setText(problem)
        self.quiet_problem.show()

    def _save_quiet(self) -> None:
        if self.quiet_from.problem() is not None or self.quiet_to.problem() is not None:
            return
        self.quiet_problem.hide()
        self._sync_quiet_widgets()
        start, end = self.quiet_from.time(), self.quiet_to.time()
        quiet = sc.QuietHours(
            enabled=self.quiet_check.isChecked(),
            start=time(start.hour(), start.minute()),
            end=time(end.hour(), end.minute()),
        )
        self._save(lambda s: _with(s, quiet=quiet))

    def _save_keep_in_tray(self, on: bool) -> None:
        self._save(lambda s: _with(s, keep_in_tray=on))

    def _save_start_at_login(self, on: bool) -> None:
        assert self._autostart is not None
        try:
            self._autostart.enable() if on else self._autostart.disable()
        except UserError as exc:
            self._dialogs.error(self, self.tr("Start at login"), exc.message)
            self.start_at_login_check.blockSignals(True)
            self.start_at_login_check.setChecked(self._autostart.is_enabled())
            self.start_at_login_check.blockSignals(False)

    def _save(self, change: Callable[[sc.Schedule], sc.Schedule]) -> None:
        try:
            self._store.update(change)
        except UserError as exc:
            self._dialogs.error(self, self.tr("Reminders not saved"), exc.message)


def _with(schedule: sc.Schedule, **changes: Any) -> sc.Schedule:
    return dataclasses.replace(schedule, **changes)
