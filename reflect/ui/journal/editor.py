"""The entry editor: title, Markdown body, tags, event, preview, and quiet autosave.

Autosave rules (nothing ever lives outside the vault):

* a new entry is created in the vault on its first keystroke, not by Ctrl+N alone,
  so empty entries don't pile up;
* after that, changes are saved ``AUTOSAVE_MS`` after a pause in typing, and at
  least every ``MAX_INTERVAL_MS`` while typing goes on, so even a killed process
  loses at most the last couple of seconds; these autosaves run off the UI thread
  (``background_save``), in order, one at a time;
* ``save_pending()`` finishes the save in flight, then flushes at once on the UI
  thread; the journal view calls it before switching entry, locking, closing and
  quitting.

If a save fails (a full disk), the text stays on screen, a calm message says what
happened, and the next pause tries again.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from reflect.core.clock import Clock
from reflect.core.errors import NotFound, UserError
from reflect.core.journal.entry_session import EntryFields, EntrySession
from reflect.core.journal.models import Entry
from reflect.core.journal.repository import Journal
from reflect.ui.journal.background_save import BackgroundSaver, SaveOutcome
from reflect.ui.journal.editor_view import EditorView
from reflect.ui.journal.identifier_marker import Finder, IdentifierMarker, default_finder
from reflect.ui.journal.spelling import Loader, SpellingAssistant

AUTOSAVE_MS = 800
MAX_INTERVAL_MS = 1500  # a kill loses at most ~1.5 s of continuous typing (tested: 2 s)
RETRY_MS = 5000
STATS_MS = 300


class EntryEditor(EditorView):
    """Writes one entry at a time into the open journal.

    The layout is ``EditorView``'s; what is saved is ``EntrySession``'s rule (core);
    this class holds the timers and moves text between the two.
    """

    entry_saved = Signal(str)
    entry_opened = Signal(object)  # the entry id now shown, or None for a new entry
    event_page_requested = Signal(str)  # the page of the event this entry is about
    """An entry was created or changed in the vault (its id)."""

    def __init__(
        self,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        autosave_ms: int = AUTOSAVE_MS,
        max_interval_ms: int = MAX_INTERVAL_MS,
        finder: Finder | None = None,
        use_default_finder: bool = True,
        spelling_loader: Loader | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._journal: Journal | None = None
        self._session: EntrySession | None = None
        self._new_event_id: str | None = None
        self._loading = False
        self._last_error = ""
        self._autosave_ms = autosave_ms

        self.autosave_timer = self._timer(autosave_ms, self.autosave)
        self.max_interval_timer = self._timer(max_interval_ms, self.autosave)
        self._saver = BackgroundSaver(self._saved_in_background, self)
        self._again = False
        self.stats_timer = self._timer(STATS_MS, self._update_word_count)
        chosen = (
            finder if finder is not None else (default_finder() if use_default_finder else None)
        )
        self.identifiers = IdentifierMarker(self.body, self.highlighter, chosen)
        self.spelling = SpellingAssistant(self.body, self.highlighter, loader=spelling_loader)
        self.spelling.message.connect(self._set_status)
        self.spelling.error.connect(self._show_error)
        self.addAction(self.spelling.next_action)  # F7 works with the menus closed
        self.identifiers.also_misspelled = lambda pos: self.spelling.misspelled_at(pos) is not None

        self.event_page_button.clicked.connect(self._ask_for_event_page)
        self.title.textEdited.connect(self._on_changed)
        self.tags.textEdited.connect(self._on_changed)
        self.event_selector.currentIndexChanged.connect(self._on_changed)
        self.body.document().contentsChange.connect(self._on_body_change)
        self.set_enabled_for_writing(False)

    def _ask_for_event_page(self) -> None:
        event_id = self.event_selector.event_id()
        if event_id is not None:
            self.event_page_requested.emit(event_id)

    def _timer(self, interval: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # --- public API ---------------------------------------------------------

    def set_journal(self, journal: Journal | None) -> None:
        """Use ``journal`` for loading and saving; None detaches (see ``clear``)."""
        self._journal = journal
        self._session = EntrySession(journal) if journal is not None else None
        if self._session is not None:
            self._session.begin(None, EntryFields())
        self.spelling.set_journal(journal)
        self.refresh_choices()
        self.set_enabled_for_writing(journal is not None)

    def refresh_choices(self) -> None:
        """Reload the tag names for completion and the events for the selector."""
        if self._journal is None:
            return
        self.tags.tag_completer.set_tags([t.name for t in self._journal.all_tags()])
        self._loading = True
        try:
            self.event_selector.set_events(self._journal.list_events())
        finally:
            self._loading = False

    def set_enabled_for_writing(self, enabled: bool) -> None:
        for widget in (self.title, self.body, self.tags, self.event_selector, self.format_bar):
            widget.setEnabled(enabled)
        self.event_page_button.setEnabled(enabled and self.event_selector.event_id() is not None)

    @property
    def _entry_id(self) -> str | None:
        return self._session.entry_id if self._session is not None else None

    def current_entry_id(self) -> str | None:
        return self._entry_id

    def is_empty(self) -> bool:
        """Nothing written in the open entry yet (no title, body or tags)."""
        return self._fields().is_blank()

    def current_event_id(self) -> str | None:
        return self.event_selector.event_id()

    def open_entry(self, entry_id: str, *, reload: bool = False) -> None:
        """Save what is pending, then show the entry ``entry_id``.

        ``reload``: the entry was changed elsewhere (an exercise rewrote it); show
        the stored version even if it is the open one. Its pending edits were
        saved before that change began, so nothing is lost by not saving again.
        """
        if self._journal is None:
            return
        if entry_id == self._entry_id:
            if reload:
                self._load(self._journal.get_entry(entry_id))
            return
        self.save_pending()
        self._load(self._journal.get_entry(entry_id))

    def reload_if_changed_elsewhere(self) -> bool:
        """Show the stored version of the open entry if a sync changed it; True if so.

        Only when nothing unsaved is on screen; the cursor stays where it was.
        With unsaved typing the screen is left alone: the next save keeps the other
        version as a linked copy (``EntrySession.save``), so nothing is lost. If
        the text on screen is now the kept copy (both computers changed the entry,
        and the other computer's version is the one the entry shows), the editor
        goes on with that copy, so the words being written stay where they are.
        """
        session, journal = self._session, self._journal
        if session is None or journal is None or session.entry_id is None or self._loading:
            return False
        shown = self._fields()
        if session.has_changes(shown):
            return False
        try:
            stored = journal.get_entry(session.entry_id)
        except NotFound:
            self._load(None)
            self.show_hint(self.tr("This entry was deleted on your other computer."))
            return True
        if shown.held_by(stored):
            return False
        for copy_id in journal.kept_copies_of(stored.id):
            copy = journal.get_entry(copy_id)
            if shown.held_by(copy):
                self._load_keeping_place(copy)
                return True
        self._load_keeping_place(stored)
        self.show_hint(self.tr("Updated with a change from your other computer."))
        return True

    def _load_keeping_place(self, entry: Entry) -> None:
        cursor = self.body.textCursor().position()
        scroll = self.body.verticalScrollBar().value()
        self._load(entry)
        moved = self.body.textCursor()
        moved.setPosition(min(cursor, self.body.document().characterCount() - 1))
        self.body.setTextCursor(moved)
        self.body.verticalScrollBar().setValue(scroll)

    def new_entry(self, event_id: str | None = None) -> None:
        """Start a blank entry (stored on the first keystroke) with the cursor in the body."""
        self.save_pending()
        self._new_event_id = event_id
        self._load(None)
        self.focus_body()

    def forget_entry(self) -> None:
        """Close the open entry WITHOUT saving (it is being deleted) and start a blank one."""
        self.autosave_timer.stop()
        self.max_interval_timer.stop()
        self.wait_for_saves()
        self._new_event_id = None
        self._load(None)

    def insert_prompt(self, text: str, prompt_id: str) -> None:
        """Add the prompt as a ``## heading`` and put the cursor on the line below it."""
        if self._journal is None:
            return
        self.wait_for_saves()  # the session is the UI thread's again
        self.focus_body()
        cursor = self.body.textCursor()
        cursor.clearSelection()
        cursor.movePosition(cursor.MoveOperation.EndOfBlock)
        lead = "\n\n" if cursor.block().text().strip() else ""
        cursor.insertText(f"{lead}## {text}\n")
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()
        if self._session is not None:
            self._session.note_prompt(prompt_id)

    def autosave(self) -> None:
        """A pause in typing (or typing for a while): save in the background."""
        self.autosave_timer.stop()
        self.max_interval_timer.stop()
        session = self._session
        if session is None or self._loading:
            return
        if self._saver.busy():
            self._again = True  # save what is on screen once this one is done
            return
        fields = self._fields()
        if session.has_changes(fields):
            self._saver.start(session, fields)

    def _saved_in_background(self, outcome: SaveOutcome) -> None:
        if outcome.error:
            self._show_error(outcome.error)
            self.autosave_timer.start(RETRY_MS)
            return
        if outcome.written and outcome.entry_id is not None:
            self._last_error = ""
            self._set_status(self.tr("Saved"))
            self.entry_saved.emit(outcome.entry_id)
        if self._again:
            self._again = False
            self.autosave()

    def wait_for_saves(self) -> None:
        """Let the background save in flight finish, and show its outcome."""
        self._again = False
        self._saver.wait()

    def save_pending(self) -> bool:
        """Write any unsaved change now. Returns False if it could not be saved."""
        self.autosave_timer.stop()
        self.max_interval_timer.stop()
        self.wait_for_saves()
        session = self._session
        if session is None or self._loading:
            return True
        try:
            written = session.save(self._fields())
        except UserError as error:
            self._show_error(error.message)
            self.autosave_timer.start(RETRY_MS)
            return False
        if written and session.entry_id is not None:
            self._last_error = ""
            self._set_status(self.tr("Saved"))
            self.entry_saved.emit(session.entry_id)
        return True

    def clear(self) -> None:
        """Forget the journal and wipe every trace of its text from these widgets."""
        for timer in (self.autosave_timer, self.max_interval_timer, self.stats_timer):
            timer.stop()
        self.wait_for_saves()
        self.identifiers.stop()
        self.spelling.set_journal(None)
        self._journal = None
        self._session = None
        self._new_event_id = None
        self._last_error = ""
        self._loading = True
        try:
            self.title.setText("")  # setText clears the line edit's undo history too
            self.body.setPlainText("")
            self.body.document().clearUndoRedoStacks()
            self.tags.wipe()
            self.event_selector.wipe()
            self.notes.clear()
            self.preview.wipe()
            self.highlighter.forget_marks()
            self.preview_action.setChecked(False)
            self.stack.setCurrentWidget(self.body)
        finally:
            self._loading = False
        self.word_count.setText("")
        self.save_status.setText("")
        self.save_status.setToolTip("")
        self.set_enabled_for_writing(False)

    # --- loading and change tracking ---------------------------------------

    def _load(self, entry: Entry | None) -> None:
        self._loading = True
        try:
            self.title.setText(entry.title if entry else "")
            self.title.setCursorPosition(0)  # show a long title from its start
            # setPlainText drops the undo history: undo never reaches another entry.
            self.body.setPlainText(entry.body if entry else "")
            self.tags.set_tags(entry.tags if entry else [])
            self.event_selector.select_event(entry.event_id if entry else self._new_event_id)
            self.preview_action.setChecked(False)
            self.stack.setCurrentWidget(self.body)
            self.preview.wipe()
        finally:
            self._loading = False
        if self._session is not None:
            self._session.begin(entry.id if entry else None, self._fields())
        self._last_error = ""
        self._set_status("")
        self._update_word_count()
        self.identifiers.timer.start(0)
        self.notes.clear()
        self.entry_opened.emit(self._entry_id)

    def _fields(self) -> EntryFields:
        return EntryFields(
            self.title.text(),
            self.body.toPlainText(),
            tuple(self.tags.tags()),
            self.event_selector.event_id(),
        )

    def _on_body_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self._on_changed()

    def _on_changed(self, *_args: object) -> None:
        """Cheap on purpose: runs on every keystroke, even in a very long entry."""
        if self._loading or self._journal is None:
            return
        self.stats_timer.start()
        if self._entry_id is None:
            # First keystroke of a new entry: put it in the vault straight away.
            self.save_pending()
            return
        self.autosave_timer.start(self._autosave_ms)
        if not self.max_interval_timer.isActive():
            self.max_interval_timer.start()
        if not self._last_error:
            self._set_status(self.tr("Saving…"))
