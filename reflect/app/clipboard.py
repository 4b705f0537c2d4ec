"""Take journal text back off the clipboard when Reflect locks or quits.

The rule (decided here, documented in the README): whatever lands on the
clipboard *from Reflect* is Reflect's: text copied from an entry, or the
recovery key. Reflect knows it put the text there when the system says this
process owns the clipboard (X11, Wayland, Windows, macOS), or, where the system
cannot say, when a Reflect window had keyboard focus. Owning, not focus, is
what counts first: a copy made while the window has no focus (a context menu,
a shortcut sent by another tool) is still Reflect's. When Reflect locks or
quits, if the clipboard still holds exactly that text, it is cleared. Text the
user copied in another program is never touched.

Only a SHA-256 digest of the last such text is kept, never the text itself.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ClipboardGuard(QObject):
    """Remembers (as a digest) what was copied inside Reflect, and clears it on demand."""

    def __init__(self, clipboard: QClipboard | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._digest: str | None = None
        self._clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        ours = self._clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None
        if not ours:
            return  # copied in another program: not ours to clear
        text = self._clipboard.text()
        self._digest = _digest(text) if text else None

    def note_copied(self, text: str) -> None:
        """Record text Reflect put on the clipboard itself (when focus cannot be relied on)."""
        self._digest = _digest(text) if text else None

    def holds_ours(self) -> bool:
        text = self._clipboard.text()
        return self._digest is not None and bool(text) and _digest(text) == self._digest

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds text copied inside Reflect; True if cleared."""
        cleared = self.holds_ours()
        if cleared:
            self._clipboard.clear()
        self._digest = None
        return cleared
