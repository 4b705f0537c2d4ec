# Over 400 lines because: backup and restore share one vault, secret field and status.
"""Backups: make one now, set up automatic ones, restore one.

Backups are encrypted files (``reflect.core.portability.backup``): the dialog says so, so the
user knows they can keep them on a USB stick or a cloud folder. Restoring checks
the whole backup in a staging folder first; the current journal is replaced
only after that check passes and the user has said yes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import InvalidRecoveryKey, UserError
from reflect.core.portability.backup import (
    SUFFIX,
    AutoBackup,
    BackupInfo,
    BackupSettings,
    StagedRestore,
    is_of_another_journal,
    prepare_restore,
    read_backup_info,
)
from reflect.core.vault import crypto
from reflect.core.vault.lifecycle import Vault
from reflect.ui.common.dates import clock_time, medium_date
from reflect.ui.common.msgbox import Dialogs, error_text
from reflect.ui.common.task_status import TaskStatus
from reflect.ui.common.tasks_protocol import TaskRunnerLike

BACKUP_FILTER = f"Reflect backups (*{SUFFIX});;All files (*)"


def local_time(when: datetime) -> str:
    local = when.astimezone()
    return f"{medium_date(local)}, {clock_time(local)}"


def split_secret(text: str) -> tuple[str | None, str | None]:
    """``(passphrase, recovery_key)``: text shaped like a recovery key is taken as one."""
    try:
        crypto.parse_recovery_key(text)
    except InvalidRecoveryKey:
        return text, None
    return None, text


class BackupDialog(QDialog):
    """Make a backup, choose automatic backups, restore from a backup file."""

    restored = Signal(Path, bool)  # (vault folder, replaced the current journal)

    def __init__(
        self,
        vault: Vault,
        auto: AutoBackup,
        runner: TaskRunnerLike,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        lock_current: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._auto = auto
        self._runner = runner
        self._dialogs = dialogs
        self._lock_current = lock_current
        self._restore_info: BackupInfo | None = None
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.setAccessibleName(self.tr("Backups"))
        self.resize(600, 620)
        self._build()
        self._load_settings()
        self._refresh()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "A backup is one encrypted file. It opens only with your passphrase or your "
                "recovery key, so it is safe to keep on a USB stick or in a cloud folder."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("backupIntro")
        # Built in reading order, so that Tab moves down the dialog.
        boxes = (self._now_box(), self._auto_box(), self._restore_box())
        self.task = TaskStatus(
            self, "backup", status=self.tr("Backup status"), progress=self.tr("Progress")
        )
        self.message, self.progress = self.task.message, self.task.progress

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("backupCloseButton")
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        for part in (intro, *boxes, self.message):
            layout.addWidget(part)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.task.stop_button)
        layout.addLayout(progress_row)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _now_box(self) -> QGroupBox:
        now_box = QGroupBox(self.tr("Back up now"), self)
        self.last_label = QLabel(now_box)
        self.last_label.setObjectName("lastBackupLabel")
        self.last_label.setAccessibleName(self.tr("Last backup"))
        self.backup_now_button = self._button("backupNowButton", self.tr("Make a backup now"))
        self.backup_now_button.clicked.connect(self.backup_now)
        now_layout = QHBoxLayout(now_box)
        now_layout.addWidget(self.last_label, 1)
        now_layout.addWidget(self.backup_now_button)
        return now_box

    def _auto_box(self) -> QGroupBox:
        """Back up on close, where to, and how many to keep."""
        auto_box = QGroupBox(self.tr("Automatic backups"), self)
        self.auto_check = QCheckBox(
            self.tr("Back up when I close Reflect (at most once a day)"), auto_box
        )
        self.auto_check.setObjectName("autoBackupCheck")
        self.auto_check.setAccessibleName(self.tr("Automatic backups"))
        self.folder_label = QLabel(auto_box)
        self.folder_label.setObjectName("backupFolderLabel")
        self.folder_label.setAccessibleName(self.tr("Backup folder"))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_button = self._button("backupFolderButton", self.tr("Change folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.keep_spin = QSpinBox(auto_box)
        self.keep_spin.setObjectName("keepSpin")
        self.keep_spin.setAccessibleName(self.tr("How many backups to keep"))
        self.keep_spin.setRange(1, 100)
        keep_label = QLabel(self.tr("Keep the most recent"), auto_box)
        keep_label.setBuddy(self.keep_spin)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep_spin)
        keep_row.addWidget(QLabel(self.tr("backups; older ones are removed"), auto_box))
        keep_row.addStretch(1)
        auto_layout = QVBoxLayout(auto_box)
        auto_layout.addWidget(self.auto_check)
        auto_layout.addLayout(folder_row)
        auto_layout.addLayout(keep_row)
        return auto_box

    def _restore_box(self) -> QGroupBox:
        """Pick a backup; its secret and where to restore show once one is picked."""
        restore_box = QGroupBox(self.tr("Restore"), self)
        self.restore_button = self._button("restoreButton", self.tr("Restore from a backup…"))
        self.restore_button.clicked.connect(self.choose_backup)
        self.restore_info = QLabel(restore_box)
        self.restore_info.setObjectName("restoreInfo")
        self.restore_info.setWordWrap(True)
        self.secret = QLineEdit(restore_box)
        self.secret.setObjectName("restoreSecret")
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key for this backup"))
        self.secret.setPlaceholderText(
            self.tr("Passphrase when the backup was made, or recovery key")
        )
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.textChanged.connect(self._refresh)
        self.new_radio = QRadioButton(self.tr("Restore as a separate journal (keeps this one)"))
        self.new_radio.setObjectName("restoreNewRadio")
        self.new_radio.setChecked(True)
        self.replace_radio = QRadioButton(self.tr("Replace the journal that is open now"))
        self.replace_radio.setObjectName("restoreReplaceRadio")
        self.restore_start = self._button("restoreStartButton", self.tr("Check and restore"))
        self.restore_start.clicked.connect(self.start_restore)
        self.restore_panel = QWidget(restore_box)
        panel = QVBoxLayout(self.restore_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        for widget in (self.restore_info, self.secret, self.new_radio, self.replace_radio):
            panel.addWidget(widget)
        panel.addWidget(self.restore_start, 0, Qt.AlignmentFlag.AlignRight)
        restore_layout = QVBoxLayout(restore_box)
        restore_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        restore_layout.addWidget(self.restore_panel)
        return restore_box

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        return button

    def _refresh(self) -> None:
        idle = not self.task.busy
        for widget in (
            self.backup_now_button,
            self.restore_button,
            self.folder_button,
            self.close_button,
            self.auto_check,
            self.keep_spin,
        ):
            widget.setEnabled(idle)
        self.restore_panel.setVisible(self._restore_info is not None)
        self.restore_start.setEnabled(idle and bool(self.secret.text()))
        self.progress.setVisible(self.task.busy)

    # --- settings -----------------------------------------------------------------------

    def _load_settings(self) -> None:
        settings = BackupSettings.load(self._vault.journal)
        self.auto_check.setChecked(settings.enabled)
        self.keep_spin.setValue(settings.keep)
        self.folder_label.setText(self.tr("Folder: {0}").format(self._auto.folder(settings)))
        last = self._auto.last_backup(self._vault.journal)
        self.last_label.setText(
            self.tr("Last backup: {0}").format(local_time(last))
            if last
            else self.tr("No backup made yet.")
        )
        self.auto_check.toggled.connect(self._save_settings)
        self.keep_spin.valueChanged.connect(self._save_settings)

    def _save_settings(self, *_: object) -> None:
        current = BackupSettings.load(self._vault.journal)
        BackupSettings(
            enabled=self.auto_check.isChecked(),
            folder=current.folder,
            keep=self.keep_spin.value(),
        ).save(self._vault.journal)

    def choose_folder(self) -> None:
        folder = self._dialogs.open_folder(self, self.tr("Choose a folder for backups"))
        if folder is None:
            return
        current = BackupSettings.load(self._vault.journal)
        BackupSettings(current.enabled, folder, current.keep).save(self._vault.journal)
        self.folder_label.setText(self.tr("Folder: {0}").format(folder))

    # --- backing up ---------------------------------------------------------------------

    def _start(self, text: str) -> None:
        self.task.start(text, moving=False)
        self._refresh()

    def _stop(self, text: str) -> None:
        self.task.finish(text)
        self._refresh()

    def backup_now(self) -> None:
        self._start(self.tr("Making a backup…"))
        self._runner.run(
            self.task.stoppable(self._auto.run_now),
            self._vault,
            on_done=self._backed_up,
            on_error=self._failed,
            on_progress=self.task.on_progress,
        )

    def _backed_up(self, info: BackupInfo) -> None:
        self.last_label.setText(self.tr("Last backup: {0}").format(local_time(info.created)))
        self._stop(self.tr("Backup saved as {0}.").format(info.path))

    def _failed(self, exc: BaseException) -> None:
        self._stop(
            error_text(exc, self.tr("Reflect hit an internal problem. Nothing was changed."))
        )

    # --- restoring ----------------------------------------------------------------------

    def choose_backup(self) -> None:
        path = self._dialogs.open_file(self, self.tr("Choose a backup to restore"), BACKUP_FILTER)
        if path is None:
            return
        try:
            info = read_backup_info(path)
        except UserError as exc:
            self._restore_info = None
            self._dialogs.error(self, self.tr("Can't use this file"), exc.message)
            self._refresh()
            return
        self._restore_info = info
        self.restore_info.setText(
            self.tr(
                "Backup made on {0}. Enter the passphrase you used then, or your recovery key."
            ).format(local_time(info.created))
        )
        self.secret.clear()
        self.message.clear()
        self._refresh()
        self._fit()
        self.secret.setFocus()

    def _fit(self) -> None:
        """Grow to show the restore panel whole (the dialog starts compact)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        needed = self.sizeHint().height()
        if self.height() < needed:
            self.resize(self.width(), needed)

    def start_restore(self) -> None:
        info = self._restore_info
        if info is None or self.task.busy or not self.secret.text():
            return
        replace = self.replace_radio.isChecked()
        if replace:
            target = self._vault.path
            if self._lock_current is None:
                self._dialogs.error(
                    self,
                    self.tr("Can't replace from here"),
                    self.tr("Restore as a separate journal instead; nothing was changed."),
                )
                return
        else:
            parent = self._dialogs.open_folder(
                self, self.tr("Choose where to put the restored journal")
            )
            if parent is None:
                return
            target = _free_name(parent / f"Reflect journal (restored {info.created:%Y-%m-%d})")
        passphrase, recovery_key = split_secret(self.secret.text())
        self._start(self.tr("Checking the backup…"))
        work = functools.partial(
            prepare_restore, passphrase=passphrase, recovery_key=recovery_key, replace=replace
        )
        self._runner.run(
            self.task.stoppable(work),
            info.path,
            target,
            on_done=self._staged,
            on_error=self._failed,
            on_progress=self.task.on_progress,
        )

    def _staged(self, staged: StagedRestore) -> None:
        """The backup checked out; move it into place (after asking, if replacing)."""
        try:
            if staged.replace:
                if not self._confirm_replace():
                    self._stop(self.tr("Nothing was changed."))
                    return
                assert self._lock_current is not None
                self._lock_current()
            path = staged.commit()
        except UserError as exc:
            self._stop(exc.message)
            return
        finally:
            staged.discard()
        self.secret.clear()
        self._restore_info = None
        self._stop(self.tr("Restored into {0}.").format(path))
        self.restored.emit(path, staged.replace)

    def _confirm_replace(self) -> bool:
        info = self._restore_info
        if info is not None and is_of_another_journal(info, self._vault.path):
            return self._dialogs.confirm(
                self,
                self.tr("This backup is of a different journal"),
                self.tr(
                    "The backup checked out, but it was made from another Reflect journal, "
                    "not the one open now. Replacing puts that journal in place of yours, "
                    "and nothing you wrote in this one stays in this folder. To keep both, "
                    "choose “Restore as a separate journal” instead."
                ),
                ok_text=self.tr("Replace with the other journal"),
                cancel_text=self.tr("Keep my journal"),
                destructive=True,
            )
        return self._dialogs.confirm(
            self,
            self.tr("Replace your journal with this backup?"),
            self.tr(
                "The backup checked out. Anything written since it was made will be "
                "gone from this journal. Reflect will lock the journal, put the backup "
                "in its place, and ask for the backup's passphrase."
            ),
            ok_text=self.tr("Replace my journal"),
            cancel_text=self.tr("Keep my journal"),
            destructive=True,
        )

    def reject(self) -> None:
        if self.task.busy:
            return
        self.secret.clear()
        super().reject()


def _free_name(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name} {n}")
        n += 1
    return candidate
