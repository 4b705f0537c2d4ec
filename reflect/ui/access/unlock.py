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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.core.clock import Clock
from reflect.core.errors import BugError, UserError, VaultCorrupt, WrongPassphrase
from reflect.core.vault.crypto import KdfParams, recovery_key_problem
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.passphrase_widgets import NewPassphraseForm, PassphraseField
from reflect.ui.common.icons import app_icon, icon
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.page import ColumnPage, label
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
        self._busy_parts: dict[str, tuple[QProgressBar, QLabel]] = {}

        self._home = home
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_passphrase(hint))
        self.stack.addWidget(self._build_recovery())
        self.stack.addWidget(self._build_new_passphrase())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

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
        for step, (bar, note) in self._busy_parts.items():
            shown = busy and step == self.step
            bar.setVisible(shown)
            note.setVisible(shown)
            note.setText(text if shown else "")
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
        return self._busy_parts[self.step][0]

    def _add_busy(self, col: QVBoxLayout, step: str) -> None:
        bar = QProgressBar()
        bar.setObjectName(f"unlockBusy_{step}")
        bar.setAccessibleName(self.tr("Working"))
        bar.setRange(0, 0)
        bar.hide()
        note = label("", "muted")
        note.hide()
        col.addWidget(bar)
        col.addWidget(note)
        self._busy_parts[step] = (bar, note)

    def _link(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setProperty("role", "link")
        return button

    def _primary(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setProperty("role", "primary")
        return button

    @staticmethod
    def _message(error: BaseException) -> str:
        return error.message if isinstance(error, UserError) else BugError().message

    # --- step: passphrase --------------------------------------------------------

    def _build_passphrase(self, hint: str | None) -> QWidget:
        page = ColumnPage(width=480)
        page.setObjectName("unlockPassphraseStep")
        col = page.column
        col.addStretch(2)
        mark = label("")
        mark.setPixmap(app_icon().pixmap(64, 64))
        col.addWidget(mark)
        col.addWidget(label(self.tr("Reflect"), "title"))
        col.addWidget(label(self.tr("Your journal is locked."), "muted"))
        if not self._home:
            col.addWidget(
                label(
                    self.tr("This is the journal in the folder “{0}”.").format(
                        self._vault_path.name
                    ),
                    "notice",
                    name="otherJournalNote",
                )
            )
        if hint:
            col.addWidget(
                label(
                    self.tr(
                        "This is a demo journal with made-up entries. Its passphrase is: {0}"
                    ).format(hint),
                    "notice",
                    name="demoHint",
                )
            )
        self.passphrase = PassphraseField()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button = self._primary(self.tr("Unlock"), "unlockButton")
        self.unlock_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        col.addLayout(row)
        self.error = label("", "error", name="unlockError")
        self.error.hide()
        col.addWidget(self.error)
        # Something the user should know that happened while locking (a backup).
        self.notice = label("", "notice", name="unlockNotice")
        self.notice.hide()
        col.addWidget(self.notice)
        # Offered only when the passphrase was right but the files are damaged.
        self.restore_button = self._link(self.tr("Restore from a backup…"), "restoreBackup")
        self.restore_button.hide()
        col.addWidget(self.restore_button)
        self._add_busy(col, "passphrase")

        self.use_recovery_button = self._link(self.tr("Use recovery key"), "useRecoveryKey")
        self.forgot_button = self._link(self.tr("Forgot passphrase?"), "forgotPassphrase")
        self.support_button = QPushButton(icon("support"), self.tr("Support"))
        self.support_button.setObjectName("unlockSupport")
        self.support_button.setAccessibleName(self.tr("Support and crisis lines"))
        self.support_button.setToolTip(
            self.tr("Crisis lines and your own contacts, without unlocking")
        )
        links = QHBoxLayout()
        links.addWidget(self.use_recovery_button)
        links.addWidget(self.forgot_button)
        links.addStretch(1)
        links.addWidget(self.support_button)
        col.addSpacing(8)
        col.addLayout(links)
        if self._home:
            self.switch_button = self._link(self.tr("Open another journal…"), "openOtherJournal")
            self.switch_button.clicked.connect(self._choose_other_journal)
        else:
            self.switch_button = self._link(self.tr("Back to my usual journal"), "openHomeJournal")
            self.switch_button.clicked.connect(self.home_journal_requested)
        other = QHBoxLayout()
        other.addWidget(self.switch_button)
        other.addStretch(1)
        col.addLayout(other)
        col.addStretch(3)

        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.textEdited.connect(lambda _t: self.error.hide())
        self.use_recovery_button.clicked.connect(lambda: self.go_to("recovery"))
        self.forgot_button.clicked.connect(self._explain_forgotten)
        self.restore_button.clicked.connect(self._restore_from_backup)
        self.support_button.clicked.connect(self.support_requested)
        return page

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
            _unlock_vault,
            self._vault_path,
            text,
            self._kdf,
            self._clock,
            self._wait_for_release,
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
        self._dialogs.inform(
            self,
            self.tr("Forgot your passphrase?"),
            self.tr(
                "Your journal is encrypted with your passphrase, and nobody, including "
                "the makers of Reflect, can open it without that passphrase or your "
                "recovery key. There is no reset by email and no back door.\n\n"
                "If you kept your recovery key (on paper, as a PDF, or in a password "
                "manager), choose \u201cUse recovery key\u201d and then pick a new "
                "passphrase.\n\n"
                "If you have neither, the journal cannot be opened. Keep the folder in "
                "case the passphrase comes back to you: it often does after a night's sleep."
            ),
        )

    # --- step: recovery key ------------------------------------------------------

    def _build_recovery(self) -> QWidget:
        page = ColumnPage(width=900)  # room for the whole key on one line, in monospace
        page.setObjectName("unlockRecoveryStep")
        col = page.column
        col.addStretch(1)
        col.addWidget(label(self.tr("Open with your recovery key"), "title"))
        col.addWidget(
            label(
                self.tr(
                    "Type the recovery key you printed or saved when you set up Reflect. "
                    "Dashes, spaces and capital letters do not matter. Afterwards you will "
                    "choose a new passphrase."
                )
            )
        )
        self.recovery_field = QLineEdit()
        self.recovery_field.setObjectName("recoveryKeyInput")
        self.recovery_field.setAccessibleName(self.tr("Recovery key"))
        self.recovery_field.setPlaceholderText("XXXXXXXX-XXXXXXXX-…")
        self.recovery_field.setStyleSheet("font-family: monospace;")
        # The column (900 px) shows all 8 groups at once in a normal window; in a very
        # narrow one the field scrolls rather than spilling past the buttons.
        col.addWidget(self.recovery_field)
        self.recovery_error = label("", "error", name="recoveryError")
        self.recovery_error.hide()
        col.addWidget(self.recovery_error)
        self._add_busy(col, "recovery")
        self.recovery_button = self._primary(self.tr("Open journal"), "recoveryUnlockButton")
        back = QPushButton(self.tr("Back"))
        back.setObjectName("recoveryBack")
        back.setAccessibleName(self.tr("Back"))
        back.clicked.connect(lambda: self.go_to("passphrase"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(back)
        row.addWidget(self.recovery_button)
        col.addLayout(row)
        col.addStretch(2)
        self.recovery_field.returnPressed.connect(self.unlock_with_recovery_key)
        self.recovery_button.clicked.connect(self.unlock_with_recovery_key)
        return page

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
            _unlock_with_key,
            self._vault_path,
            key,
            self._kdf,
            self._clock,
            self._wait_for_release,
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

    def _build_new_passphrase(self) -> QWidget:
        page = ColumnPage(width=560)
        page.setObjectName("unlockNewPassphraseStep")
        col = page.column
        col.addStretch(1)
        col.addWidget(label(self.tr("Choose a new passphrase"), "title"))
        col.addWidget(
            label(
                self.tr(
                    "Your recovery key worked. Choose a new passphrase to use from now on. "
                    "Your recovery key stays the same."
                )
            )
        )
        self.new_form = NewPassphraseForm()
        col.addWidget(self.new_form)
        self.new_error = label("", "error", name="newPassphraseError")
        self.new_error.hide()
        col.addWidget(self.new_error)
        self._add_busy(col, "new_passphrase")
        self.save_new_button = self._primary(self.tr("Save and open"), "saveNewPassphrase")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("newPassphraseCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reset)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.save_new_button)
        col.addLayout(row)
        col.addStretch(2)
        self.new_form.new.returnPressed.connect(self.new_form.confirm.setFocus)
        self.new_form.confirm.returnPressed.connect(self.save_new_passphrase)
        self.save_new_button.clicked.connect(self.save_new_passphrase)
        self.new_form.changed.connect(self.new_error.hide)
        return page

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


def _unlock_vault(
    path: Path,
    passphrase: str,
    kdf: KdfParams | None,
    clock: Clock,
    wait_for_release: Callable[[], object],
) -> Vault:
    wait_for_release()
    return Vault.unlock(path, passphrase, kdf=kdf, clock=clock)


def _unlock_with_key(
    path: Path,
    key: str,
    kdf: KdfParams | None,
    clock: Clock,
    wait_for_release: Callable[[], object],
) -> Vault:
    wait_for_release()
    return Vault.unlock_with_recovery_key(path, key, kdf=kdf, clock=clock)
