"""The unlock page: passphrase, recovery key, and what to do when neither works.

Three steps in one page:

- ``passphrase``: the field (``unlockPassphrase``) is focused on open; Enter or
  ``unlockButton`` unlocks. The key derivation runs through the task runner with
  a busy bar. A wrong passphrase is said calmly, and the text stays selected so
  typing again replaces it.
- ``recovery``: "Use recovery key" opens the vault with the key, then
- ``new_passphrase``: asks for a new passphrase (``vault.reset_passphrase``).

"Forgot passphrase?" explains honestly that only the recovery key can help.
Damaged, too-new and in-use vaults show the core's message, which says what
happened and what to do. Support stays reachable without unlocking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.core.clock import Clock
from reflect.core.errors import BugError, UserError, VaultCorrupt, WrongPassphrase
from reflect.core.vault.crypto import KdfParams, recovery_key_problem
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.unlock_steps import NewPassphraseStep, PassphraseStep, RecoveryStep, StepPage
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.tasks_protocol import TaskRunnerLike


class UnlockPage(QWidget):
    """Opens an existing vault.

    Signals:
        unlocked(object): the unlocked ``Vault``.
        support_requested: the user asked for crisis lines and contacts.
        other_journal_requested(Path): the user chose another journal's folder
            (e.g. one restored from a backup as a separate journal).
        home_journal_requested: back to the journal Reflect opened at start.
    """

    unlocked = Signal(object)
    support_requested = Signal()
    other_journal_requested = Signal(Path)
    home_journal_requested = Signal()

    STEPS = ("passphrase", "recovery", "new_passphrase")

    def __init__(
        self,
        *,
        vault_path: Path,
        kdf: KdfParams | None,
        clock: Clock,
        dialogs: Dialogs,
        runner: TaskRunnerLike,
        hint: str | None = None,
        wait_for_release: Callable[[], object] = lambda: None,
        home: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self._vault_path = vault_path
        # Called on the worker thread before the vault is opened: the journal may
        # still be finishing its backup from the last lock, holding its folder.
        self._wait_for_release = wait_for_release
        self._kdf = kdf
        self._clock = clock
        self._dialogs = dialogs
        self._runner = runner
        self._busy = False
        self._recovered: Vault | None = None

        self.passphrase_step = PassphraseStep(vault_path=vault_path, home=home, hint=hint)
        self.recovery_step = RecoveryStep()
        self.new_passphrase_step = NewPassphraseStep()
        self._steps: dict[str, StepPage] = {
            "passphrase": self.passphrase_step,
            "recovery": self.recovery_step,
            "new_passphrase": self.new_passphrase_step,
        }
        self._name_parts()
        self.stack = QStackedWidget(self)
        for step in self.STEPS:
            self.stack.addWidget(self._steps[step])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._connect(home)

    def _name_parts(self) -> None:
        """The parts the page works with, by the names tests and callers know."""
        first, recovery, new = self.passphrase_step, self.recovery_step, self.new_passphrase_step
        self.passphrase = first.passphrase
        self.unlock_button = first.unlock_button
        self.error = first.error
        self.notice = first.notice
        self.restore_button = first.restore_button
        self.use_recovery_button = first.use_recovery_button
        self.forgot_button = first.forgot_button
        self.support_button = first.support_button
        self.switch_button = first.switch_button
        self.recovery_field = recovery.field
        self.recovery_error = recovery.error
        self.recovery_button = recovery.open_button
        self.new_form = new.form
        self.new_error = new.error
        self.save_new_button = new.save_button

    def _connect(self, home: bool) -> None:
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.textEdited.connect(lambda _t: self.error.hide())
        self.use_recovery_button.clicked.connect(lambda: self.go_to("recovery"))
        self.forgot_button.clicked.connect(self._explain_forgotten)
        self.restore_button.clicked.connect(self._restore_from_backup)
        self.support_button.clicked.connect(self.support_requested)
        if home:
            self.switch_button.clicked.connect(self._choose_other_journal)
        else:
            self.switch_button.clicked.connect(self.home_journal_requested)

        self.recovery_field.returnPressed.connect(self.unlock_with_recovery_key)
        self.recovery_button.clicked.connect(self.unlock_with_recovery_key)
        self.recovery_step.back_button.clicked.connect(lambda: self.go_to("passphrase"))

        self.new_form.new.returnPressed.connect(self.new_form.confirm.setFocus)
        self.new_form.confirm.returnPressed.connect(self.save_new_passphrase)
        self.save_new_button.clicked.connect(self.save_new_passphrase)
        self.new_passphrase_step.cancel_button.clicked.connect(self.reset)
        self.new_form.changed.connect(self.new_error.hide)

    # --- common -------------------------------------------------------------------

    @property
    def step(self) -> str:
        return self.STEPS[self.stack.currentIndex()]

    @property
    def busy(self) -> bool:
        return self._busy

    def go_to(self, step: str) -> None:
        self.stack.setCurrentIndex(self.STEPS.index(step))
        {
            "passphrase": self.passphrase,
            "recovery": self.recovery_field,
            "new_passphrase": self.new_form.new,
        }[step].setFocus()

    def reset(self) -> None:
        """Back to the passphrase step with every field and message empty."""
        if self._recovered is not None:
            self._recovered.lock()
            self._recovered = None
        self._set_busy(False)
        self.passphrase.wipe()
        self.recovery_field.clear()
        self.new_form.wipe()
        for error in (self.error, self.recovery_error, self.new_error, self.notice):
            error.setText("")
            error.hide()
        self.restore_button.hide()
        self.go_to("passphrase")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.step == "passphrase":
            self.passphrase.setFocus()

    def _choose_other_journal(self) -> None:
        folder = self._dialogs.open_folder(self, self.tr("Choose the folder of a Reflect journal"))
        if folder is None:
            return
        if not Vault.exists(folder):
            self._show_error(
                self.error,
                self.tr(
                    "That folder doesn't hold a Reflect journal. Choose the folder that "
                    "contains vault.json, for example one restored from a backup."
                ),
            )
            return
        self.other_journal_requested.emit(folder)

    def show_notice(self, text: str) -> None:
        """Say something calmly above the links (cleared by ``reset``)."""
        self.notice.setText(text)
        self.notice.show()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for step, page in self._steps.items():
            page.show_busy(busy and step == self.step, text)
        for widget in (
            self.passphrase,
            self.unlock_button,
            self.recovery_field,
            self.recovery_button,
            self.new_form,
            self.save_new_button,
            self.use_recovery_button,
        ):
            widget.setEnabled(not busy)

    @property
    def busy_bar(self) -> QProgressBar:
        """The busy bar of the current step."""
        return self._steps[self.step].busy_bar

    def _open_when_released(self, opener: Callable[..., Vault], secret: str) -> Vault:
        """On the worker thread: wait until the last lock let the folder go, then open."""
        self._wait_for_release()
        return opener(self._vault_path, secret, kdf=self._kdf, clock=self._clock)

    @staticmethod
    def _message(error: BaseException) -> str:
        return error.message if isinstance(error, UserError) else BugError().message

    # --- step: passphrase --------------------------------------------------------

    def unlock(self) -> None:
        if self._busy:
            return
        text = self.passphrase.text()
        if not text:
            self._show_error(self.error, self.tr("Type your passphrase, then press Enter."))
            return
        self.error.hide()
        self._set_busy(True, self.tr("Opening your journal…"))
        self._runner.run(
            self._open_when_released,
            Vault.unlock,
            text,
            on_done=self._unlocked,
            on_error=self._unlock_failed,
        )

    def _unlocked(self, vault: Vault) -> None:
        self._set_busy(False)
        self.passphrase.wipe()
        self.unlocked.emit(vault)

    def _unlock_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            text = self.tr(
                "That passphrase didn't open this journal. Check Caps Lock and try again, "
                "or use your recovery key."
            )
        else:
            text = self._message(error)
        self._show_error(self.error, text)
        self.restore_button.setVisible(isinstance(error, VaultCorrupt))
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _restore_from_backup(self) -> None:
        """Put a verified backup in place of the damaged journal (the damage is kept)."""
        from functools import partial

        from reflect.core.portability.backup.damaged import restore_over_damaged

        backup = self._dialogs.open_file(
            self, self.tr("Choose a Reflect backup"), self.tr("Reflect backups (*.reflectbackup)")
        )
        if backup is None or self._busy:
            return
        self.error.hide()
        self._set_busy(True, self.tr("Checking the backup…"))
        task = partial(
            restore_over_damaged,
            self._vault_path,
            backup,
            now=self._clock.now(),
            passphrase=self.passphrase.text(),
        )
        self._runner.run(task, on_done=self._restored, on_error=self._restore_failed)

    def _restored(self, kept: Path) -> None:
        self._set_busy(False)
        self.restore_button.hide()
        self._dialogs.inform(
            self,
            self.tr("Your journal is back"),
            self.tr(
                "Reflect restored your journal from the backup. The damaged copy was kept "
                "in {0}; you can delete it once you are sure nothing is missing."
            ).format(kept),
        )
        self.unlock()

    def _restore_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            text = self.tr(
                "That passphrase doesn't open this backup. A backup opens with the passphrase "
                "you had when it was made. Nothing was changed."
            )
        else:
            text = self._message(error)
        self._show_error(self.error, text)

    def _show_error(self, widget: QLabel, text: str) -> None:
        widget.setText(text)
        widget.show()

    def _explain_forgotten(self) -> None:
        self._dialogs.inform(self, *self.passphrase_step.forgotten_help())

    # --- step: recovery key ------------------------------------------------------

    def unlock_with_recovery_key(self) -> None:
        if self._busy:
            return
        key = self.recovery_field.text()
        if not key.strip():
            self._show_error(self.recovery_error, self.tr("Type your recovery key first."))
            return
        problem = recovery_key_problem(key)
        if problem is not None:  # say it now, without a slow unlock attempt
            self._show_error(self.recovery_error, problem)
            self.recovery_field.setFocus()
            self.recovery_field.deselect()
            return
        self.recovery_error.hide()
        self._set_busy(True, self.tr("Opening your journal…"))
        self._runner.run(
            self._open_when_released,
            Vault.unlock_with_recovery_key,
            key,
            on_done=self._recovered_with_key,
            on_error=self._recovery_failed,
        )

    def _recovered_with_key(self, vault: Vault) -> None:
        self._set_busy(False)
        self.recovery_field.clear()
        self._recovered = vault
        self.go_to("new_passphrase")

    def _recovery_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error(self.recovery_error, self._message(error))
        # The key stays as typed, cursor at the end: one stray keystroke must not
        # wipe 64 characters copied from a printout.
        self.recovery_field.setFocus()
        self.recovery_field.deselect()
        self.recovery_field.end(False)

    # --- step: new passphrase after recovery -------------------------------------

    def save_new_passphrase(self) -> None:
        if self._busy or self._recovered is None:
            return
        problem = self.new_form.problem()
        if problem is not None:
            self._show_error(self.new_error, problem)
            return
        if not self.new_form.accepted_if_weak(self._dialogs):
            return
        vault = self._recovered
        self._set_busy(True, self.tr("Saving your new passphrase…"))
        self._runner.run(
            vault.reset_passphrase,
            self.new_form.passphrase(),
            on_done=lambda _r: self._passphrase_reset(vault),
            on_error=self._reset_failed,
        )

    def _passphrase_reset(self, vault: Vault) -> None:
        self._set_busy(False)
        self._recovered = None
        self.new_form.wipe()
        self.go_to("passphrase")
        self.unlocked.emit(vault)

    def _reset_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error(self.new_error, self._message(error))
