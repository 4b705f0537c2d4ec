"""Change the passphrase, make a new recovery key: the two dialogs behind Settings.

Both run the slow part (Argon2id; for the recovery key also a full re-key of the
database) through the task runner with a busy bar, and both wipe what was typed
when they close.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import BugError, UserError, WrongPassphrase
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.passphrase_widgets import NewPassphraseForm, PassphraseField
from reflect.ui.access.recovery_key import RecoveryKeyPanel
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.page import label
from reflect.ui.common.tasks_protocol import TaskRunnerLike


def _message(error: BaseException) -> str:
    return error.message if isinstance(error, UserError) else BugError().message


def _busy_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setRange(0, 0)
    bar.hide()
    return bar


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
        self.busy = _busy_bar("changePassphraseBusy")
        self.busy.setAccessibleName(self.tr("Changing the passphrase"))
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

        current = QFormLayout()
        current.addRow(self.tr("Current passphrase"), self.old)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(
            label(
                self.tr(
                    "Your entries stay as they are; only the passphrase that opens them "
                    "changes. Your recovery key keeps working."
                ),
                "muted",
            )
        )
        layout.addLayout(current)
        layout.addWidget(self.form)
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
        for widget in (self.old, self.form, self.change_button):
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
        self._runner.run(
            self._vault.change_passphrase,
            self.old.text(),
            self.form.passphrase(),
            on_done=self._changed,
            on_error=self._failed,
        )

    def _changed(self, _result: object) -> None:
        self._set_busy(False)
        self._wipe()
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
            self._fail(_message(error))

    def _wipe(self) -> None:
        self.old.wipe()
        self.form.wipe()

    def reject(self) -> None:
        if self._busy:
            return  # the change is under way; closing now would hide its outcome
        self._wipe()
        super().reject()


class NewRecoveryKeyDialog(QDialog):
    """Asks the passphrase, makes a new recovery key, then shows it like first run."""

    def __init__(
        self,
        vault: Vault,
        *,
        runner: TaskRunnerLike,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newRecoveryKeyDialog")
        self.setWindowTitle(self.tr("New recovery key"))
        self.setAccessibleName(self.tr("New recovery key"))
        self._vault = vault
        self._runner = runner
        self._dialogs = dialogs
        self._busy = False
        self._rotated = False

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_ask())
        self.stack.addWidget(self._build_show())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.resize(620, 460)

    def _build_ask(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setSpacing(12)
        col.addWidget(label(self.tr("Make a new recovery key"), "heading"))
        col.addWidget(
            label(
                self.tr(
                    "Do this if your recovery key may have been seen by someone else, or "
                    "you have lost it. Your old recovery key will stop working. Your "
                    "passphrase stays the same."
                )
            )
        )
        self.passphrase = PassphraseField()
        self.passphrase.setObjectName("rotatePassphrase")
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Your passphrase"), self.passphrase)
        col.addLayout(form)
        self.error = label("", "error", name="rotateError")
        self.error.hide()
        col.addWidget(self.error)
        self.busy = _busy_bar("rotateBusy")
        self.busy.setAccessibleName(self.tr("Making a new recovery key"))
        col.addWidget(self.busy)
        col.addStretch(1)
        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton(
            self.tr("Make a new key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setObjectName("rotateButton")
        self.make_button.setProperty("role", "primary")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("rotateCancel")
        self.make_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self.passphrase.returnPressed.connect(self.submit)
        col.addWidget(buttons)
        return page

    def _build_show(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setSpacing(12)
        col.addWidget(label(self.tr("Your new recovery key"), "heading"))
        col.addWidget(
            label(
                self.tr(
                    "Keep this key somewhere safe and private. Your old recovery key no "
                    "longer works: you can destroy it."
                )
            )
        )
        self.key_panel = RecoveryKeyPanel(self._dialogs)
        col.addWidget(self.key_panel)
        col.addStretch(1)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("rotateDone")
        self.done_button.setProperty("role", "primary")
        self.done_button.setEnabled(False)
        self.key_panel.kept_changed.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        buttons = QDialogButtonBox()
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        col.addWidget(buttons)
        return page

    @property
    def error_label(self) -> QLabel:
        return self.error

    def submit(self) -> None:
        if self._busy:
            return
        if not self.passphrase.text():
            self.error.setText(self.tr("Type your passphrase first."))
            self.error.show()
            return
        self.error.hide()
        self._busy = True
        self.busy.show()
        self.passphrase.setEnabled(False)
        self.make_button.setEnabled(False)
        self._runner.run(
            self._vault.rotate_recovery_key,
            self.passphrase.text(),
            on_done=self._rotated_ok,
            on_error=self._failed,
        )

    def _stop_busy(self) -> None:
        self._busy = False
        self.busy.hide()
        self.passphrase.setEnabled(True)
        self.make_button.setEnabled(True)

    def _rotated_ok(self, key: str) -> None:
        self._stop_busy()
        self._rotated = True
        self.passphrase.wipe()
        self.key_panel.set_key(key)
        self.stack.setCurrentIndex(1)
        self.key_panel.copy_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._stop_busy()
        if isinstance(error, WrongPassphrase):
            text = self.tr("That isn't your passphrase. Nothing was changed.")
        else:
            text = _message(error)
        self.error.setText(text)
        self.error.show()
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def accept(self) -> None:
        self.key_panel.clear()
        super().accept()

    def reject(self) -> None:
        if self._busy:
            return
        if (
            self._rotated
            and not self.key_panel.kept.isChecked()
            and not self._dialogs.confirm(
                self,
                self.tr("Close without keeping the new key?"),
                self.tr(
                    "Your old recovery key no longer works. If you close now without "
                    "keeping the new one, you will have no way back into your journal if "
                    "you forget your passphrase."
                ),
                ok_text=self.tr("Close anyway"),
                cancel_text=self.tr("Go back"),
                destructive=True,
            )
        ):
            return
        self.passphrase.wipe()
        self.key_panel.clear()
        super().reject()
