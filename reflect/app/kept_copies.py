"""The note above an entry that was changed on two computers while they were apart.

A sync keeps both texts (``reflect.core.portability.sync.merge``): the entry shows
one, the same on every computer, and the other is kept as an entry of its own,
linked to it (``kept_from``). Opening either shows a calm note that says what
happened and offers the other one, so the user can compare them, keep what they
want, and delete the other with the usual Delete.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from reflect.core.errors import NotFound
from reflect.core.journal.repository import Journal
from reflect.ui.journal.editor import EntryEditor

KEPT = "keptCopy"


class KeptCopyNotes(QObject):
    """Follows one editor; ``show_entry`` opens an entry the way the list does."""

    def __init__(
        self,
        editor: EntryEditor,
        journal: Callable[[], Journal | None],
        show_entry: Callable[[str], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._journal = journal
        self._show_entry = show_entry
        self._other: str | None = None
        editor.entry_opened.connect(self.entry_opened)
        editor.notes.action_requested.connect(self._action)

    def entry_opened(self, entry_id: object) -> None:
        self._other = None
        journal = self._journal()
        notes = self._editor.notes
        notes.hide_note(KEPT)
        if not isinstance(entry_id, str) or journal is None:
            return
        try:
            entry = journal.get_entry(entry_id)
            copies = [] if entry.kept_from else journal.kept_copies_of(entry_id)
            if entry.kept_from is not None:
                journal.get_entry(entry.kept_from)  # still there?
        except NotFound:
            return
        if entry.kept_from is not None:
            self._other = entry.kept_from
            notes.show_note(
                KEPT,
                self.tr(
                    "Kept version. This entry was changed on both computers while they "
                    "were apart, so Reflect kept both: this is the version the entry "
                    "itself does not show. Compare them, keep what you want in one, "
                    "then delete the other."
                ),
                action=self.tr("Open the entry"),
            )
        elif copies:
            self._other = copies[0]
            notes.show_note(
                KEPT,
                self.tr(
                    "This entry was changed on both computers while they were apart. "
                    "Reflect kept both versions: the other one is beside this entry, "
                    "so nothing was lost."
                ),
                action=self.tr("Show the other version"),
            )

    def _action(self, key: str) -> None:
        if key == KEPT and self._other is not None:
            self._show_entry(self._other)
