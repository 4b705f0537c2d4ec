"""Icons from ``resources/icons/<name>.svg``, recoloured for the theme in effect.

The SVGs are drawn with ``stroke="currentColor"`` (Qt's SVG renderer does not know
``currentColor``), so before rendering the word is replaced with the theme's icon
colour, the way Vorta's ``get_colored_icon`` recolours for dark mode.

A themed icon is drawn when it is painted, not when it is made: its engine asks
the theme for the colour each time, so every toolbar and button follows a live
switch between light and dark (Reflect 0.1 kept the old colour until restart).
Drawn pixmaps are cached per colour and size; ``theme.apply_theme`` clears the
cache. An unknown name gives an empty icon, never an exception.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from reflect.core import resources
from reflect.ui.common import theme

_SIZES = (16, 20, 24, 32, 48, 64, 128, 256)


def icon(name: str) -> QIcon:
    """The themed icon called ``name`` (``"lock"``, ``"search"``, ...)."""
    if _renderer(name, theme.colors()["icon"]) is None:
        return QIcon()
    return QIcon(_ThemedIconEngine(name))


class _ThemedIconEngine(QIconEngine):
    """Draws ``name`` in the theme's icon colour (its disabled colour when disabled)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def clone(self) -> QIconEngine:
        return _ThemedIconEngine(self._name)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colours = theme.colors()
        colour = colours["disabled"] if mode == QIcon.Mode.Disabled else colours["icon"]
        return QPixmap(_drawn(self._name, colour, size.width(), size.height()))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size


@functools.cache
def _renderer(name: str, colour: str) -> QSvgRenderer | None:
    data = svg_bytes(name, colour)
    if data is None:
        return None
    renderer = QSvgRenderer(QByteArray(data))
    return renderer if renderer.isValid() else None


@functools.cache
def _drawn(name: str, colour: str, width: int, height: int) -> QPixmap:
    pixmap = QPixmap(max(width, 1), max(height, 1))
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = _renderer(name, colour)
    if renderer is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(QPoint(0, 0), QSize(width, height)))
        painter.end()
    return pixmap


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
    _renderer.cache_clear()
    _drawn.cache_clear()


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
