"""The status line and progress bar of a dialog whose work runs off the UI thread.

Backups, import, the user's own copy and the therapist export share it: one
place says how progress is shown (a moving bar until the work reports a total)
and that such a dialog is busy until the worker reports back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget


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
        self.busy = False

    def start(self, text: str | None = None, *, moving: bool = True) -> None:
        """Work began: a moving bar until it reports how much there is to do
        (``moving=False``: an empty bar, for work that reports from the start)."""
        self.busy = True
        if text is not None:
            self.message.setText(text)
        self.progress.setRange(0, 0 if moving else 100)
        self.progress.setValue(0)

    def on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def finish(self, text: str | None = None) -> None:
        """The worker reported back (done or failed); ``text`` says which."""
        self.busy = False
        if text is not None:
            self.message.setText(text)
