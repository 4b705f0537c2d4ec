"""Getting a journal in and out, in the running app: import, backups, exports.

The automatic backup runs as work for the lock (off the UI thread, while the key
is still held), so every way the journal locks or closes makes the day's backup.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from reflect.core.vault.lifecycle import Vault
from reflect.ui.common import icons

if TYPE_CHECKING:
    from reflect.app.controller import AppController, LockJob
    from reflect.core.journal.repository import Journal


class DataWiring(QObject):
    """The Journal menu's data actions and the automatic backup on lock."""

    # Emitted from the worker that makes the automatic backup (queued to the UI).
    _backup_failed = Signal(str)
    imported = Signal()

    def __init__(self, controller: AppController, journal: Callable[[], Journal | None]) -> None:
        super().__init__(controller)
        self.controller = controller
        self._journal = journal
        self.actions: dict[str, QAction] = {}
        self._backup_failed.connect(self._show_backup_failure)
        self._add("exportAction", self.tr("Export for my &therapist..."), "export",
                  self.open_export, "Ctrl+E")  # fmt: skip
        self._add("dataExportAction", self.tr("Export &all entries (not encrypted)..."),
                  "export", self.open_data_export)  # fmt: skip
        self._add("importAction", self.tr("&Import entries..."), "import", self.open_import)
        self._add("backupAction", self.tr("&Backups..."), "backup", self.open_backups)

    def _add(
        self, name: str, text: str, icon: str, slot: Callable[[], object], key: str = ""
    ) -> None:
        action = QAction(icons.icon(icon), text, self.controller.shell)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.actions[name] = action

    # --- the automatic backup -------------------------------------------------------

    def automatic_backup_job(self, vault: Vault) -> LockJob | None:
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

    # --- dialogs --------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_import(self) -> QDialog | None:
        journal = self._journal()
        if journal is None:
            return None
        from reflect.ui.data.import_dialog import ImportDialog

        s = self.controller.services
        dialog = ImportDialog(journal, s.tasks, s.dialogs, parent=self.controller.shell)
        dialog.imported.connect(lambda _n: self.imported.emit())
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
        journal = self._journal()
        if journal is None:
            return None
        from reflect.ui.data.data_export_dialog import DataExportDialog

        s = self.controller.services
        return self._open(
            DataExportDialog(journal, s.tasks, s.dialogs, parent=self.controller.shell)
        )

    def open_export(self, event_id: str | None = None) -> QDialog | None:
        """The therapist export; ``event_id``: already set to that event (from its page)."""
        journal = self._journal()
        if journal is None:
            return None
        from reflect.ui.data.export_dialog import ExportDialog

        s = self.controller.services
        dialog = ExportDialog(
            journal, runner=s.tasks, dialogs=s.dialogs, parent=self.controller.shell
        )
        if event_id is not None:
            dialog.choices.choose_event(event_id)
        return self._open(dialog)
