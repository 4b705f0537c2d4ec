"""One task runner for slow work (key derivation, export, import, backup).

``TaskRunner.run(fn, *args, on_done=, on_error=, on_progress=)`` runs ``fn`` on a
worker thread and calls the callbacks on the UI thread. Each ``Task`` is a
``QObject`` that lives on the UI thread; the worker only *emits* its private
signals, so Qt queues the delivery to the UI thread explicitly (dangerzone's
report-objects-through-signals pattern).

Why plain ``threading.Thread`` workers and not ``QThreadPool``: on Python 3.11 a
thread that Qt starts registers itself in ``threading`` as a ``_DummyThread`` that
never goes away and cannot be joined, which defeats the suite's "no thread left
running" check and makes a clean shutdown impossible to prove. A Python thread
per task can be joined (``wait_all``), and Reflect runs few, long tasks, where a
pool gains nothing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot


class Task(QObject):
    """A started piece of work; callbacks are delivered on the thread that created it.

    Signals:
        finished: after ``on_done`` or ``on_error`` has run.
    """

    finished = Signal()
    _succeeded = Signal(object)
    _failed = Signal(object)
    _progressed = Signal(int, int)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._finished = False
        self.thread_handle: threading.Thread | None = None
        self._succeeded.connect(self._deliver_result)
        self._failed.connect(self._deliver_error)
        self._progressed.connect(self._deliver_progress)

    @property
    def is_finished(self) -> bool:
        return self._finished

    def report_progress(self, done: int, total: int) -> None:
        """Called by the worker (any thread)."""
        self._progressed.emit(int(done), int(total))

    @Slot(object)
    def _deliver_result(self, value: object) -> None:
        try:
            self._on_done(value)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        try:
            assert isinstance(error, BaseException)
            self._on_error(error)
        finally:
            self._finish()

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and not self._finished:
            self._on_progress(done, total)

    def _finish(self) -> None:
        self._finished = True
        self._on_done = _ignore
        self._on_error = _ignore
        self._on_progress = None
        self.finished.emit()


def _ignore(_: object) -> None:
    return None


class TaskRunner(QObject):
    """Runs functions off the UI thread and reports back on it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[Task] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Start ``fn(*args)`` (plus ``progress=`` when ``on_progress`` is given)."""
        task = Task(on_done, on_error, on_progress)
        self._tasks.add(task)
        task.finished.connect(lambda: self._tasks.discard(task))

        def work() -> None:
            try:
                if on_progress is not None:
                    result = fn(*args, progress=task.report_progress)
                else:
                    result = fn(*args)
            except BaseException as exc:  # delivered, never swallowed
                task._failed.emit(exc)
            else:
                task._succeeded.emit(result)

        thread = threading.Thread(target=work, name=f"reflect-task-{id(task):x}", daemon=True)
        task.thread_handle = thread
        thread.start()
        return task

    def busy(self) -> bool:
        return bool(self._tasks)

    def wait_all(self, timeout_ms: int = 30_000) -> bool:
        """Join every worker, then deliver their callbacks now; False on timeout."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._tasks:
            for task in list(self._tasks):
                handle = task.thread_handle
                if handle is not None:
                    handle.join(max(0.0, deadline - time.monotonic()))
            # Deliver the queued results (their slots run here, on this thread).
            QCoreApplication.sendPostedEvents(None, 0)
            QCoreApplication.processEvents()
            if time.monotonic() >= deadline:
                break
        return not self._tasks
