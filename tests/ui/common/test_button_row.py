"""The page's last row: one line when it fits, more lines rather than cut words."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reflect.ui.common.button_row import ButtonRowLayout


def _row(qtbot: QtBot, width: int) -> tuple[QWidget, list[QPushButton], list[QPushButton]]:
    page = QWidget()
    qtbot.addWidget(page)
    outer = QVBoxLayout(page)
    row = ButtonRowLayout()
    links = [
        QPushButton("Teléfonos de ayuda y de crisis"),
        QPushButton("Restaurar desde una copia"),
    ]
    buttons = [QPushButton("Atrás"), QPushButton("Continuar")]
    for link in links:
        row.add_leading(link)
    for button in buttons:
        row.add_trailing(button)
    outer.addLayout(row)
    outer.addStretch(1)
    page.resize(width, 300)
    page.show()
    QApplication.processEvents()
    return page, links, buttons


def test_on_one_line_links_sit_left_and_buttons_right(qtbot: QtBot) -> None:
    page, links, buttons = _row(qtbot, 1200)
    assert len({w.y() for w in links + buttons}) == 1
    assert links[0].x() < links[1].x() < buttons[0].x() < buttons[1].x()
    assert buttons[1].geometry().right() >= page.width() - 20  # at the right edge
    assert all(w.width() >= w.sizeHint().width() for w in links + buttons)


def test_when_too_narrow_the_row_breaks_and_no_button_is_squeezed(qtbot: QtBot) -> None:
    page, links, buttons = _row(qtbot, 1200)
    widest = max(w.sizeHint().width() for w in links)
    page.resize(widest + 60, 300)  # room for one link a line, not for both
    QApplication.processEvents()
    assert all(w.width() >= w.sizeHint().width() for w in links + buttons)
    assert links[0].y() < links[1].y() < buttons[0].y()  # each link on a line of its own
    assert buttons[0].y() == buttons[1].y()  # the buttons still side by side
    assert buttons[1].geometry().right() >= page.width() - 20  # still at the right
    assert buttons[1].geometry().bottom() < page.height()  # and nothing below the page
