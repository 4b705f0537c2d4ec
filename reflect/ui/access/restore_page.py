"""First run's other door: "I already have a journal: restore it from a backup".

Someone on a new computer (or after a disk died) has a ``.reflectbackup`` file
and no journal. This page takes the file and the passphrase that was in use
when the backup was made (or the recovery key), checks the backup whole in a
staging folder off the UI thread, and only then puts it where the journal
belongs. Nothing is created or changed if anything is wrong.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from reflect.core.errors import UserError, WrongPassphrase
from reflect.core.portability.backup import BackupInfo, read_backup_info, restore_backup
from reflect.ui.access.passphrase_widgets import PassphraseField
from reflect.ui.common.button_row import ButtonRowLayout
from reflect.ui.common.msgbox import Dialogs, error_text
from reflect.ui.common.page import ColumnPage, button, label
from reflect.ui.common.tasks_protocol import TaskRunnerLike
from reflect.ui.data.backup_dialog import BACKUP_FILTER, local_time, split_secret


class RestorePage(ColumnPage):
    """Choose a backup, give its passphrase or recovery key, restore it into ``vault_path``.

    Signals:
        restored(Path): the journal is in place at ``vault_path`` (still locked).
        back_requested: the user chose to go back (to the other computer's page).
        support_requested: the user asked for crisis lines (on every first-run page).
    """

    restored = Signal(Path)
    back_requested = Signal()
    support_requested = Signal()

    def __init__(
        self,
        *,
        vault_path: Path,
        dialogs: Dialogs,
        runner: TaskRunnerLike,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunRestore")
        self._vault_path = vault_path
        self._dialogs = dialogs
        self._runner = runner
        self._info: BackupInfo | None = None
        self._busy = False
        col = self.column
        col.addWidget(label(self.tr("Restore from a backup"), "title"))
        col.addWidget(
            label(
                self.tr(
                    "If you already used Reflect, on this computer or another, choose one of "
                    "its backup files (they end in .reflectbackup). Reflect checks the whole "
                    "backup before it puts anything in place."
                )
            )
        )
        self.choose_button = QPushButton(self.tr("Choose a backup file…"))
        self.choose_button.setObjectName("restoreChooseFile")
        self.choose_button.setAccessibleName(self.tr("Choose a backup file"))
        self.choose_button.clicked.connect(self.choose_backup)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        col.addLayout(row)
        self.info = label("", name="restoreBackupInfo")
        self.info.hide()
        col.addWidget(self.info)
        self.secret = PassphraseField()
        self.secret.setObjectName("restoreSecretField")
        self.secret.setAccessibleName(self.tr("The backup's passphrase or your recovery key"))
        self.secret.setPlaceholderText(self.tr("Passphrase or recovery key"))
        self.secret.hide()
        col.addWidget(self.secret)
        self.error = label("", "error", name="restoreError")
        self.error.hide()
        col.addWidget(self.error)
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("restoreBusy")
        self.busy_bar.setAccessibleName(self.tr("Checking the backup"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()
        col.addWidget(self.busy_bar)
        col.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("restoreBack")
        self.back_button.clicked.connect(self.back_requested)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreStart")
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        self.secret.returnPressed.connect(self.restore)
        self.secret.textChanged.connect(lambda _t: self._refresh())
        support = button(self.tr("Support and crisis lines"), "restoreSupport", "link")
        support.clicked.connect(self.support_requested)
        buttons = ButtonRowLayout()
        buttons.add_leading(support)
        buttons.add_leading(self.back_button)
        buttons.add_trailing(self.restore_button)
        col.addLayout(buttons)

    def wipe(self) -> None:
        self.secret.clear()

    def _refresh(self) -> None:
        ready = self._info is not None and bool(self.secret.text()) and not self._busy
        self.restore_button.setEnabled(ready)
        self.choose_button.setEnabled(not self._busy)
        self.back_button.setEnabled(not self._busy)
        self.busy_bar.setVisible(self._busy)

    def choose_backup(self) -> None:
        path = self._dialogs.open_file(self, self.tr("Choose a Reflect backup"), BACKUP_FILTER)
        if path is None:
            return
        self.error.hide()
        try:
            info = read_backup_info(path)
        except UserError as exc:
            self._info = None
            self.info.hide()
            self.secret.hide()
            self._show_error(exc.message)
            self._refresh()
            return
        self._info = info
        self.info.setText(
            self.tr(
                "Backup made on {0}. Type the passphrase you used then, or your recovery key."
            ).format(local_time(info.created))
        )
        self.info.show()
        self.secret.show()
        self.secret.setFocus()
        self._refresh()

    def restore(self) -> None:
        info = self._info
        if info is None or self._busy or not self.secret.text():
            return
        passphrase, recovery_key = split_secret(self.secret.text())
        self.error.hide()
        self._busy = True
        self._refresh()
        work = partial(
            restore_backup, info.path, self._vault_path, passphrase=passphrase,
            recovery_key=recovery_key,
        )  # fmt: skip
        self._runner.run(work, on_done=self._done, on_error=self._failed)

    def _done(self, path: Path) -> None:
        self._busy = False
        self._refresh()
        self.secret.clear()
        self.restored.emit(Path(path))

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._refresh()
        if isinstance(error, WrongPassphrase):
            text = self.tr(
                "That doesn't open this backup. A backup opens with the passphrase you had "
                "when it was made, or with your recovery key. Nothing was changed."
            )
        else:
            text = error_text(
                error, self.tr("Reflect hit an internal problem. Nothing was changed.")
            )
        self._show_error(text)
        self.secret.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
