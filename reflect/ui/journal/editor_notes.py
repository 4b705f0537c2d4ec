"""Calm notes above the entry, where the user is writing.

Three kinds today, each decided by core rules and shown by the app's wiring
(``reflect/app/wiring/guide.py``, ``reflect/app/kept_copies.py``): the legal caution
when a prompt about a review or investigation (stage 4) is being answered, the
self-forgiveness guardrails (self-punishment, all blame elsewhere) when the entry
was started from a self-forgiveness prompt, and the link between an entry and the
version of it kept from another computer. A note belongs to the open entry: opening another one
clears them. Each can be dismissed; the self-punishment note offers Support.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EditorNotes(QWidget):
    """Zero or more notes, by key. Object names: ``editorNote-<key>``.

    Signals:
        support_requested: the user chose "Open Support" on a note.
        action_requested(str): the user chose a note's own button (its key).
    """

    support_requested = Signal()
    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorNotes")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 4, 12, 4)
        self._layout.setSpacing(6)
        self._notes: dict[str, tuple[QFrame, QLabel, QPushButton]] = {}
        self._actions: dict[str, QPushButton] = {}
        self._dismissed: set[str] = set()
        self.hide()

    def show_note(
        self, key: str, text: str, *, support: bool = False, action: str | None = None
    ) -> None:
        """Show (or update) the note ``key``; a note the user dismissed stays away.

        ``action``: the words of a button of the note's own (``action_requested``)."""
        if key in self._dismissed:
            return
        if key not in self._notes:
            self._notes[key] = self._build(key)
        frame, label, support_button = self._notes[key]
        label.setText(text)
        frame.setAccessibleName(text[:120])
        support_button.setVisible(support)
        own = self._actions[key]
        own.setText(action or "")
        own.setAccessibleName(action or "")
        own.setVisible(action is not None)
        frame.show()
        self.show()

    def hide_note(self, key: str) -> None:
        if key in self._notes:
            self._notes[key][0].hide()
        self.setVisible(any(not f.isHidden() for f, _, _ in self._notes.values()))

    def text_of(self, key: str) -> str:
        """The note's text if it is shown, else ""."""
        note = self._notes.get(key)
        return note[1].text() if note is not None and not note[0].isHidden() else ""

    def clear(self) -> None:
        """Forget every note (another entry was opened, or the journal locked)."""
        for frame, label, _ in self._notes.values():
            label.clear()
            frame.hide()
        self._dismissed.clear()
        self.hide()

    def _build(self, key: str) -> tuple[QFrame, QLabel, QPushButton]:
        frame = QFrame(self)
        frame.setObjectName(f"editorNote-{key}")
        frame.setProperty("role", "card")
        column = QVBoxLayout(frame)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(6)
        label = QLabel(frame)
        label.setObjectName(f"editorNoteText-{key}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setProperty("role", "notice")
        column.addWidget(label)  # the whole width for the words: the editor may be narrow
        row = QHBoxLayout()
        row.addStretch(1)
        own = QPushButton(frame)
        own.setObjectName(f"editorNoteAction-{key}")
        own.clicked.connect(lambda: self.action_requested.emit(key))
        self._actions[key] = own
        row.addWidget(own)
        support = QPushButton(self.tr("Open Support"), frame)
        support.setObjectName(f"editorNoteSupport-{key}")
        support.setAccessibleName(self.tr("Open Support"))
        support.clicked.connect(self.support_requested)
        row.addWidget(support)
        dismiss = QPushButton(self.tr("Got it"), frame)
        dismiss.setObjectName(f"editorNoteDismiss-{key}")
        dismiss.setAccessibleName(self.tr("Dismiss this note"))
        dismiss.clicked.connect(lambda: self._dismiss(key))
        row.addWidget(dismiss)
        column.addLayout(row)
        self._layout.addWidget(frame)
        return frame, label, support

    def _dismiss(self, key: str) -> None:
        self._dismissed.add(key)
        self.hide_note(key)
