"""A new recovery key interrupted by a crash, as the user meets it at the next unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.core.errors import WrongRecoveryKey
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.header import NEXT_HEADER_FILENAME
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.new_recovery_key import NewRecoveryKeyDialog
from tests.app.conftest import WiredApp, unlock
from tests.conftest import PASSPHRASE
from tests.helpers.crashes import interrupted_rotation
from tests.helpers.fakes import FakeDialogs

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

LEFT = Qt.MouseButton.LeftButton


def _interrupted_rotation(
    folder: Path, cheap_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch, *, rekeyed: bool
) -> tuple[str, str]:
    """A rotation killed after the re-key (or before it): the old key and the one shown."""
    vault = Vault.unlock(folder, PASSPHRASE, kdf=cheap_kdf)
    old = vault.rotate_recovery_key(PASSPHRASE)  # a key this test knows
    vault.lock()
    return old, interrupted_rotation(folder, monkeypatch, rekeyed=rekeyed, kdf=cheap_kdf)


def _key_dialog() -> NewRecoveryKeyDialog | None:
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, NewRecoveryKeyDialog) and w.isVisible()
    ]
    return shown[0] if shown else None


def _on_screen(dialog: NewRecoveryKeyDialog) -> str:
    return "-".join(dialog.key_panel.key_label.text().split())


def test_after_a_crash_past_the_rekey_the_unlock_shows_the_new_key_until_kept(
    wired: WiredApp,
    qtbot: QtBot,
    existing_vault: Path,
    cheap_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: FakeDialogs,
) -> None:
    controller, _ = wired
    _, shown = _interrupted_rotation(existing_vault, cheap_kdf, monkeypatch, rekeyed=True)
    unlock(controller, qtbot)
    dialog = _key_dialog()
    assert dialog is not None, "the new key was not shown again"
    assert _on_screen(dialog) == shown
    assert "old recovery key no longer works" in dialog.show_intro.text()
    assert not dialog.keep_old_button.isVisible()  # the old key cannot come back
    dialogs.queue_confirm(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing without "kept" asks first
    assert dialog.isVisible()
    controller.lock()  # the idle lock comes first: the key is shown again next time
    assert _key_dialog() is None
    unlock(controller, qtbot)
    dialog = _key_dialog()
    assert dialog is not None and _on_screen(dialog) == shown
    dialog.key_panel.kept.setChecked(True)
    qtbot.mouseClick(dialog.use_button, LEFT)
    assert _key_dialog() is None
    assert controller.vault is not None and controller.vault.journal.count_entries() == 1
    controller.lock()
    Vault.unlock_with_recovery_key(existing_vault, shown).lock()


def test_after_a_crash_before_the_rekey_the_user_can_keep_the_old_key(
    wired: WiredApp,
    qtbot: QtBot,
    existing_vault: Path,
    cheap_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller, _ = wired
    old, shown = _interrupted_rotation(existing_vault, cheap_kdf, monkeypatch, rekeyed=False)
    unlock(controller, qtbot)
    dialog = _key_dialog()
    assert dialog is not None
    assert _on_screen(dialog) == shown
    assert "old recovery key still works" in dialog.show_intro.text()
    qtbot.mouseClick(dialog.keep_old_button, LEFT)
    assert _key_dialog() is None
    controller.lock()
    assert not (existing_vault / NEXT_HEADER_FILENAME).exists()
    Vault.unlock_with_recovery_key(existing_vault, old).lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(existing_vault, shown)


def test_after_a_crash_before_the_rekey_closing_asks_again_next_time_then_finishes(
    wired: WiredApp,
    qtbot: QtBot,
    existing_vault: Path,
    cheap_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller, _ = wired
    _, shown = _interrupted_rotation(existing_vault, cheap_kdf, monkeypatch, rekeyed=False)
    unlock(controller, qtbot)
    first = _key_dialog()
    assert first is not None
    first.reject()  # the window's close button: decide later
    controller.lock()
    unlock(controller, qtbot)
    again = _key_dialog()
    assert again is not None and _on_screen(again) == shown
    again.key_panel.kept.setChecked(True)
    qtbot.mouseClick(again.use_button, LEFT)
    assert _key_dialog() is None
    controller.lock()
    Vault.unlock_with_recovery_key(existing_vault, shown).lock()
