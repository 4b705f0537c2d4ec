"""The reminders dialog: add, change, pause and delete reminders; quiet hours;
running in the background. Also the small "follow up on this event?" offer.

The list and its commands are here; quiet hours and background running are
``reminder_settings.ReminderSettingsPanel``. The dialog edits the schedule
through the one ``ReminderStore`` the app owns; the scheduler listens to the same
store and re-arms itself after every change. Private notes are read and written
only when the dialog is given an unlocked journal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
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
from reflect.ui.common.dates import clock_time, medium_date
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.page import comfortable, label
from reflect.ui.reminders.file_notice import set_aside_text
from reflect.ui.reminders.followup_dialog import offer_event_followups
from reflect.ui.reminders.notify import system_zone
from reflect.ui.reminders.reminder_editor import (
    EditorRunner,
    ReminderEditor,
    week_order,
    weekday_names,
)
from reflect.ui.reminders.reminder_settings import AutostartLike, ReminderSettingsPanel

RULE_ID_ROLE = Qt.ItemDataRole.UserRole
WORKDAYS = frozenset(range(5))


def _run_editor(editor: ReminderEditor) -> bool:
    return editor.exec() == QDialog.DialogCode.Accepted


def format_moment(owner: QWidget, moment: datetime, zone: tzinfo, now: datetime) -> str:
    """ "Tue 24 Nov, 08:00" in the user's language (the year too if it is not this one)."""
    here = moment.astimezone(zone)
    this_year = here.year == now.astimezone(zone).year
    day = medium_date(here.date(), weekday=True, year=not this_year)
    return f"{day}, {clock_time(here.time())}"


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
        intro = label(
            tr(
                "Reminders show only a short, general line such as “Time for a few quiet "
                "minutes”, never anything you wrote. They arrive even while Reflect is locked."
            ),
            "muted",
            name="remindersIntro",
        )
        layout.addWidget(intro)
        notice = set_aside_text(self._store)
        self.set_aside_note = label(notice, "notice", name="remindersSetAside")
        self.set_aside_note.setVisible(bool(notice))
        layout.addWidget(self.set_aside_note)

        self.list = QListWidget(self)
        self.list.setObjectName("reminderList")
        self.list.setAccessibleName(tr("Your reminders"))
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setMinimumHeight(180)
        self.list.itemSelectionChanged.connect(self._sync_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.empty = label(
            tr(
                "No reminders yet. A daily one at a time that suits you is a gentle place to start."
            ),
            "muted",
            name="remindersEmpty",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The note takes the list's place, so an empty window keeps its shape.
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)
        layout.addWidget(self.list_stack, 1)

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

        self.settings_panel = ReminderSettingsPanel(
            self._store, dialogs=self._dialogs, autostart=self._autostart, parent=self
        )
        panel = self.settings_panel
        self.quiet_check, self.quiet_from, self.quiet_to = (
            panel.quiet_check,
            panel.quiet_from,
            panel.quiet_to,
        )
        self.quiet_problem = panel.quiet_problem
        self.keep_in_tray_check = panel.keep_in_tray_check
        self.start_at_login_check = panel.start_at_login_check
        layout.addWidget(panel)

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
        self.list_stack.setCurrentWidget(self.list if ordered else self.empty)
        self._sync_buttons()

    def describe(self, rule: sc.Rule) -> str:
        """The first line of a row: when, and what it opens."""
        tr = self.tr
        at = clock_time(rule.at)
        if rule.kind is sc.RuleKind.RECURRING:
            if rule.weekdays == sc.EVERY_DAY:
                when = tr("Every day at {time}").format(time=at)
            elif rule.weekdays == WORKDAYS:
                when = tr("Weekdays at {time}").format(time=at)
            elif len(rule.weekdays) == 1:
                day = QLocale().dayName(next(iter(rule.weekdays)) + 1)
                when = tr("Every {day} at {time}").format(day=day, time=at)
            else:
                names = weekday_names()
                days = ", ".join(names[d] for d in week_order() if d in rule.weekdays)
                when = tr("{days} at {time}").format(days=days, time=at)
        else:
            assert rule.on_day is not None
            stamp = medium_date(rule.on_day, weekday=True, year=False)
            when = tr("Once, {date} at {time}").format(date=stamp, time=at)
        target = rule.target
        if self._journal is not None and rs.event_for(self._journal, rule) is not None:
            target = sc.Target.EVENT  # a follow-up: its event is kept in the vault
        purpose = {
            sc.Target.WRITE: tr("to write"),
            sc.Target.CHECKIN: tr("to check in"),
            sc.Target.EVENT: tr("to follow up on an event"),
            sc.Target.NOTE: tr("with a private note"),
        }[target]
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


__all__ = ["AutostartLike", "RemindersDialog", "format_moment", "offer_event_followups"]
