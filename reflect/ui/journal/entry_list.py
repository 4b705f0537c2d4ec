"""The left side of the journal page: search, filters, a calendar and the list of entries.

Search is instant: ``search_timer`` waits ``SEARCH_DELAY_MS`` after the last keystroke
and then asks the journal (tests fire the timer by hand). The journal turns any
input into a safe full-text query, so nothing typed here can produce an error.
Dates typed in plain words ("since March", "last week") narrow the list and show
as a chip (``reflect.core.journal.date_words`` reads them); the menu below narrows it
to an event or a tag; all of these combine.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.core.journal.date_words import read_search
from reflect.core.journal.repository import Journal
from reflect.ui.common.dates import week_start
from reflect.ui.common.icons import icon
from reflect.ui.journal.entry_calendar import EntryCalendar, local_midnight
from reflect.ui.journal.entry_delegate import ROLE_ID, EntryDelegate
from reflect.ui.journal.entry_filters import DateChip, FilterChoice
from reflect.ui.journal.entry_list_model import PAGE_SIZE, SEARCH_LIMIT, EntryListModel

SEARCH_DELAY_MS = 150
LAYOUT_BATCH = 500

__all__ = ["EntryListModel", "EntryListPanel"]


class EntryListPanel(QWidget):
    """Search field, tag filter and the entry list, with a plain empty state."""

    entry_activated = Signal(str)
    """The user moved to (or opened) an entry: its id."""
    open_requested = Signal(str)
    """The user pressed Enter or double-clicked an entry: go and write in it."""
    delete_requested = Signal(str)
    """The user pressed Delete on an entry in the list."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        search_delay_ms: int = SEARCH_DELAY_MS,
        page_size: int = PAGE_SIZE,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryListPanel")
        self._journal: Journal | None = None
        self._programmatic = False
        self._today = today

        self._build_search_field()
        self.date_chip = DateChip(self)
        self.tag_filter = FilterChoice(self)
        self.calendar = EntryCalendar(self)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("entryCount")
        self.count_label.setProperty("role", "muted")

        self._build_list_view(page_size)
        self._build_empty_note()

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 14, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addWidget(self.date_chip)
        layout.addLayout(filters)
        layout.addWidget(self.tag_filter.page_link)
        layout.addWidget(self.calendar)
        layout.addWidget(self.stack, 1)

        self._connect_keys(search_delay_ms)
        self._update_state()

    # --- layout ---------------------------------------------------------------------

    def _build_search_field(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setAccessibleName(self.tr("Search entries"))
        self.search.setPlaceholderText(self.tr("Search your entries"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setToolTip(
            self.tr(
                'Words, the start of a word with *, "an exact phrase" in quotes, and dates '
                "in plain words: since March, last week, in 2024, before 5 May"
            )
        )

    def _build_list_view(self, page_size: int) -> None:
        self.model = EntryListModel(self, page_size=page_size)
        self.view = QListView(self)
        self.view.setObjectName("entryList")
        self.view.setAccessibleName(self.tr("Entries"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(EntryDelegate(self.view))
        self.view.setUniformItemSizes(True)
        # Qt lays the whole list out again after a row changes (each autosave): in
        # batches, that is a few rows per turn of the event loop, not 10,000 at once
        # (a 20-30 ms pause after every autosave, tests/benchmarks/bench_ui.py).
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(LAYOUT_BATCH)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.setFrameShape(QListView.Shape.NoFrame)

    def _build_empty_note(self) -> None:
        """Shown instead of the list when nothing is written or nothing matches."""
        self.empty = QLabel(self)
        self.empty.setObjectName("entryListEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setProperty("role", "muted")
        self.empty.setContentsMargins(16, 16, 16, 16)

    def _connect_keys(self, search_delay_ms: int) -> None:
        """Typing searches after a pause; Enter opens, Delete deletes, Esc clears the
        search, Down moves to the list."""
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(search_delay_ms)
        self.search_timer.timeout.connect(self.apply_search)

        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self._open_first)
        self.tag_filter.currentIndexChanged.connect(self._tag_chosen)
        self.date_chip.removed.connect(self._remove_dates)
        self.calendar.day_chosen.connect(self.go_to_date)
        selection = self.view.selectionModel()
        selection.currentChanged.connect(self._current_changed)
        self.view.activated.connect(self._activated)

        self._delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        self._delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete_shortcut.activated.connect(self._delete_current)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        self._escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._escape.activated.connect(self.clear_search)
        self._down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        self._down.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._down.activated.connect(self._focus_list)

    def tab_chain(self) -> tuple[QWidget, ...]:
        """The controls in reading order, for Tab (a hidden one is skipped)."""
        chip, link = self.date_chip.remove, self.tag_filter.page_link
        return (self.search, chip, self.tag_filter, link, self.calendar, self.view)

    # --- journal ------------------------------------------------------------

    def set_journal(self, journal: Journal | None) -> None:
        self._journal = journal
        self.refresh_tags()
        self.model.set_journal(journal)
        self.calendar.set_journal(journal, self._today())
        self._update_state()

    def refresh(self) -> None:
        """Re-read the list, keeping the selected entry selected when it is still there."""
        keep = self.current_entry_id()
        self.model.refresh()
        if keep:
            self.select_entry(keep)
        self._update_state()

    def entries_changed(self, entry_id: str | None = None) -> None:
        """Call after an entry was saved, created or deleted."""
        keep = entry_id or self.current_entry_id()
        if self.model.entries_changed(entry_id):  # more than one row's words changed
            self.refresh_tags()
            self.calendar.refresh_marks()
        if keep:
            self.select_entry(keep)
        self._update_state()

    def clear(self) -> None:
        """Wipe the search text, the tags and every row (nothing of the journal remains)."""
        self.search_timer.stop()
        self._journal = None
        self._programmatic = True
        try:
            self.search.blockSignals(True)
            self.search.setText("")  # also clears the field's undo history
            self.search.blockSignals(False)
            self.model.clear()
            self.tag_filter.fill([], [])
            self.date_chip.show_range(read_search("", self._today()).days)
            self.calendar.set_journal(None, self._today())
        finally:
            self._programmatic = False
        self._update_state()

    # --- selection ----------------------------------------------------------

    def current_entry_id(self) -> str | None:
        index = self.view.currentIndex()
        value = index.data(ROLE_ID) if index.isValid() else None
        return value if isinstance(value, str) else None

    def select_entry(self, entry_id: str | None) -> bool:
        """Show ``entry_id`` as selected without announcing it. False if it isn't loaded."""
        row = self.model.row_of(entry_id) if entry_id else None
        self._programmatic = True
        try:
            selection = self.view.selectionModel()
            if row is None:
                selection.clear()
                return False
            index = self.model.index(row)
            if selection.currentIndex() == index and selection.isSelected(index):
                return True  # already so (each autosave asks): selecting again costs 15 ms
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
            return True
        finally:
            self._programmatic = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._programmatic or not current.isValid():
            return
        entry_id = current.data(ROLE_ID)
        if isinstance(entry_id, str):
            self.entry_activated.emit(entry_id)

    def _activated(self, index: QModelIndex) -> None:
        entry_id = index.data(ROLE_ID)
        if isinstance(entry_id, str):
            self.entry_activated.emit(entry_id)
            self.open_requested.emit(entry_id)

    def _open_first(self) -> None:
        self.apply_search()
        if self.model.rowCount():
            index = self.model.index(0)
            self.view.setCurrentIndex(index)
            self._activated(index)

    def _focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))

    def _delete_current(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id:
            self.delete_requested.emit(entry_id)

    # --- search and tags ----------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_search(self) -> None:
        if self.search.text():
            self.search.setText("")
            self.apply_search()

    def apply_search(self) -> None:
        """Run the search now (the debounce timer calls this)."""
        self.search_timer.stop()
        keep = self.current_entry_id()
        request = read_search(self.search.text(), self._today(), week_starts=week_start())
        days = request.days
        since = local_midnight(days.first) if days.first else None
        before = local_midnight(days.last + timedelta(days=1)) if days.last else None
        self.model.set_filter(query=request.words, days=(since, before))
        self.date_chip.show_range(days)
        if keep:
            self.select_entry(keep)
        self._update_state()

    def _remove_dates(self) -> None:
        """The chip's ×: search the same words over every date."""
        request = read_search(self.search.text(), self._today(), week_starts=week_start())
        self.search.setText(request.without_dates(self.search.text()))
        self.apply_search()

    def go_to_date(self, day: date) -> bool:
        """Show the newest entry of ``day`` (or the nearest one before it) and open it.

        A search is cleared first (a day is found in the whole list, or in the
        event or tag chosen below the search). False when there is nothing to show."""
        if self.search.text():
            self.search.setText("")
            self.apply_search()
        count = self.model.rowCount()
        if not count:
            return False
        row = min(self.model.row_before(local_midnight(day + timedelta(days=1))), count - 1)
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        return True

    def refresh_tags(self) -> None:
        """Re-read the events and tags offered below the search."""
        journal = self._journal
        events = journal.list_events() if journal is not None else []
        tags = journal.all_tags() if journal is not None else []
        self.tag_filter.fill(events, tags)
        event_id, tag = self.model.event_id, self.model.tag
        if (event_id or tag) and not self.tag_filter.choose(event_id=event_id, tag=tag):
            self.model.set_filter(tag=None, event_id=None)  # it was deleted

    def tag_names(self) -> list[str]:
        """The tags in use, most used first, as last read (for the editor's completer)."""
        return self.tag_filter.tag_names()

    def select_tag(self, tag: str | None) -> None:
        self.tag_filter.choose(tag=tag)

    def select_event(self, event_id: str | None) -> bool:
        """Show only the entries of ``event_id`` (None: all). False if it is not offered."""
        return self.tag_filter.choose(event_id=event_id)

    def _tag_chosen(self, _index: int) -> None:
        event_id, tag = self.tag_filter.chosen()
        keep = self.current_entry_id()
        self.model.set_filter(tag=tag, event_id=event_id)
        if keep:
            self.select_entry(keep)
        self._update_state()

    # --- counts and the empty state -----------------------------------------

    def _update_state(self) -> None:
        count = self.model.rowCount()
        if self.model.searching:
            if count >= SEARCH_LIMIT:
                text = self.tr("First {n} matches").format(n=SEARCH_LIMIT)
            else:
                text = self.tr("%Ln match(es)", "", count)
        elif self._journal is None:
            text = ""
        else:
            text = self.tr("%Ln entry(s)", "", count)
        self.count_label.setText(text)
        if count:
            self.stack.setCurrentWidget(self.view)
            return
        if self._journal is None:
            self.empty.setText("")
        elif self.model.searching:
            self.empty.setText(
                self.tr(
                    "No entries match your search.\n\nTry fewer words, or the start of a "
                    "word followed by *."
                )
            )
        elif self.model.days != (None, None):
            self.empty.setText(
                self.tr("No entries on these days.\n\nPress × beside the dates to see all.")
            )
        elif self.model.event_id:
            self.empty.setText(self.tr("Nothing written about this event yet."))
        elif self.model.tag:
            self.empty.setText(self.tr("No entries have this tag now."))
        else:
            self.empty.setText(
                self.tr(
                    "Nothing written yet.\n\nWhen you are ready, just start typing on the "
                    "right, or press Ctrl+N for a new entry. It stays on this computer, "
                    "encrypted."
                )
            )
        self.stack.setCurrentWidget(self.empty)
