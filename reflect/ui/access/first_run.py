"""First run: welcome, the privacy and legal caution, a passphrase, the recovery key.

Steps, one screen each:

1. welcome: what Reflect is; encrypted on this computer; no network; nobody
   else reads it, so it cannot send help;
2. caution: the legal caution, acknowledged once with a checkbox (the
   acknowledgement is stored inside the new vault);
3. passphrase: new + confirm with a strength meter (rules in passphrase_widgets);
4. creating: the key derivation runs off the UI thread, with a busy bar;
5. recovery key: shown once; Continue stays off until "I kept it" is ticked;

or, from the welcome, "I already use Reflect on another computer": join through a
folder kept in step (``join_page``) or restore a backup file (``restore_page``).

The words come from ``reflect.core.guide.content`` (``load_content().texts``) when the
content files are present, and from the fallbacks below otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.core.clock import Clock
from reflect.core.errors import BugError, UserError
from reflect.core.journal.settings import LEGAL_CAUTION_ACK
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.passphrase_widgets import NewPassphraseForm
from reflect.ui.access.recovery_key import RecoveryKeyPanel
from reflect.ui.common.button_row import ButtonRowLayout
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.page import ColumnPage, button, label
from reflect.ui.common.tasks_protocol import TaskRunnerLike

LEGAL_ACK_KEY = LEGAL_CAUTION_ACK.key


def load_texts() -> Mapping[str, str]:
    """The guide's texts (resources/content/texts.toml): the only source of these words.

    A missing file or key is a packaging bug, caught by the content tests before
    release; there is no second copy of the words here to drift from the first.
    """
    from reflect.core.guide.content import load_content

    return load_content().texts


def _first_paragraph(text: str) -> str:
    return text.strip().split("\n\n")[0].strip()


def _paragraphs(text: str, role: str | None = None) -> list[QWidget]:
    return [label(p.strip(), role) for p in text.split("\n\n") if p.strip()]


class FirstRunPage(QWidget):
    """Creates the vault. Emits ``completed(vault)`` once the key has been kept.

    Signals:
        completed(object): the new, unlocked ``Vault``.
        restored(Path): the user restored an existing journal from a backup instead
            (it is in place, locked: unlock it next).
        support_requested: the user asked for crisis lines and contacts.
    """

    completed = Signal(object)
    restored = Signal(Path)
    support_requested = Signal()

    STEPS = ("welcome", "caution", "passphrase", "creating", "recovery", "restore", "join")

    def __init__(
        self,
        *,
        vault_path: Path,
        kdf: KdfParams | None,
        clock: Clock,
        dialogs: Dialogs,
        runner: TaskRunnerLike,
        texts: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        self._vault_path = vault_path
        self._kdf = kdf
        self._clock = clock
        self._dialogs = dialogs
        self._runner = runner
        self._texts = texts if texts is not None else load_texts()
        self._vault: Vault | None = None

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("firstRunSteps")
        for build in (
            self._build_welcome,
            self._build_caution,
            self._build_passphrase,
            self._build_creating,
            self._build_recovery,
            self._build_restore,
            self._build_join,
        ):
            self.stack.addWidget(build())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # --- navigation ------------------------------------------------------------

    @property
    def step(self) -> str:
        return self.STEPS[self.stack.currentIndex()]

    def go_to(self, step: str) -> None:
        self.stack.setCurrentIndex(self.STEPS.index(step))
        focus = {
            "welcome": self.welcome_next,
            "caution": self.caution_ack,
            "passphrase": self.form.new,
            "recovery": self.key_panel.copy_button,
            "restore": self.restore_page.choose_button,
            "join": self.join_page.choose_button,
        }.get(step)
        if focus is not None:
            focus.setFocus()

    def _buttons(self, *widgets: QWidget) -> ButtonRowLayout:
        """Support and any other link at the left, the buttons at the right; on lines
        of their own when one line is too narrow (a longer language, large text)."""
        row = ButtonRowLayout()
        row.add_leading(self._support_button())
        for widget in widgets:
            if widget.property("role") == "link":
                row.add_leading(widget)
            else:
                row.add_trailing(widget)
        return row

    def _support_button(self) -> QPushButton:
        support = button(self.tr("Support and crisis lines"), role="link")
        support.clicked.connect(self.support_requested)
        return support

    def _primary(self, text: str, name: str) -> QPushButton:
        primary = button(text, name, "primary")
        primary.setDefault(True)
        return primary

    def _back(self, to: str) -> QPushButton:
        back = button(self.tr("Back"))
        back.clicked.connect(lambda: self.go_to(to))
        return back

    # --- step 1: welcome -----------------------------------------------------------

    def _build_welcome(self) -> QWidget:
        page = ColumnPage()
        page.setObjectName("firstRunWelcome")
        col = page.column
        col.addWidget(label(self.tr("Welcome to Reflect"), "title", name="welcomeTitle"))
        # The texts overlap a little (each must also stand alone elsewhere), so the
        # welcome shows the first paragraph of each, under its own heading.
        col.addWidget(label(_first_paragraph(self._texts["welcome"]), name="welcomeText"))
        col.addSpacing(4)
        col.addWidget(label(self.tr("Private, on this computer"), "heading"))
        col.addWidget(
            label(_first_paragraph(self._texts["privacy_promise"]), name="privacyPromise")
        )
        col.addSpacing(4)
        col.addWidget(label(self.tr("It cannot send help"), "heading"))
        col.addWidget(
            label(_first_paragraph(self._texts["cannot_send_help"]), name="cannotSendHelp")
        )
        if self._texts.get("scope"):
            col.addSpacing(4)
            col.addWidget(label(_first_paragraph(self._texts["scope"]), "muted", name="scope"))
        col.addStretch(1)
        self.welcome_next = self._primary(self.tr("Continue"), "welcomeContinue")
        self.welcome_next.clicked.connect(lambda: self.go_to("caution"))
        self.join_link = button(
            self.tr("I already use Reflect on another computer…"),
            "welcomeJoin",
            "link",
            accessible=self.tr("Bring my journal from another computer"),
        )
        self.join_link.clicked.connect(lambda: self.go_to("join"))
        page.add_footer(self._buttons(self.join_link, self.welcome_next))
        return page

    # --- or: the journal from another computer: kept in step, or from a backup ----------

    def _build_join(self) -> QWidget:
        from reflect.ui.access.join_page import JoinPage

        self.join_page = JoinPage(
            vault_path=self._vault_path, kdf=self._kdf, clock=self._clock,
            dialogs=self._dialogs, runner=self._runner,
        )  # fmt: skip
        self.join_page.back_requested.connect(lambda: self.go_to("welcome"))
        self.join_page.restore_requested.connect(lambda: self.go_to("restore"))
        self.join_page.joined.connect(self.completed)
        self.join_page.support_requested.connect(self.support_requested)
        return self.join_page

    def _build_restore(self) -> QWidget:
        from reflect.ui.access.restore_page import RestorePage

        self.restore_page = RestorePage(
            vault_path=self._vault_path, dialogs=self._dialogs, runner=self._runner
        )
        self.restore_page.back_requested.connect(lambda: self.go_to("join"))
        self.restore_page.restored.connect(self.restored)
        self.restore_page.support_requested.connect(self.support_requested)
        return self.restore_page

    # --- step 2: legal caution -----------------------------------------------------

    def _build_caution(self) -> QWidget:
        page = ColumnPage()
        page.setObjectName("firstRunCaution")
        col = page.column
        col.addWidget(label(self.tr("Before you write"), "title"))
        for widget in _paragraphs(self._texts["legal_caution"]):
            col.addWidget(widget)
        col.addSpacing(6)
        self.caution_ack = QCheckBox(self.tr("I understand"))
        self.caution_ack.setObjectName("legalCautionAck")
        self.caution_ack.setAccessibleName(self.tr("I understand the caution about the law"))
        col.addWidget(self.caution_ack)
        col.addStretch(1)
        self.caution_next = self._primary(self.tr("Continue"), "cautionContinue")
        self.caution_next.setEnabled(False)
        self.caution_ack.toggled.connect(self.caution_next.setEnabled)
        self.caution_next.clicked.connect(lambda: self.go_to("passphrase"))
        page.add_footer(self._buttons(self._back("welcome"), self.caution_next))
        return page

    # --- step 3: passphrase --------------------------------------------------------

    def _build_passphrase(self) -> QWidget:
        page = ColumnPage()
        page.setObjectName("firstRunPassphrase")
        col = page.column
        col.addWidget(label(self.tr("Choose a passphrase"), "title"))
        col.addWidget(
            label(
                self.tr(
                    "Your passphrase opens the journal. Choose one you can remember but "
                    "others could not guess; a few unrelated words work well. Reflect "
                    "cannot tell you your passphrase later, but the recovery key on the "
                    "next screen can open your journal if you forget it."
                )
            )
        )
        self.form = NewPassphraseForm(label=self.tr("Passphrase"))
        col.addWidget(self.form)
        self.create_error = label("", "error", name="createError")
        self.create_error.hide()
        col.addWidget(self.create_error)
        col.addStretch(1)
        self.create_button = self._primary(self.tr("Create my journal"), "createJournal")
        self.create_button.clicked.connect(self._create)
        self.form.new.returnPressed.connect(self.form.confirm.setFocus)
        self.form.confirm.returnPressed.connect(self._create)
        self.form.changed.connect(self.create_error.hide)
        page.add_footer(self._buttons(self._back("caution"), self.create_button))
        return page

    def _show_create_error(self, text: str) -> None:
        self.create_error.setText(text)
        self.create_error.show()

    def _create(self) -> None:
        problem = self.form.problem()
        if problem is not None:
            self._show_create_error(problem)
            return
        if not self.form.accepted_if_weak(self._dialogs):
            self.form.new.setFocus()
            self.form.new.selectAll()
            return
        passphrase = self.form.passphrase()
        self.go_to("creating")
        self._runner.run(
            _create_vault,
            self._vault_path,
            passphrase,
            self._kdf,
            self._clock,
            on_done=self._created,
            on_error=self._create_failed,
        )

    # --- step 4: creating ----------------------------------------------------------

    def _build_creating(self) -> QWidget:
        page = ColumnPage()
        page.setObjectName("firstRunCreating")
        col = page.column
        col.addStretch(1)
        col.addWidget(label(self.tr("Creating your journal…"), "title"))
        col.addWidget(
            label(
                self.tr(
                    "This takes a few seconds on purpose: the same slowness makes your "
                    "passphrase very hard to guess."
                ),
                "muted",
            )
        )
        self.busy = QProgressBar()
        self.busy.setObjectName("createBusy")
        self.busy.setAccessibleName(self.tr("Creating your journal"))
        self.busy.setRange(0, 0)
        col.addWidget(self.busy)
        col.addStretch(2)
        return page

    def _created(self, result: tuple[Vault, str]) -> None:
        vault, key = result
        self._vault = vault
        self.form.wipe()
        try:
            LEGAL_CAUTION_ACK.write(vault.journal, self._clock.now().date().isoformat())
        except UserError:
            pass  # not worth failing setup: the caution is shown again in stage 4
        self.key_panel.set_key(key)
        self.go_to("recovery")

    def _create_failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, UserError) else BugError().message
        self.go_to("passphrase")
        self._show_create_error(message)

    # --- step 5: recovery key ------------------------------------------------------

    def _build_recovery(self) -> QWidget:
        page = ColumnPage()
        page.setObjectName("firstRunRecovery")
        col = page.column
        col.addWidget(label(self.tr("Your recovery key"), "title"))
        col.addWidget(
            label(
                self.tr(
                    "If you ever forget your passphrase, this key is the only way back into "
                    "your journal. Nobody, including us, can recover it for you. Print it or "
                    "write it down, and keep it somewhere safe and private."
                )
            )
        )
        self.key_panel = RecoveryKeyPanel(self._dialogs)
        col.addWidget(self.key_panel)
        col.addStretch(1)
        self.finish_button = self._primary(self.tr("Start writing"), "firstRunFinish")
        self.finish_button.setEnabled(False)
        self.key_panel.kept_changed.connect(self.finish_button.setEnabled)
        self.finish_button.clicked.connect(self._finish)
        row = ButtonRowLayout()
        row.add_trailing(self.finish_button)
        page.add_footer(row)
        return page

    def _finish(self) -> None:
        if self._vault is None or not self.key_panel.kept.isChecked():
            return
        vault, self._vault = self._vault, None
        self.key_panel.clear()
        self.completed.emit(vault)

    def wipe(self) -> None:
        """Forget everything typed or shown (used when the app quits mid-setup)."""
        self.form.wipe()
        self.key_panel.clear()
        self.restore_page.wipe()
        self.join_page.wipe()

    def pending_vault(self) -> Vault | None:
        """A vault created (or joined) but not yet handed over (the user is on the key
        step, or choosing a passphrase after joining with the recovery key)."""
        return self._vault or self.join_page.pending_vault()


def _create_vault(
    path: Path, passphrase: str, kdf: KdfParams | None, clock: Clock
) -> tuple[Vault, str]:
    return Vault.create(path, passphrase, kdf=kdf, clock=clock)
