"""Change the passphrase (Settings): the new passphrase twice, re-wrapped off the UI thread.

The slow part (Argon2id) runs through the task runner with a busy bar, and the
dialog wipes what was typed when it closes. The other key dialog, a new recovery
key, is ``new_recovery_key``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import BugError, WrongPassphrase
from reflect.core.vault.key_rotation import KeyRotation
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.new_recovery_key import NewRecoveryKeyDialog, busy_bar
from reflect.ui.access.passphrase_widgets import NewPassphraseForm, PassphraseField
from reflect.ui.common.msgbox import Dialogs, error_text
from reflect.ui.common.page import label
from reflect.ui.common.tasks_protocol import TaskRunnerLike


class ChangePassphraseDialog(QDialog):
    """Current passphrase, new passphrase twice; re-wraps the key off the UI thread."""

    def __init__(
        self,
        vault: Vault,
        *,
        runner: TaskRunnerLike,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.tr("Change passphrase"))
        self._vault = vault
        self._runner = runner
        self._dialogs = dialogs
        self._busy = False

        self.old = PassphraseField(self)
        self.old.setObjectName("oldPassphrase")
        self.old.setAccessibleName(self.tr("Current passphrase"))
        self.form = NewPassphraseForm(self)
        self.error = label("", "error", name="changePassphraseError")
        self.error.hide()
        self.busy = busy_bar("changePassphraseBusy", self.tr("Changing the passphrase"))
        self.buttons = QDialogButtonBox(self)
        self.change_button = self.buttons.addButton(
            self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setObjectName("changePassphraseButton")
        self.change_button.setProperty("role", "primary")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("changePassphraseCancel")
        self.change_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)

        self.new_key = QCheckBox(
            self.tr("Someone may know my old passphrase: also give my journal a new key"), self
        )
        self.new_key.setObjectName("changePassphraseNewKey")
        self.new_key.setAccessibleName(self.new_key.text())
        new_key_hint = label(
            self.tr(
                "Without a new key, a copy of your journal's key file from before the "
                "change (in an old backup, say) still opens your journal with the old "
                "passphrase. A new key shuts that out; you get a new recovery key with it."
            ),
            "muted",
            name="changePassphraseNewKeyHint",
        )
        self.key_dialog: NewRecoveryKeyDialog | None = None

        current = QFormLayout()
        current.addRow(self.tr("Current passphrase"), self.old)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(
            label(
                self.tr(
                    "Your entries stay as they are; only the passphrase that opens them "
                    "changes. Your recovery key keeps working, unless you also ask for a "
                    "new key below."
                ),
                "muted",
            )
        )
        layout.addLayout(current)
        layout.addWidget(self.form)
        layout.addWidget(self.new_key)
        layout.addWidget(new_key_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.old.returnPressed.connect(self.form.new.setFocus)
        self.form.new.returnPressed.connect(self.form.confirm.setFocus)
        self.form.confirm.returnPressed.connect(self.submit)
        self.resize(520, self.sizeHint().height())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.old, self.form, self.new_key, self.change_button):
            widget.setEnabled(not busy)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def submit(self) -> None:
        if self._busy:
            return
        if not self.old.text():
            self._fail(self.tr("Type your current passphrase first."))
            self.old.setFocus()
            return
        problem = self.form.problem()
        if problem is not None:
            self._fail(problem)
            return
        if not self.form.accepted_if_weak(self._dialogs):
            return
        self.error.hide()
        self._set_busy(True)
        vault, old, new = self._vault, self.old.text(), self.form.passphrase()
        new_key = self.new_key.isChecked()

        def change() -> KeyRotation | None:  # runs off the UI thread: no widgets here
            vault.change_passphrase(old, new)
            return vault.prepare_recovery_key(new) if new_key else None

        self._runner.run(change, on_done=self._changed, on_error=self._failed)

    def _changed(self, rotation: KeyRotation | None) -> None:
        self._set_busy(False)
        self._wipe()
        if rotation is not None:
            # The passphrase is changed; the new key is shown, and used once kept.
            self.key_dialog = NewRecoveryKeyDialog.after_passphrase_change(
                self._vault,
                rotation,
                runner=self._runner,
                dialogs=self._dialogs,
                parent=self.parentWidget(),
            )
            self.key_dialog.open()
            self.accept()
            return
        self._dialogs.inform(
            self,
            self.tr("Passphrase changed"),
            self.tr("From now on, use your new passphrase to open your journal."),
        )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self._fail(self.tr("That isn't your current passphrase. Nothing was changed."))
            self.old.setFocus()
            self.old.selectAll()
        else:
            self._fail(error_text(error, BugError().message))

    def _wipe(self) -> None:
        self.old.wipe()
        self.form.wipe()

    def reject(self) -> None:
        if self._busy:
            return  # the change is under way; closing now would hide its outcome
        self._wipe()
        super().reject()
