"""Light and dark themes: a calm palette plus one stylesheet template.

``apply_theme(app, "system" | "light" | "dark")`` sets the Fusion style, a palette
and the stylesheet ``resources/styles/reflect.qss`` with its ``{{ name }}``
placeholders filled from the palette below (napari's templating idea). "system"
follows the desktop's light/dark preference where Qt reports it and is light
otherwise. Colours were chosen for contrast first (body text on its background
is above 12:1 in both themes; secondary text above 4.5:1), calm second.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reflect.core import resources

THEMES = ("system", "light", "dark")

LIGHT: Mapping[str, str] = {
    "window": "#f4f3ef",
    "base": "#ffffff",
    "alt_base": "#f0eee9",
    "text": "#1f2328",
    "muted": "#55595f",
    "border": "#c9c6bf",
    "accent": "#2d6a6e",
    "accent_text": "#ffffff",
    "accent_soft": "#dceced",
    "highlight": "#2d6a6e",
    "warning": "#8a4b00",
    "danger": "#a1262b",
    "ok": "#2f6b35",
    "button": "#e9e7e1",
    "button_hover": "#dedbd3",
    "disabled": "#8d9096",
    "icon": "#2c3036",
    "control_border": "#7c8086",
    "check_icon": "check-on-light",
}

DARK: Mapping[str, str] = {
    "window": "#16181a",
    "base": "#1f2225",
    "alt_base": "#25292c",
    "text": "#e7e5e0",
    "muted": "#aeb2b7",
    "border": "#3d4247",
    "accent": "#7ab8bc",
    "accent_text": "#0f1517",
    "accent_soft": "#26393b",
    "highlight": "#3f7f83",
    "warning": "#f0b45e",
    "danger": "#f08a8d",
    "ok": "#8fcf95",
    "button": "#2a2e32",
    "button_hover": "#343a3f",
    "disabled": "#6d7278",
    "icon": "#dcdad5",
    "control_border": "#8a9097",
    "check_icon": "check-on-dark",
}

_state = {"name": "system", "dark": False}


def current_theme() -> str:
    """The theme name last applied ("system", "light" or "dark")."""
    return _state["name"]  # type: ignore[return-value]


def is_dark() -> bool:
    """Whether the theme in effect is dark (what "system" resolved to, too)."""
    return bool(_state["dark"])


def colors() -> Mapping[str, str]:
    """The palette in effect, for widgets that paint something themselves."""
    return DARK if is_dark() else LIGHT


def system_prefers_dark(app: QApplication) -> bool:
    """Whether the desktop asks for dark colours (Qt 6.5+ reports it on all platforms)."""
    scheme = app.styleHints().colorScheme()
    return bool(scheme == Qt.ColorScheme.Dark)


def apply_theme(app: QApplication, name: str) -> None:
    """Apply ``name`` to the whole application; unknown names fall back to "system"."""
    if name not in THEMES:
        name = "system"
    dark = system_prefers_dark(app) if name == "system" else name == "dark"
    _state["name"] = name
    _state["dark"] = dark
    values = DARK if dark else LIGHT
    app.setStyle("Fusion")
    app.setPalette(_palette(values))
    app.setStyleSheet(stylesheet(values, base_point_size=app.font().pointSizeF()))
    # Icons are recoloured for the theme; drop the ones drawn for the old one.
    from reflect.ui.common import icons

    icons.clear_cache()


MIN_POINT_SIZE = 11.0


def ensure_readable_font(app: QApplication) -> None:
    """Raise the default text size to 11 pt if the platform's is smaller.

    Tired eyes at night are the normal case for this app; a larger system font
    is always kept as it is.
    """
    font = app.font()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)


def stylesheet(values: Mapping[str, str], *, base_point_size: float = MIN_POINT_SIZE) -> str:
    """The stylesheet template with every ``{{ name }}`` replaced.

    Heading sizes are multiples of ``base_point_size`` (the application font), so
    a user with large system text gets large headings too.
    """
    template = resources.read_text("styles/reflect.qss")
    # Stylesheets can only load images from files: point at the shipped SVG.
    check = resources.path(f"icons/{values['check_icon']}.svg").as_posix()
    base = base_point_size if base_point_size > 0 else MIN_POINT_SIZE
    filled = {
        **values,
        "check_image": check,
        "title_size": f"{base * 1.7:.1f}",
        "heading_size": f"{base * 1.2:.1f}",
        "mono_size": f"{base * 1.3:.1f}",
    }

    def fill(match: re.Match[str]) -> str:
        return filled[match.group(1)]

    return re.sub(r"\{\{\s*(\w+)\s*\}\}", fill, template)


def _palette(v: Mapping[str, str]) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    pairs = {
        role.Window: v["window"],
        role.WindowText: v["text"],
        role.Base: v["base"],
        role.AlternateBase: v["alt_base"],
        role.Text: v["text"],
        role.Button: v["button"],
        role.ButtonText: v["text"],
        role.ToolTipBase: v["base"],
        role.ToolTipText: v["text"],
        role.PlaceholderText: v["muted"],
        role.Highlight: v["highlight"],
        role.HighlightedText: "#ffffff",
        role.Link: v["accent"],
        role.LinkVisited: v["accent"],
        role.BrightText: v["danger"],
        role.Light: v["button_hover"],
        role.Midlight: v["button"],
        role.Mid: v["border"],
        role.Dark: v["border"],
        role.Shadow: "#000000",
    }
    for r, colour in pairs.items():
        pal.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor(v["disabled"]))
    return pal
