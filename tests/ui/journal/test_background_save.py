"""Autosave off the UI thread: typing goes on while the disk works, saves stay in
order, a change made during a save is saved right after, and a lock (or a switch of
entry) still saves everything first."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.errors import StorageFull
from reflect.core.journal.repository import Journal
from reflect.ui.journal.journal_view import JournalView

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


class HeldSaves:
    """Wraps ``journal.update_entry``: records the thread and body of each save, and
    can hold a save until released (a slow disk)."""

    def __init__(self, journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
        self.real = journal.update_entry
        self.threads: list[str] = []
        self.bodies: list[str] = []
        self.gate = threading.Event()
        self.gate.set()
        self.started = threading.Event()
        monkeypatch.setattr(journal, "update_entry", self)

    def __call__(self, entry_id: str, **fields: Any) -> Any:
        self.threads.append(threading.current_thread().name)
        self.started.set()
        assert self.gate.wait(10), "the test never released the save"
        self.bodies.append(fields.get("body", ""))
        return self.real(entry_id, **fields)


@pytest.fixture
def view(qtbot: QtBot, clock: FakeClock, journal: Journal) -> Iterator[JournalView]:
    widget = JournalView(clock)
    qtbot.addWidget(widget)
    widget.open_journal(journal)
    widget.new_entry()
    qtbot.keyClicks(widget.editor.body, "first words")  # the first keystroke stores it
    yield widget
    widget.clear()


def test_an_autosave_runs_off_the_ui_thread(
    view: JournalView, journal: Journal, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    saves = HeldSaves(journal, monkeypatch)
    qtbot.keyClicks(view.editor.body, " and more")
    view.editor.autosave_timer.timeout.emit()
    view.editor.wait_for_saves()
    assert saves.threads == ["reflect-autosave"]
    assert view.editor.save_status.text() == "Saved"


def test_typing_goes_on_during_a_slow_save_and_is_saved_right_after(
    view: JournalView, journal: Journal, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    saves = HeldSaves(journal, monkeypatch)
    saves.gate.clear()  # the disk is slow
    qtbot.keyClicks(view.editor.body, " one")
    view.editor.autosave_timer.timeout.emit()
    assert saves.started.wait(5)
    qtbot.keyClicks(view.editor.body, " two")  # the window still takes keystrokes
    assert view.editor.body.toPlainText() == "first words one two"
    view.editor.max_interval_timer.timeout.emit()  # asks again while the first is busy
    saves.gate.set()
    qtbot.waitUntil(lambda: len(saves.bodies) == 2)  # the queued save follows the first
    view.editor.wait_for_saves()
    assert saves.bodies == ["first words one", "first words one two"]  # in order
    entry_id = view.editor.current_entry_id()
    assert entry_id is not None
    assert journal.get_entry(entry_id).body == "first words one two"


def test_locking_during_a_save_waits_for_it_then_saves_the_rest(
    view: JournalView, journal: Journal, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    saves = HeldSaves(journal, monkeypatch)
    saves.gate.clear()
    qtbot.keyClicks(view.editor.body, " before")
    view.editor.autosave_timer.timeout.emit()
    assert saves.started.wait(5)
    qtbot.keyClicks(view.editor.body, " the lock")
    threading.Timer(0.05, saves.gate.set).start()  # the slow save ends a moment later
    view.save_pending()  # what the lock does first
    entry_id = view.editor.current_entry_id()
    assert entry_id is not None
    assert journal.get_entry(entry_id).body == "first words before the lock"
    assert saves.bodies[-1] == "first words before the lock"


def test_a_failed_background_save_keeps_the_text_says_so_and_tries_again(
    view: JournalView, journal: Journal, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageFull()

    monkeypatch.setattr(journal, "update_entry", full)
    qtbot.keyClicks(view.editor.body, " kept")
    view.editor.autosave_timer.timeout.emit()
    view.editor.wait_for_saves()
    assert view.editor.save_status.text() == StorageFull().message
    assert view.editor.body.toPlainText() == "first words kept"
    assert view.editor.autosave_timer.isActive()  # it will try again
