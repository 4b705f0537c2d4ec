"""German, French and Spanish on every screen: nothing clipped, nothing in English.

The pseudo language (tests/app/test_pseudo_language.py) finds what escaped
translation; this walks the real translations, whose words are longer or shorter
in their own places, at the window's usual size and at its smallest. It found
the first-run links cut off in Spanish and German ("léfonos de ayuda y de cris").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from reflect.core import language
from reflect.ui.access.first_run import FirstRunPage
from tests.app.conftest import WiredApp, shut_down, unlock, wire
from tests.app.test_lock_everywhere import OPENERS
from tests.app.test_pseudo_language import clipped

pytestmark = pytest.mark.gui

TRANSLATED = [lang.code for lang in language.offered() if lang.code != language.SOURCE]
SIZES = [(1100, 720), (800, 600), (560, 440)]  # the usual, a small window, the smallest


@pytest.fixture(params=TRANSLATED)
def speaking(request: pytest.FixtureRequest, speak: Callable[[str], None]) -> str:
    code = str(request.param)
    speak(code)
    return code


@pytest.mark.parametrize("size", SIZES)
def test_the_first_run_pages_fit(
    speaking: str, qtbot: QtBot, services: object, size: tuple[int, int]
) -> None:
    controller, features = wire(qtbot, services)  # type: ignore[arg-type]
    try:
        controller.shell.resize(*size)
        page = controller.shell.findChild(FirstRunPage)
        assert page is not None
        for step in ("welcome", "caution", "passphrase", "restore"):
            page.go_to(step)
            QApplication.processEvents()
            assert clipped(controller.shell) == [], (speaking, size, step)
    finally:
        shut_down((controller, features))


@pytest.fixture
def opened(
    speaking: str, qtbot: QtBot, services: object, existing_vault: object
) -> Iterator[WiredApp]:
    app = wire(qtbot, services)  # type: ignore[arg-type]
    yield app
    shut_down(app)


@pytest.mark.parametrize("size", SIZES[:2])
def test_the_unlock_page_and_the_journal_fit(
    opened: WiredApp, qtbot: QtBot, size: tuple[int, int]
) -> None:
    controller, _features = opened
    controller.shell.resize(*size)
    QApplication.processEvents()
    assert clipped(controller.shell) == []
    unlock(controller, qtbot)
    QApplication.processEvents()
    assert clipped(controller.shell) == []
    assert behind_the_toolbar_edge(controller.shell) == []


def behind_the_toolbar_edge(window: QWidget) -> list[str]:
    """Toolbar buttons Qt hid behind its » because they did not fit (a walk in a
    real window found Help gone from the German journal at 1100 pixels)."""
    missing = []
    for toolbar in window.findChildren(QToolBar):
        if not toolbar.isVisible():
            continue
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if action.isVisible() and isinstance(button, QToolButton) and not button.isVisible():
                missing.append(action.text())
    return missing


@pytest.mark.parametrize("name", list(OPENERS))
def test_every_window_fits(opened: WiredApp, qtbot: QtBot, name: str) -> None:
    controller, features = opened
    unlock(controller, qtbot)
    window = OPENERS[name](controller, features)
    assert window is not None
    window.show()
    qtbot.waitExposed(window)
    assert clipped(window) == []
