"""Settings (Ctrl+,): locking, appearance, spelling, passphrase and recovery key.

Journal-related choices are stored inside the vault (``Journal.set_setting``)
under the keys below; only the theme goes to the app's QSettings, through the
``on_theme`` callback the app passes in. Every change applies at once; the
dialog has a single Close button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from reflect.core.journal import settings as vault_settings
from reflect.core.journal.settings import FONT_SIZES, MAX_IDLE_MINUTES, VaultPrefs, read_prefs
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.key_dialogs import ChangePassphraseDialog
from reflect.ui.access.new_recovery_key import NewRecoveryKeyDialog
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.page import label
from reflect.ui.common.tasks_protocol import TaskRunnerLike
from reflect.ui.journal.my_words_dialog import MyWordsDialog


def prefs_font(prefs: VaultPrefs, default: QFont) -> QFont:
    """The writing font the preferences ask for, on top of the app's default."""
    font = QFont(default)
    if prefs.font_family:
        font.setFamily(prefs.font_family)
    if prefs.font_size:
        font.setPointSize(prefs.font_size)
    return font


class SettingsDialog(QDialog):
    """The settings window; changes apply immediately."""

    def __init__(
        self,
        vault: Vault,
        *,
        runner: TaskRunnerLike,
        dialogs: Dialogs,
        theme: str,
        default_font: QFont,
        on_theme: Callable[[str], None],
        on_prefs: Callable[[VaultPrefs], None],
        language: str = "system",
        on_language: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._vault = vault
        self._journal = vault.journal
        self._runner = runner
        self._dialogs = dialogs
        self._default_font = default_font
        self._on_theme = on_theme
        self._on_prefs = on_prefs
        self._on_language = on_language
        self._language_setting = language
        prefs = read_prefs(self._journal)

        # The groups scroll, the Close button stays: on a small screen or with large
        # text, nothing is cut off and Close is always in reach.
        content = QWidget()
        layout = QVBoxLayout(content)
        self._layout = layout
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(14)
        layout.addWidget(self._locking_group(prefs))
        layout.addWidget(self._appearance_group(prefs, theme))
        layout.addWidget(self._spelling_group(prefs))
        layout.addWidget(self._keys_group())
        layout.addStretch(1)
        self.groups_area = QScrollArea(self)
        self.groups_area.setObjectName("settingsScroll")
        self.groups_area.setWidget(content)
        self.groups_area.setWidgetResizable(True)
        self.groups_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.groups_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        outer.addWidget(self.groups_area, 1)
        outer.addWidget(self._close_buttons())
        self._fit_height()
        self._connect_changes()

    def add_group(self, group: QWidget) -> None:
        """A group of another feature's (Two computers), before the Close button."""
        self._layout.insertWidget(self._layout.count() - 1, group)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the groups need, but never taller than the screen allows; wide
        enough for the groups beside the scroll bar (it never scrolls sideways)."""
        hint = self._layout.sizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.groups_area.setMinimumWidth(self._layout.minimumSize().width() + bar + 8)
        margins = self.contentsMargins()
        wide = hint.width() + bar + margins.left() + margins.right() + 24
        wanted = hint.height() + 80
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        self.resize(max(self.width(), 560, wide), min(wanted, int(screen * 0.9)))

    # --- layout ---------------------------------------------------------------------

    def _locking_group(self, prefs: VaultPrefs) -> QGroupBox:
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(prefs.idle_minutes)
        self.idle_minutes.setMinimumWidth(110)
        self.idle_minutes.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.lock_on_minimise = QCheckBox(self.tr("Lock when the window is minimised"))
        self.lock_on_minimise.setObjectName("lockOnMinimise")
        self.lock_on_minimise.setAccessibleName(self.lock_on_minimise.text())
        self.lock_on_minimise.setChecked(prefs.lock_on_minimise)
        locking = QGroupBox(self.tr("Locking"))
        lock_form = QFormLayout(locking)
        lock_form.addRow(self.tr("Lock when idle for"), self.idle_minutes)
        lock_form.addRow("", self.lock_on_minimise)
        lock_form.addRow(
            "",
            label(
                self.tr(
                    "Reflect also locks when you press Ctrl+L, when you press Ctrl+Shift+H "
                    "to hide it, and when your computer locks or sleeps (where the system "
                    "tells Reflect)."
                ),
                "muted",
            ),
        )
        return locking

    def _appearance_group(self, prefs: VaultPrefs, theme: str) -> QGroupBox:
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        self.theme.setAccessibleName(self.tr("Colours"))
        for name, text in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        current_font = prefs_font(prefs, self._default_font)
        self.font_family = QFontComboBox()
        self.font_family.setObjectName("editorFontFamily")
        self.font_family.setAccessibleName(self.tr("Writing font"))
        self.font_family.setCurrentFont(current_font)
        self.font_size = QSpinBox()
        self.font_size.setObjectName("editorFontSize")
        self.font_size.setAccessibleName(self.tr("Writing font size"))
        self.font_size.setRange(FONT_SIZES.start, FONT_SIZES.stop - 1)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(max(FONT_SIZES.start, current_font.pointSize()))
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_family, 1)
        font_row.addWidget(self.font_size)
        appearance = QGroupBox(self.tr("Appearance"))
        look_form = QFormLayout(appearance)
        look_form.addRow(self.tr("Colours"), self.theme)
        look_form.addRow(self.tr("Writing font"), font_row)
        look_form.addRow(self.tr("Language"), self._language_row())
        return appearance

    def _language_row(self) -> QWidget:
        """The UI language: kept outside the vault (the unlock screen speaks it), so it
        applies from the next start, as the note under it says."""
        from reflect.core import language

        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as the system"), "system")
        for lang in language.offered():
            self.language.addItem(lang.name, lang.code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._language_setting)))
        self.language_note = QLabel(self.tr("Reflect speaks it from the next time it starts."))
        self.language_note.setObjectName("languageNote")
        self.language_note.setProperty("role", "muted")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        column.addWidget(self.language)
        column.addWidget(self.language_note)
        self.language.setEnabled(self._on_language is not None)
        return box

    def _spelling_group(self, prefs: VaultPrefs) -> QGroupBox:
        self.spell_check = QCheckBox(self.tr("Underline misspelled words as I write"))
        self.spell_check.setObjectName("spellCheckSetting")
        self.spell_check.setAccessibleName(self.spell_check.text())
        self.spell_check.setChecked(prefs.spell_check)
        self.my_words_button = QPushButton(self.tr("My words…"))
        self.my_words_button.setObjectName("myWordsButton")
        self.my_words_button.setAccessibleName(self.tr("My words"))
        spelling = QGroupBox(self.tr("Spelling"))
        form = QFormLayout(spelling)
        form.addRow(self.spell_check)
        form.addRow(
            label(
                self.tr(
                    "English, with UK and US spellings and clinical words. Press F7 for the "
                    "next mistake; right-click a word for suggestions."
                ),
                "muted",
            )
        )
        words_row = QHBoxLayout()
        words_row.addWidget(self.my_words_button)
        words_row.addStretch(1)
        form.addRow(words_row)
        return spelling

    def _keys_group(self) -> QGroupBox:
        self.change_button = QPushButton(self.tr("Change passphrase…"))
        self.change_button.setObjectName("changePassphrase")
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.rotate_button = QPushButton(self.tr("New recovery key…"))
        self.rotate_button.setObjectName("newRecoveryKey")
        self.rotate_button.setAccessibleName(self.tr("New recovery key"))
        keys = QGroupBox(self.tr("Passphrase and recovery key"))
        key_row = QHBoxLayout(keys)
        key_row.addWidget(self.change_button)
        key_row.addWidget(self.rotate_button)
        key_row.addStretch(1)
        return keys

    def _close_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("settingsClose")
        return buttons

    def _connect_changes(self) -> None:
        """Every change applies at once; there is no OK button."""
        self.idle_minutes.valueChanged.connect(self._save_locking)
        self.lock_on_minimise.toggled.connect(self._save_locking)
        self.language.currentIndexChanged.connect(self._save_language)
        self.theme.currentIndexChanged.connect(
            lambda _i: self._on_theme(str(self.theme.currentData()))
        )
        self.font_family.currentFontChanged.connect(lambda _f: self._save_font())
        self.font_size.valueChanged.connect(lambda _v: self._save_font())
        self.spell_check.toggled.connect(self._save_spelling)
        self.my_words_button.clicked.connect(self.show_my_words)
        self.change_button.clicked.connect(self.change_passphrase)
        self.rotate_button.clicked.connect(self.new_recovery_key)

    def prefs(self) -> VaultPrefs:
        return read_prefs(self._journal)

    def _save_language(self) -> None:
        code = str(self.language.currentData())
        if self._on_language is not None:
            self._on_language(code)
        self.language_note.setVisible(code != self._language_setting)

    def _save_locking(self) -> None:
        vault_settings.IDLE_MINUTES.write(self._journal, self.idle_minutes.value())
        vault_settings.LOCK_ON_MINIMISE.write(self._journal, self.lock_on_minimise.isChecked())
        self._on_prefs(self.prefs())

    def _save_font(self) -> None:
        vault_settings.FONT_FAMILY.write(self._journal, self.font_family.currentFont().family())
        vault_settings.FONT_SIZE.write(self._journal, self.font_size.value())
        self._on_prefs(self.prefs())

    def _save_spelling(self, on: bool) -> None:
        vault_settings.SPELL_CHECK.write(self._journal, on)
        self._on_prefs(self.prefs())

    def show_my_words(self) -> MyWordsDialog:
        dialog = MyWordsDialog(self._journal, lambda: self._on_prefs(self.prefs()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def change_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(
            self._vault, runner=self._runner, dialogs=self._dialogs, parent=self
        )
        dialog.open()
        return dialog

    def new_recovery_key(self) -> NewRecoveryKeyDialog:
        dialog = NewRecoveryKeyDialog(
            self._vault, runner=self._runner, dialogs=self._dialogs, parent=self
        )
        dialog.open()
        return dialog
