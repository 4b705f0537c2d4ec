"""Autosave off the UI thread: a pause in typing never waits for the disk.

Saving a 20,000-word entry takes SQLCipher tens of milliseconds (the encrypted
write and the full-text index); on the UI thread that froze typing at every
pause. Autosaves now run on a worker thread of their own, one at a time, in the
order they were asked for, while the guarantees stay:

* ordered: a save starts only when the one before it has finished; a change made
  meanwhile is saved right after ("again");
* nothing lost: the editor saves at least every ``MAX_INTERVAL_MS`` while typing
  goes on, so a killed process loses at most that plus one save (tested: 2 s);
* lock, switch and quit save first: ``wait`` finishes the save in flight, then the
  editor saves what is on screen synchronously before anything else happens.

The session (``EntrySession``) is touched by one thread at a time: the worker
while a save is in flight, the UI thread only after ``wait``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from reflect.core.errors import UserError
from reflect.core.journal.entry_session import EntryFields, EntrySession


@dataclass(frozen=True)
class SaveOutcome:
    written: bool
    entry_id: str | None
    error: str = ""


def _save(session: EntrySession, fields: EntryFields) -> SaveOutcome:
    try:
        written = session.save(fields)
    except UserError as error:
        return SaveOutcome(False, session.entry_id, error.message)
    return SaveOutcome(written, session.entry_id)


class BackgroundSaver(QObject):
    """Runs one save at a time on a worker; hands the outcome back on the UI thread.

    A thread per save (it ends when the save does): a save starts only once the
    last has finished, so they stay in order, and no thread outlives its work."""

    _done = Signal(int)

    def __init__(self, on_done: Callable[[SaveOutcome], None], parent: QObject | None = None):
        super().__init__(parent)
        self._on_done = on_done
        self._thread: threading.Thread | None = None
        self._outcome: SaveOutcome | None = None
        self._number = 0
        self._done.connect(self._deliver)

    def busy(self) -> bool:
        """A save is in flight (or finished, with its outcome not yet handled)."""
        return self._thread is not None

    def start(self, session: EntrySession, fields: EntryFields) -> None:
        if self._thread is not None:
            raise RuntimeError("a save is already in flight")
        self._number += 1
        number = self._number

        def run() -> None:
            self._outcome = _save(session, fields)
            try:
                self._done.emit(number)  # queued to the UI thread
            except RuntimeError:  # the editor was closed while it saved
                pass

        self._thread = threading.Thread(target=run, name="reflect-autosave", daemon=True)
        self._thread.start()

    def _deliver(self, number: int) -> None:
        if number == self._number and self._thread is not None:
            self._finish()

    def wait(self) -> None:
        """Finish the save in flight and handle its outcome now (before a lock, a
        switch of entry, quitting)."""
        if self._thread is not None:
            self._finish()

    def _finish(self) -> None:
        thread, self._thread = self._thread, None
        assert thread is not None
        thread.join()
        outcome, self._outcome = self._outcome, None
        assert outcome is not None
        self._on_done(outcome)
