"""The entry list: lazy paging, a well-behaved model, dates, highlighting, empty states."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.core.journal.models import MATCH_END, MATCH_START, EntrySummary, SearchHit, TagCount
from reflect.core.journal.repository import Journal
from reflect.ui.common import theme
from reflect.ui.journal.entry_delegate import (
    ROLE_DATE,
    ROLE_ID,
    ROLE_PREVIEW_MARKED,
    ROLE_TAGS,
    format_when,
    parse_marked,
)
from reflect.ui.journal.entry_list import EntryListModel, EntryListPanel
from reflect.ui.journal.entry_list_model import MAX_CACHED_PAGES

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

START = datetime(2026, 3, 3, 21, 40, tzinfo=UTC)


class BigJournal:
    """Stands in for a journal of ``total`` entries and records every query.

    Building 10,000 real entries takes SQLCipher tens of seconds on a slow machine;
    the paging behaviour is about which queries the model makes, so a recorder is
    the sharper tool. ``test_paging_against_a_real_journal`` covers the real thing.
    """

    def __init__(self, total: int) -> None:
        self.total = total
        self.pages: list[tuple[int, int]] = []

    def count_entries(self, **_filters: object) -> int:
        return self.total

    def entry_times(self, since: datetime, before: datetime) -> list[datetime]:
        return []

    def list_summaries(self, limit: int, offset: int, **_filters: object) -> list[EntrySummary]:
        self.pages.append((limit, offset))
        end = min(offset + limit, self.total)
        return [
            EntrySummary(
                id=f"id{n}",
                title=f"Entry {n}",
                preview=f"preview {n}",
                tags=["sleep"] if n % 3 == 0 else [],
                created_at=START - timedelta(hours=n),
                updated_at=START - timedelta(hours=n),
            )
            for n in range(offset, end)
        ]

    def list_events(self) -> list[Any]:
        return []

    def all_tags(self) -> list[TagCount]:
        return [TagCount("sleep", self.total // 3)]

    def search(self, query: str, limit: int = 50, **_filters: object) -> list[SearchHit]:
        return []


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[EntryListPanel]:
    widget = EntryListPanel(page_size=100)
    qtbot.addWidget(widget)
    widget.resize(360, 700)
    yield widget
    widget.clear()


def _shown(panel: EntryListPanel) -> None:
    """Let the list lay its rows out (in batches, over a few turns of the event loop)
    and paint what is on screen, as a user would see it."""
    panel.show()
    for _ in range(40):
        QApplication.processEvents()
    panel.grab()


def test_ten_thousand_entries_load_a_page_at_a_time(panel: EntryListPanel) -> None:
    big = BigJournal(10_000)
    panel.set_journal(big)  # type: ignore[arg-type]
    _shown(panel)
    assert panel.model.rowCount() == 10_000
    assert big.pages == [(100, 0)]

    view = panel.view
    view.scrollToBottom()
    _shown(panel)
    assert all(limit == 100 for limit, _ in big.pages)
    assert {offset for _, offset in big.pages} == {0, 9_900}
    # Scrolling through everything keeps only a bounded number of pages in memory.
    for row in range(0, 10_000, 500):
        view.scrollTo(panel.model.index(row))
        _shown(panel)
    assert panel.model.cached_pages() <= MAX_CACHED_PAGES
    assert len(big.pages) < 10_000 // 100 + 5


def test_paging_against_a_real_journal(journal: Journal, qtbot: QtBot) -> None:
    with journal.transaction():
        for n in range(250):
            journal.add_entry(title=f"Entry {n}", body="text")
    calls: list[tuple[int, int]] = []
    real = journal.list_summaries

    def recording(limit: int = 50, offset: int = 0, **kw: Any) -> list[EntrySummary]:
        calls.append((limit, offset))
        return real(limit, offset, **kw)

    journal.list_summaries = recording  # type: ignore[method-assign]
    model = EntryListModel(page_size=20)
    model.set_journal(journal)
    assert model.rowCount() == 250
    assert calls == []
    assert model.index(0).data() == "Entry 249"  # newest first
    assert model.index(249).data() == "Entry 0"
    assert calls == [(20, 0), (20, 240)]


def test_model_passes_qt_model_tester(journal: Journal, qtmodeltester: Any) -> None:
    for n in range(30):
        journal.add_entry(title=f"Entry {n}" if n % 4 else "", body="text", tags=["a"])
    model = EntryListModel(page_size=7)
    model.set_journal(journal)
    qtmodeltester.check(model, force_py=False)
    model.set_filter(query="text")
    qtmodeltester.check(model, force_py=False)
    model.set_filter(query="", tag="a")
    qtmodeltester.check(model, force_py=False)
    model.clear()
    qtmodeltester.check(model, force_py=False)


def test_rows_show_date_title_tags_and_untitled(journal: Journal) -> None:
    journal.add_entry(title="", body="Just words.", tags=["sleep", "review"])
    model = EntryListModel()
    model.set_journal(journal)
    index = model.index(0)
    assert index.data() == "Untitled"
    assert index.data(ROLE_TAGS) == ["sleep", "review"]
    assert index.data(ROLE_PREVIEW_MARKED) == "Just words."
    assert index.data(ROLE_DATE) == format_when(journal.clock.now())
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Untitled" in spoken
    assert "sleep" in spoken


def test_event_title_is_shown_on_the_row(journal: Journal) -> None:
    from datetime import date

    from reflect.ui.journal.entry_delegate import ROLE_EVENT

    event = journal.add_event("Night of 2 March", date(2026, 3, 2))
    journal.add_entry(title="t", body="b", event_id=event.id)
    model = EntryListModel()
    model.set_journal(journal)
    assert model.index(0).data(ROLE_EVENT) == "Night of 2 March"


def test_date_reads_like_a_person_would_write_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        assert format_when(START, english) == "Tue 3 Mar 2026 · 21:40"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_parse_marked_finds_highlight_spans() -> None:
    text = f"the {MATCH_START}handover{MATCH_END} and {MATCH_START}hand{MATCH_END}"
    plain, spans = parse_marked(text)
    assert plain == "the handover and hand"
    assert [plain[s : s + n] for s, n in spans] == ["handover", "hand"]


def test_search_highlight_is_painted(journal: Journal, panel: EntryListPanel) -> None:
    journal.add_entry(title="Plain", body="one two handover three four")
    panel.set_journal(journal)
    before = panel.view.grab().toImage()
    panel.search.setText("handover")
    panel.apply_search()
    after = panel.view.grab().toImage()
    soft = QColor(theme.colors()["accent_soft"])  # the soft accent painted behind a match

    def has_colour(image: QImage, colour: QColor) -> bool:
        return any(
            image.pixelColor(x, y) == colour
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
        )

    assert not has_colour(before, soft)
    assert has_colour(after, soft)


def test_selecting_a_row_announces_the_entry(
    journal: Journal, panel: EntryListPanel, qtbot: QtBot
) -> None:
    older = journal.add_entry(title="Older", body="a")
    journal.add_entry(title="Newer", body="b")
    panel.set_journal(journal)
    with qtbot.waitSignal(panel.entry_activated, timeout=0) as signal:
        panel.view.setCurrentIndex(panel.model.index(1))
    assert signal.args == [older.id]
    # Selecting from code (after a save) does not announce anything.
    with qtbot.assertNotEmitted(panel.entry_activated):
        panel.select_entry(older.id)


def test_clear_empties_rows_search_and_tags(journal: Journal, panel: EntryListPanel) -> None:
    journal.add_entry(title="secret title", body="b", tags=["secret-tag"])
    panel.set_journal(journal)
    panel.search.setText("secret")
    panel.apply_search()
    panel.clear()
    assert panel.model.rowCount() == 0
    assert panel.search.text() == ""
    assert panel.tag_filter.count() == 1
    assert panel.count_label.text() == ""
    assert panel.empty.text() == ""
    assert panel.model.index(0).data(ROLE_ID) is None


def test_rows_have_one_height_so_long_lists_stay_quick(panel: EntryListPanel) -> None:
    assert panel.view.uniformItemSizes()
