"""The entry list model: a paged view of the journal, or the current search results.

The model knows how many entries there are and fetches rows a page at a time, only
when the view asks for them (it asks only for rows on screen, because rows have a
uniform height). Pages are kept in a small cache, so a journal of 100,000 entries
scrolls smoothly and is never loaded whole. Search results replace the list while
the search field has text; they are few (``SEARCH_LIMIT``) and loaded at once.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from reflect.core.journal.models import EntrySummary, SearchHit
from reflect.core.journal.repository import Journal
from reflect.ui.journal.entry_delegate import (
    ROLE_DATE,
    ROLE_EVENT,
    ROLE_ID,
    ROLE_PREVIEW_MARKED,
    ROLE_TAGS,
    ROLE_TITLE_MARKED,
    format_when,
    strip_marks,
)

# Markdown markers that would look like noise in a one-line snippet.
_SNIPPET_NOISE = re.compile(r"(?:(?<=\s)|^)(?:#{1,6}|>|[-+*]|\d{1,3}[.)])\s+|\*\*|__")

PAGE_SIZE = 100
MAX_CACHED_PAGES = 24
SEARCH_LIMIT = 200

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    """What one list row shows (search rows have marked title and preview)."""

    entry_id: str
    title_marked: str
    preview_marked: str
    when: str
    event: str
    tags: tuple[str, ...]


class EntryListModel(QAbstractListModel):
    """Entries newest first, or search hits best first, fetched lazily."""

    def __init__(self, parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._journal: Journal | None = None
        self._tag: str | None = None
        self._event_id: str | None = None
        self._since: datetime | None = None
        self._before: datetime | None = None
        self._query = ""
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._hits: list[Row] | None = None
        self._events: dict[str, str] = {}

    # --- what to show -------------------------------------------------------

    @property
    def searching(self) -> bool:
        return self._hits is not None

    @property
    def tag(self) -> str | None:
        return self._tag

    def set_journal(self, journal: Journal | None) -> None:
        self._journal = journal
        self.refresh()

    @property
    def event_id(self) -> str | None:
        return self._event_id

    @property
    def days(self) -> tuple[datetime | None, datetime | None]:
        """The time range shown: ``[since, before)``, either end open (None)."""
        return self._since, self._before

    def set_filter(
        self,
        *,
        query: str | None = None,
        tag: str | bool | None = False,
        event_id: str | bool | None = False,
        days: tuple[datetime | None, datetime | None] | None = None,
    ) -> None:
        """Change the search words, the tag, the event and/or the time range
        (``False`` and ``None`` leave that one as it is)."""
        if query is not None:
            self._query = query
        if tag is not False:
            self._tag = tag if isinstance(tag, str) else None
        if event_id is not False:
            self._event_id = event_id if isinstance(event_id, str) else None
        if days is not None:
            self._since, self._before = days
        self.refresh()

    def _filters(self) -> dict[str, Any]:
        return {
            "tag": self._tag,
            "event_id": self._event_id,
            "since": self._since,
            "before": self._before,
        }

    @property
    def filtered(self) -> bool:
        """Whether a tag, an event or a time range narrows the list."""
        return any(v is not None for v in self._filters().values())

    def row_before(self, moment: datetime) -> int:
        """The row of the newest entry created before ``moment`` (the list is newest
        first, so it is the number of entries shown that are newer); the row count
        if there is none."""
        if self._journal is None or self._hits is not None:
            return 0
        filters = self._filters()
        since = filters.pop("since")
        newer_from = moment if since is None else max(moment, since)
        return self._journal.count_entries(**{**filters, "since": newer_from})

    def refresh(self) -> None:
        """Re-read everything from the journal (cheap: only the count and hits)."""
        self.beginResetModel()
        self._pages.clear()
        self._hits = None
        self._count = 0
        if self._journal is not None:
            self._events = {e.id: e.title for e in self._journal.list_events()}
            if self._query.strip():
                hits = self._journal.search(self._query, SEARCH_LIMIT, **self._filters())
                self._hits = [self._hit_row(h) for h in hits]
                self._count = len(self._hits)
            else:
                self._count = self._journal.count_entries(**self._filters())
        else:
            self._events = {}
        self.endResetModel()

    def entries_changed(self, entry_id: str | None = None) -> bool:
        """An entry was saved: refresh rows in place, or reset if entries came or went.

        ``entry_id``: the one entry that changed. Its page is read again and only its
        row repainted (an autosave while typing costs the window next to nothing).
        Returns False when that was all, and its tags did not change: the tag and
        event menus and the calendar need nothing new."""
        if self._journal is None:
            return True
        if self.searching or self._journal.count_entries(**self._filters()) != self._count:
            self.refresh()
            return True
        self._events = {e.id: e.title for e in self._journal.list_events()}
        row = self._loaded_row(entry_id) if entry_id is not None else None
        if row is not None:
            before = self._row(row)
            self._fetch_page(row // self._page_size)
            after = self._row(row)
            self.dataChanged.emit(self.index(row), self.index(row))
            return before is None or after is None or before.tags != after.tags
        loaded = sorted(self._pages)
        self._pages.clear()
        # Only rows that were loaded can be on screen; the rest are read fresh when
        # scrolled to. Announcing all 100,000 rows made the view walk every one.
        for page in loaded:
            first = page * self._page_size
            last = min(first + self._page_size, self._count) - 1
            if first <= last:
                self.dataChanged.emit(self.index(first), self.index(last))
        return True

    def clear(self) -> None:
        """Forget the journal and every row (used when locking)."""
        self.beginResetModel()
        self._journal = None
        self._query = ""
        self._tag = None
        self._event_id = None
        self._since = self._before = None
        self._count = 0
        self._pages.clear()
        self._hits = None
        self._events = {}
        self.endResetModel()

    # --- rows ---------------------------------------------------------------

    def _summary_row(self, summary: EntrySummary) -> Row:
        return Row(
            entry_id=summary.id,
            title_marked=summary.title,
            preview_marked=summary.preview,
            when=format_when(summary.created_at),
            event=self._events.get(summary.event_id or "", ""),
            tags=tuple(summary.tags),
        )

    def _hit_row(self, hit: SearchHit) -> Row:
        return Row(
            entry_id=hit.entry_id,
            title_marked=hit.title_marked,
            preview_marked=clean_snippet(hit.snippet),
            when=format_when(hit.created_at),
            event="",
            tags=(),
        )

    def _row(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        if self._hits is not None:
            return self._hits[row]
        page_number, offset = divmod(row, self._page_size)
        page = self._pages.get(page_number)
        if page is None:
            page = self._fetch_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def _fetch_page(self, page_number: int) -> list[Row]:
        if self._journal is None:
            return []
        summaries = self._journal.list_summaries(
            self._page_size, page_number * self._page_size, **self._filters()
        )
        page = [self._summary_row(s) for s in summaries]
        self._pages[page_number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def _loaded_row(self, entry_id: str) -> int | None:
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.entry_id == entry_id:
                    return number * self._page_size + offset
        return None

    def cached_pages(self) -> int:
        """How many pages are in memory now (tests check it stays small)."""
        return len(self._pages)

    def entry_id_at(self, row: int) -> str | None:
        item = self._row(row)
        return item.entry_id if item else None

    def row_of(self, entry_id: str) -> int | None:
        """The row of ``entry_id`` among loaded rows (loading at most the first page).

        New entries land on the first page, so that one is worth a query; deeper
        rows are found only if the user has scrolled to them already.
        """
        if self._hits is not None:
            rows = enumerate(self._hits)
            return next((i for i, r in rows if r.entry_id == entry_id), None)
        if self._count and 0 not in self._pages:
            self._fetch_page(0)
        return self._loaded_row(entry_id)

    # --- Qt model interface -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        item = self._row(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return strip_marks(item.title_marked) or self.tr("Untitled")
        if role == ROLE_ID:
            return item.entry_id
        if role == ROLE_TITLE_MARKED:
            return item.title_marked
        if role == ROLE_PREVIEW_MARKED:
            return item.preview_marked
        if role == ROLE_DATE:
            return item.when
        if role == ROLE_EVENT:
            return item.event
        if role == ROLE_TAGS:
            return list(item.tags)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self._spoken(item)
        return None

    def _spoken(self, item: Row) -> str:
        title = strip_marks(item.title_marked) or self.tr("Untitled")
        parts = [title, item.when]
        if item.event:
            parts.append(self.tr("about {event}").format(event=item.event))
        if item.tags:
            parts.append(self.tr("tags: {tags}").format(tags=", ".join(item.tags)))
        return ", ".join(parts)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def clean_snippet(snippet: str) -> str:
    """Flatten a search snippet: line breaks and Markdown markers would read as noise."""
    return _SNIPPET_NOISE.sub("", " ".join(snippet.split()))
