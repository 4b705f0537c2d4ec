"""Passphrase fields, a strength meter and the "new passphrase" form.

The policy (what is refused, what needs a second thought, and why) lives in
``reflect.core.vault.passphrase_policy``; these widgets only say it. The meter's words
and the form's refusal name the reason ("among the most used passwords", "a
keyboard pattern", "too short"), and the form keeps its size while the user
types: the lines under each field always have room for their longest message.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from reflect.core.vault.passphrase_policy import MIN_LENGTH, Strength, Weakness, assess
from reflect.ui.common.icons import icon
from reflect.ui.common.msgbox import Dialogs

__all__ = ["MIN_LENGTH", "NewPassphraseForm", "PassphraseField", "Strength", "assess"]


class PassphraseField(QLineEdit):
    """A password field with a show/hide eye button inside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        # No autocompletion, no input-method prediction: a passphrase must not be
        # learned by a keyboard dictionary.
        self._hints()
        self._toggle = QAction(icon("eye"), self.tr("Show passphrase"), self)
        self._toggle.setObjectName("showPassphraseAction")
        self._toggle.setCheckable(True)
        self._toggle.toggled.connect(self._set_visible)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)

    @property
    def toggle_action(self) -> QAction:
        return self._toggle

    def _set_visible(self, visible: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self._hints()
        self._toggle.setIcon(icon("eye-off" if visible else "eye"))
        self._toggle.setText(self.tr("Hide passphrase") if visible else self.tr("Show passphrase"))

    def _hints(self) -> None:
        hint = Qt.InputMethodHint
        self.setInputMethodHints(
            hint.ImhSensitiveData | hint.ImhNoPredictiveText | hint.ImhNoAutoUppercase
        )

    def wipe(self) -> None:
        """Empty the field and hide its text again (undo history goes with setText)."""
        self._toggle.setChecked(False)
        self.clear()
        self.setText("")


class StrengthMeter(QWidget):
    """A bar and one plain sentence about the passphrase typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strengthMeter")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("strengthBar")
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.label = QLabel(self)
        self.label.setObjectName("strengthLabel")
        self.label.setWordWrap(True)
        self.label.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.strength: Strength | None = None
        self.show_strength(None, "")

    def all_messages(self) -> list[str]:
        """Every sentence the meter can show (its height is kept for the longest)."""
        return [
            self.tr(
                "Four or five unrelated words make a passphrase that is strong "
                "and easy to remember."
            ),
            *(refusal(self, Strength(0, True, True, reason)) for reason in Weakness),
            self.tr("Weak. Another word or two would make it much harder to guess."),
            self.tr("Fair. One more word would make it stronger."),
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Reserve the room of the longest message, so nothing below moves as the
        # user types and the sentence changes.
        width = max(self.label.width(), 1)
        shown = self.label.text()
        tallest = 0
        for text in self.all_messages():
            self.label.setText(text)  # measured with the label's own style and font
            tallest = max(tallest, self.label.heightForWidth(width))
        self.label.setText(shown)
        if self.label.height() != tallest or self.label.minimumHeight() != tallest:
            self.label.setFixedHeight(tallest)

    def show_strength(self, strength: Strength | None, text: str) -> None:
        self.strength = strength
        if strength is None or not text:
            self.bar.setValue(0)
            self._style("0")
            self.label.setText(
                self.tr(
                    "Four or five unrelated words make a passphrase that is strong "
                    "and easy to remember."
                )
            )
            return
        self.bar.setValue(max(strength.score, 1) if text else 0)
        self._style(str(strength.score))
        self.label.setText(self._message(strength, text))

    def _message(self, strength: Strength, text: str) -> str:
        if strength.refused:
            return refusal(self, strength)
        if strength.score == 1:
            return self.tr("Weak. Another word or two would make it much harder to guess.")
        if strength.score == 2:
            return self.tr("Fair. One more word would make it stronger.")
        if strength.score == 3:
            return self.tr("Strong.")
        return self.tr("Very strong.")

    def _style(self, value: str) -> None:
        self.bar.setProperty("strength", value)
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)


class NewPassphraseForm(QWidget):
    """ "New passphrase" and "Type it again", with the meter between them.

    Signals:
        changed: whenever either field changes.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, label: str | None = None) -> None:
        super().__init__(parent)
        self.new = PassphraseField(self)
        self.new.setObjectName("newPassphrase")
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.confirm = PassphraseField(self)
        self.confirm.setObjectName("confirmPassphrase")
        self.confirm.setAccessibleName(self.tr("Type the new passphrase again"))
        self.meter = StrengthMeter(self)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("passphraseMatch")
        self.match_label.setProperty("role", "muted")
        self.match_label.setWordWrap(True)
        # One line is always kept for "match / don't match yet", shown or not.
        self.match_label.setMinimumHeight(self.match_label.fontMetrics().lineSpacing())

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        form.addRow(label or self.tr("New passphrase"), self.new)
        form.addRow("", self.meter)
        form.addRow(self.tr("Type it again"), self.confirm)
        form.addRow("", self.match_label)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)

        self.new.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.new.text()
        self.meter.show_strength(assess(text) if text else None, text)
        again = self.confirm.text()
        if not again:
            self.match_label.setText("")
        elif again == text:
            self.match_label.setText(self.tr("The two passphrases match."))
        else:
            self.match_label.setText(self.tr("The two passphrases don't match yet."))
        self.changed.emit()

    @property
    def strength(self) -> Strength | None:
        return self.meter.strength

    def problem(self) -> str | None:
        """Why the form cannot be used yet, in plain words; None when it can."""
        text = self.new.text()
        strength = self.meter.strength
        if not text:
            return self.tr("Choose a passphrase.")
        if strength is None or strength.refused:
            return refusal(self, strength or assess(text))
        if self.confirm.text() != text:
            return self.tr("The two passphrases don't match. Type the same passphrase twice.")
        return None

    def is_weak(self) -> bool:
        strength = self.meter.strength
        return strength is not None and strength.weak

    def accepted_if_weak(self, dialogs: Dialogs) -> bool:
        """True unless the passphrase is weak and the user chose to pick another."""
        return not self.is_weak() or dialogs.confirm(
            self,
            self.tr("Use a weaker passphrase?"),
            self.tr(
                "This passphrase could be guessed by someone with time and a fast "
                "computer. Another word or two would make it much stronger."
            ),
            ok_text=self.tr("Use it anyway"),
            cancel_text=self.tr("Choose another"),
        )

    def passphrase(self) -> str:
        return self.new.text()

    def wipe(self) -> None:
        self.new.wipe()
        self.confirm.wipe()


def refusal(owner: QWidget, strength: Strength) -> str:
    """Why a passphrase is refused, and what works instead, in two short sentences."""
    tr = owner.tr
    reasons = {
        Weakness.EMPTY: tr("Choose a passphrase."),
        Weakness.TOO_SHORT: tr(
            "Too short: use at least %1 characters. A few unrelated words work well."
        ).replace("%1", str(MIN_LENGTH)),
        Weakness.COMMON: tr(
            "That is among the most used passwords or words, so it would be guessed at "
            "once. Try four or five unrelated words."
        ),
        Weakness.PATTERN: tr(
            "That is a keyboard pattern, a repeat or a sequence, so it would be guessed at "
            "once. Try four or five unrelated words."
        ),
        Weakness.DATE: tr(
            "That looks like a date, which is quick to guess. Try four or five unrelated words."
        ),
    }
    return reasons.get(
        strength.reason,
        tr("That would be guessed quickly. Try four or five unrelated words."),
    )
