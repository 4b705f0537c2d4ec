"""Reminders in the running app: scheduler and notifier from launch, even while locked.

Only the schedule file is read while locked; private notes stay in the vault and
are read after unlock. A clicked reminder that needs the journal waits for the
unlock, then goes where it points (a check-in, an event, a new entry).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from reflect.core.reminders.store import ReminderStore
from reflect.ui.common import icons

if TYPE_CHECKING:
    from reflect.app.controller import AppController
    from reflect.app.scheduler import ReminderScheduler
    from reflect.core.journal.repository import Journal
    from reflect.core.reminders.schedule import Rule
    from reflect.ui.reminders.notify import Notifier

NotifierFactory = Callable[[QWidget], "Notifier"]
# Goes where a reminder points once the journal is open; False if it cannot yet.
TargetOpener = Callable[["Rule"], bool]


def default_notifier(host: QWidget) -> Notifier:
    from reflect.ui.reminders.notify import choose_notifier

    return choose_notifier(host, icons.icon("reflect"))


class RemindersWiring(QObject):
    """The schedule, its scheduler and notifier, and the reminders dialog."""

    def __init__(
        self,
        controller: AppController,
        *,
        notifier_factory: NotifierFactory = default_notifier,
        watch_sleep: bool = True,
        journal: Callable[[], Journal | None],
    ) -> None:
        super().__init__(controller)
        from reflect.app.scheduler import ReminderScheduler

        self.controller = controller
        self._journal = journal
        services = controller.services
        self.store = ReminderStore.in_folder(services.paths.config)
        self.scheduler: ReminderScheduler = ReminderScheduler(
            self.store, services.clock, watch_sleep=watch_sleep, parent=self
        )
        self.notifier = notifier_factory(controller.shell)
        self.scheduler.due.connect(self.notifier.notify_due)
        self.scheduler.missed.connect(self.notifier.notify_missed)
        self.notifier.activated.connect(self.open_reminder)
        self.notifier.snooze_requested.connect(self._snooze)
        self.notifier.open_requested.connect(controller.shell.bring_to_front)
        self.notifier.quit_requested.connect(self._quit)
        controller.shell.hide_instead_of_close = self._keep_running_in_tray
        self.open_target: TargetOpener = lambda _rule: False
        self._pending_rule: str | None = None
        self.action = QAction(icons.icon("bell"), self.tr("&Reminders..."), controller.shell)
        self.action.setObjectName("remindersAction")
        self.action.triggered.connect(self.open_reminders)

    def start(self) -> None:
        """Arm the reminders (shows the missed-while-closed summary once, if any)."""
        self.scheduler.start()

    def shutdown(self) -> None:
        self.scheduler.stop()
        self.notifier.close()

    def journal_opened(self, journal: Journal) -> None:
        """Skip "you haven't written today" when the user did; resume a waiting click."""
        self.scheduler.set_wrote_today_probe(
            lambda start, end: journal.count_entries_between(start, end) > 0
        )
        from reflect.core.reminders.store import keep_follow_ups_private

        keep_follow_ups_private(self.store, journal)  # a file from before they were private
        if self._pending_rule is not None:
            rule_id, self._pending_rule = self._pending_rule, None
            self.open_reminder(rule_id)

    def journal_closing(self) -> None:
        self.scheduler.set_wrote_today_probe(None)

    def open_reminders(self) -> QDialog:
        from reflect.app import autostart
        from reflect.ui.reminders.reminders_dialog import RemindersDialog

        s = self.controller.services
        dialog = RemindersDialog(
            self.store,
            s.clock,
            dialogs=s.dialogs,
            journal=self._journal(),
            autostart=autostart.for_platform(),
            parent=self.controller.shell,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def offer_followups(self, event_id: str) -> None:
        """After a new event: offer gentle follow-up reminders for it."""
        from reflect.ui.reminders.followup_dialog import offer_event_followups

        journal = self._journal()
        if journal is None:
            return
        offer_event_followups(
            self.controller.shell, event_id, self.store, self.controller.services.clock, journal
        )

    def open_reminder(self, rule_id: str) -> None:
        """A notification was clicked: unlock first if needed, then go to its place."""
        from reflect.ui.reminders.notify import MISSED

        self.controller.shell.bring_to_front()
        if rule_id == MISSED:
            self.open_reminders()
            return
        journal = self._journal()
        try:
            rule = self.store.schedule.get(rule_id)
        except KeyError:
            return
        if journal is None or not self.open_target(rule):
            self._pending_rule = rule_id
            return
        from reflect.core.reminders.store import load_note

        note = load_note(journal, rule_id)
        if note:
            self.controller.services.dialogs.inform(
                self.controller.shell, self.tr("Your note"), note
            )

    def _snooze(self, rule_id: str, choice: str) -> None:
        from reflect.core.reminders.schedule import Snooze

        self.scheduler.snooze(rule_id, Snooze(choice))

    def _keep_running_in_tray(self) -> bool:
        """Closing the window hides it (locked) when the user asked to keep running."""
        from reflect.ui.reminders.notify import TrayNotifier

        if not (self.store.schedule.keep_in_tray and isinstance(self.notifier, TrayNotifier)):
            return False
        self.controller.lock()
        return True

    def _quit(self) -> None:
        self.controller.shell.hide_instead_of_close = lambda: False
        self.controller.shell.close()
