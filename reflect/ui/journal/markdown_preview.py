"""A read-only preview of an entry's Markdown that can never reach the network.

The HTML comes from ``reflect.core.journal.markdown_render.render_markdown`` (sanitised, remote
images dropped); without it, Qt's own Markdown reader with raw HTML switched off. As a
second wall, this browser follows no links and its document is a ``SafeDocument``, which
refuses every resource that is not a Qt resource (``qrc:``) or inline ``data:``, so even
HTML that slipped through could not make it load anything, remote or local.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from reflect.ui.common.safe_document import SafeDocument


def default_renderer() -> Callable[[str], str] | None:
    """``render_markdown`` from core, or None while it is not there yet."""
    try:
        module: Any = importlib.import_module("reflect.core.journal.markdown_render")
    except ImportError:
        return None
    renderer = getattr(module, "render_markdown", None)
    return renderer if callable(renderer) else None


#: Entries longer than this are rendered on a worker thread (a long entry can take a
#: second or two), with a short note in the preview meanwhile.
BACKGROUND_CHARS = 20_000


class SafePreview(QTextBrowser):
    """QTextBrowser with links and outside resources (remote or local files) switched off.

    Signals:
        rendered(): a preview rendered in the background has been shown.
    """

    rendered = Signal()
    _finished = Signal(int, str)  # emitted on the worker thread, received on this one

    def __init__(
        self, parent: QWidget | None = None, *, renderer: Callable[[str], str] | None = None
    ) -> None:
        super().__init__(parent)
        self._render = renderer or default_renderer()
        # Which request the preview is waiting for; a wipe or a newer request makes a
        # late result stale, so text never reappears after the journal locked.
        self._request = 0
        self._finished.connect(self._show_rendered)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        # The browser's own loadResource is not what its document calls (Qt reaches
        # it through the meta-object, past any Python override): the document must
        # be one that refuses by itself.
        self.setDocument(SafeDocument(self))

    @property
    def refused(self) -> list[QUrl]:
        """Requests that were refused, for tests (URLs only, never content)."""
        document = self.document()
        return document.refused if isinstance(document, SafeDocument) else []

    def show_markdown(self, text: str) -> None:
        self._request += 1
        render = self._render
        if render is not None and len(text) > BACKGROUND_CHARS:
            self.setPlainText(self.tr("Preparing the preview…"))
            request = self._request
            threading.Thread(
                target=lambda: self._finished.emit(request, render(text)),
                name="reflect-preview",
                daemon=True,
            ).start()
        elif render is not None:
            self.setHtml(render(text))
        else:
            # Qt's own Markdown reader, with raw HTML switched off.
            self.document().setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownNoHTML)

    def _show_rendered(self, request: int, html: str) -> None:
        if request == self._request:
            self.setHtml(html)
            self.rendered.emit()

    def wipe(self) -> None:
        """Drop the document and its history (a QTextBrowser keeps a navigation history)."""
        self._request += 1  # a preview still rendering is dropped when it arrives
        self.clear()
        self.clearHistory()
        self.document().clearUndoRedoStacks()
        self.refused.clear()

    def setHtml(self, text: str) -> None:
        if not isinstance(self.document(), SafeDocument):
            self.setDocument(SafeDocument(self))  # never let a replaced document in
        super().setHtml(text)
