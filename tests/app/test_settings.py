"""QSettings holds window geometry and the theme, and never anything from the journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.settings import ALLOWED_KEYS, Settings
from reflect.core.errors import BugError
from reflect.ui.common import theme
from tests.app.conftest import CANARY, unlock
from tests.conftest import PASSPHRASE

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support"),
]


def test_theme_round_trips_through_the_file(tmp_path: Path, qapp: object) -> None:
    settings = Settings(tmp_path / "config")
    assert settings.theme == "system"
    settings.theme = "dark"
    settings.sync()
    assert Settings(tmp_path / "config").theme == "dark"
    assert "theme=dark" in (tmp_path / "config" / "reflect.ini").read_text()


def test_only_known_keys_can_be_written(tmp_path: Path, qapp: object) -> None:
    settings = Settings(tmp_path / "config")
    with pytest.raises(BugError):
        settings._set("editor/font", "anything")
    with pytest.raises(BugError):
        settings.theme = "sepia"
    settings.geometry = QByteArray(b"\x01\x02")
    assert set(settings.keys()) <= ALLOWED_KEYS


@pytest.mark.usefixtures("restore_theme")
def test_a_whole_session_leaves_no_journal_text_in_qsettings(
    controller: AppController, qtbot: QtBot, existing_vault: Path
) -> None:
    controller.start()
    controller.shell.show()
    unlock(controller, qtbot)
    view = controller.journal_view
    view.new_entry()  # type: ignore[union-attr]
    qtbot.keyClicks(view.editor.title, CANARY)  # type: ignore[union-attr]
    qtbot.keyClicks(view.editor.body, f"{CANARY} body")  # type: ignore[union-attr]
    assert controller.shell.windowTitle() == "Reflect"
    controller.set_theme("dark")
    assert theme.current_theme() == "dark"
    controller.lock()
    controller.shutdown()
    ini = controller.services.settings.path
    raw = ini.read_bytes()
    assert CANARY.encode() not in raw
    assert PASSPHRASE.encode() not in raw
    assert set(controller.services.settings.keys()) == {"appearance/theme", "window/geometry"}
    # Nothing else was written to the config folder.
    assert [p.name for p in ini.parent.iterdir()] == ["reflect.ini"]


def test_window_title_is_always_reflect(
    controller: AppController, qtbot: QtBot, existing_vault: Path
) -> None:
    controller.start()
    assert controller.shell.windowTitle() == "Reflect"
    unlock(controller, qtbot)
    view = controller.journal_view
    view.new_entry()  # type: ignore[union-attr]
    qtbot.keyClicks(view.editor.title, CANARY)  # type: ignore[union-attr]
    assert controller.shell.windowTitle() == "Reflect"
    controller.shell.setWindowTitle(f"{CANARY} - Reflect")  # anything trying to change it
    assert controller.shell.windowTitle() == "Reflect"
