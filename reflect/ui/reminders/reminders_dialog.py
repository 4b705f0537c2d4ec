"""The reminders dialog: add, change, pause and delete reminders; quiet hours;
running in the background. Also the small "follow up on this event?" offer.

The dialog edits the schedule through the one ``ReminderStore`` the app owns; the
scheduler listens to the same store and re-arms itself after every change. Private
notes are read and written only when the dialog is given an unlocked journal.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, time, tzinfo
from typing import Any, Protocol

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reflect.core.clock import Clock
from reflect.core.errors import UserError
from reflect.core.journal.repository import Journal
from reflect.core.reminders import schedule as sc
from reflect.core.reminders import store as rs
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.page import comfortable
from reflect.ui.reminders.followup_dialog import offer_event_followups
from reflect.ui.reminders.notify import system_zone
from reflect.ui.reminders.reminder_editor import EditorRunner, ReminderEditor, weekday_names
from reflect.ui.reminders.time_field import TimeField

RULE_ID_ROLE = Qt.ItemDataRole.UserRole
WORKDAYS = frozenset(range(5))


class AutostartLike(Protocol):
    """What the dialog needs of ``reflect.app.autostart`` (ui never imports app)."""

    def is_enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...


def _run_editor(editor: ReminderEditor) -> bool:
    return editor.exec() == QDialog.DialogCode.Accepted


def format_moment(owner: QWidget, moment: datetime, zone: tzinfo, now: datetime) -> str:
    """ "Tue 24 Nov, 08:00" in the user's language (the year too if it is not this one)."""
    here = moment.astimezone(zone)
    stamp = QDateTime(QDate(here.year, here.month, here.day), QTime(here.hour, here.minute))
    shape = (
        "ddd d MMM, HH:mm" if here.year == now.astimezone(zone).year else "ddd d MMM yyyy, HH:mm"
    )
    return QLocale().toString(stamp, shape)


class TwoLineDelegate(QStyledItemDelegate):
    """Rows of "what" above a quieter "when" (the item text holds both, split by a
    newline, so screen readers and tests read the whole thing)."""

    PAD = 8

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, _, status = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole
        main = opt.palette.color(role.HighlightedText if selected else role.Text)
        muted = main if selected else opt.palette.color(role.PlaceholderText)
        metrics = opt.fontMetrics
        line = metrics.height()
        rect = opt.rect.adjusted(self.PAD + 4, self.PAD, -self.PAD, -self.PAD)
        painter.save()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for row, (text, colour) in enumerate(((title, main), (status, muted))):
            painter.setPen(colour)
            box = QRect(rect.left(), rect.top() + row * (line + 2), rect.width(), line)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(box, flags, elided)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = option.fontMetrics.height()
        return QSize(240, 2 * line + 2 + 2 * self.PAD)


class RemindersDialog(QDialog):
    """The list of reminders and the settings that go with them."""

    def __init__(
        self,
        store: rs.ReminderStore,
        clock: Clock,
        *,
        dialogs: Dialogs,
        journal: Journal | None = None,
        autostart: AutostartLike | None = None,
        zone: Callable[[], tzinfo] = system_zone,
        run_editor: EditorRunner = _run_editor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("remindersDialog")
        self.setWindowTitle(self.tr("Reminders"))
        self.setAccessibleName(self.tr("Reminders"))
        self._store = store
        self._clock = clock
        self._dialogs = dialogs
        self._journal = journal
        self._autostart = autostart
        self._zone = zone
        self._run_editor = run_editor
        self._build()
        self._load_settings()
        self.refresh()
        leave = store.subscribe(lambda _schedule: self.refresh())
        # Stop listening when closed, or destroyed with a parent, whichever comes first.
        self.finished.connect(lambda _code: leave())
        self.destroyed.connect(lambda *_args: leave())

    # --- Building --------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        comfortable(self, layout, min_width=520)
        intro = QLabel(
            tr(
                "Reminders show only a short, general line such as “Time for a few quiet "
                "minutes”, never anything you wrote. They arrive even while Reflect is locked."
            ),
            self,
        )
        intro.setObjectName("remindersIntro")
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        layout.addWidget(intro)

        self.list = QListWidget(self)
        self.list.setObjectName("reminderList")
        self.list.setAccessibleName(tr("Your reminders"))
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setMinimumHeight(180)
        self.list.itemSelectionChanged.connect(self._sync_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        layout.addWidget(self.list)
        self.empty = QLabel(
            tr(
                "No reminders yet. A daily one at a time that suits you is a gentle place to start."
            ),
            self,
        )
        self.empty.setObjectName("remindersEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        self.add_button = self._button(tr("Add…"), "addReminderButton", tr("Add a reminder"))
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add_reminder)
        self.edit_button = self._button(tr("Change…"), "editReminderButton", tr("Change"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.pause_button = self._button(tr("Pause"), "pauseReminderButton", tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause_selected)
        self.delete_button = self._button(tr("Delete"), "deleteReminderButton", tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.pause_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)

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

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("remindersCloseButtons")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(580, 720)

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

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

    # --- The list ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the list from the schedule (after any change, or a reminder firing)."""
        selected = self.selected_rule_id()
        zone = self._zone()
        schedule = self._store.schedule
        now = self._clock.now()
        fires = {r.id: sc.fire_at(r, zone, schedule.quiet) for r in schedule.rules}
        # Soonest first; paused and finished ones after, by time of day.
        ordered = sorted(
            schedule.rules,
            key=lambda r: (fires[r.id] is None, fires[r.id] or now, r.at, r.id),
        )
        self.list.clear()
        for rule in ordered:
            title, status = self.describe(rule), self.status(rule, zone, now)
            item = QListWidgetItem(f"{title}\n{status}")
            item.setData(RULE_ID_ROLE, rule.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}. {status}")
            self.list.addItem(item)
            if rule.id == selected:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(ordered))
        self.empty.setVisible(not ordered)
        self._sync_buttons()

    def describe(self, rule: sc.Rule) -> str:
        """The first line of a row: when, and what it opens."""
        tr = self.tr
        at = rule.at.strftime("%H:%M")
        if rule.kind is sc.RuleKind.RECURRING:
            if rule.weekdays == sc.EVERY_DAY:
                when = tr("Every day at {time}").format(time=at)
            elif rule.weekdays == WORKDAYS:
                when = tr("Weekdays at {time}").format(time=at)
            elif len(rule.weekdays) == 1:
                day = QLocale().dayName(next(iter(rule.weekdays)) + 1)
                when = tr("Every {day} at {time}").format(day=day, time=at)
            else:
                names = weekday_names(self)
                days = ", ".join(names[d] for d in sorted(rule.weekdays))
                when = tr("{days} at {time}").format(days=days, time=at)
        else:
            assert rule.on_day is not None
            stamp = QLocale().toString(
                QDate(rule.on_day.year, rule.on_day.month, rule.on_day.day), "ddd d MMM"
            )
            when = tr("Once, {date} at {time}").format(date=stamp, time=at)
        purpose = {
            sc.Target.WRITE: tr("to write"),
            sc.Target.CHECKIN: tr("to check in"),
            sc.Target.EVENT: tr("to follow up on an event"),
            sc.Target.NOTE: tr("with a private note"),
        }[rule.target]
        return f"{when} · {purpose}"

    def status(self, rule: sc.Rule, zone: tzinfo, now: datetime) -> str:
        """The second line: next time, paused or done."""
        tr = self.tr
        if rule.paused:
            text = tr("Paused")
        elif sc.is_finished(rule, zone):
            text = tr("Done")
        else:
            when = sc.fire_at(rule, zone, self._store.schedule.quiet)
            assert when is not None
            text = tr("Next: {when}").format(when=format_moment(self, when, zone, now))
            if rule.snoozed_until is not None:
                text += tr(" (snoozed)")
        if rule.skip_if_wrote_today:
            text += tr(" · skipped on days you've written")
        return text

    def selected_rule_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None or not item.isSelected() else item.data(RULE_ID_ROLE)

    def select(self, rule_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(RULE_ID_ROLE) == rule_id:
                self.list.setCurrentRow(row)

    def _sync_buttons(self) -> None:
        rule_id = self.selected_rule_id()
        for button in (self.edit_button, self.pause_button, self.delete_button):
            button.setEnabled(rule_id is not None)
        paused = rule_id is not None and self._store.schedule.get(rule_id).paused
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    # --- Commands ----------------------------------------------------------------------

    def add_reminder(self) -> None:
        editor = ReminderEditor(
            self._clock.now(), self._zone(), unlocked=self._journal is not None, parent=self
        )
        self._finish_editor(editor)

    def edit_selected(self) -> None:
        rule_id = self.selected_rule_id()
        if rule_id is None:
            return
        rule = self._store.schedule.get(rule_id)
        note = rs.load_note(self._journal, rule_id) if self._journal is not None else None
        editor = ReminderEditor(
            self._clock.now(),
            self._zone(),
            rule=rule,
            note=note,
            unlocked=self._journal is not None,
            parent=self,
        )
        self._finish_editor(editor)

    def _finish_editor(self, editor: ReminderEditor) -> None:
        try:
            if not self._run_editor(editor):
                return
            rule = editor.result_rule()
            note = editor.note_text()
        finally:
            editor.deleteLater()
        # The note first: if the vault refuses it, the reminder is not half-made.
        if note is not None and self._journal is not None:
            rs.save_note(self._journal, rule.id, note)
        self._save(lambda s: s.put(rule))
        self.select(rule.id)

    def toggle_pause_selected(self) -> None:
        rule_id = self.selected_rule_id()
        if rule_id is None:
            return
        now = self._clock.now()
        if self._store.schedule.get(rule_id).paused:
            self._save(lambda s: sc.resume(s, rule_id, now))
        else:
            self._save(lambda s: sc.pause(s, rule_id))

    def delete_selected(self) -> None:
        rule_id = self.selected_rule_id()
        if rule_id is None:
            return
        if not self._dialogs.confirm(
            self,
            self.tr("Delete this reminder?"),
            self.tr("It will not come back. Anything you wrote in your journal stays as it is."),
            ok_text=self.tr("Delete reminder"),
            cancel_text=self.tr("Keep it"),
            destructive=True,
        ):
            return
        if self._journal is not None:
            rs.delete_note(self._journal, rule_id)
        self._save(lambda s: s.remove(rule_id))

    def _save(self, change: Callable[[sc.Schedule], sc.Schedule]) -> None:
        try:
            self._store.update(change)
        except UserError as exc:
            self._dialogs.error(self, self.tr("Reminders not saved"), exc.message)

    # --- Settings -----------------------------------------------------------------------

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


def _with(schedule: sc.Schedule, **changes: Any) -> sc.Schedule:
    return dataclasses.replace(schedule, **changes)


__all__ = ["AutostartLike", "RemindersDialog", "format_moment", "offer_event_followups"]
