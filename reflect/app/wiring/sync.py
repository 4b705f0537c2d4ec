"""Keeping this journal in step with the user's other computer, in the running app.

When (issue 17): right after unlock; on lock and quit (as work for the lock, on a
worker thread while the key is still held, before the day's backup); every few
minutes while the journal is open, at an idle moment (never mid-keystroke: it
waits until the keyboard has been still for a few seconds); and when another
computer's file in the folder changes (a file watcher, which ignores this
computer's own writes). Every sync runs off the UI thread; what is on screen
then follows (``GuideWiring.refresh_after_merge``).

Settings > Two computers shows the status and the files skipped, and chooses or
stops the folder (``reflect.ui.data.two_computers``). A passphrase or recovery key
changed on the other computer is asked for once per unlock (``CatchUpDialog``).
Journal > Merge a backup is ``reflect.ui.data.merge_backup_dialog``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from reflect.core.errors import ReflectError
from reflect.core.fileio import os_error_for_user
from reflect.core.journal import settings as vault_settings
from reflect.core.sync import SyncFolder, SyncReport
from reflect.core.vault.lifecycle import Vault
from reflect.ui.common import icons
from reflect.ui.data.two_computers import SyncStatus, TwoComputersGroup

if TYPE_CHECKING:
    from reflect.app.controller import AppController, LockJob
    from reflect.ui.settings_dialog import SettingsDialog

SYNC_EVERY_MS = 3 * 60 * 1000
QUIET_BEFORE_SYNC = timedelta(seconds=4)
WATCH_SETTLE_MS = 2000  # a sync tool writes a file in steps; let it finish


class SyncWiring(QObject):
    """Signals: status_changed (redraw the Settings group); merged (records came in)."""

    status_changed = Signal()
    merged = Signal()

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.running = False
        self._again = False
        self._asked_key = False
        self._status = SyncStatus()
        self._snapshot: dict[str, tuple[int, int]] = {}
        self._computer: str | None = None  # this journal copy's id, read while no sync runs
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.timeout.connect(self.tick)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(WATCH_SETTLE_MS)
        self.settle.timeout.connect(self.folder_changed)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self.settle.start())
        self.watcher.fileChanged.connect(lambda _p: self.settle.start())
        self.merge_action = QAction(
            icons.icon("backup"), self.tr("&Merge a backup…"), controller.shell
        )
        self.merge_action.setObjectName("mergeBackupAction")
        self.merge_action.triggered.connect(self.open_merge_backup)
        self.catch_up_dialog: QDialog | None = None
        controller.unlocked.connect(self._unlocked)
        controller.locked.connect(self._disarm)
        controller.before_lock_hooks.append(self._before_lock)
        controller.settings_extenders.append(self._add_settings_group)

    # --- state ------------------------------------------------------------------------

    @property
    def vault(self) -> Vault | None:
        vault = self.controller.vault
        return None if vault is None or vault.is_locked else vault

    @property
    def folder(self) -> Path | None:
        vault = self.vault
        chosen = None if vault is None else vault_settings.SYNC_FOLDER.read(vault.journal)
        return Path(chosen) if chosen else None

    def status(self) -> SyncStatus:
        self._status.folder = self.folder
        self._status.running = self.running
        vault = self.vault
        last = None if vault is None else vault_settings.SYNC_LAST.read(vault.journal)
        self._status.last = _local_time(last)
        return self._status

    # --- when -------------------------------------------------------------------------

    def _unlocked(self) -> None:
        self._asked_key = False
        self._status = SyncStatus()
        self._computer = None
        folder = self.folder
        if folder is not None:
            self._arm(folder)
            self.sync_now()

    def _arm(self, folder: Path) -> None:
        self._disarm()
        if folder.is_dir():
            self.watcher.addPath(str(folder))
            others = [str(folder / name) for name in self._snapshot_of(folder)]
            if others:
                self.watcher.addPaths(others)
        self.timer.start()

    def _disarm(self) -> None:
        self.timer.stop()
        self.quiet.stop()
        self.settle.stop()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)

    def _snapshot_of(self, folder: Path) -> dict[str, tuple[int, int]]:
        """The other computers' files, as the watcher compares them. This computer's
        id is read from the journal only at unlock and after a sync, never while one
        holds the journal: the watcher, on the window's thread, never waits."""
        vault = self.vault
        if vault is None:
            return {}
        if self._computer is None:
            self._computer = SyncFolder.computer_of(vault)
        return SyncFolder(folder).changes_from_others(self._computer)

    def tick(self) -> None:
        """The few-minutes sync: now if the keyboard is still, else a little later."""
        if self.vault is None or self.folder is None:
            return
        if self.controller.idle.idle_for() < QUIET_BEFORE_SYNC:
            self.quiet.start(int(QUIET_BEFORE_SYNC.total_seconds() * 1000))
            return
        self.sync_now()

    def folder_changed(self) -> None:
        """The watcher saw a change: sync only if another computer's file changed."""
        folder = self.folder
        if folder is None or self.vault is None:
            return
        if self._snapshot_of(folder) != self._snapshot:
            self._arm(folder)  # a new file joins the watch; a replaced one is watched anew
            self.tick()

    def _before_lock(self, vault: Vault, closing: bool) -> LockJob | None:
        chosen = vault_settings.SYNC_FOLDER.read(vault.journal)
        if not chosen:
            return None

        def sync_before_locking(vault: Vault) -> None:
            try:
                SyncFolder(Path(chosen)).sync(vault)
            except (ReflectError, OSError):
                pass  # the next unlock syncs again and shows what went wrong

        return sync_before_locking

    # --- the work ---------------------------------------------------------------------

    def sync_now(self) -> None:
        vault, folder = self.vault, self.folder
        if vault is None or folder is None:
            return
        if self.running:
            self._again = True
            return
        view = self.controller.journal_view
        if view is not None:
            view.save_pending()  # what is on screen goes with this sync
        self.running = True
        self._again = False
        self.status_changed.emit()
        self.controller.services.tasks.run(
            SyncFolder(folder).sync, vault, on_done=self._synced, on_error=self._failed
        )

    def _synced(self, report: SyncReport) -> None:
        self.running = False
        self._computer = None  # a copy that met its twin took a name of its own
        folder = self.folder
        if folder is not None and self.vault is not None:
            self._snapshot = self._snapshot_of(folder)
        self._status.others = report.others
        self._status.error = ""
        skipped = [(path.name, reason) for path, reason in report.skipped]
        if skipped and skipped != self._status.skipped:
            self._tell(
                self.tr(
                    "A file in your sync folder was skipped. Settings > Two computers says "
                    "which, and why."
                )
            )
        self._status.skipped = skipped
        if report.added or report.updated or report.deleted or report.conflicts:
            self.merged.emit()
        self.status_changed.emit()
        if report.key_changed_elsewhere and not self._asked_key:
            self._asked_key = True
            self.ask_for_new_passphrase()
        if self._again:
            self.sync_now()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if isinstance(error, ReflectError):
            message = error.message
        elif isinstance(error, OSError):
            message = os_error_for_user(error, self.folder or Path()).message
        else:
            raise error
        if message != self._status.error:
            self._tell(self.tr("Not in step with your other computer: {0}").format(message))
        self._status.error = message
        self.status_changed.emit()

    def _tell(self, text: str) -> None:
        """A quiet sentence under the entry (what Settings > Two computers shows in full)."""
        from reflect.ui.journal.journal_view import JournalView

        view = self.controller.journal_view
        if isinstance(view, JournalView):
            view.editor.show_hint(text)

    def ask_for_new_passphrase(self) -> QDialog | None:
        vault, folder = self.vault, self.folder
        if vault is None or folder is None:
            return None
        from reflect.ui.access.catch_up_dialog import CatchUpDialog

        dialog = CatchUpDialog(
            vault, folder, runner=self.controller.services.tasks, parent=self.controller.shell
        )
        dialog.caught_up.connect(self._synced)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.catch_up_dialog = dialog
        return dialog

    # --- Settings > Two computers -----------------------------------------------------

    def _add_settings_group(self, dialog: SettingsDialog) -> None:
        group = TwoComputersGroup(
            status=self.status,
            now=lambda: self.controller.services.clock.now().astimezone(),
            choose=lambda: self.choose_folder(dialog),
            sync_now=self.sync_now,
            stop=self.stop,
            parent=dialog,
        )
        self.status_changed.connect(group.refresh)
        dialog.add_group(group)

    def choose_folder(self, parent: QDialog | None = None) -> Path | None:
        vault = self.vault
        if vault is None:
            return None
        from reflect.core.portability.sync.where import folder_problem

        dialogs = self.controller.services.dialogs
        folder = dialogs.open_folder(
            parent or self.controller.shell, self.tr("Choose the folder to keep in step")
        )
        if folder is None:
            return None
        problem = folder_problem(folder, vault.path)
        if problem is not None:
            dialogs.error(parent, self.tr("Choose another folder"), problem)
            return None
        vault_settings.SYNC_FOLDER.write(vault.journal, str(folder))
        self._status = SyncStatus()
        self._snapshot = {}
        self._arm(folder)
        self.sync_now()
        return folder

    def stop(self) -> None:
        """Stop keeping in step; this computer's own file leaves the folder (the
        other computers keep everything it brought them)."""
        vault, folder = self.vault, self.folder
        if vault is None:
            return
        if folder is not None:  # no folder: nothing is kept in step already
            SyncFolder(folder).leave(vault)
        self._disarm()
        self._status = SyncStatus()
        self.status_changed.emit()

    # --- Journal > Merge a backup -----------------------------------------------------

    def open_merge_backup(self) -> QDialog | None:
        vault = self.vault
        if vault is None:
            return None
        from reflect.ui.data.merge_backup_dialog import MergeBackupDialog

        s = self.controller.services
        dialog = MergeBackupDialog(
            vault,
            s.tasks,
            s.dialogs,
            clock=s.clock,
            default_backups=s.paths.backups,
            parent=self.controller.shell,
        )
        dialog.merged.connect(self.merged)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def _local_time(stamp: str | None) -> datetime | None:
    """When the journal was last in step (``SYNC_LAST``, which each sync writes)."""
    try:
        return datetime.fromisoformat(stamp).astimezone() if stamp else None
    except ValueError:
        return None
