"""The unlock page's three steps, as views: fields, buttons, messages, busy bar.

Layout only; ``unlock.UnlockPage`` connects them and does the unlocking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout

from reflect.ui.access.passphrase_widgets import NewPassphraseForm, PassphraseField
from reflect.ui.common.button_row import ButtonRowLayout
from reflect.ui.common.icons import app_icon, icon
from reflect.ui.common.page import ColumnPage, button, label


class StepPage(ColumnPage):
    """One step: a column with a busy bar and a note, shown while work runs."""

    def _add_busy(self, col: QVBoxLayout, step: str) -> None:
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName(f"unlockBusy_{step}")
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()
        self.busy_note = label("", "muted")
        self.busy_note.hide()
        col.addWidget(self.busy_bar)
        col.addWidget(self.busy_note)

    def show_busy(self, shown: bool, text: str = "") -> None:
        self.busy_bar.setVisible(shown)
        self.busy_note.setVisible(shown)
        self.busy_note.setText(text if shown else "")


def _hidden_label(role: str, name: str) -> QLabel:
    widget = label("", role, name=name)
    widget.hide()
    return widget


class PassphraseStep(StepPage):
    """The journal is locked: the passphrase, and the ways out when it fails."""

    def __init__(self, *, vault_path: Path, home: bool, hint: str | None) -> None:
        super().__init__(width=480)
        self.setObjectName("unlockPassphraseStep")
        col = self.column
        col.addStretch(2)
        mark = label("")
        mark.setPixmap(app_icon().pixmap(64, 64))
        col.addWidget(mark)
        col.addWidget(label(self.tr("Reflect"), "title"))
        col.addWidget(label(self.tr("Your journal is locked."), "muted"))
        if not home:
            note = self.tr("This is the journal in the folder “{0}”.").format(vault_path.name)
            col.addWidget(label(note, "notice", name="otherJournalNote"))
        if hint:
            demo = self.tr(
                "This is a demo journal with made-up entries. Its passphrase is: {0}"
            ).format(hint)
            col.addWidget(label(demo, "notice", name="demoHint"))
        self.passphrase = PassphraseField()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button = button(self.tr("Unlock"), "unlockButton", "primary")
        self.unlock_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        col.addLayout(row)
        self.error = _hidden_label("error", "unlockError")
        col.addWidget(self.error)
        # Something the user should know that happened while locking (a backup).
        self.notice = _hidden_label("notice", "unlockNotice")
        col.addWidget(self.notice)
        # Offered only when the passphrase was right but the files are damaged.
        self.restore_button = button(self.tr("Restore from a backup…"), "restoreBackup", "link")
        self.restore_button.hide()
        col.addWidget(self.restore_button)
        self._add_busy(col, "passphrase")
        col.addSpacing(8)
        col.addLayout(self._links())
        col.addLayout(self._switch_row(home))
        col.addStretch(3)

    def forgotten_help(self) -> tuple[str, str]:
        """Title and text for "Forgot passphrase?": honest that only the key can help."""
        return (
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

    def _links(self) -> ButtonRowLayout:
        self.use_recovery_button = button(self.tr("Use recovery key"), "useRecoveryKey", "link")
        self.forgot_button = button(self.tr("Forgot passphrase?"), "forgotPassphrase", "link")
        self.support_button = button(
            self.tr("Support"),
            "unlockSupport",
            icon=icon("support"),
            accessible=self.tr("Support and crisis lines"),
        )
        self.support_button.setToolTip(
            self.tr("Crisis lines and your own contacts, without unlocking")
        )
        links = ButtonRowLayout()
        links.add_leading(self.use_recovery_button)
        links.add_leading(self.forgot_button)
        return links

    def _switch_row(self, home: bool) -> ButtonRowLayout:
        if home:
            self.switch_button = button(
                self.tr("Open another journal…"), "openOtherJournal", "link"
            )
        else:
            self.switch_button = button(
                self.tr("Back to my usual journal"), "openHomeJournal", "link"
            )
        # Support on this second line, at the right: the three links and Support do
        # not fit one line of the column in a longer language or at large text.
        row = ButtonRowLayout()
        row.add_leading(self.switch_button)
        row.add_trailing(self.support_button)
        return row


class RecoveryStep(StepPage):
    """Open the journal with the recovery key."""

    def __init__(self) -> None:
        super().__init__(width=900)  # room for the whole key on one line, in monospace
        self.setObjectName("unlockRecoveryStep")
        col = self.column
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
        self.field = QLineEdit()
        self.field.setObjectName("recoveryKeyInput")
        self.field.setAccessibleName(self.tr("Recovery key"))
        self.field.setPlaceholderText("XXXXXXXX-XXXXXXXX-…")
        self.field.setStyleSheet("font-family: monospace;")
        # The column (900 px) shows all 8 groups at once in a normal window; in a very
        # narrow one the field scrolls rather than spilling past the buttons.
        col.addWidget(self.field)
        self.error = _hidden_label("error", "recoveryError")
        col.addWidget(self.error)
        self._add_busy(col, "recovery")
        self.open_button = button(self.tr("Open journal"), "recoveryUnlockButton", "primary")
        self.back_button = button(self.tr("Back"), "recoveryBack")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.open_button)
        col.addLayout(row)
        col.addStretch(2)


class NewPassphraseStep(StepPage):
    """After the recovery key worked: choose the passphrase to use from now on."""

    def __init__(self) -> None:
        super().__init__(width=560)
        self.setObjectName("unlockNewPassphraseStep")
        col = self.column
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
        self.form = NewPassphraseForm()
        col.addWidget(self.form)
        self.error = _hidden_label("error", "newPassphraseError")
        col.addWidget(self.error)
        self._add_busy(col, "new_passphrase")
        self.save_button = button(self.tr("Save and open"), "saveNewPassphrase", "primary")
        self.cancel_button = button(self.tr("Cancel"), "newPassphraseCancel")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        col.addLayout(row)
        col.addStretch(2)
