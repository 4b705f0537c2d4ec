"""The status line and progress bar of a dialog whose work runs off the UI thread.

Backups, import, the user's own copy and the therapist export share it: one
place says how progress is shown (a moving bar until the work reports a total)
and that such a dialog is busy until the worker reports back.

Work that reports progress can be stopped (``cancellable``): the Stop button
sets a flag that the next progress report turns into ``Cancelled`` on the
worker, where the work cleans up what it began (partial files, staging folders).
A key derivation in between cannot be interrupted, but is bounded (seconds).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from reflect.core.errors import Cancelled

Progress = Callable[[int, int], None]


class TaskStatus:
    """``message`` and ``progress`` for ``owner``, and whether its work is running."""

    def __init__(self, owner: QWidget, name: str, *, status: str, progress: str) -> None:
        self.message = QLabel(owner)
        self.message.setObjectName(f"{name}Message")
        self.message.setAccessibleName(status)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(owner)
        self.progress.setObjectName(f"{name}Progress")
        self.progress.setAccessibleName(progress)
        self.progress.setTextVisible(False)
        stop = QCoreApplication.translate("TaskStatus", "Stop")
        self.stop_button = QPushButton(stop, owner)
        self.stop_button.setObjectName(f"{name}StopButton")
        self.stop_button.setAccessibleName(stop)
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.stop)
        self._stopping = threading.Event()
        self._can_stop = False
        self.busy = False

    def start(self, text: str | None = None, *, moving: bool = True) -> None:
        """Work began: a moving bar until it reports how much there is to do
        (``moving=False``: an empty bar, for work that reports from the start)."""
        self.busy = True
        self._stopping.clear()
        if text is not None:
            self.message.setText(text)
        self.progress.setRange(0, 0 if moving else 100)
        self.progress.setValue(0)

    def allow_stop(self) -> None:
        """Show Stop for the work about to start (call on the UI thread)."""
        self._can_stop = True
        self.stop_button.show()
        self.stop_button.setEnabled(True)

    def cancellable(self, progress: Progress) -> Progress:
        """``progress`` for the worker, raising ``Cancelled`` once Stop was pressed.

        Safe on the worker thread: it only reads a thread-safe flag."""

        def report(done: int, total: int) -> None:
            if self._stopping.is_set():
                raise Cancelled()
            progress(done, total)

        return report

    def stoppable(self, work: Callable[..., object]) -> Callable[..., object]:
        """``work`` for the task runner, with Stop shown and its progress reports able
        to stop it. Call on the UI thread, just before running it."""
        self.allow_stop()

        def run(*args: object, progress: Progress) -> object:  # on the worker thread
            return work(*args, progress=self.cancellable(progress))

        return run

    def stop(self) -> None:
        """Ask the running work to stop at its next progress report."""
        if self.busy and self._can_stop:
            self._stopping.set()
            self.stop_button.setEnabled(False)
            self.message.setText(QCoreApplication.translate("TaskStatus", "Stopping…"))

    def on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def finish(self, text: str | None = None) -> None:
        """The worker reported back (done or failed); ``text`` says which."""
        self.busy = False
        self._can_stop = False
        self.stop_button.hide()
        if text is not None:
            self.message.setText(text)
