"""Text documents that load nothing from outside themselves.

A ``QTextDocument`` (and the browser that shows one) loads any image its HTML
names, including local files (``<img src="/etc/hostname">``). Reflect's HTML is
sanitised before it gets here; this is the second wall: every resource request
that is not a Qt resource (``qrc:``) or inline ``data:`` is refused, and the
refused URLs are kept (never content) so tests can see them. Used for the entry
preview, the export preview and every PDF Reflect writes.

Refusing means answering with something, not nothing: when ``loadResource``
returns no image, Qt's image handler falls back to opening the name as a file
itself. A refused image is therefore a 1 x 1 transparent one, a refused style
sheet or page an empty text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

LOCAL_SCHEMES = frozenset({"qrc", "data"})


def refused_resource(kind: int) -> object:
    """What a refused request gets: a blank image, or empty text (never "nothing")."""
    if kind == QTextDocument.ResourceType.ImageResource.value:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        return blank
    return ""


def allowed(name: QUrl | str) -> bool:
    """Whether a document may load ``name``: only what is inside Reflect itself."""
    return QUrl(name).scheme().lower() in LOCAL_SCHEMES


class SafeDocument(QTextDocument):
    """A QTextDocument that refuses every outside resource."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused: list[QUrl] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        if allowed(name):
            return super().loadResource(kind, QUrl(name))
        self.refused.append(QUrl(name))
        return refused_resource(kind)
