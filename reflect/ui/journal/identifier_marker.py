"""Gently underline text that looks like it could identify someone, as the user types.

The rules of what counts live in ``reflect.core.privacy.redact.find_identifiers``; this module
only decides *when* to ask: after a short pause, and only for the paragraphs on screen
plus the one being edited, so a 20,000-word entry never slows typing down. The pause's
scan runs on a worker thread (the rules are pure Python: the window keeps turning
between its slices), and its findings come back to be drawn. Nothing leaves the device
and nothing is stored: findings live in memory, keyed by paragraph, and are dropped
when the journal locks (a scan still running then is ignored).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from reflect.ui.journal.markdown_highlighter import Mark, MarkdownHighlighter

SCAN_DELAY_MS = 400


class FindingLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


Finder = Callable[[str], Sequence[FindingLike]]


def default_finder() -> Finder | None:
    """``reflect.core.privacy.redact.find_identifiers`` when it is available, else None."""
    try:
        module: Any = importlib.import_module("reflect.core.privacy.redact")
    except ImportError:
        return None
    finder = getattr(module, "find_identifiers", None)
    return finder if callable(finder) else None


class IdentifierMarker(QObject):
    """Scans visible paragraphs on a debounce and shows a tooltip over flagged text.

    ``timer`` is public so tests can fire it by hand instead of waiting; it starts
    ``scan_in_background``. ``scan`` does the same work at once, on this thread.
    """

    _scanned = Signal(int)

    def __init__(
        self,
        editor: QPlainTextEdit,
        highlighter: MarkdownHighlighter,
        finder: Finder | None,
        *,
        delay_ms: int = SCAN_DELAY_MS,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._highlighter = highlighter
        self._finder = finder
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.scan_in_background)
        self._worker: threading.Thread | None = None
        self._results: list[tuple[str, list[Mark]]] = []
        self._generation = 0
        self._again = False
        self._scanned.connect(self._take_results)
        self.also_misspelled: Callable[[int], bool] = lambda _position: False
        """Whether the word at a document position is misspelled too (set by the editor)."""
        if finder is not None:
            editor.document().contentsChange.connect(self._text_changed)
            editor.verticalScrollBar().valueChanged.connect(self._schedule)
            editor.viewport().installEventFilter(self)

    @property
    def enabled(self) -> bool:
        return self._finder is not None

    def _schedule(self, *_args: object) -> None:
        self.timer.start()

    def _text_changed(self, _position: int, removed: int, added: int) -> None:
        # Drawing underlines changes formats only (0 removed, 0 added): no new text.
        if removed or added:
            self.timer.start()

    def stop(self) -> None:
        """No more scans; a scan still running is waited for and its findings dropped."""
        self.timer.stop()
        self._generation += 1
        self._again = False
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.join()
        self._results = []

    def wait(self) -> None:
        """Let a background scan finish and draw its findings (tests, benchmarks)."""
        if self._worker is not None:
            self._take_results(self._generation)

    def _visible_blocks(self) -> list[QTextBlock]:
        editor = self._editor
        blocks: list[QTextBlock] = []
        block = editor.firstVisibleBlock()
        offset = editor.contentOffset()
        bottom = editor.viewport().rect().bottom()
        while block.isValid():
            geometry = editor.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            blocks.append(block)
            block = block.next()
        current = editor.textCursor().block()
        if current.isValid() and all(b.blockNumber() != current.blockNumber() for b in blocks):
            blocks.append(current)
        return blocks

    def _unscanned(self) -> list[str]:
        texts = []
        for block in self._visible_blocks():
            text = block.text()
            if text.strip() and self._highlighter.marks_for(text) is None and text not in texts:
                texts.append(text)
        return texts

    def scan(self) -> None:
        """Look at the paragraphs on screen that have not been looked at in this form."""
        if self._finder is None:
            return
        finder = self._finder
        self._draw(
            [(t, [Mark(f.start, f.end, f.kind) for f in finder(t)]) for t in self._unscanned()]
        )

    def scan_in_background(self) -> None:
        """The pause's scan: the same work on a worker thread, drawn when it is done."""
        if self._finder is None:
            return
        if self._worker is not None:
            self._again = True  # scan again once this one is drawn
            return
        texts = self._unscanned()
        if not texts:
            return
        finder, generation = self._finder, self._generation

        def run() -> None:
            self._results = [(t, [Mark(f.start, f.end, f.kind) for f in finder(t)]) for t in texts]
            try:
                self._scanned.emit(generation)  # queued to the UI thread
            except RuntimeError:  # the editor was closed meanwhile
                pass

        self._worker = threading.Thread(target=run, name="reflect-identifiers", daemon=True)
        self._worker.start()

    def _take_results(self, generation: int) -> None:
        worker = self._worker
        if worker is None or generation != self._generation:
            return  # already drawn, or the journal locked meanwhile
        self._worker = None
        worker.join()
        results, self._results = self._results, []
        self._draw(results)
        if self._again:
            self._again = False
            self.timer.start()

    def _draw(self, results: list[tuple[str, list[Mark]]]) -> None:
        found = {}
        for text, marks in results:
            self._highlighter.store_marks(text, marks)
            if marks:
                found[text] = marks
        if not found:
            return
        for block in self._visible_blocks():
            if block.text() in found:
                self._highlighter.rehighlightBlock(block)

    def mark_at(self, position: int) -> Mark | None:
        """The flagged span at a document position, if any."""
        block = self._editor.document().findBlock(position)
        marks = self._highlighter.marks_for(block.text()) or ()
        offset = position - block.position()
        return next((m for m in marks if m.start <= offset < m.end), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self._editor.cursorForPosition(event.pos())
            position = cursor.position()
            if self.mark_at(position) is not None:
                text = self.tooltip_text(misspelled=self.also_misspelled(position))
                QToolTip.showText(event.globalPos(), text, self._editor.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def tooltip_text(self, *, misspelled: bool = False) -> str:
        # "someone", not "a patient": the name may be a colleague's, a relative's or
        # the user's own, and calling a colleague "a patient" is both wrong and jarring.
        text = self.tr(
            "This looks like it could identify someone: a name, a date or a number. "
            "Consider leaving it out, or putting it in general terms."
        )
        if misspelled:
            # One underline per word: the identifier's dotted line is the one drawn.
            text += " " + self.tr("It may also be misspelled: right-click it for suggestions.")
        return text
