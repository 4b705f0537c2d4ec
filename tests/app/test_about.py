"""Help > About Reflect: reachable locked and unlocked, with the licence and notices."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

import reflect
from reflect.ui.about_dialog import AboutDialog
from tests.app.conftest import WiredApp, unlock


def _menu_texts(app: WiredApp, name: str) -> list[str]:
    controller, _ = app
    menu = controller.shell.menuBar().findChild(QMenu, name)
    assert menu is not None, name
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_about_is_in_help_when_open_and_in_the_reflect_menu_when_locked(
    qtbot: QtBot, wired: WiredApp
) -> None:
    controller, _ = wired
    assert "About Reflect" in _menu_texts(wired, "menuReflect")
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.state == "journal")
    help_items = _menu_texts(wired, "menuHelp")
    assert help_items[-1] == "About Reflect"
    assert "Help" in help_items  # F1's Help comes first

    controller.shell.about_action.trigger()
    about = controller.shell.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    assert about.version_label.text() == f"Reflect {reflect.__version__}"
    assert about.windowTitle() == "About Reflect"
    tabs = [about.tabs.tabText(i) for i in range(about.tabs.count())]
    assert tabs == ["About", "Licence", "Third-party notices"]
    assert "GNU GENERAL PUBLIC LICENSE" in about.licence.toPlainText()
    notices = about.notices.toPlainText()
    assert "PySide6" in notices and "SCOWL" in notices and "OpenMedSpel" in notices
    assert about.licence.isReadOnly() and about.notices.isReadOnly()

    controller.lock()
    assert "About Reflect" in _menu_texts(wired, "menuReflect")
