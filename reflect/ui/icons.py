"""Icons from ``resources/icons/<name>.svg``, recoloured for the theme in effect.

The SVGs are drawn with ``stroke="currentColor"`` (Qt's SVG renderer does not know
``currentColor``), so before rendering the word is replaced with the theme's icon
colour, the way Vorta's ``get_colored_icon`` recolours for dark mode. Icons are
cached per theme; ``theme.apply_theme`` clears the cache. An unknown name gives an
empty icon, never an exception: a missing picture must not stop the app.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from reflect.core import resources
from reflect.ui import theme

_SIZES = (16, 20, 24, 32, 48, 64, 128, 256)


def icon(name: str) -> QIcon:
    """The themed icon called ``name`` (``"lock"``, ``"search"``, ...)."""
    return _icon(name, theme.colors()["icon"])


def app_icon() -> QIcon:
    """The application's own full-colour mark (never recoloured)."""
    return _icon("reflect", None)


def svg_bytes(name: str, colour: str | None = None) -> bytes | None:
    """The SVG source of ``name`` with ``currentColor`` set to ``colour``; None if missing."""
    try:
        data = resources.read_bytes(f"icons/{name}.svg")
    except (FileNotFoundError, ValueError):
        return None
    if colour is not None:
        data = data.replace(b"currentColor", QColor(colour).name().encode("ascii"))
    return data


def clear_cache() -> None:
    _icon.cache_clear()


@functools.cache
def _icon(name: str, colour: str | None) -> QIcon:
    data = svg_bytes(name, colour)
    if data is None:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return QIcon()
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
