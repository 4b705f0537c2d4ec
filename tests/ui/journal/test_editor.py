"""The entry editor on its own: formatting, highlighting, identifier flags, preview."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.journal.repository import Journal
from reflect.ui.journal.editor import EntryEditor
from reflect.ui.journal.markdown_preview import SafePreview

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    text: str


class FakeFinder:
    """Flags "Mr <Name>" and counts the paragraphs it was asked about."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, text: str) -> Sequence[Finding]:
        self.asked.append(text)
        return [
            Finding("name", m.start(), m.end(), m.group()) for m in re.finditer(r"Mr \w+", text)
        ]


@pytest.fixture
def finder() -> FakeFinder:
    return FakeFinder()


@pytest.fixture
def editor(
    qtbot: QtBot, clock: FakeClock, journal: Journal, finder: FakeFinder
) -> Iterator[EntryEditor]:
    widget = EntryEditor(clock, finder=finder)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.set_journal(journal)
    widget.new_entry()
    yield widget
    widget.clear()


def _formats_at(editor: EntryEditor, block_number: int) -> list[tuple[int, int, QTextCharFormat]]:
    block = editor.body.document().findBlockByNumber(block_number)
    return [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]


def _select(editor: EntryEditor, start: int, end: int) -> None:
    cursor = editor.body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.body.setTextCursor(cursor)


def test_bold_wraps_and_unwraps_the_selection(editor: EntryEditor) -> None:
    editor.body.setPlainText("I was tired")
    _select(editor, 6, 11)
    editor.bold_action.trigger()
    assert editor.body.toPlainText() == "I was **tired**"
    _select(editor, 6, 15)
    editor.bold_action.trigger()
    assert editor.body.toPlainText() == "I was tired"


def test_italic_with_no_selection_leaves_cursor_between_markers(editor: EntryEditor) -> None:
    editor.italic_action.trigger()
    QTest.keyClicks(editor.body, "so")
    assert editor.body.toPlainText() == "*so*"


def test_list_quote_and_heading_toggle_lines(editor: EntryEditor) -> None:
    editor.body.setPlainText("one\ntwo")
    _select(editor, 0, 7)
    editor.list_action.trigger()
    assert editor.body.toPlainText() == "- one\n- two"
    _select(editor, 0, 11)
    editor.list_action.trigger()
    assert editor.body.toPlainText() == "one\ntwo"
    _select(editor, 0, 0)
    editor.quote_action.trigger()
    assert editor.body.toPlainText() == "> one\ntwo"
    _select(editor, 6, 6)
    editor.heading_action.trigger()
    assert editor.body.toPlainText() == "> one\n## two"
    editor.heading_action.trigger()
    assert editor.body.toPlainText() == "> one\ntwo"


def test_one_undo_reverts_one_formatting_command(editor: EntryEditor) -> None:
    editor.body.setPlainText("a\nb")
    _select(editor, 0, 3)
    editor.list_action.trigger()
    editor.body.undo()
    assert editor.body.toPlainText() == "a\nb"


def test_markdown_highlighting_marks_headings_and_bold(editor: EntryEditor) -> None:
    editor.body.setPlainText("## Tonight\nI felt **very** alone\nplain")
    heading = _formats_at(editor, 0)
    assert any(f.fontWeight() >= QFont.Weight.DemiBold for _s, _n, f in heading)
    body = _formats_at(editor, 1)
    bold = [(s, n) for s, n, f in body if f.fontWeight() == QFont.Weight.Bold]
    assert (9, 4) in bold  # "very"
    assert _formats_at(editor, 2) == []


def test_identifiers_are_underlined_after_a_pause_with_a_tooltip(
    editor: EntryEditor, finder: FakeFinder
) -> None:
    QTest.keyClicks(editor.body, "I keep thinking about Mr Jones and the night")
    assert finder.asked == []  # nothing runs per keystroke
    assert editor.identifiers.timer.isActive()
    editor.identifiers.timer.timeout.emit()
    editor.identifiers.wait()  # the pause's scan runs on a worker
    underlined = [
        (s, n)
        for s, n, f in _formats_at(editor, 0)
        if f.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    ]
    assert underlined == [(22, 8)]
    mark = editor.identifiers.mark_at(24)
    assert mark is not None
    assert editor.identifiers.mark_at(3) is None
    tip = editor.identifiers.tooltip_text()
    assert "could identify someone" in tip and "patient" not in tip  # may be a colleague


def test_identifier_scan_looks_only_at_what_is_on_screen(
    editor: EntryEditor, finder: FakeFinder
) -> None:
    paragraphs = "\n".join(f"Paragraph {n} about the shift." for n in range(3000))
    editor.body.setPlainText(paragraphs)
    finder.asked.clear()
    editor.identifiers.scan()
    assert 0 < len(finder.asked) < 100
    # Scanning again without changes asks nothing: results are remembered per paragraph.
    finder.asked.clear()
    editor.identifiers.scan()
    assert finder.asked == []


def test_real_identifier_rules_flag_a_name(
    qtbot: QtBot, clock: FakeClock, journal: Journal
) -> None:
    widget = EntryEditor(clock)
    qtbot.addWidget(widget)
    widget.set_journal(journal)
    widget.new_entry()
    assert widget.identifiers.enabled
    QTest.keyClicks(widget.body, "Mr Jones, MRN 12345678, was in bed 4.")
    widget.identifiers.timer.timeout.emit()
    widget.identifiers.wait()  # the pause's scan runs on a worker
    assert widget.identifiers.mark_at(4) is not None
    widget.clear()


def test_word_count_updates_after_a_pause(editor: EntryEditor) -> None:
    QTest.keyClicks(editor.body, "three small words")
    editor.stats_timer.timeout.emit()
    assert editor.word_count.text() == "3 words"


def test_status_says_saving_then_saved(editor: EntryEditor, journal: Journal) -> None:
    QTest.keyClicks(editor.body, "a")
    assert editor.save_status.text() == "Saved"  # the first keystroke stores the entry
    QTest.keyClicks(editor.body, "b")
    assert editor.save_status.text() == "Saving…"
    editor.autosave_timer.timeout.emit()
    editor.wait_for_saves()  # the save runs off the UI thread
    assert editor.save_status.text() == "Saved"


def test_new_entry_for_an_event_is_stored_with_it(editor: EntryEditor, journal: Journal) -> None:
    event = journal.add_event("The night", date(2026, 3, 1))
    editor.refresh_choices()
    editor.new_entry(event_id=event.id)
    assert editor.current_event_id() == event.id
    QTest.keyClicks(editor.body, "x")
    entry_id = editor.current_entry_id()
    assert entry_id is not None
    assert journal.get_entry(entry_id).event_id == event.id


def test_changing_the_event_is_saved(editor: EntryEditor, journal: Journal) -> None:
    event = journal.add_event("The night", date(2026, 3, 1))
    editor.refresh_choices()
    QTest.keyClicks(editor.body, "text")
    editor.event_selector.select_event(event.id)
    editor.save_pending()
    entry_id = editor.current_entry_id()
    assert entry_id is not None
    assert journal.get_entry(entry_id).event_id == event.id


def test_tags_are_completed_after_the_last_comma(editor: EntryEditor) -> None:
    completer = editor.tags.tag_completer
    completer.set_tags(["sleep", "review"])
    editor.tags.setText("grief, sle")
    assert completer.splitPath(editor.tags.text()) == ["sle"]
    index = completer.model().index(0, 0)
    assert completer.pathFromIndex(index) == "grief, sleep, "
    assert editor.tags.tags() == ["grief", "sle"]


def test_preview_shows_rendered_text_and_hides_the_editor(editor: EntryEditor) -> None:
    editor.body.setPlainText("# Heading\n\nSome **bold** words")
    editor.preview_action.trigger()
    assert editor.stack.currentWidget() is editor.preview
    assert "bold" in editor.preview.toPlainText()
    assert "**" not in editor.preview.toPlainText()
    assert not editor.bold_action.isEnabled()
    editor.preview_action.trigger()
    assert editor.stack.currentWidget() is editor.body
    assert editor.preview.toPlainText() == ""


def test_preview_never_loads_a_remote_resource(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Even if unsafe HTML slipped past the renderer, nothing remote may be fetched.
    html = (
        '<p>hi</p><img src="http://example.com/track.png">'
        '<img src="https://example.com/a.png"><img src="file:///etc/passwd">'
        '<link rel="stylesheet" href="http://example.com/s.css">'
    )
    asked: list[str] = []
    real = QTextBrowser.loadResource

    def spy(self: QTextBrowser, kind: int, url: Any) -> Any:
        asked.append(QUrl(url).toString())
        return real(self, kind, url)

    monkeypatch.setattr(QTextBrowser, "loadResource", spy)
    preview = SafePreview(renderer=lambda _text: html)
    qtbot.addWidget(preview)
    preview.resize(400, 300)
    preview.show_markdown("ignored")
    preview.grab()  # lay out and paint: this is when images are requested
    refused = {u.toString() for u in preview.refused}
    assert "http://example.com/track.png" in refused
    assert "https://example.com/a.png" in refused
    assert asked == []  # Qt's own loader was never asked for anything
    assert not preview.openLinks()
    assert not preview.openExternalLinks()


def test_real_renderer_drops_remote_images(qtbot: QtBot) -> None:
    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.show_markdown("text ![pixel](http://example.com/p.png) [a link](http://example.com)")
    preview.grab()
    assert all(u.scheme() not in {"http", "https"} for u in preview.refused)
    assert "text" in preview.toPlainText()


def test_set_font_changes_body_and_title(editor: EntryEditor) -> None:
    font = QFont("Serif")
    font.setPointSizeF(16)
    editor.set_font(font)
    assert editor.body.font().pointSizeF() == 16
    assert editor.title.font().pointSizeF() > 16


def test_the_pauses_scan_runs_off_the_ui_thread_and_a_lock_drops_it(
    qtbot: QtBot, clock: FakeClock, journal: Journal
) -> None:
    import threading

    threads: list[str] = []

    def finder(text: str) -> list[Finding]:
        threads.append(threading.current_thread().name)
        return [Finding("name", 0, 2, text[:2])]

    widget = EntryEditor(clock, finder=finder)
    qtbot.addWidget(widget)
    widget.set_journal(journal)
    widget.new_entry()
    widget.body.setPlainText("Mr Jones")
    widget.identifiers.timer.timeout.emit()
    widget.identifiers.wait()
    assert threads == ["reflect-identifiers"]
    assert widget.identifiers.mark_at(1) is not None

    widget.body.setPlainText("Mr Smith")
    widget.identifiers.timer.timeout.emit()
    widget.clear()  # locking while the scan may still run: its findings are dropped
    QApplication.processEvents()  # even if its "done" was already on its way
    assert widget.highlighter.marks_for("Mr Smith") is None
