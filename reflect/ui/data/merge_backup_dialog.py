"""Journal > Merge a backup: bring in what a backup holds, losing nothing on either side.

For the user who keeps no sync folder: a backup on a USB stick, or from an old
laptop, of this journal or of another one. The backup is read and checked off
the UI thread; a backup of another journal asks for its passphrase (or recovery
key). A preview says what merging would change; "Merge" first makes a backup of
the journal as it is, then merges in one transaction
(``reflect.core.portability.sync.backup_merge``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.clock import Clock
from reflect.core.errors import BugError, WrongPassphrase, WrongRecoveryKey
from reflect.core.portability.backup import BackupInfo, BackupSettings
from reflect.core.sync import BackupMerge, NeedsItsPassphrase, SyncReport, prepare_backup_merge
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.passphrase_widgets import PassphraseField
from reflect.ui.common.msgbox import Dialogs, error_text
from reflect.ui.common.page import comfortable, label
from reflect.ui.common.task_status import TaskStatus
from reflect.ui.common.tasks_protocol import TaskRunnerLike
from reflect.ui.data.backup_dialog import BACKUP_FILTER, local_time, split_secret


class MergeBackupDialog(QDialog):
    """Signals: merged: records came in (the journal's views should follow)."""

    merged = Signal()

    def __init__(
        self,
        vault: Vault,
        runner: TaskRunnerLike,
        dialogs: Dialogs,
        *,
        clock: Clock,
        default_backups: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeBackupDialog")
        self.setWindowTitle(self.tr("Merge a backup"))
        self.setAccessibleName(self.windowTitle())
        self._vault = vault
        self._runner = runner
        self._dialogs = dialogs
        self._clock = clock
        self._default_backups = default_backups
        self._backup: Path | None = None
        self._prepared: BackupMerge | None = None

        intro = label(
            self.tr(
                "Bring in what a backup holds, from a USB stick or an old computer: a "
                "backup of this journal, or of another Reflect journal. Nothing in your "
                "journal is lost: an entry changed in both places is kept twice."
            ),
            name="mergeBackupIntro",
        )
        self.choose_button = QPushButton(self.tr("Choose a backup…"))
        self.choose_button.setObjectName("mergeChooseBackup")
        self.chosen = label("", "muted", name="mergeChosenBackup", selectable=True)
        self.secret_label = label(
            self.tr(
                "This backup is of another journal, or of this one before its recovery "
                "key was changed. Enter the passphrase that was in use when it was made, "
                "or its recovery key."
            ),
            name="mergeSecretHint",
        )
        self.secret = PassphraseField(self)
        self.secret.setObjectName("mergeSecret")
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key of the backup"))
        self.preview = label("", name="mergePreview")
        self.task = TaskStatus(
            self, "merge", status=self.tr("Merge status"), progress=self.tr("Progress")
        )
        self.buttons = QDialogButtonBox(self)
        self.go_button = self.buttons.addButton(
            self.tr("Read the backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go_button.setObjectName("mergeGo")
        self.go_button.setProperty("role", "primary")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        close.setObjectName("mergeCancel")
        self.close_button = close

        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.chosen, 1)
        layout = QVBoxLayout(self)
        comfortable(self, layout, min_width=560)  # grows with the preview and messages
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.secret_label)
        layout.addWidget(self.secret)
        layout.addWidget(self.preview)
        layout.addWidget(self.task.message)
        layout.addWidget(self.task.progress)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose_backup)
        self.go_button.clicked.connect(self.go)
        self.secret.returnPressed.connect(self.go)
        close.clicked.connect(self.reject)
        self._show_stage()

    # --- stages -----------------------------------------------------------------------

    def _show_stage(self, *, asks_secret: bool = False) -> None:
        self.secret_label.setVisible(asks_secret)
        self.secret.setVisible(asks_secret)
        self.preview.setVisible(self._prepared is not None)
        self.task.progress.setVisible(self.task.busy)
        self.go_button.setEnabled(self._backup is not None and not self.task.busy)
        self.go_button.setText(
            self.tr("Merge") if self._prepared is not None else self.tr("Read the backup")
        )
        self.choose_button.setEnabled(not self.task.busy)

    def choose_backup(self, path: Path | None = None) -> None:
        path = path or self._dialogs.open_file(
            self, self.tr("Choose a backup to merge"), BACKUP_FILTER
        )
        if path is None:
            return
        self._backup = path
        self._prepared = None
        self.chosen.setText(str(path))
        self.task.message.clear()
        self.secret.wipe()
        self._show_stage()

    def go(self) -> None:
        if self.task.busy or self._backup is None:
            return
        if self._prepared is None:
            self._read()
        else:
            self._merge()

    def _read(self) -> None:
        assert self._backup is not None
        passphrase, recovery_key = (None, None)
        if self.secret.isVisible():
            if not self.secret.text():
                self.task.message.setText(self.tr("Type the backup's passphrase first."))
                return
            passphrase, recovery_key = split_secret(self.secret.text())
        self.task.start(self.tr("Reading the backup…"), moving=False)
        asks = self.secret.isVisible()
        self._show_stage(asks_secret=asks)
        self._runner.run(
            prepare_backup_merge,
            self._vault,
            self._backup,
            passphrase,
            recovery_key,
            on_done=self._read_done,
            on_error=lambda e: self._read_failed(e, asks),
            on_progress=self.task.on_progress,
        )

    def _read_done(self, prepared: BackupMerge) -> None:
        self.task.finish("")
        self.secret.wipe()
        self._prepared = prepared
        preview = prepared.preview(self._vault)
        self.preview.setText(self._preview_text(preview, prepared.backup))
        self._show_stage()
        self.go_button.setFocus()

    def _read_failed(self, error: BaseException, asked: bool) -> None:
        if isinstance(error, NeedsItsPassphrase):
            self.task.finish("")
            self._show_stage(asks_secret=True)
            self.secret.setFocus()
            return
        if isinstance(error, WrongPassphrase | WrongRecoveryKey):
            self.task.finish(
                self.tr("That doesn't open this backup. Nothing was changed; try again.")
            )
            self._show_stage(asks_secret=True)
            self.secret.setFocus()
            self.secret.selectAll()
            return
        self.task.finish(error_text(error, BugError().message))
        self._show_stage(asks_secret=asked)

    def _preview_text(self, report: SyncReport, backup: BackupInfo) -> str:
        made = backup.created.astimezone()
        lines = [self.tr("This backup was made on {0}.").format(local_time(made))]
        if not (report.added or report.updated or report.deleted or report.conflicts):
            lines.append(self.tr("Your journal already holds everything in it."))
        else:
            lines.append(self.tr("Merging it would:"))
            if report.added:
                lines.append("• " + self.tr("add %n record(s)", "", report.added))
            if report.updated:
                lines.append("• " + self.tr("change %n record(s)", "", report.updated))
            if report.conflicts:
                lines.append(
                    "• " + self.tr("keep %n record(s) twice, both versions", "", report.conflicts)
                )
            if report.deleted:
                lines.append(
                    "• " + self.tr("delete %n record(s) deleted there", "", report.deleted)
                )
            lines.append(self.tr("Records are entries, events, check-ins and the like."))
        lines.append(
            self.tr(
                "Before merging, Reflect makes a backup of your journal as it is now, in {0}."
            ).format(self._safety_folder())
        )
        return "\n".join(lines)

    def _safety_folder(self) -> Path:
        return BackupSettings.load(self._vault.journal).folder or self._default_backups

    def _merge(self) -> None:
        prepared = self._prepared
        assert prepared is not None
        self.task.start(self.tr("Making a backup of your journal, then merging…"))
        self._show_stage()
        vault, safety, clock = self._vault, self._safety_folder(), self._clock

        def merge() -> tuple[SyncReport, BackupInfo]:  # on the worker: no widgets here
            return prepared.apply(vault, safety_folder=safety, clock=clock)

        self._runner.run(merge, on_done=self._merged, on_error=self._merge_failed)

    def _merged(self, outcome: tuple[SyncReport, BackupInfo]) -> None:
        report, safety = outcome
        self.task.finish(
            self.tr("Merged. The backup made just before is {0}.").format(safety.path.name)
        )
        self._prepared = None
        self._backup = None
        self._show_stage()
        self.close_button.setText(self.tr("Close"))  # nothing is left to cancel
        if report.added or report.updated or report.deleted or report.conflicts:
            self.merged.emit()
        self.go_button.setEnabled(False)

    def _merge_failed(self, error: BaseException) -> None:
        self.task.finish(
            self.tr("Nothing was merged: {0}").format(error_text(error, BugError().message))
        )
        self._show_stage()

    def reject(self) -> None:
        if self.task.busy:
            return
        self.secret.wipe()
        super().reject()
