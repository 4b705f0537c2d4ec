"""The left side of the journal page: search, a tag filter and the list of entries.

Search is instant: ``search_timer`` waits ``SEARCH_DELAY_MS`` after the last keystroke
and then asks the journal (tests fire the timer by hand). The journal turns any
input into a safe full-text query, so nothing typed here can produce an error.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.core.journal.models import TagCount
from reflect.core.journal.repository import Journal
from reflect.ui.common.icons import icon
from reflect.ui.journal.entry_delegate import ROLE_ID, EntryDelegate
from reflect.ui.journal.entry_list_model import PAGE_SIZE, SEARCH_LIMIT, EntryListModel

SEARCH_DELAY_MS = 150

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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryListPanel")
        self._journal: Journal | None = None
        self._programmatic = False
        self._tags: list[str] = []

        self._build_search_field()

        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setAccessibleName(self.tr("Show entries with tag"))
        self.tag_filter.setToolTip(self.tr("Show only entries with this tag"))

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
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        self._connect_keys(search_delay_ms)

        self._fill_tags([])
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
            self.tr('Words, the start of a word with *, or "an exact phrase" in quotes')
        )

    def _build_list_view(self, page_size: int) -> None:
        self.model = EntryListModel(self, page_size=page_size)
        self.view = QListView(self)
        self.view.setObjectName("entryList")
        self.view.setAccessibleName(self.tr("Entries"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(EntryDelegate(self.view))
        self.view.setUniformItemSizes(True)
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

    # --- journal ------------------------------------------------------------

    def set_journal(self, journal: Journal | None) -> None:
        self._journal = journal
        self.refresh_tags()
        self.model.set_journal(journal)
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
        self.refresh_tags()
        self.model.entries_changed()
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
            self._fill_tags([])
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
        self.model.set_filter(query=self.search.text())
        if keep:
            self.select_entry(keep)
        self._update_state()

    def refresh_tags(self) -> None:
        tags = self._journal.all_tags() if self._journal is not None else []
        self._fill_tags(tags)

    def tag_names(self) -> list[str]:
        """The tags in use, most used first, as last read (for the editor's completer)."""
        return list(self._tags)

    def _fill_tags(self, tags: Sequence[TagCount]) -> None:
        names = [t.name for t in tags]
        if names == self._tags and self.tag_filter.count() == len(names) + 1:
            return
        current = self.model.tag
        self._tags = names
        self.tag_filter.blockSignals(True)
        try:
            self.tag_filter.clear()
            self.tag_filter.addItem(self.tr("All entries"), None)
            for tag in tags:
                self.tag_filter.addItem(f"#{tag.name}  ({tag.count})", tag.name)
            index = self.tag_filter.findData(current) if current else 0
            self.tag_filter.setCurrentIndex(max(index, 0))
        finally:
            self.tag_filter.blockSignals(False)
        self.tag_filter.setEnabled(bool(names))
        if current and current not in names:
            self.model.set_filter(tag=None)

    def select_tag(self, tag: str | None) -> None:
        index = self.tag_filter.findData(tag) if tag else 0
        self.tag_filter.setCurrentIndex(max(index, 0))

    def _tag_chosen(self, _index: int) -> None:
        value = self.tag_filter.currentData()
        keep = self.current_entry_id()
        self.model.set_filter(tag=value if isinstance(value, str) else None)
        if keep:
            self.select_entry(keep)
        self._update_state()

    # --- counts and the empty state -----------------------------------------

    def _update_state(self) -> None:
        count = self.model.rowCount()
        if self.model.searching:
            if count >= SEARCH_LIMIT:
                text = self.tr("First {n} matches").format(n=SEARCH_LIMIT)
            elif count == 1:
                text = self.tr("1 match")
            else:
                text = self.tr("{n} matches").format(n=f"{count:,}")
        elif self._journal is None:
            text = ""
        elif count == 1:
            text = self.tr("1 entry")
        else:
            text = self.tr("{n} entries").format(n=f"{count:,}")
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
