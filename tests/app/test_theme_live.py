"""A live switch between light and dark repaints everything readably.

Reflect 0.1 left editor headings dark on dark and toolbar icons nearly invisible
after switching themes in Settings until a restart. These tests switch the theme
the way Settings does (``AppController.set_theme``), render the real widgets and
sample their pixels: the contrast between the text (or icon) and what is behind
it must reach WCAG AA, 4.5:1, in both directions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QTextBlock, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.features import Features
from reflect.ui.common import theme
from reflect.ui.journal.journal_view import JournalView
from tests.app.conftest import unlock

AA = 4.5


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _pixels(image: QImage, rect: QRect) -> list[QColor]:
    rect = rect.intersected(image.rect())
    return [
        image.pixelColor(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    ]


def ink_contrast(widget: QWidget, rect: QRect | None = None) -> float:
    """Contrast of the strongest ink in ``rect`` against the most common colour there.

    The most common colour is what is behind the text; antialiasing blends the
    edges of glyphs, so the pixel furthest from the background is the ink itself.
    """
    image = widget.grab().toImage()
    pixels = _pixels(image, rect or image.rect())
    background = Counter(p.rgb() for p in pixels).most_common(1)[0][0]
    back = QColor.fromRgb(background)
    return max(contrast(p, back) for p in pixels)


@pytest.fixture
def app(wired: tuple[AppController, Features]) -> Iterator[AppController]:
    controller, _ = wired
    controller.shell.resize(1100, 720)
    yield controller
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    theme.apply_theme(qapp, "light")


@pytest.mark.parametrize(("first", "then"), [("light", "dark"), ("dark", "light")])
def test_editor_list_and_toolbar_stay_readable_after_a_live_switch(
    app: AppController, qtbot: QtBot, first: str, then: str
) -> None:
    controller = app
    controller.set_theme(first)  # the journal page is built under the first theme
    unlock(controller, qtbot)
    view = controller.journal_view
    assert isinstance(view, JournalView)
    view.editor.body.setPlainText("# A heading that must stay readable\n\nOrdinary words below it.")
    view.save_pending()
    QApplication.processEvents()
    controller.set_theme(then)
    QApplication.processEvents()
    assert theme.is_dark() == (then == "dark")

    body = view.editor.body
    heading = body.document().firstBlock()
    assert ink_contrast(body.viewport(), _words_rect(body, heading, skip=2)) >= AA, "heading"
    ordinary = heading.next().next()
    assert ink_contrast(body.viewport(), _words_rect(body, ordinary)) >= AA, "body text"

    entry_list = view.entry_list.view
    view.entry_list.select_entry(None)  # an unselected row: text on the list's background
    QApplication.processEvents()
    assert ink_contrast(entry_list.viewport()) >= AA, "entry list"

    buttons = [
        b
        for b in view.toolbar.findChildren(QToolButton)
        if b.isVisible() and not b.icon().isNull() and b.isEnabled()
    ]
    assert len(buttons) >= 3
    for button in buttons:
        # The icon alone: the label beside it would pass on its own.
        size = button.iconSize()
        icon_rect = QRect(0, 0, size.width() + 6, button.height())
        assert ink_contrast(button, icon_rect) >= AA, f"toolbar icon {button.toolTip()!r}"


def _words_rect(body: QPlainTextEdit, block: QTextBlock, skip: int = 0) -> QRect:
    """Where the block's words are drawn, leaving out its first ``skip`` characters
    (the muted "# " marker of a heading, drawn in a softer colour on purpose)."""
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + skip)
    start = body.cursorRect(cursor)
    cursor.setPosition(block.position() + block.length() - 1)
    end = body.cursorRect(cursor)
    return QRect(start.left() + 1, start.top(), end.right() - start.left() - 1, start.height())


@pytest.mark.parametrize("name", ["light", "dark"])
def test_radio_buttons_and_scroll_bars_are_visible(qtbot: QtBot, name: str) -> None:
    """Non-text controls need 3:1 against what is behind them (WCAG 1.4.11)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPlainTextEdit, QRadioButton, QVBoxLayout

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, name)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        layout = QVBoxLayout(holder)
        radio = QRadioButton("Restore as a separate journal")
        text = QPlainTextEdit("\n".join(f"line {i}" for i in range(200)))
        text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout.addWidget(radio)
        layout.addWidget(text)
        holder.resize(400, 300)
        holder.show()
        QApplication.processEvents()
        indicator = QRect(0, 0, radio.height(), radio.height())
        assert ink_contrast(radio, indicator) >= 3.0, "radio ring"
        bar = text.verticalScrollBar()
        assert ink_contrast(bar) >= 3.0, "scroll bar handle"
    finally:
        theme.apply_theme(app, "light")
