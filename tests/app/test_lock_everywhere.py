"""Ctrl+L and Ctrl+Shift+H work from every Reflect window, and locking closes them all.

Each window is opened the way the app opens it, a control inside it gets the
focus, and the keys are pressed there (not on the main window).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.features import Features
from reflect.ui.journal.journal_view import JournalView
from tests.app.conftest import unlock
from tests.helpers.fakes import visible_texts

CANARY = "zqlockcanary83"

Opener = Callable[[AppController, Features], QWidget | None]


def _settings(c: AppController, f: Features) -> QWidget | None:
    return c.show_settings()


def _checkin(c: AppController, f: Features) -> QWidget | None:
    assert f.guide is not None
    return f.guide.open_checkin()


def _exercise(c: AppController, f: Features) -> QWidget | None:
    assert f.guide is not None
    dialog = f.guide.open_exercise("reflection")
    assert dialog is not None
    dialog.go_to(1)
    next(iter(dialog.answers.values())).setPlainText(CANARY)
    return dialog


def _export(c: AppController, f: Features) -> QWidget | None:
    return f.open_export()


def _stage_guide(c: AppController, f: Features) -> QWidget | None:
    assert f.guide is not None
    f.guide.stage_view_action.trigger()
    return f.stage_window


def _trends(c: AppController, f: Features) -> QWidget | None:
    assert f.guide is not None
    f.guide.trends_action.trigger()
    return f.trends_window


def _reminders(c: AppController, f: Features) -> QWidget | None:
    return f.open_reminders()


def _backups(c: AppController, f: Features) -> QWidget | None:
    return f.open_backups()


def _import(c: AppController, f: Features) -> QWidget | None:
    return f.open_import()


def _support(c: AppController, f: Features) -> QWidget | None:
    assert f.guide is not None
    f.guide.show_support()
    return f.guide.support_window


def _event(c: AppController, f: Features) -> QWidget | None:
    assert f.guide is not None
    return f.guide.open_event_dialog()


def _event_page(c: AppController, f: Features) -> QWidget | None:
    assert f.guide is not None and c.vault is not None
    from datetime import date

    event = c.vault.journal.add_event(f"{CANARY} night", date(2026, 3, 1))
    f.guide.show_event_page(event.id)  # its title on the page: gone after the lock
    return f.event_window


OPENERS: dict[str, Opener] = {
    "settings": _settings,
    "check-in": _checkin,
    "exercise": _exercise,
    "export": _export,
    "stage guide": _stage_guide,
    "trends": _trends,
    "reminders": _reminders,
    "backups": _backups,
    "import": _import,
    "support": _support,
    "event": _event,
    "event page": _event_page,
}


@pytest.fixture
def app(wired: tuple[AppController, Features], qtbot: QtBot) -> tuple[AppController, Features]:
    controller, features = wired
    unlock(controller, qtbot)
    view = controller.journal_view
    assert isinstance(view, JournalView)
    view.editor.body.setPlainText(CANARY)
    return controller, features


def _focus_inside(window: QWidget) -> QWidget:
    candidates = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isEnabled()
    ]
    target = candidates[0] if candidates else window
    target.setFocus()
    return target


@pytest.mark.parametrize("name", list(OPENERS))
def test_ctrl_l_locks_from_every_window_and_closes_it(
    app: tuple[AppController, Features], qtbot: QtBot, name: str
) -> None:
    controller, features = app
    window = OPENERS[name](controller, features)
    assert window is not None and window.isVisible()
    target = _focus_inside(window)
    assert target.window() is window  # the key goes to the dialog, not the main window
    qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.state == "unlock"
    assert all(
        not w.isVisible() for w in QApplication.topLevelWidgets() if w is not controller.shell
    )
    assert CANARY not in "\n".join(visible_texts(QApplication.topLevelWidgets()))


@pytest.mark.parametrize("name", ["settings", "exercise", "stage guide", "support", "reminders"])
def test_ctrl_shift_h_hides_at_once_from_every_window(
    app: tuple[AppController, Features], qtbot: QtBot, name: str
) -> None:
    controller, features = app
    window = OPENERS[name](controller, features)
    assert window is not None
    target = _focus_inside(window)
    qtbot.keyClick(
        target,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert controller.state == "unlock"
    assert controller.shell.isMinimized()
    assert all(
        not w.isVisible() for w in QApplication.topLevelWidgets() if w is not controller.shell
    )
