"""The entry editor: title, Markdown body, tags, event, preview, and quiet autosave.

Autosave rules (nothing ever lives outside the vault):

* a new entry is created in the vault on its first keystroke, not by Ctrl+N alone,
  so empty entries don't pile up;
* after that, changes are saved ``AUTOSAVE_MS`` after a pause in typing, and at
  least every ``MAX_INTERVAL_MS`` while typing goes on, so even a killed process
  loses at most the last couple of seconds;
* ``save_pending()`` flushes at once; the journal view calls it before switching
  entry, locking, closing and quitting.

If a save fails (a full disk), the text stays on screen, a calm message says what
happened, and the next pause tries again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.clock import Clock
from reflect.core.errors import UserError
from reflect.core.journal.models import Entry
from reflect.core.journal.repository import Journal
from reflect.ui.common.icons import icon
from reflect.ui.journal import editor_format
from reflect.ui.journal.editor_fields import EventSelector, TagsField
from reflect.ui.journal.editor_notes import EditorNotes
from reflect.ui.journal.identifier_marker import Finder, IdentifierMarker, default_finder
from reflect.ui.journal.markdown_highlighter import MarkdownHighlighter
from reflect.ui.journal.markdown_preview import SafePreview

AUTOSAVE_MS = 800
MAX_INTERVAL_MS = 1500  # a kill loses at most ~1.5 s of continuous typing (tested: 2 s)
RETRY_MS = 5000
STATS_MS = 300

# (title, body, tags, event id): what the vault holds for the open entry.
_State = tuple[str, str, tuple[str, ...], str | None]


class EntryEditor(QWidget):
    """Writes one entry at a time into the open journal."""

    entry_saved = Signal(str)
    entry_opened = Signal(object)  # the entry id now shown, or None for a new entry
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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditorPane")
        self._clock = clock
        self._journal: Journal | None = None
        self._entry_id: str | None = None
        self._new_event_id: str | None = None
        self._saved: _State | None = None
        self._loading = False
        self._pending_prompts: list[str] = []
        self._last_error = ""
        self._autosave_ms = autosave_ms

        self._build_fields()
        self._build_toolbar()
        self._build_layout()

        self.autosave_timer = self._timer(autosave_ms, self.save_pending)
        self.max_interval_timer = self._timer(max_interval_ms, self.save_pending)
        self.stats_timer = self._timer(STATS_MS, self._update_word_count)
        self.highlighter = MarkdownHighlighter(self.body.document(), self.palette())
        chosen = (
            finder if finder is not None else (default_finder() if use_default_finder else None)
        )
        self.identifiers = IdentifierMarker(self.body, self.highlighter, chosen)

        self.title.textEdited.connect(self._on_changed)
        self.tags.textEdited.connect(self._on_changed)
        self.event_selector.currentIndexChanged.connect(self._on_changed)
        self.body.document().contentsChange.connect(self._on_body_change)
        self.set_enabled_for_writing(False)

    def changeEvent(self, event: QEvent) -> None:
        # A live theme switch: headings and marks are drawn with the palette's colours.
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_palette(self.palette())
        super().changeEvent(event)

    # --- construction -------------------------------------------------------

    def _timer(self, interval: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def _build_fields(self) -> None:
        self.title = QLineEdit(self)
        self.title.setObjectName("entryTitle")
        self.title.setAccessibleName(self.tr("Entry title"))
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        self.title.setFrame(False)
        self.title.returnPressed.connect(self.focus_body)

        self.body = QPlainTextEdit(self)
        self.body.setObjectName("entryEditor")
        self.body.setAccessibleName(self.tr("Entry text"))
        self.body.setPlaceholderText(
            self.tr(
                "Write whatever is on your mind. It stays on this computer, encrypted.\n\n"
                "Feelings, what you noticed, what you need: no patient details are needed here."
            )
        )
        self.body.setTabChangesFocus(True)
        self.body.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.body.document().setDocumentMargin(12)

        self.preview = SafePreview(self)
        self.preview.setObjectName("entryPreview")
        self.preview.setAccessibleName(self.tr("Preview of the entry"))
        self.preview.setFrameShape(SafePreview.Shape.NoFrame)

        self.tags = TagsField(self)
        self.event_selector = EventSelector(self)
        self.notes = EditorNotes(self)

        self.word_count = QLabel(self)
        self.word_count.setObjectName("wordCount")
        self.word_count.setAccessibleName(self.tr("Word count"))
        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.save_status.setWordWrap(True)
        self.save_status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.save_status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (self.word_count, self.save_status):
            label.setProperty("role", "muted")

    def _action(self, text: str, name: str, icon_name: str, keys: str, slot: object) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(
                f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        self.format_bar = QToolBar(self.tr("Formatting"), self)
        self.format_bar.setObjectName("formatBar")
        self.format_bar.setAccessibleName(self.tr("Formatting"))
        self.format_bar.setIconSize(QSize(18, 18))
        self.format_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.bold_action = self._action(
            self.tr("Bold"), "boldAction", "bold", "Ctrl+B", lambda: self._wrap("**")
        )
        self.italic_action = self._action(
            self.tr("Italic"), "italicAction", "italic", "Ctrl+I", lambda: self._wrap("*")
        )
        self.heading_action = self._action(
            self.tr("Heading"), "headingAction", "heading", "Ctrl+Alt+H", self._heading
        )
        self.list_action = self._action(
            self.tr("List"), "listAction", "list", "Ctrl+Alt+U", lambda: self._prefix("- ")
        )
        self.quote_action = self._action(
            self.tr("Quote"), "quoteAction", "quote", "Ctrl+Alt+Q", lambda: self._prefix("> ")
        )
        self.format_actions = [
            self.bold_action,
            self.italic_action,
            self.heading_action,
            self.list_action,
            self.quote_action,
        ]
        for action in self.format_actions:
            self.format_bar.addAction(action)
        spacer = QWidget(self.format_bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.format_bar.addWidget(spacer)
        self.preview_action = self._action(
            self.tr("Preview"), "previewAction", "preview", "Ctrl+Shift+P", self._toggle_preview
        )
        self.preview_action.setCheckable(True)
        self.format_bar.addAction(self.preview_action)
        button = self.format_bar.widgetForAction(self.preview_action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _build_layout(self) -> None:
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.body)
        self.stack.addWidget(self.preview)

        meta = QHBoxLayout()
        meta.setSpacing(12)
        meta.addWidget(self.tags, 3)
        meta.addWidget(self.event_selector, 2)

        status = QHBoxLayout()
        status.addWidget(self.word_count)
        status.addStretch(1)
        status.addWidget(self.save_status, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(meta)
        layout.addWidget(self.format_bar)
        layout.addWidget(self.notes)
        layout.addWidget(self.stack, 1)
        layout.addLayout(status)
        self._apply_font_sheets(None, None)

    # --- public API ---------------------------------------------------------

    def set_journal(self, journal: Journal | None) -> None:
        """Use ``journal`` for loading and saving; None detaches (see ``clear``)."""
        self._journal = journal
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

    def current_entry_id(self) -> str | None:
        return self._entry_id

    def is_empty(self) -> bool:
        """Nothing written in the open entry yet (no title, body or tags)."""
        title, body, tags, _event_id = self._state()
        return not (title.strip() or body.strip() or tags)

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
        self._new_event_id = None
        self._load(None)

    def focus_body(self) -> None:
        self.preview_action.setChecked(False)
        self._toggle_preview()
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def insert_prompt(self, text: str, prompt_id: str) -> None:
        """Add the prompt as a ``## heading`` and put the cursor on the line below it."""
        if self._journal is None:
            return
        self.focus_body()
        cursor = self.body.textCursor()
        cursor.clearSelection()
        cursor.movePosition(cursor.MoveOperation.EndOfBlock)
        lead = "\n\n" if cursor.block().text().strip() else ""
        cursor.insertText(f"{lead}## {text}\n")
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()
        self._pending_prompts.append(prompt_id)
        self._record_prompts()

    def save_pending(self) -> bool:
        """Write any unsaved change now. Returns False if it could not be saved."""
        self.autosave_timer.stop()
        self.max_interval_timer.stop()
        if self._journal is None or self._loading:
            return True
        state = self._state()
        if state == self._saved:
            return True
        title, body, tags, event_id = state
        try:
            if self._entry_id is None:
                if not (title.strip() or body.strip() or tags):
                    return True
                entry = self._journal.add_entry(title, body, tags, event_id)
                self._entry_id = entry.id
            else:
                self._journal.update_entry(
                    self._entry_id, title=title, body=body, tags=tags, event_id=event_id
                )
        except UserError as error:
            self._show_error(error.message)
            self.autosave_timer.start(RETRY_MS)
            return False
        self._saved = state
        self._last_error = ""
        self._set_status(self.tr("Saved"))
        self._record_prompts()
        self.entry_saved.emit(self._entry_id)
        return True

    def clear(self) -> None:
        """Forget the journal and wipe every trace of its text from these widgets."""
        for timer in (self.autosave_timer, self.max_interval_timer, self.stats_timer):
            timer.stop()
        self.identifiers.stop()
        self._journal = None
        self._entry_id = None
        self._new_event_id = None
        self._saved = None
        self._pending_prompts.clear()
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

    def set_font(self, font: QFont) -> None:
        """The writing font (body and preview); the title is the same face, larger.

        The application stylesheet sets one font size for every widget, and a
        stylesheet beats ``setFont``; so the choice is applied as a small
        stylesheet on these widgets as well.
        """
        self.body.setFont(font)
        self.preview.setFont(font)
        size = font.pointSizeF() if font.pointSizeF() > 0 else None
        self._apply_font_sheets(size, font.family() or None)
        self.body.setTabStopDistance(self.body.fontMetrics().horizontalAdvance(" ") * 4)

    def _apply_font_sheets(self, size: float | None, family: str | None) -> None:
        face = f'font-family: "{family}";' if family else ""
        body_size = f"font-size: {size:.1f}pt;" if size else ""
        title_size = (size or 11.0) * 1.45
        self.body.setStyleSheet(
            f"QPlainTextEdit {{ {face} {body_size} }}" if face or body_size else ""
        )
        self.preview.setStyleSheet(
            f"QTextBrowser {{ {face} {body_size} }}" if face or body_size else ""
        )
        # The title reads as the entry's heading: large, with a quiet line under it.
        self.title.setStyleSheet(
            f"QLineEdit {{ {face} font-size: {title_size:.1f}pt; font-weight: 600;"
            " border: none; border-bottom: 1px solid palette(mid); border-radius: 0;"
            " background: transparent; padding: 4px 2px; }"
            " QLineEdit:focus { border-bottom: 2px solid palette(link); }"
        )

    def fit_to_font(self) -> None:
        """Scale icons and the event selector's width with the font in use."""
        metrics = self.tags.fontMetrics()
        side = max(18, round(metrics.height() * 1.05))
        self.format_bar.setIconSize(QSize(side, side))
        self.event_selector.setMaximumWidth(max(280, metrics.averageCharWidth() * 34))

    def word_total(self) -> int:
        return len(self.body.toPlainText().split())

    # --- loading and change tracking ---------------------------------------

    def _load(self, entry: Entry | None) -> None:
        self._loading = True
        try:
            self._entry_id = entry.id if entry else None
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
        self._saved = self._state()
        self._pending_prompts.clear()
        self._last_error = ""
        self._set_status("")
        self._update_word_count()
        self.identifiers.timer.start(0)
        self.notes.clear()
        self.entry_opened.emit(self._entry_id)

    def _state(self) -> _State:
        return (
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

    def _record_prompts(self) -> None:
        if self._journal is None or self._entry_id is None or not self._pending_prompts:
            return
        try:
            for prompt_id in self._pending_prompts:
                self._journal.record_prompt_use(prompt_id, self._entry_id)
        except UserError:
            return  # Only a statistic for prompt rotation; the entry itself is safe.
        self._pending_prompts.clear()

    # --- status -------------------------------------------------------------

    def _set_status(self, text: str) -> None:
        if self.save_status.text() != text:
            self.save_status.setText(text)
            self.save_status.setProperty("role", "muted")
            self.save_status.setToolTip("")
            self._repolish(self.save_status)

    def _show_error(self, message: str) -> None:
        self._last_error = message
        self.save_status.setText(message)
        self.save_status.setToolTip(message)
        self.save_status.setProperty("role", "error")
        self._repolish(self.save_status)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _update_word_count(self) -> None:
        count = self.word_total()
        if count == 1:
            self.word_count.setText(self.tr("1 word"))
        else:
            self.word_count.setText(self.tr("{count} words").format(count=f"{count:,}"))

    # --- formatting and preview --------------------------------------------

    def _wrap(self, marker: str) -> None:
        if self.stack.currentWidget() is self.body:
            cursor = self.body.textCursor()
            editor_format.toggle_wrap(cursor, marker)
            self.body.setTextCursor(cursor)

    def _prefix(self, prefix: str) -> None:
        if self.stack.currentWidget() is self.body:
            editor_format.toggle_line_prefix(self.body.textCursor(), prefix)

    def _heading(self) -> None:
        if self.stack.currentWidget() is self.body:
            editor_format.toggle_heading(self.body.textCursor())

    def _toggle_preview(self) -> None:
        showing = self.preview_action.isChecked()
        if showing:
            self.preview.show_markdown(self.body.toPlainText())
            self.stack.setCurrentWidget(self.preview)
        else:
            self.stack.setCurrentWidget(self.body)
            self.preview.wipe()
        for action in self.format_actions:
            action.setEnabled(not showing)
