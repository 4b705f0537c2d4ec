"""Everything beyond writing, attached to the running app in one place.

The controller (controller.py) is the state machine: first run, unlock, journal,
lock. ``Features`` attaches three feature wirings to it (``reflect.app.wiring``):

- reminders: the scheduler and notifier start at launch, even while locked (only
  the schedule file is read; notes stay in the vault until unlock);
- the recovery guide: stage guide, prompt panel beside the editor, check-ins,
  exercises, trends, events and the support panel, built on the first unlock;
- data: import, backups (automatic on lock, at most daily), the user's own
  unencrypted copy, and the export for a therapist;
- two computers: keeping the journal in step through a folder, merging a
  backup, and the note that links an entry to the version kept from the other
  computer (``reflect.app.wiring.sync``, ``reflect.app.kept_copies``).

Here they meet: the menus, what happens on unlock and before lock, and the few
flows that cross features (a new event offers follow-up reminders; a clicked
reminder opens the guide's check-in).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from reflect.app.kept_copies import KeptCopyNotes
from reflect.app.wiring.data import DataWiring
from reflect.app.wiring.guide import GuideWiring
from reflect.app.wiring.reminders import NotifierFactory, RemindersWiring, default_notifier
from reflect.app.wiring.sync import SyncWiring
from reflect.core.journal import settings as vault_settings
from reflect.core.reminders.store import follow_ups_for
from reflect.core.vault.lifecycle import Vault

if TYPE_CHECKING:
    from reflect.app.controller import AppController, LockJob
    from reflect.app.scheduler import ReminderScheduler
    from reflect.core.journal.repository import Journal
    from reflect.core.reminders.store import ReminderStore
    from reflect.ui.common.page_window import PageWindow
    from reflect.ui.guide.controller import GuideController
    from reflect.ui.reminders.notify import Notifier

MENU_ORDER = ("Journal", "Edit", "View", "Guide", "Exercises", "Help")
# In the Journal menu after "New entry", before lock and settings.
JOURNAL_MENU_EXTRAS = (
    "exportAction",
    "dataExportAction",
    "importAction",
    "backupAction",
    "mergeBackupAction",
    "remindersAction",
)


class Features(QObject):
    """Attaches reminders, the guide and the data tools to an ``AppController``."""

    def __init__(
        self,
        controller: AppController,
        *,
        notifier_factory: NotifierFactory = default_notifier,
        watch_sleep: bool = True,
    ) -> None:
        super().__init__(controller)
        self.controller = controller
        self.reminders = RemindersWiring(
            controller,
            notifier_factory=notifier_factory,
            watch_sleep=watch_sleep,
            journal=lambda: self.journal,
        )
        self.guide_wiring = GuideWiring(controller, lambda: self.journal)
        self.data = DataWiring(controller, lambda: self.journal)
        # Before this object's own lock hook: the lock syncs first, then backs up.
        self.sync = SyncWiring(controller)
        self.kept_copies: KeptCopyNotes | None = None
        self.reminders.open_target = self.guide_wiring.open_target
        self.data.imported.connect(self.guide_wiring.refresh_list)
        self.sync.merged.connect(self.guide_wiring.refresh_after_merge)
        self._set_journal_actions_enabled(False)

        controller.unlocked.connect(self._unlocked)
        controller.locked.connect(self._locked)
        controller.menu_extenders.append(self._extend_menus)
        controller.before_lock_hooks.append(self._before_lock)

    def start(self) -> None:
        """Arm the reminders (shows the missed-while-closed summary once, if any)."""
        self.reminders.start()

    def shutdown(self) -> None:
        self.reminders.shutdown()

    # --- what callers and tests reach ------------------------------------------------

    @property
    def journal(self) -> Journal | None:
        vault = self.controller.vault
        return None if vault is None or vault.is_locked else vault.journal

    @property
    def guide(self) -> GuideController | None:
        return self.guide_wiring.guide

    @property
    def stage_window(self) -> PageWindow | None:
        return self.guide_wiring.stage_window

    @property
    def trends_window(self) -> PageWindow | None:
        return self.guide_wiring.trends_window

    @property
    def event_window(self) -> PageWindow | None:
        return self.guide_wiring.event_window

    @property
    def store(self) -> ReminderStore:
        return self.reminders.store

    @property
    def scheduler(self) -> ReminderScheduler:
        return self.reminders.scheduler

    @property
    def notifier(self) -> Notifier:
        return self.reminders.notifier

    def open_import(self) -> QDialog | None:
        return self.data.open_import()

    def open_backups(self) -> QDialog | None:
        return self.data.open_backups()

    def open_data_export(self) -> QDialog | None:
        return self.data.open_data_export()

    def open_export(self) -> QDialog | None:
        return self.data.open_export()

    def open_reminders(self) -> QDialog:
        return self.reminders.open_reminders()

    def open_reminder(self, rule_id: str) -> None:
        self.reminders.open_reminder(rule_id)

    # --- the journal opens and closes ------------------------------------------------

    def _build(self) -> None:
        if self.guide_wiring.build():
            guide = self.guide_wiring.guide
            assert guide is not None
            guide.event_created.connect(self.reminders.offer_followups)
            # The event's page lists its follow-ups and exports it: both live here.
            guide.event_page.set_follow_ups(self._follow_ups)
            guide.event_page.export_requested.connect(self.data.open_export)
            view = self.guide_wiring.view
            assert view is not None
            self.kept_copies = KeptCopyNotes(
                view.editor, lambda: self.journal, view.show_entry, parent=self
            )

    def _follow_ups(self, event_id: str) -> list[datetime | None]:
        journal = self.journal
        if journal is None:
            return []
        zone = datetime.now().astimezone().tzinfo or UTC
        return follow_ups_for(self.reminders.store.schedule, journal, event_id, zone)

    def _unlocked(self) -> None:
        journal = self.journal
        if journal is None:
            return
        self._build()
        self.guide_wiring.journal_opened(journal)
        self._set_journal_actions_enabled(True)
        self.reminders.journal_opened(journal)
        self._notice_sync_tool()

    def _before_lock(self, vault: Vault, closing: bool) -> LockJob | None:
        self.guide_wiring.journal_closing()
        self.reminders.journal_closing()
        return self.data.automatic_backup_job(vault)

    def _locked(self) -> None:
        self.guide_wiring.hide_windows()
        self._set_journal_actions_enabled(False)

    def _set_journal_actions_enabled(self, enabled: bool) -> None:
        for action in (*self.data.actions.values(), self.sync.merge_action):
            action.setEnabled(enabled)

    def _notice_sync_tool(self) -> None:
        """Once: the journal's own folder is inside a sync tool's folder."""
        from reflect.core.portability.sync.where import sync_tool_around

        vault = self.controller.vault
        if vault is None or vault_settings.SYNC_TOOL_NOTICE.read(vault.journal):
            return
        tool = sync_tool_around(vault.path)
        if tool is None:
            return
        vault_settings.SYNC_TOOL_NOTICE.write(vault.journal, True)
        self.controller.services.dialogs.inform(
            self.controller.shell,
            self.tr("Your journal is inside {0}").format(tool),
            self.tr(
                "Your journal's folder is inside {0}. A sync tool can copy a journal "
                "while Reflect writes in it, or keep one computer's copy over the "
                "other's, and entries can be lost that way.\n\n"
                "The safe way: keep the journal outside {0}, and let Reflect keep your "
                "computers in step through a folder inside it (Settings > Two "
                "computers). To move the journal, make a backup (Journal > Backups), "
                "restore it into a folder outside {0}, and open that one."
            ).format(tool),
        )

    def _extend_menus(self, menus: dict[str, list[QAction]]) -> None:
        self._build()
        guide = self.guide
        assert guide is not None
        actions = {
            **self.data.actions,
            "mergeBackupAction": self.sync.merge_action,
            "remindersAction": self.reminders.action,
        }
        journal_menu = menus.setdefault("Journal", [])
        journal_menu[1:1] = [actions[name] for name in JOURNAL_MENU_EXTRAS]
        for name, extra in guide.menu_actions().items():
            menus.setdefault(name, []).extend(a for a in extra if a not in menus.get(name, []))
        ordered = {name: menus[name] for name in MENU_ORDER if name in menus}
        ordered.update({k: v for k, v in menus.items() if k not in ordered})
        menus.clear()
        menus.update(ordered)
