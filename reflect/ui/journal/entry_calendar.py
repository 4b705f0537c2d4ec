"""Finding by date: a month calendar that marks the days with entries, and Go to date
(Ctrl+G), with the page's actions for both (``FindingByDate``).

Choosing a day (click, or arrows and Enter) takes the list to that day's newest
entry, or to the nearest one before it. Only the days of the month on show are
asked for, so a journal of any size costs one small query per month turned. The
marks are kept for the open journal only and wiped when it locks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Protocol

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from reflect.core.journal.repository import Journal
from reflect.ui.common.icons import icon


def local_midnight(day: date) -> datetime:
    """The moment ``day`` begins on this computer's clock, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()


class EntryCalendar(QCalendarWidget):
    """Days with entries in bold, in the accent colour.

    Signals:
        day_chosen: the user chose a day (a ``datetime.date``).
    """

    day_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryCalendar")
        self.setAccessibleName(self.tr("Calendar: days in bold have entries"))
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # One letter a day keeps the calendar inside the list's narrowest width.
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self._journal: Journal | None = None
        self.marked: set[date] = set()
        """The days marked on the month shown (tests read it)."""
        self._name_parts()
        self.currentPageChanged.connect(lambda _y, _m: self.refresh_marks())
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    def _name_parts(self) -> None:
        """Screen readers say what each of the calendar's own controls is."""
        names = {
            "qt_calendar_calendarview": self.tr("Days of the month; bold days have entries"),
            "qt_calendar_prevmonth": self.tr("Previous month"),
            "qt_calendar_nextmonth": self.tr("Next month"),
            "qt_calendar_monthbutton": self.tr("Choose the month"),
            "qt_calendar_yearbutton": self.tr("Choose the year"),
            "qt_calendar_yearedit": self.tr("Year"),
        }
        for child in self.findChildren(QWidget):
            if child.objectName() in names:
                child.setAccessibleName(names[child.objectName()])

    def set_journal(self, journal: Journal | None, today: date) -> None:
        self._journal = journal
        self.setMaximumDate(QDate(today.year, today.month, today.day))
        self.setSelectedDate(QDate(today.year, today.month, today.day))
        self.refresh_marks()

    def refresh_marks(self) -> None:
        """Mark the days with entries on the month on show (and the days around it)."""
        # Weekends in the text colour, not Qt's red: red reads as a warning here.
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(weekend, plain)
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        self.marked = set()
        if self._journal is None:
            return
        first = date(self.yearShown(), self.monthShown(), 1) - timedelta(days=7)
        last = first + timedelta(days=7 + 31 + 14)
        times = self._journal.entry_times(local_midnight(first), local_midnight(last))
        self.marked = {t.astimezone().date() for t in times}
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setForeground(self.palette().color(QPalette.ColorRole.Link))
        for day in self.marked:
            self.setDateTextFormat(QDate(day.year, day.month, day.day), mark)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh_marks()  # a live theme switch: the accent colour changed
        super().changeEvent(event)

    def _chosen(self, day: QDate) -> None:
        self.day_chosen.emit(day.toPython())


class GoToDateDialog(QDialog):
    """Ctrl+G: a date field with a calendar; Enter goes there."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToDateDialog")
        self.setWindowTitle(self.tr("Go to date"))
        self.day = QDateEdit(self)
        self.day.setObjectName("goToDate")
        self.day.setAccessibleName(self.tr("Date to go to"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Go"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Go to"), self.day)
        form.addRow(buttons)

    def chosen(self) -> date:
        value: date = self.day.date().toPython()  # type: ignore[assignment]
        return value


class FindingByDate(QObject):
    """The page's two date actions: Go to date (Ctrl+G) and showing the calendar."""

    def __init__(self, panel: EntryListPanelLike, today: Callable[[], date], page: QWidget) -> None:
        super().__init__(page)
        self._panel = panel
        self._today = today
        self._page = page
        self.go_to_action = QAction(icon("calendar"), self.tr("Go to date…"), page)
        self.go_to_action.setObjectName("goToDateAction")
        self.go_to_action.setShortcut(QKeySequence("Ctrl+G"))
        self.go_to_action.triggered.connect(self.ask)
        self.calendar_action = QAction(self.tr("&Calendar"), page)
        self.calendar_action.setObjectName("calendarAction")
        self.calendar_action.setCheckable(True)
        self.calendar_action.setChecked(True)
        self.calendar_action.toggled.connect(panel.calendar.setVisible)
        page.addAction(self.go_to_action)
        page.addAction(self.calendar_action)

    def ask(self) -> GoToDateDialog:
        """Ask for a day, then show its entry in the list (and so in the editor)."""
        dialog = GoToDateDialog(self._today(), self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._panel.go_to_date(dialog.chosen()))
        dialog.open()
        return dialog


class EntryListPanelLike(Protocol):
    calendar: EntryCalendar

    def go_to_date(self, day: date) -> bool: ...
