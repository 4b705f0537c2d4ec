"""Every screen in the pseudo language: nothing left in English, nothing clipped.

The pseudo catalogue (resources/i18n/reflect_pseudo.qm) turns every string that
goes through tr() into a longer, accented one inside ⟦ ⟧, and the guide content
into the same. Each window the app opens is rendered in it; any visible piece of
the app's own wording without ⟦ was built outside tr() (or under a context the
code does not run with), and a label or button narrower than its text is clipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflect.core import language
from tests.app.conftest import WiredApp, shut_down, unlock, wire
from tests.app.test_lock_everywhere import OPENERS

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

# What is not the app's wording: its name, and what the test itself wrote.
NOT_WORDING = {"Reflect", "First", "An ordinary day."}
USER_DATA = "zqlockcanary83"  # tests/app/test_lock_everywhere.py's event name


def _support_wording() -> set[str]:
    """Support lines are never translated: each is written as its service says it."""
    from reflect.core.guide.content import load_content

    words: set[str] = set()
    for line in load_content(language=language.SOURCE).support_lines:
        words |= {line.name, line.contact, line.hours, line.notes}
    return {w.replace("&", "").strip() for w in words if w}


_DATE_OR_NUMBER = re.compile(r"^[\d\s:./,·–-]*$")


def _wording(widget: QWidget) -> list[str]:
    texts: list[str] = []
    if isinstance(widget, QLabel):
        texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
    elif isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QTabWidget):
        texts.extend(widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QMenuBar):
        texts.extend(action.text() for action in widget.actions())
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        # A list of choices: the app's words, but for each language's own name.
        native = {lang.name for lang in language.offered()}
        texts.extend(t for i in range(widget.count()) if (t := widget.itemText(i)) not in native)
    return [t for t in texts if t.strip()]


def untranslated(window: QWidget) -> list[str]:
    found = []
    support = _support_wording()
    for widget in [window, *window.findChildren(QWidget)]:
        # Qt's calendar names its months from the locale, not from a catalogue.
        if not widget.isVisible() or widget.objectName().startswith("qt_calendar"):
            continue
        for text in _wording(widget):
            plain = text.replace("&", "").strip()
            if "⟦" in plain or plain in NOT_WORDING or _DATE_OR_NUMBER.match(plain):
                continue
            if USER_DATA in plain or any(part.strip() in support for part in plain.split("\n")):
                continue
            if sum(c.isalpha() for c in plain) < 2:
                continue
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {plain[:70]!r}")
    return found


def clipped(window: QWidget) -> list[str]:
    """Visible one-line labels and buttons narrower than their text, or cut off at
    the side by what holds them (a splitter, a column too narrow for them)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        one_line = (isinstance(widget, QLabel) and not widget.wordWrap()) or isinstance(
            widget, QAbstractButton
        )
        icon_only = (
            isinstance(widget, QToolButton)
            and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        if not one_line or icon_only:  # an icon-only button's text is for screen readers
            continue
        text = widget.text()  # type: ignore[attr-defined]
        shown = widget.visibleRegion().boundingRect()
        needed = min(widget.width(), widget.sizeHint().width())
        cut_at_side = shown.height() > 0 and shown.width() + 1 < needed
        if text.strip() and (widget.width() + 1 < widget.sizeHint().width() or cut_at_side):
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} "
                f"{shown.width()}/{widget.width()} shown < {widget.sizeHint().width()}: "
                f"{text[:50]!r}"
            )
    return found


@pytest.fixture
def opened(
    pseudo: None, qtbot: QtBot, services: object, existing_vault: object
) -> Iterator[WiredApp]:
    app = wire(qtbot, services)  # type: ignore[arg-type]
    yield app
    shut_down(app)


def test_the_unlock_page_and_the_journal_are_all_translated(opened: WiredApp, qtbot: QtBot) -> None:
    controller, _features = opened
    assert untranslated(controller.shell) == []
    assert clipped(controller.shell) == []
    unlock(controller, qtbot)
    assert untranslated(controller.shell) == []
    assert clipped(controller.shell) == []


@pytest.mark.parametrize("name", list(OPENERS))
def test_every_window_is_translated(opened: WiredApp, qtbot: QtBot, name: str) -> None:
    controller, features = opened
    unlock(controller, qtbot)
    window = OPENERS[name](controller, features)
    assert window is not None
    window.show()
    qtbot.waitExposed(window)
    assert untranslated(window) == []
    assert clipped(window) == []


def test_the_checks_themselves_find_english_and_clipping(qtbot: QtBot, pseudo: None) -> None:
    """A window with one English label and one squeezed button fails both checks."""
    window = QWidget()
    qtbot.addWidget(window)
    english = QLabel("Built outside tr()", window)
    english.move(0, 0)
    squeezed = QPushButton(window.tr("Save"), window)
    squeezed.setFixedWidth(12)
    squeezed.move(0, 40)
    window.resize(300, 100)
    window.show()
    qtbot.waitExposed(window)
    assert untranslated(window) == ["QLabel '': 'Built outside tr()'"]
    [problem] = clipped(window)
    assert problem.startswith("QPushButton '' 12/12 shown <")


def test_the_first_run_pages_are_translated(pseudo: None, wired_fresh: WiredApp) -> None:
    controller, _features = wired_fresh
    assert untranslated(controller.shell) == []
    assert clipped(controller.shell) == []
