"""Settings > New recovery key, and the same key shown again after an interruption.

The key is shown, and kept by the user, before the journal switches to it
(``reflect.core.vault.key_rotation``): asking the passphrase prepares the key,
"Use this key" commits it. Until then, closing changes nothing and the old key
keeps working. Both slow steps run through the task runner with a busy bar.

An unlock that finds an interrupted rotation opens this dialog on the key page
(``for_interrupted``): if the journal already uses the new key, the user must
confirm they have it; otherwise they choose to finish or to keep the old key.
A passphrase change with "my passphrase may be known" ticked opens it on the key
page too (``after_passphrase_change``).
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

from reflect.core.errors import BugError, WrongPassphrase
from reflect.core.vault.key_rotation import KeyRotation
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.passphrase_widgets import PassphraseField
from reflect.ui.access.recovery_key import RecoveryKeyPanel
from reflect.ui.common.msgbox import Dialogs, error_text
from reflect.ui.common.page import label
from reflect.ui.common.tasks_protocol import TaskRunnerLike


def busy_bar(name: str, accessible: str) -> QProgressBar:
    """A moving bar, hidden until slow key work starts (shared with the passphrase dialog)."""
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setAccessibleName(accessible)
    bar.setRange(0, 0)
    bar.hide()
    return bar


class NewRecoveryKeyDialog(QDialog):
    """Asks the passphrase, shows a new recovery key, switches to it once it is kept."""

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
        self._rotation: KeyRotation | None = None
        self._interrupted = False
        self._after_change = False

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_ask())
        self.stack.addWidget(self._build_show())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.resize(620, 500)

    @classmethod
    def for_interrupted(
        cls,
        vault: Vault,
        rotation: KeyRotation,
        *,
        runner: TaskRunnerLike,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> NewRecoveryKeyDialog:
        """The key an interrupted rotation left, shown again on the key page."""
        dialog = cls(vault, runner=runner, dialogs=dialogs, parent=parent)
        dialog._interrupted = True
        if rotation.rekeyed:
            dialog.show_intro.setText(
                dialog.tr(
                    "Reflect was switching your journal to a new recovery key when it "
                    "stopped, and it has now finished. This is your new key: keep it "
                    "somewhere safe and private. Your old recovery key no longer works."
                )
            )
            dialog.use_button.setText(dialog.tr("Done"))
            dialog.keep_old_button.hide()
        else:
            dialog.show_intro.setText(
                dialog.tr(
                    "Reflect was switching your journal to a new recovery key when it "
                    "stopped. Nothing is lost, and your old recovery key still works. This "
                    "is the new key it was setting up: keep it, then choose “Use this key”; "
                    "or keep using your old one."
                )
            )
        dialog._show_key(rotation)
        return dialog

    @classmethod
    def after_passphrase_change(
        cls,
        vault: Vault,
        rotation: KeyRotation,
        *,
        runner: TaskRunnerLike,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> NewRecoveryKeyDialog:
        """The new key for "my passphrase may be known", shown after the change."""
        dialog = cls(vault, runner=runner, dialogs=dialogs, parent=parent)
        dialog._after_change = True
        dialog.show_intro.setText(
            dialog.tr(
                "Your passphrase is changed. To shut out your old passphrase completely, "
                "Reflect will also give your journal a new key, and with it this new "
                "recovery key. Keep it somewhere safe and private, then choose “Use this "
                "key”. Your old recovery key stops working then."
            )
        )
        dialog.keep_old_button.setText(dialog.tr("Not now"))
        dialog._show_key(rotation)
        return dialog

    # --- layout ---------------------------------------------------------------------

    def _build_ask(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setSpacing(12)
        col.addWidget(label(self.tr("Make a new recovery key"), "heading"))
        col.addWidget(
            label(
                self.tr(
                    "Do this if your recovery key may have been seen by someone else, or "
                    "you have lost it. Reflect shows you the new key first; your old key "
                    "stops working only once you have kept the new one. Your passphrase "
                    "stays the same."
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
        self.busy = busy_bar("rotateBusy", self.tr("Making a new recovery key"))
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
        self.show_intro = label(
            self.tr(
                "Keep this key somewhere safe and private, then choose “Use this key”. "
                "Until then nothing has changed and your old recovery key still works."
            ),
            name="rotateShowIntro",
        )
        col.addWidget(self.show_intro)
        self.key_panel = RecoveryKeyPanel(self._dialogs)
        col.addWidget(self.key_panel)
        self.show_error = label("", "error", name="rotateShowError")
        self.show_error.hide()
        col.addWidget(self.show_error)
        self.switch_busy = busy_bar("rotateSwitchBusy", self.tr("Switching to the new key"))
        col.addWidget(self.switch_busy)
        col.addStretch(1)
        buttons = QDialogButtonBox()
        self.keep_old_button = QPushButton(self.tr("Keep my old key"))
        self.keep_old_button.setObjectName("rotateKeepOld")
        self.keep_old_button.clicked.connect(self.keep_old_key)
        self.use_button = QPushButton(self.tr("Use this key"))
        self.use_button.setObjectName("rotateDone")
        self.use_button.setProperty("role", "primary")
        self.use_button.setEnabled(False)
        self.key_panel.kept_changed.connect(self._kept_changed)
        self.use_button.clicked.connect(self.use_key)
        buttons.addButton(self.keep_old_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        col.addWidget(buttons)
        return page

    # --- the two steps --------------------------------------------------------------

    @property
    def error_label(self) -> QLabel:
        return self.error

    @property
    def done_button(self) -> QPushButton:
        return self.use_button

    def submit(self) -> None:
        """Prepare the new key (nothing on disk changes) and show it."""
        if self._busy:
            return
        if not self.passphrase.text():
            self.error.setText(self.tr("Type your passphrase first."))
            self.error.show()
            return
        self.error.hide()
        self._set_busy(True, self.busy)
        self._runner.run(
            self._vault.prepare_recovery_key,
            self.passphrase.text(),
            on_done=self._prepared,
            on_error=self._prepare_failed,
        )

    def _prepared(self, rotation: KeyRotation) -> None:
        self._set_busy(False, self.busy)
        self.passphrase.wipe()
        self._show_key(rotation)

    def _prepare_failed(self, error: BaseException) -> None:
        self._set_busy(False, self.busy)
        if isinstance(error, WrongPassphrase):
            text = self.tr("That isn't your passphrase. Nothing was changed.")
        else:
            text = error_text(error, BugError().message)
        self.error.setText(text)
        self.error.show()
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _show_key(self, rotation: KeyRotation) -> None:
        self._rotation = rotation
        self.key_panel.set_key(rotation.recovery_key)
        self.stack.setCurrentIndex(1)
        self.key_panel.copy_button.setFocus()

    def _kept_changed(self, kept: bool) -> None:
        self.use_button.setEnabled(kept and not self._busy)

    def use_key(self) -> None:
        """Switch the journal to the key the user kept (re-keys the whole journal)."""
        rotation = self._rotation
        if rotation is None or self._busy or not self.key_panel.kept.isChecked():
            return
        if rotation.rekeyed:
            self._vault.commit_recovery_key(rotation)  # only settles it: nothing to rewrite
            self._finish()
            return
        self.show_error.hide()
        self._set_busy(True, self.switch_busy)
        self._runner.run(
            self._vault.commit_recovery_key,
            rotation,
            on_done=lambda _result: self._finish(),
            on_error=self._commit_failed,
        )

    def _commit_failed(self, error: BaseException) -> None:
        self._set_busy(False, self.switch_busy)
        self.show_error.setText(
            self.tr(
                "{0} Keep the new key you wrote down anyway: Reflect asks about it again "
                "the next time you unlock, and your old key works until then."
            ).format(error_text(error, BugError().message))
        )
        self.show_error.show()

    def _finish(self) -> None:
        self._set_busy(False, self.switch_busy)
        self._rotation = None
        self.key_panel.clear()
        super().accept()
        self._dialogs.inform(
            self.parentWidget(),
            self.tr("New recovery key in use"),
            self.tr(
                "Your journal now uses the new recovery key you kept. The old one no "
                "longer opens it. Your passphrase is unchanged."
            )
            if not self._after_change
            else self.tr(
                "Your journal now has a new key and uses the new recovery key you kept. "
                "Your old passphrase and old recovery key no longer open it, not even "
                "with an old copy of the key file."
            ),
        )

    def _set_busy(self, busy: bool, bar: QProgressBar) -> None:
        self._busy = busy
        bar.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.make_button.setEnabled(not busy)
        self.keep_old_button.setEnabled(not busy)
        self.use_button.setEnabled(not busy and self.key_panel.kept.isChecked())

    # --- closing ----------------------------------------------------------------------

    def accept(self) -> None:
        self.use_key()

    def keep_old_key(self) -> None:
        """Give the new key up: the old recovery key keeps working."""
        rotation = self._rotation
        if self._busy or rotation is None or rotation.rekeyed:
            return
        if self._after_change and not self._confirm_without_new_key():
            return
        self._vault.keep_old_recovery_key(rotation)
        self._close()

    def _confirm_without_new_key(self) -> bool:
        return self._dialogs.confirm(
            self,
            self.tr("Keep the journal's old key?"),
            self.tr(
                "Your new passphrase is in place. But a copy of your journal's key file "
                "from before (in an old backup, say) still opens the journal with the old "
                "passphrase until the journal has a new key. You can do this later in "
                "Settings > New recovery key."
            ),
            ok_text=self.tr("Not now"),
            cancel_text=self.tr("Go back"),
        )

    def reject(self) -> None:
        """Close. A prepared key is dropped; an interrupted one is asked about next time."""
        if self._busy:
            return  # the switch is under way; closing now would hide its outcome
        rotation = self._rotation
        if rotation is not None and rotation.rekeyed:
            if not self._confirm_close_unkept():
                return
            self._vault.commit_recovery_key(rotation)  # the journal already uses it
        elif rotation is not None and not self._interrupted:
            if self._after_change and not self._confirm_without_new_key():
                return
            self._vault.keep_old_recovery_key(rotation)  # nothing was written yet
        self._close()

    def _close(self) -> None:
        self._rotation = None
        self.passphrase.wipe()
        self.key_panel.clear()
        super().reject()

    def _confirm_close_unkept(self) -> bool:
        if self.key_panel.kept.isChecked():
            return True
        return self._dialogs.confirm(
            self,
            self.tr("Close without keeping the new key?"),
            self.tr(
                "Your old recovery key no longer works. If you close now without keeping "
                "the new one, you will have no way back into your journal if you forget "
                "your passphrase."
            ),
            ok_text=self.tr("Close anyway"),
            cancel_text=self.tr("Go back"),
            destructive=True,
        )
