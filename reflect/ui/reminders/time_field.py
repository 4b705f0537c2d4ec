"""A time-of-day field that keeps exactly what the user typed, or says why not.

Replaces QTimeEdit in the reminder dialogs: its sections made select-all then
"21:30" come out as 08:30. This is a plain line edit; the text is read with
``reflect.core.reminders.time_text.parse_time_of_day`` and shown back in the
locale's clock ("21:30", or "9:30 PM" where the 12-hour clock is the custom).
The QTimeEdit-like ``time()``/``setTime()`` keep callers simple.
"""

from __future__ import annotations

from datetime import time as Time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from reflect.core.reminders.time_text import format_time_of_day, parse_time_of_day
from reflect.ui.common.dates import clock_time


class TimeField(QLineEdit):
    """Type "21:30", "9.30", "0930" or "9:30 pm"; ``problem()`` explains anything else.

    Signals:
        time_entered(QTime): the user finished typing a time that reads (Enter or
            leaving the field); it is shown back in the locale's clock.
        unreadable(str): the user finished typing something that is not a time;
            the text says why and how to type it.
    """

    time_entered = Signal(QTime)
    unreadable = Signal(str)

    def __init__(self, value: QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. %1").replace("%1", _shown(Time(21, 30))))
        self.setMaxLength(12)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00 pm") + 40)
        self.setTime(value or QTime(8, 0))
        self.editingFinished.connect(self._tidy)

    def setTime(self, value: QTime) -> None:
        self.setText(_shown(Time(value.hour(), value.minute())))

    def time(self) -> QTime:
        """The typed time; check ``problem()`` first (an unreadable text gives 00:00)."""
        parsed = parse_time_of_day(self.text())
        return QTime(parsed.hour, parsed.minute) if parsed else QTime(0, 0)

    def problem(self) -> str | None:
        if parse_time_of_day(self.text()) is None:
            return self.tr(
                "“%1” is not a time Reflect can read. Type it as hours and minutes, "
                "for example 21:30 or 9:30 pm."
            ).replace("%1", self.text().strip())
        return None

    def _tidy(self) -> None:
        parsed = parse_time_of_day(self.text())
        if parsed is None:
            self.unreadable.emit(self.problem() or "")
            return
        self.setText(_shown(parsed))
        self.time_entered.emit(QTime(parsed.hour, parsed.minute))


def _shown(value: Time) -> str:
    """The locale's clock ("21:30", "9:30 PM", "21 h 30"), or "HH:MM" where the
    locale writes a time the field could not read back."""
    text = clock_time(value)
    return text if parse_time_of_day(text) == value else format_time_of_day(value)
