"""UI figures for the journal page, printed as JSON (figures, not pass/fail).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_ui [ENTRIES]``

* keystrokes in a 20,000-word entry: each ``QTest.keyClick`` on the editor timed,
  cursor in the middle of the text (p50/p95/max ms), with the same for a short entry;
* what runs after a pause in that entry: autosave, identifier scan, word count (ms);
* opening an entry (20,000 words, and a short one) from the list (ms);
* the list: how long until the first page of ENTRIES (default 10,000) is on screen,
  and how many rows were fetched for it;
* the event loop's stalls (``loop_latency``): typing for 20 s in the 20,000-word
  entry, in bursts of 25 keys 100 ms apart with a second's pause between them (so
  autosaves and identifier scans happen as they do for a person), and scrolling
  the list of ENTRIES for 10 s, 300 px every 16 ms (p99 and longest stall, ms).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reflect.core.clock import FakeClock
from reflect.core.journal.repository import Journal
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.journal.journal_view import JournalView
from tests.benchmarks.corpus import entries
from tests.benchmarks.loop_latency import loop_stalls

WORDS = 20_000
_SENTENCE = (
    "The handover was rushed and I keep going over what I could have asked "
    "before the night got busy, and what the team could change next time."
)
KEYSTROKES = 400


def _stats(samples_s: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples_s)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return {
        "p50_ms": round(statistics.median(ms), 3),
        "p95_ms": round(p95, 3),
        "max_ms": round(ms[-1], 3),
        "n": len(ms),
    }


def _time(fn: Callable[[], object], repeat: int = 1) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _long_body(words: int) -> str:
    sentence = _SENTENCE.split()
    paragraphs = []
    for start in range(0, words, 120):
        count = min(120, words - start)
        paragraphs.append(" ".join(sentence[(start + i) % len(sentence)] for i in range(count)))
    return "\n\n".join(paragraphs)


def _keystrokes(view: JournalView, app: QApplication, entry_id: str) -> dict[str, float]:
    view.editor.open_entry(entry_id)
    body = view.editor.body
    cursor = body.textCursor()
    cursor.setPosition(body.document().characterCount() // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    body.setFocus()
    app.processEvents()
    keys = [Qt.Key.Key_A, Qt.Key.Key_E, Qt.Key.Key_Space, Qt.Key.Key_O, Qt.Key.Key_N]
    samples = []
    for n in range(KEYSTROKES):
        start = time.perf_counter()
        QTest.keyClick(body, keys[n % len(keys)])
        samples.append(time.perf_counter() - start)
        if n % 50 == 49:
            app.processEvents()  # let paints happen, as between real keystrokes
    return _stats(samples)


def _after_pause(view: JournalView) -> dict[str, float]:
    editor = view.editor
    QTest.keyClick(editor.body, Qt.Key.Key_X)
    save = _time(editor.save_pending)[0]
    editor.highlighter.forget_marks()
    scan_total = _time(editor.identifiers.scan)[0]
    count = _time(editor._update_word_count)[0]
    return {
        "autosave_ms": round(save * 1000, 2),
        "identifier_scan_ms": round(scan_total * 1000, 2),
        "identifier_rules": editor.identifiers.enabled,
        "word_count_ms": round(count * 1000, 2),
    }


def _autosave_ms(view: JournalView, journal: Journal, words: int) -> float:
    """A more typical entry: one autosave after a change (median of 5)."""
    entry = journal.add_entry("Typical", _long_body(words))
    view.editor.open_entry(entry.id)
    samples = []
    for _ in range(5):
        QTest.keyClick(view.editor.body, Qt.Key.Key_X)
        samples.append(_time(view.editor.save_pending)[0])
    return round(statistics.median(samples) * 1000, 2)


def _fill(journal: Journal, count: int) -> None:
    base = datetime(2020, 1, 1, tzinfo=UTC)
    corpus = list(entries(count))
    for offset in range(0, count, 2000):
        with journal.transaction():
            for i, (title, body, tags) in enumerate(corpus[offset : offset + 2000], offset):
                journal.add_entry(title, body, tags, created_at=base + timedelta(hours=6 * i))


def run(list_entries: int, workdir: Path) -> dict[str, object]:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    clock = FakeClock()
    vault, _ = Vault.create(
        workdir / "vault", "benchmark passphrase", kdf=KdfParams.cheap_for_tests(), clock=clock
    )
    journal = vault.journal
    try:
        fill_start = time.perf_counter()
        _fill(journal, list_entries)
        fill_s = time.perf_counter() - fill_start
        # Today's entries, newest in the list (as the one being written usually is).
        clock.set(datetime(2020, 1, 1, tzinfo=UTC) + timedelta(hours=6 * list_entries + 24))
        long_entry = journal.add_entry("Long", _long_body(WORDS))
        short_entry = journal.add_entry("Short", "A few words about tonight.")

        view = JournalView(clock)
        view.resize(1280, 800)
        view.show()
        app.processEvents()

        fetched: list[int] = []
        real = journal.list_summaries

        def counting(limit: int = 50, offset: int = 0, **kw: object) -> object:
            fetched.append(limit)
            return real(limit, offset, **kw)  # type: ignore[arg-type]

        journal.list_summaries = counting  # type: ignore[method-assign,assignment]
        start = time.perf_counter()
        view.entry_list.set_journal(journal)
        # The list lays its rows out in batches, over turns of the event loop: the
        # first page is on screen once its rows are fetched and painted.
        while not fetched and time.perf_counter() - start < 5:
            app.processEvents()
        view.entry_list.view.viewport().repaint()
        first_page_ms = (time.perf_counter() - start) * 1000
        rows_fetched = sum(fetched)
        journal.list_summaries = real  # type: ignore[method-assign]

        view.open_journal(journal)
        app.processEvents()
        # The word lists load in the background after unlocking; the figures below
        # are with spelling on, as the user has it a second later.
        ready_by = time.perf_counter() + 30
        while view.editor.spelling.checker is None and time.perf_counter() < ready_by:
            app.processEvents()
            time.sleep(0.01)
        open_long = [_switch(view, long_entry.id, short_entry.id) for _ in range(5)]
        open_short = [_switch(view, short_entry.id, long_entry.id) for _ in range(5)]

        result = {
            "list_entries": list_entries,
            "fill_s": round(fill_s, 1),
            "list_first_page_ms": round(first_page_ms, 2),
            "list_rows_fetched_for_first_page": rows_fetched,
            "open_entry_20k_words": _stats(open_long),
            "open_entry_short": _stats(open_short),
            "keystroke_20k_words": _keystrokes(view, app, long_entry.id),
            "after_pause_20k_words": _after_pause(view),
            "keystroke_short_entry": _keystrokes(view, app, short_entry.id),
            "autosave_2k_words_ms": _autosave_ms(view, journal, 2_000),
            "loop_typing_20k_words_20s": _typing_stalls(view, long_entry.id),
            "loop_scrolling_list_10s": _scrolling_stalls(view),
        }
        view.save_pending()
        view.clear()
        view.close()
        return result
    finally:
        vault.lock()


def _typing_stalls(view: JournalView, entry_id: str) -> dict[str, float]:
    view.show_entry(entry_id)  # chosen from the list, as a person would
    body = view.editor.body
    cursor = body.textCursor()
    cursor.setPosition(body.document().characterCount() // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    body.setFocus()
    keys = [Qt.Key.Key_A, Qt.Key.Key_E, Qt.Key.Key_Space, Qt.Key.Key_O, Qt.Key.Key_N]
    ticks = [0]

    def type_a_key() -> None:
        ticks[0] += 1
        if ticks[0] % 35 < 25:  # 25 keys, then a pause of 10 ticks (1 s)
            QTest.keyClick(body, keys[ticks[0] % len(keys)])

    result = loop_stalls(type_a_key, 100, 20.0)
    view.save_pending()
    return result


def _scrolling_stalls(view: JournalView) -> dict[str, float]:
    bar = view.entry_list.view.verticalScrollBar()
    bar.setValue(0)

    def scroll() -> None:
        bar.setValue(bar.value() + 300 if bar.value() < bar.maximum() else 0)

    return loop_stalls(scroll, 16, 10.0)


def _switch(view: JournalView, target: str, other: str) -> float:
    """Seconds to open ``target`` coming from ``other`` and paint it (what the user waits for)."""
    view.editor.open_entry(other)
    start = time.perf_counter()
    view.editor.open_entry(target)
    view.editor.body.viewport().repaint()
    return time.perf_counter() - start


def main(argv: list[str]) -> None:
    count = int(argv[0]) if argv and argv[0].isdigit() else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps({"ui": run(count, Path(tmp))}, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
