"""What narrows the entry list besides the words: an event or a tag, and a date range.

``FilterChoice`` is the menu under the search box ("All entries", "Event: ...",
"#tag"); ``DateChip`` shows the range of days the search box understood ("since
March") as a chip, with a button that takes those words out of the search. Both
are plain widgets; ``EntryListPanel`` decides what they do to the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from reflect.core.journal.date_words import DateRange
from reflect.core.journal.models import Event, TagCount
from reflect.ui.common.dates import medium_date
from reflect.ui.common.icons import icon

EVENT = "event:"
TAG = "tag:"


class FilterChoice(QComboBox):
    """All entries, the entries of one event, or those with one tag.

    ``page_link`` (placed by the list) opens the chosen event's page; it shows only
    while an event is chosen.

    Signals:
        event_page_requested(str): the user asked for the chosen event's page.
    """

    event_page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_link = QToolButton(parent)
        self.page_link.setObjectName("entryListEventPage")
        self.page_link.setText(self.tr("Open this event's page"))
        self.page_link.setAccessibleName(self.page_link.text())
        self.page_link.setAutoRaise(True)
        self.page_link.setProperty("role", "link")
        self.page_link.hide()
        self.page_link.clicked.connect(self._ask_for_page)
        self.currentIndexChanged.connect(lambda _i: self._show_link())
        self.setObjectName("tagFilter")
        self.setAccessibleName(self.tr("Show entries of an event or with a tag"))
        self.setToolTip(self.tr("Show only the entries of one event, or with one tag"))
        self._shown: tuple[tuple[str, str], ...] = ()
        self.fill([], [])

    def fill(self, events: Sequence[Event], tags: Sequence[TagCount]) -> None:
        """Offer ``events`` and ``tags``, keeping the current choice if it is still there.

        Called after every save; nothing is rebuilt (and an open menu stays open)
        unless an event or a tag count changed."""
        event_items = tuple(
            (f"{EVENT}{e.id}", self.tr("Event: {title}").format(title=e.title)) for e in events
        )
        tag_items = tuple((f"{TAG}{t.name}", f"#{t.name}  ({t.count})") for t in tags)
        items = (*event_items, *tag_items)
        if items == self._shown and self.count() > 0:
            return
        current = self.currentData()
        self._shown = items
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self.tr("All entries"), None)
            for key, text in event_items:
                self.addItem(text, key)
            if event_items and tag_items:
                self.insertSeparator(self.count())
            for key, text in tag_items:
                self.addItem(text, key)
            index = self.findData(current) if current else 0
            self.setCurrentIndex(max(index, 0))
        finally:
            self.blockSignals(False)
        self.setEnabled(bool(items))
        self._show_link()

    def _show_link(self) -> None:
        self.page_link.setVisible(self.chosen()[0] is not None)

    def _ask_for_page(self) -> None:
        event_id, _tag = self.chosen()
        if event_id is not None:
            self.event_page_requested.emit(event_id)

    def chosen(self) -> tuple[str | None, str | None]:
        """(event id, tag) of the current choice; both None for all entries."""
        value = self.currentData()
        if isinstance(value, str) and value.startswith(EVENT):
            return value.removeprefix(EVENT), None
        if isinstance(value, str) and value.startswith(TAG):
            return None, value.removeprefix(TAG)
        return None, None

    def choose(self, *, event_id: str | None = None, tag: str | None = None) -> bool:
        """Select an event or a tag (neither: all entries). False if it is not offered."""
        key = f"{EVENT}{event_id}" if event_id else f"{TAG}{tag}" if tag else None
        index = self.findData(key) if key else 0
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True

    def tag_names(self) -> list[str]:
        return [k.removeprefix(TAG) for k, _ in self._shown if k.startswith(TAG)]


class DateChip(QWidget):
    """ "1 Mar 2026 – 31 Mar 2026 ×": the days the search is limited to.

    Signals:
        removed: the user took the dates out of the search.
    """

    removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateChip")
        self.label = QLabel(self)
        self.label.setObjectName("dateChipText")
        self.label.setProperty("role", "chip")
        self.remove = QToolButton(self)
        self.remove.setObjectName("dateChipRemove")
        self.remove.setIcon(icon("close"))
        self.remove.setAutoRaise(True)
        self.remove.setAccessibleName(self.tr("Search all dates"))
        self.remove.setToolTip(self.tr("Search all dates (take the dates out of the search)"))
        self.remove.clicked.connect(self.removed.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.label)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.hide()

    def show_range(self, days: DateRange) -> None:
        if not days:
            self.hide()
            return
        text = describe(days)
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()


def describe(days: DateRange, locale: QLocale | None = None) -> str:
    """ "Since 1 Mar 2026", "Until 4 Mar 2025", "3 Mar 2026 – 2 Apr 2026", "On 30 Nov 2026"."""
    loc = locale or QLocale()

    def day(value: date) -> str:
        return medium_date(value, loc)

    def tr(text: str) -> str:
        return QCoreApplication.translate("DateChip", text)

    if days.first is not None and days.last is not None:
        if days.first == days.last:
            return tr("On {day}").format(day=day(days.first))
        return tr("{first} – {last}").format(first=day(days.first), last=day(days.last))
    if days.first is not None:
        return tr("Since {day}").format(day=day(days.first))
    assert days.last is not None
    return tr("Until {day}").format(day=day(days.last))
