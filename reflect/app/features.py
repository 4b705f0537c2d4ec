"""Everything beyond writing, wired into the running app in one place.

The controller (controller.py) is the state machine: first run, unlock, journal,
lock. This module attaches the features to it:

- reminders: the scheduler and notifier start at launch, even while locked (only
  the schedule file is read; notes stay in the vault until unlock);
- the recovery guide: stage guide, prompt panel beside the editor, check-ins,
  exercises, trends, events and the support panel, built on the first unlock;
- data: import, backups (automatic on close, at most daily), the user's own
  unencrypted copy, and the export for a therapist.

Nothing here holds journal text while locked: the guide is told the journal is
gone before the vault locks, and its windows are hidden and emptied.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from reflect.core.reminders.store import ReminderStore
from reflect.core.vault.lifecycle import Vault
from reflect.ui.common import icons

if TYPE_CHECKING:
    from reflect.app.controller import AppController, LockJob
    from reflect.app.entry_notes import EntryNotes
    from reflect.app.scheduler import ReminderScheduler
    from reflect.core.journal.repository import Journal
    from reflect.ui.guide.controller import GuideController
    from reflect.ui.journal.journal_view import JournalView
    from reflect.ui.reminders.notify import Notifier

NotifierFactory = Callable[[QWidget], "Notifier"]
MENU_ORDER = ("Journal", "Edit", "View", "Guide", "Exercises", "Help")


def _default_notifier(host: QWidget) -> Notifier:
    from reflect.ui.reminders.notify import choose_notifier

    return choose_notifier(host, icons.icon("reflect"))


class PageWindow(QDialog):
    """A non-modal window around a guide page (the stage guide, the trends view)."""

    def __init__(self, page: QWidget, title: str, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, on=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)
        self.resize(980, 760)


class Features(QObject):
    """Attaches reminders, the guide and the data tools to an ``AppController``."""

    # Emitted from the worker that makes the automatic backup (queued to the UI).
    _backup_failed = Signal(str)
    # An event changed in the journal (possibly on a worker thread: queued to the UI).
    _events_changed = Signal()

    def __init__(
        self,
        controller: AppController,
        *,
        notifier_factory: NotifierFactory = _default_notifier,
        watch_sleep: bool = True,
    ) -> None:
        super().__init__(controller)
        from reflect.app.scheduler import ReminderScheduler

        self.controller = controller
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

        self.guide: GuideController | None = None
        self.entry_notes: EntryNotes | None = None
        self.view: JournalView | None = None
        self.stage_window: PageWindow | None = None
        self.trends_window: PageWindow | None = None
        self._pending_rule: str | None = None
        self._actions: dict[str, QAction] = {}

        controller.unlocked.connect(self._unlocked)
        controller.locked.connect(self._locked)
        controller.menu_extenders.append(self._extend_menus)
        controller.before_lock_hooks.append(self._before_lock)
        self._backup_failed.connect(self._show_backup_failure)
        self._unsubscribe_events: Callable[[], object] = _nothing
        self._events_changed.connect(self._refresh_event_views, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Arm the reminders (shows the missed-while-closed summary once, if any)."""
        self.scheduler.start()

    def shutdown(self) -> None:
        self.scheduler.stop()
        self.notifier.close()

    # --- the journal opens and closes ------------------------------------------------

    @property
    def journal(self) -> Journal | None:
        vault = self.controller.vault
        return None if vault is None or vault.is_locked else vault.journal

    def _unlocked(self) -> None:
        journal = self.journal
        if journal is None:
            return
        self._build_journal_features()
        assert self.guide is not None
        self.guide.set_journal(journal)
        # Any event added, renamed, moved or deleted, from any window: every view
        # that lists events follows (queued, so a change on a worker is safe).
        self._unsubscribe_events = journal.subscribe_events(self._events_changed.emit)
        self.scheduler.set_wrote_today_probe(
            lambda start, end: journal.count_entries_between(start, end) > 0
        )
        for action in self._journal_actions():
            action.setEnabled(True)
        if self._pending_rule is not None:
            rule_id, self._pending_rule = self._pending_rule, None
            self.open_reminder(rule_id)

    def _before_lock(self, vault: Vault, closing: bool) -> LockJob | None:
        self._unsubscribe_events()
        self._unsubscribe_events = _nothing
        self.scheduler.set_wrote_today_probe(None)
        if self.guide is not None:
            self.guide.set_journal(None)
        return self._automatic_backup_job(vault)

    def _locked(self) -> None:
        for window in (self.stage_window, self.trends_window):
            if window is not None:
                window.hide()
        for action in self._journal_actions():
            action.setEnabled(False)

    def _automatic_backup_job(self, vault: Vault) -> LockJob | None:
        """The daily backup, when one is due, as work for the lock to run off the UI thread.

        Every way the journal locks or closes (idle, Ctrl+L, quick hide, minimise,
        the tray, quitting) passes here while the key is still held, so the backup
        happens at the first of them each day. A failure never blocks locking or
        closing; the unlock page says so, and the next lock tries again.
        """
        from reflect.core.errors import ReflectError
        from reflect.core.portability.backup import AutoBackup

        s = self.controller.services
        auto = AutoBackup(s.clock, s.paths.backups)
        try:
            due = auto.is_due(vault.journal)
        except ReflectError:
            due = False
        if not due:
            return None

        def back_up(vault: Vault) -> None:
            try:
                auto.run_now(vault)
            except ReflectError as exc:
                self._backup_failed.emit(exc.message)

        return back_up

    def _show_backup_failure(self, message: str) -> None:
        page = self.controller.unlock_page
        if page is not None:
            page.show_notice(
                self.tr(
                    "Today's automatic backup could not be made: {0} Your journal is "
                    "safe. After unlocking, open Journal > Backups to try again."
                ).format(message)
            )

    # --- building the guide and the data tools on the first unlock ----------------------

    def _build_journal_features(self) -> None:
        if self.guide is not None:
            return
        from reflect.core.guide.content import load_content
        from reflect.ui.guide.controller import GuideController
        from reflect.ui.journal.journal_view import JournalView

        view = self.controller.journal_view
        assert isinstance(view, JournalView)
        self.view = view
        shell = self.controller.shell
        guide = GuideController(
            load_content(), shell, country_memory=self.controller.services.settings
        )
        self.guide = guide
        self.controller.persistent_dialogs.append(guide.support_window)

        # The prompt panel sits beside the editor; prompts become headings there.
        view.splitter.addWidget(guide.prompt_panel)
        # The editor takes the room; the prompt panel stays a quiet column beside it.
        width = guide.prompt_panel.fontMetrics().averageCharWidth() * 38
        guide.prompt_panel.frame.setMinimumWidth(width)
        guide.prompt_panel.setMaximumWidth(int(width * 1.3))
        # In a narrow window (200% text on a laptop) the card folds to "Show a prompt"
        # so that the editor keeps a usable width; it comes back when there is room.
        view.installEventFilter(self)
        view.splitter.setStretchFactor(0, 0)
        view.splitter.setStretchFactor(1, 1)
        view.splitter.setStretchFactor(2, 0)
        view.splitter.setCollapsible(2, False)
        from reflect.app.entry_notes import EntryNotes

        self.entry_notes = EntryNotes(
            view.editor, guide.content, lambda: self.journal, open_support=guide.show_support,
            parent=self,
        )  # fmt: skip
        guide.prompt_chosen.connect(self._insert_prompt)
        guide.prompt_for_new_entry.connect(self._write_with_prompt)
        # The prompt panel follows the entry on screen, not only the last one saved.
        view.editor.entry_opened.connect(
            lambda _id: guide.prompt_panel.set_event(view.editor.current_event_id())
        )
        guide.opening_dialog.connect(view.save_pending)
        guide.prompt_panel.just_write_requested.connect(view.editor.focus_body)
        view.editor.entry_saved.connect(
            lambda _id: guide.prompt_panel.set_event(view.editor.current_event_id())
        )
        guide.entry_saved.connect(self._exercise_saved)
        guide.event_created.connect(self._offer_followups)

        self.stage_window = PageWindow(
            guide.stage_view, self.tr("Stage guide"), "stageWindow", shell
        )
        self.trends_window = PageWindow(
            guide.trends_view, self.tr("Check-ins over time"), "trendsWindow", shell
        )
        self.controller.persistent_dialogs.extend([self.stage_window, self.trends_window])
        guide.show_stage_view_requested.connect(lambda: self._show(self.stage_window))
        guide.show_trends_requested.connect(lambda: self._show(self.trends_window))

        self._build_data_actions()
        for action in (guide.checkin_action, guide.stage_view_action):
            view.add_toolbar_action(action)
        guide.checkin_action.setIcon(icons.icon("chart"))
        guide.stage_view_action.setIcon(icons.icon("calendar"))
        guide.support_action.setIcon(icons.icon("support"))
        view.add_toolbar_action(guide.support_action, right=True)

    def _build_data_actions(self) -> None:
        def act(text: str, name: str, icon: str, slot: Callable[[], object], key: str = "") -> None:
            action = QAction(icons.icon(icon), text, self.controller.shell)
            action.setObjectName(name)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self._actions[name] = action

        act(
            self.tr("Export for my &therapist..."),
            "exportAction",
            "export",
            self.open_export,
            "Ctrl+E",
        )
        act(self.tr("&Import entries..."), "importAction", "import", self.open_import)
        act(self.tr("&Backups..."), "backupAction", "backup", self.open_backups)
        act(
            self.tr("Export &all entries (not encrypted)..."),
            "dataExportAction",
            "export",
            self.open_data_export,
        )
        act(self.tr("&Reminders..."), "remindersAction", "bell", self.open_reminders)

    def _journal_actions(self) -> list[QAction]:
        return [a for name, a in self._actions.items() if name != "remindersAction"]

    def _extend_menus(self, menus: dict[str, list[QAction]]) -> None:
        self._build_journal_features()
        guide = self.guide
        assert guide is not None
        journal_menu = menus.setdefault("Journal", [])
        extra = [
            self._actions[n]
            for n in (
                "exportAction",
                "dataExportAction",
                "importAction",
                "backupAction",
                "remindersAction",
            )
        ]
        journal_menu[1:1] = extra  # after "New entry", before lock and settings
        for name, actions in guide.menu_actions().items():
            menus.setdefault(name, []).extend(a for a in actions if a not in menus.get(name, []))
        ordered = {name: menus[name] for name in MENU_ORDER if name in menus}
        ordered.update({k: v for k, v in menus.items() if k not in ordered})
        menus.clear()
        menus.update(ordered)

    @staticmethod
    def _show(window: QDialog | None) -> None:
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()

    def _refresh_event_views(self) -> None:
        """The journal page's event names, after one was added, renamed or deleted
        (the guide follows the journal's events itself)."""
        if self.journal is None:
            return
        if self.view is not None:
            self.view.editor.refresh_choices()
            self.view.entry_list.entries_changed()

    def _refresh_list(self) -> None:
        if self.view is not None:
            self.view.entry_list.entries_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and self.view is not None
            and watched is self.view
            and self.guide is not None
        ):
            view, panel = self.view, self.guide.prompt_panel
            # A comfortable line for writing is about 50 characters; below that, fold.
            editor_needs = view.editor.fontMetrics().averageCharWidth() * 50
            room = view.width() - view.entry_list.minimumSizeHint().width() - editor_needs
            panel.set_narrow(room < panel.frame.minimumWidth() + 48)
        return False

    def _insert_prompt(self, text: str, prompt_id: str) -> None:
        """From the prompt panel beside the editor: into the open entry, visibly."""
        if self.view is None:
            return
        self.view.editor.insert_prompt(text, prompt_id)
        if self.entry_notes is not None:
            self.entry_notes.prompt_inserted(prompt_id)

    def _write_with_prompt(self, text: str, prompt_id: str, event_id: object) -> None:
        """From the stage guide: a new entry under the prompt, in front, cursor ready.

        The open entry is never written into from another window. A new entry is
        stored only from its first keystroke, so starting one over a blank, unsaved
        entry leaves nothing empty behind; it belongs to the guide's chosen event.
        """
        view = self.view
        if view is None:
            return
        view.new_entry(event_id if isinstance(event_id, str) else None)
        if self.stage_window is not None:
            self.stage_window.hide()  # it sits above the journal window; Ctrl+Shift+G returns
        self.controller.shell.bring_to_front()
        view.editor.insert_prompt(text, prompt_id)
        if self.entry_notes is not None:
            self.entry_notes.prompt_inserted(prompt_id)

    def _exercise_saved(self, entry_id: str) -> None:
        """Show what the exercise wrote, in the list and the editor alike."""
        if self.view is not None:
            self.view.show_entry(entry_id, changed_elsewhere=True)
            self.controller.shell.bring_to_front()

    # --- dialogs -------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_import(self) -> QDialog | None:
        journal = self.journal
        if journal is None:
            return None
        from reflect.ui.data.import_dialog import ImportDialog

        s = self.controller.services
        dialog = ImportDialog(journal, s.tasks, s.dialogs, parent=self.controller.shell)
        dialog.imported.connect(lambda _n: self._refresh_list())
        return self._open(dialog)

    def open_backups(self) -> QDialog | None:
        vault = self.controller.vault
        if vault is None or vault.is_locked:
            return None
        from reflect.core.portability.backup import AutoBackup
        from reflect.ui.data.backup_dialog import BackupDialog

        s = self.controller.services
        dialog = BackupDialog(
            vault,
            AutoBackup(s.clock, s.paths.backups),
            s.tasks,
            s.dialogs,
            parent=self.controller.shell,
            lock_current=self.controller.lock_and_release,
        )
        dialog.restored.connect(self._offer_restored_journal)
        return self._open(dialog)

    def _offer_restored_journal(self, path: Path, replaced: bool) -> None:
        """A backup restored as a separate journal: offer to open it now."""
        if replaced:
            return  # the controller already locked; the unlock page opens it
        s = self.controller.services
        if s.dialogs.confirm(
            self.controller.shell,
            self.tr("Open the restored journal?"),
            self.tr(
                "The backup is restored as a separate journal in “{0}”. Open it now? "
                "This journal locks first. On the unlock page, “Back to my usual journal” "
                "returns here, and so does the next start of Reflect."
            ).format(path),
            ok_text=self.tr("Open it now"),
            cancel_text=self.tr("Not now"),
        ):
            # After the Backups window's own slot has returned: locking closes it.
            QTimer.singleShot(0, lambda: self.controller.open_journal_at(path))

    def open_data_export(self) -> QDialog | None:
        journal = self.journal
        if journal is None:
            return None
        from reflect.ui.data.data_export_dialog import DataExportDialog

        s = self.controller.services
        return self._open(
            DataExportDialog(journal, s.tasks, s.dialogs, parent=self.controller.shell)
        )

    def open_export(self) -> QDialog | None:
        journal = self.journal
        if journal is None:
            return None
        from reflect.ui.data.export_dialog import ExportDialog

        s = self.controller.services
        return self._open(
            ExportDialog(journal, runner=s.tasks, dialogs=s.dialogs, parent=self.controller.shell)
        )

    def open_reminders(self) -> QDialog:
        from reflect.app import autostart
        from reflect.ui.reminders.reminders_dialog import RemindersDialog

        s = self.controller.services
        dialog = RemindersDialog(
            self.store,
            s.clock,
            dialogs=s.dialogs,
            journal=self.journal,
            autostart=autostart.for_platform(),
            parent=self.controller.shell,
        )
        return self._open(dialog)

    def _offer_followups(self, event_id: str) -> None:
        from reflect.ui.reminders.followup_dialog import offer_event_followups

        offer_event_followups(
            self.controller.shell, event_id, self.store, self.controller.services.clock
        )

    # --- reminders -----------------------------------------------------------------------

    def open_reminder(self, rule_id: str) -> None:
        """A notification was clicked: unlock first if needed, then go to its place."""
        from reflect.core.reminders.schedule import Target
        from reflect.ui.reminders.notify import MISSED

        self.controller.shell.bring_to_front()
        if rule_id == MISSED:
            self.open_reminders()
            return
        if self.journal is None or self.guide is None or self.view is None:
            self._pending_rule = rule_id
            return
        try:
            rule = self.store.schedule.get(rule_id)
        except KeyError:
            return
        from reflect.core.reminders.store import load_note

        note = load_note(self.journal, rule_id)
        target = rule.target
        if target is Target.CHECKIN:
            self.guide.open_checkin()
        elif target is Target.EVENT and rule.event_id:
            self.guide.open_event_dialog(rule.event_id)
        elif target is Target.WRITE:
            self.view.new_entry()
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


def _nothing() -> None:
    return None
