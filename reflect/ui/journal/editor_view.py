"""The entry editor's view: its fields, formatting bar, preview, fonts and status line.

Layout only, and the small behaviours that belong to the widgets themselves
(formatting the selection, switching to the preview, showing the save status).
What is saved, and when, is ``editor.EntryEditor``'s job.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent
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

from reflect.ui.common.icons import icon
from reflect.ui.journal import editor_format
from reflect.ui.journal.editor_fields import EventSelector, TagsField
from reflect.ui.journal.editor_notes import EditorNotes
from reflect.ui.journal.markdown_highlighter import MarkdownHighlighter
from reflect.ui.journal.markdown_preview import SafePreview

# Focus mode's line length: typographers' comfortable measure is 45 to 75 characters.
FOCUS_LINE_CHARS = 72


class EditorView(QWidget):
    """Title, body, tags, event, formatting bar, preview and status line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditorPane")
        self._build_fields()
        self._build_toolbar()
        self._build_layout()
        self.highlighter = MarkdownHighlighter(self.body.document(), self.palette())

    def changeEvent(self, event: QEvent) -> None:
        # A live theme switch: headings and marks are drawn with the palette's colours.
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_palette(self.palette())
        super().changeEvent(event)

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
        self.event_page_button = QToolButton(self)
        self.event_page_button.setObjectName("entryEventPage")
        self.event_page_button.setIcon(icon("calendar"))
        self.event_page_button.setToolTip(self.tr("Open this event's page"))
        self.event_page_button.setAccessibleName(self.tr("Open this event's page"))
        self.event_page_button.setAutoRaise(True)
        self.event_page_button.setEnabled(False)
        self.event_selector.currentIndexChanged.connect(
            lambda _i: self.event_page_button.setEnabled(self.event_selector.event_id() is not None)
        )
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
        meta.addWidget(self.event_page_button)

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

    def tab_chain(self) -> tuple[QWidget, ...]:
        """The fields in reading order, for Tab."""
        return (self.title, self.tags, self.event_selector, self.event_page_button, self.body)

    def focus_body(self) -> None:
        self.preview_action.setChecked(False)
        self._toggle_preview()
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

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

    # --- focus mode ---------------------------------------------------------

    def set_focused(self, on: bool) -> None:
        """Just the title and the text, in a column of comfortable width (or back)."""
        self._focused = on
        for widget in (self.tags, self.event_selector, self.event_page_button, self.format_bar):
            widget.setVisible(not on)
        self._fit_column()

    def is_focused(self) -> bool:
        return getattr(self, "_focused", False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        """In focus mode, margins keep lines near ``FOCUS_LINE_CHARS`` characters."""
        side = 0
        if self.is_focused():
            line = self.body.fontMetrics().averageCharWidth() * FOCUS_LINE_CHARS
            side = max(0, (self.body.width() - line) // 2)
        self.body.setViewportMargins(side, 0, side, 0)
        # The title lines up with the text: past the frame and the document's margin
        # (less the title's own 2 px of padding).
        inset = side + self.body.frameWidth() + int(self.body.document().documentMargin()) - 2
        self.title.setTextMargins(inset if side else 0, 0, inset if side else 0, 0)

    def fit_to_font(self) -> None:
        """Scale icons and the event selector's width with the font in use."""
        metrics = self.tags.fontMetrics()
        side = max(18, round(metrics.height() * 1.05))
        self.format_bar.setIconSize(QSize(side, side))
        self.event_selector.setMaximumWidth(max(280, metrics.averageCharWidth() * 34))

    def word_total(self) -> int:
        return len(self.body.toPlainText().split())

    # --- status -------------------------------------------------------------

    def _set_status(self, text: str) -> None:
        if self.save_status.text() != text:
            self.save_status.setText(text)
            self.save_status.setProperty("role", "muted")
            self.save_status.setToolTip("")
            self._repolish(self.save_status)

    def show_hint(self, text: str) -> None:
        """A quiet sentence in the status line, until the next save replaces it."""
        self._set_status(text)

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
        self.word_count.setText(self.tr("%Ln word(s)", "", count))

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
