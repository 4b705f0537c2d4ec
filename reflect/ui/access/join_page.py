"""First run's other door: "I already use Reflect on another computer".

The user picks the folder their sync tool keeps in step (Syncthing, Nextcloud,
Dropbox, OneDrive, iCloud Drive, a USB stick), where Reflect on the other
computer already leaves its file (Settings > Two computers there), and types the
passphrase used there or the journal's recovery key. Joining runs off the UI
thread (``SyncFolder.join``); the journal appears here, in step from then on.
With the recovery key, the user then chooses a passphrase for this journal.

A link leads to the restore page instead, for a backup file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QStackedWidget, QWidget

from reflect.core.clock import Clock
from reflect.core.errors import WrongPassphrase, WrongRecoveryKey
from reflect.core.sync import SyncFolder
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.passphrase_widgets import NewPassphraseForm, PassphraseField
from reflect.ui.common.button_row import ButtonRowLayout
from reflect.ui.common.msgbox import Dialogs, error_text
from reflect.ui.common.page import ColumnPage, button, label
from reflect.ui.common.tasks_protocol import TaskRunnerLike
from reflect.ui.data.backup_dialog import split_secret


class JoinPage(QStackedWidget):
    """Join the journal kept in step through a folder, into ``vault_path``.

    Signals:
        joined(object): the journal is here, unlocked (a ``Vault``).
        back_requested: back to the welcome page.
        restore_requested: the user has a backup file instead.
        support_requested: the user asked for crisis lines (on every first-run page).
    """

    joined = Signal(object)
    back_requested = Signal()
    restore_requested = Signal()
    support_requested = Signal()

    def __init__(
        self,
        *,
        vault_path: Path,
        kdf: KdfParams | None,
        clock: Clock,
        dialogs: Dialogs,
        runner: TaskRunnerLike,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunJoin")
        self._vault_path = vault_path
        self._kdf = kdf
        self._clock = clock
        self._dialogs = dialogs
        self._runner = runner
        self._folder: Path | None = None
        self._vault: Vault | None = None
        self._busy = False
        self.addWidget(self._build_choose())
        self.addWidget(self._build_new_passphrase())

    # --- the folder and the passphrase ------------------------------------------------

    def _build_choose(self) -> QWidget:
        page = ColumnPage()
        col = page.column
        col.addWidget(label(self.tr("Your journal from another computer"), "title"))
        col.addWidget(
            label(
                self.tr(
                    "On the computer where you already use Reflect, open Settings > Two "
                    "computers and choose a folder that your sync tool (Syncthing, "
                    "Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps in step. Once your "
                    "sync tool has brought that folder here, choose it below and type the "
                    "passphrase you use there, or your recovery key."
                )
            )
        )
        col.addWidget(
            label(
                self.tr(
                    "Your journal itself stays out of that folder: Reflect keeps it on "
                    "this computer and only puts an encrypted file of its own there."
                ),
                "muted",
            )
        )
        self.choose_button = QPushButton(self.tr("Choose the folder…"))
        self.choose_button.setObjectName("joinChooseFolder")
        self.choose_button.setAccessibleName(self.tr("Choose the folder kept in step"))
        self.choose_button.clicked.connect(lambda: self.choose_folder())
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        col.addLayout(row)
        self.folder_label = label("", "muted", name="joinFolder", selectable=True)
        self.folder_label.hide()
        col.addWidget(self.folder_label)
        self.secret = PassphraseField()
        self.secret.setObjectName("joinSecret")
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.secret.setPlaceholderText(self.tr("Passphrase or recovery key"))
        self.secret.hide()
        col.addWidget(self.secret)
        self.error = label("", "error", name="joinError")
        self.error.hide()
        col.addWidget(self.error)
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("joinBusy")
        self.busy_bar.setAccessibleName(self.tr("Bringing your journal over"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()
        col.addWidget(self.busy_bar)
        col.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("joinBack")
        self.back_button.clicked.connect(self.back_requested)
        self.restore_link = QPushButton(self.tr("I have a backup file instead…"))
        self.restore_link.setObjectName("joinRestoreInstead")
        self.restore_link.setProperty("role", "link")
        self.restore_link.clicked.connect(self.restore_requested)
        self.join_button = QPushButton(self.tr("Bring my journal here"))
        self.join_button.setObjectName("joinStart")
        self.join_button.setProperty("role", "primary")
        self.join_button.setDefault(True)
        self.join_button.setEnabled(False)
        self.join_button.clicked.connect(self.join)
        self.secret.returnPressed.connect(self.join)
        self.secret.textChanged.connect(lambda _t: self._refresh())
        support = button(self.tr("Support and crisis lines"), "joinSupport", "link")
        support.clicked.connect(self.support_requested)
        buttons = ButtonRowLayout()
        buttons.add_leading(support)
        buttons.add_leading(self.back_button)
        buttons.add_leading(self.restore_link)
        buttons.add_trailing(self.join_button)
        col.addLayout(buttons)
        return page

    def wipe(self) -> None:
        self.secret.wipe()
        self.new_passphrase.wipe()

    def _refresh(self) -> None:
        ready = self._folder is not None and bool(self.secret.text()) and not self._busy
        self.join_button.setEnabled(ready)
        for widget in (self.choose_button, self.back_button, self.restore_link, self.secret):
            widget.setEnabled(not self._busy)
        self.busy_bar.setVisible(self._busy)

    def choose_folder(self, folder: Path | None = None) -> None:
        folder = folder or self._dialogs.open_folder(
            self, self.tr("Choose the folder your sync tool keeps in step")
        )
        if folder is None:
            return
        self._folder = folder
        self.folder_label.setText(self.tr("Folder: {0}").format(folder))
        self.folder_label.show()
        self.error.hide()
        self.secret.show()
        self.secret.setFocus()
        self._refresh()

    def join(self) -> None:
        folder = self._folder
        if folder is None or self._busy or not self.secret.text():
            return
        passphrase, recovery_key = split_secret(self.secret.text())
        self.error.hide()
        self._busy = True
        self._refresh()
        target, kdf, clock = self._vault_path, self._kdf, self._clock

        def join() -> Vault:  # on the worker: no widgets here
            return SyncFolder(folder).join(
                target, passphrase=passphrase, recovery_key=recovery_key, kdf=kdf, clock=clock
            )

        self._runner.run(join, on_done=self._joined, on_error=self._failed)

    def _joined(self, vault: Vault) -> None:
        self._busy = False
        self._refresh()
        self.secret.wipe()
        if vault.opened_with_recovery_key:
            self._vault = vault
            self.setCurrentIndex(1)
            self.new_passphrase.new.setFocus()
            return
        self.joined.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._refresh()
        if isinstance(error, WrongPassphrase | WrongRecoveryKey):
            text = error.message + " " + self.tr("Nothing was changed.")
        else:
            text = error_text(
                error, self.tr("Reflect hit an internal problem. Nothing was changed.")
            )
        self.error.setText(text)
        self.error.show()
        self.secret.setFocus()
        self.secret.selectAll()

    # --- after the recovery key: a passphrase for this journal ------------------------

    def _build_new_passphrase(self) -> QWidget:
        page = ColumnPage()
        col = page.column
        col.addWidget(label(self.tr("Choose a passphrase"), "title"))
        col.addWidget(
            label(
                self.tr(
                    "Your journal is here. You opened it with your recovery key, so choose "
                    "the passphrase you will type to open it from now on. Reflect on your "
                    "other computer will ask for it once, so both use the same one."
                )
            )
        )
        self.new_passphrase = NewPassphraseForm()
        col.addWidget(self.new_passphrase)
        self.new_error = label("", "error", name="joinNewPassphraseError")
        self.new_error.hide()
        col.addWidget(self.new_error)
        col.addStretch(1)
        self.set_button = QPushButton(self.tr("Use this passphrase"))
        self.set_button.setObjectName("joinSetPassphrase")
        self.set_button.setProperty("role", "primary")
        self.set_button.setDefault(True)
        self.set_button.clicked.connect(self.set_passphrase)
        self.new_passphrase.confirm.returnPressed.connect(self.set_passphrase)
        buttons = ButtonRowLayout()
        buttons.add_trailing(self.set_button)
        col.addLayout(buttons)
        return page

    def set_passphrase(self) -> None:
        vault = self._vault
        if vault is None or self._busy:
            return
        problem = self.new_passphrase.problem()
        if problem is not None:
            self.new_error.setText(problem)
            self.new_error.show()
            return
        if not self.new_passphrase.accepted_if_weak(self._dialogs):
            return
        self.new_error.hide()
        self._busy = True
        self.set_button.setEnabled(False)
        chosen = self.new_passphrase.passphrase()
        self._runner.run(
            vault.reset_passphrase, chosen, on_done=self._passphrase_set, on_error=self._set_failed
        )

    def _passphrase_set(self, _result: object) -> None:
        self._busy = False
        self.set_button.setEnabled(True)
        self.new_passphrase.wipe()
        vault, self._vault = self._vault, None
        self.joined.emit(vault)

    def _set_failed(self, error: BaseException) -> None:
        self._busy = False
        self.set_button.setEnabled(True)
        self.new_error.setText(error_text(error, self.tr("Nothing was changed.")))
        self.new_error.show()

    def pending_vault(self) -> Vault | None:
        """A journal joined with the recovery key, waiting for its passphrase."""
        return self._vault
