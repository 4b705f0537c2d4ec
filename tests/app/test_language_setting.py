"""Choosing the language: Settings keeps it outside the vault, start-up applies it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.main import _install_language
from reflect.app.settings import Settings
from reflect.core import language
from reflect.core.errors import BugError
from reflect.ui.common.translations import install
from tests.app.conftest import unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[list[object]]:
    before = QLocale()
    installed: list[object] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]
    language.set_current(language.SOURCE)
    QLocale.setDefault(before)


def test_the_setting_lives_outside_the_vault_and_refuses_what_is_not_offered(
    tmp_path: Path,
) -> None:
    settings = Settings(tmp_path)
    assert settings.language == "system"
    settings.language = "en"
    settings.sync()
    assert "language=en" in (tmp_path / "reflect.ini").read_text()
    settings.language = "de"
    assert Settings(tmp_path).language == "de"
    with pytest.raises(BugError):
        settings.language = "nl"  # not a language Reflect offers
    with pytest.raises(BugError):
        settings.language = "pseudo"  # a test language, only by --language
    (tmp_path / "reflect.ini").write_text("[appearance]\nlanguage=klingon\n")
    assert Settings(tmp_path).language == "system"


def test_choosing_a_language_in_settings_says_when_it_applies(
    controller: AppController, qtbot: QtBot, existing_vault: Path
) -> None:
    controller.start()
    unlock(controller, qtbot)
    dialog = controller.show_settings()
    assert dialog is not None
    combo = dialog.language  # type: ignore[attr-defined]
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "de", "fr", "es"]
    # Each language named in itself, so a user can find their own.
    assert [combo.itemText(i) for i in range(1, 5)] == ["English", "Deutsch", "Français", "Español"]
    assert not dialog.language_note.isVisible()  # type: ignore[attr-defined]
    combo.setCurrentIndex(1)
    assert controller.services.settings.language == "en"
    assert dialog.language_note.isVisible()  # type: ignore[attr-defined]
    assert "next time it starts" in dialog.language_note.text()  # type: ignore[attr-defined]
    combo.setCurrentIndex(0)
    assert controller.services.settings.language == "system"
    assert not dialog.language_note.isVisible()  # type: ignore[attr-defined]


def test_start_up_follows_the_flag_then_the_setting_then_the_system(
    qapp: QApplication, restore_language: list[object]
) -> None:
    restore_language.extend(_install_language(qapp, None, "system"))
    assert language.current() == "en"
    assert QCoreApplication.translate("UnlockPage", "Unlock") == "Unlock"
    restore_language.extend(_install_language(qapp, "pseudo", "en"))
    assert language.current() == "pseudo"
    assert QCoreApplication.translate("UnlockPage", "Unlock").startswith("⟦Üñlõçk")
    # Core's words follow the same catalogue.
    assert language.tr_core("Sleep (0–4)").startswith("⟦Šléép")
    # Under any context: lupdate and the running class may name a string differently.
    assert QCoreApplication.translate("NoSuchClass", "Unlock").startswith("⟦")
    # Core's refusals too, with their values filled in after translating.
    from reflect.core.errors import WrongPassphrase
    from reflect.core.vault.crypto import recovery_key_problem

    assert WrongPassphrase().message.startswith("⟦Thàt pàššphràšé")
    problem = recovery_key_problem("ABCD-EF0O-1234")
    assert problem is not None and problem.startswith("⟦Grõüp 2 hàš “O”")
    assert "0?" in problem  # "Did you mean 0?", its own sentence, translated too
    # What a full disk says (nothing lost, what to do), with its folder filled in.
    import errno
    from pathlib import Path

    from reflect.core.fileio import os_error_for_user

    full = os_error_for_user(OSError(errno.ENOSPC, "No space"), Path("/data/journal/x"))
    assert full.message.startswith("⟦Réfléçt çõüld ñõt wrîté tõ /data/journal:")


@pytest.mark.parametrize(
    ("code", "unlock", "sleep", "wrong"),
    [
        ("de", "Entsperren", "Schlaf (0–4)", "Diese Passphrase hat das Tagebuch nicht geöffnet."),
        ("fr", "Déverrouiller", "Sommeil (0–4)", "Cette phrase de passe n’a pas ouvert"),
        ("es", "Desbloquear", "Sueño (0–4)", "Esa frase de contraseña no abrió este diario."),
    ],
)
def test_each_offered_language_starts_from_the_system_locale(
    qapp: QApplication,
    restore_language: list[object],
    code: str,
    unlock: str,
    sleep: str,
    wrong: str,
) -> None:
    from reflect.core.errors import WrongPassphrase

    restore_language.extend(_install_language(qapp, None, "system", [f"{code}-{code.upper()}"]))
    assert language.current() == code
    assert QCoreApplication.translate("UnlockPage", "Unlock") == unlock
    assert language.tr_core("Sleep (0–4)") == sleep
    assert WrongPassphrase().message.startswith(wrong)
    assert QLocale().name().startswith(code)


def test_qt_own_words_come_from_qts_catalogue(
    qapp: QApplication, restore_language: list[object]
) -> None:
    """Standard buttons and dialogs: Qt's qtbase catalogue for the language."""
    restore_language.extend(install(qapp, "de"))
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday
