"""The time field writes the locale's clock and reads it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTime
from pytestqt.qtbot import QtBot

from reflect.ui.reminders.time_field import TimeField

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("locale", "shown"),
    [("en_US", "9:30\u202fPM"), ("fr_CA", "21 h 30"), ("de_DE", "21:30"), ("ko_KR", "21:30")],
)
def test_the_field_shows_the_locales_clock_and_reads_it_back(
    qtbot: QtBot, locale: str, shown: str
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        field = TimeField(QTime(21, 30))
        qtbot.addWidget(field)
        # Korean writes "오후 9:30", which the field could not read back: it keeps 21:30.
        assert field.text().replace(" ", "\u202f") == shown.replace(" ", "\u202f")
        assert field.problem() is None and field.time() == QTime(21, 30)
        field.setText("7:15 am")
        field.editingFinished.emit()
        assert field.time() == QTime(7, 15)
        assert field.problem() is None
    finally:
        QLocale.setDefault(before)
