"""The passphrase or recovery key was changed on the other computer: ask once here.

A sync found that another computer of this journal changed its passphrase (or
made a new recovery key, which gives the journal a new key). This dialog asks
for the passphrase now used there; the work (Argon2id, and for a new key the
re-keying of the journal) runs off the UI thread with a busy bar. "Not now"
changes nothing; Reflect asks again at the next unlock.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from reflect.core.errors import BugError, WrongPassphrase
from reflect.core.sync import SyncFolder, SyncReport
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.new_recovery_key import busy_bar
from reflect.ui.access.passphrase_widgets import PassphraseField
from reflect.ui.common.msgbox import error_text
from reflect.ui.common.page import comfortable, label
from reflect.ui.common.tasks_protocol import TaskRunnerLike


class CatchUpDialog(QDialog):
    """Signals: caught_up(object): the ``SyncReport`` of the sync that followed."""

    caught_up = Signal(object)

    def __init__(
        self, vault: Vault, folder: Path, *, runner: TaskRunnerLike, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catchUpDialog")
        self.setWindowTitle(self.tr("Passphrase changed on your other computer"))
        self.setAccessibleName(self.windowTitle())
        self._vault = vault
        self._folder = folder
        self._runner = runner
        self._busy = False
        self.passphrase = PassphraseField(self)
        self.passphrase.setObjectName("catchUpPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase used on the other computer"))
        self.error = label("", "error", name="catchUpError")
        self.error.hide()
        self.busy = busy_bar("catchUpBusy", self.tr("Taking the new passphrase"))
        self.buttons = QDialogButtonBox(self)
        self.use_button = self.buttons.addButton(
            self.tr("Use this passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("catchUpUse")
        self.use_button.setProperty("role", "primary")
        later = self.buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("catchUpLater")
        self.use_button.clicked.connect(self.submit)
        later.clicked.connect(self.reject)
        self.passphrase.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        layout = QVBoxLayout(self)
        comfortable(self, layout, min_width=520)  # grows when a message appears
        layout.addWidget(
            label(
                self.tr(
                    "Your passphrase or recovery key was changed on your other computer. "
                    "Enter the passphrase you use there, once, and this computer will use "
                    "it too. Until then, Reflect keeps what you write here, and the two "
                    "computers may not be fully in step."
                ),
                name="catchUpIntro",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.use_button.setEnabled(not busy)

    def submit(self) -> None:
        if self._busy:
            return
        if not self.passphrase.text():
            self.error.setText(self.tr("Type the passphrase you use on the other computer."))
            self.error.show()
            return
        self.error.hide()
        self._set_busy(True)
        typed = self.passphrase.text()
        self._runner.run(
            SyncFolder(self._folder).catch_up,
            self._vault,
            typed,
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, report: SyncReport) -> None:
        self._set_busy(False)
        self.passphrase.wipe()
        self.caught_up.emit(report)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            text = self.tr(
                "That passphrase doesn't open your other computer's file. Nothing was "
                "changed. Use the passphrase you type there to unlock Reflect."
            )
        else:
            text = error_text(error, BugError().message)
        self.error.setText(text)
        self.error.show()
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def reject(self) -> None:
        if self._busy:
            return
        self.passphrase.wipe()
        super().reject()
