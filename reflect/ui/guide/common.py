"""Small building blocks shared by the guide's widgets: cards, dates and the tr helper.

``label`` and ``button`` are the app's one pair (``reflect.ui.common.page``), re-exported
here for the guide's modules.

Styling goes through the stylesheet's ``role`` property (see resources/styles/reflect.qss),
so the widgets here stay free of colours and follow the light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from reflect.ui.common.page import button, label

CONTEXT = "guide"


def tr(text: str) -> str:
    """Translate a guide string (one context for the whole guide keeps catalogues simple)."""
    return QCoreApplication.translate(CONTEXT, text)


def prompt_kind_words(kind: str) -> str:
    """What a prompt is for, in plain words (never research shorthand; Help has sources)."""
    words = {
        "grounding": tr("A prompt to steady yourself"),
        "reflection": tr("A prompt for reflection"),
        "self-compassion": tr("A prompt about kindness to yourself"),
        "self-forgiveness": tr("A prompt about forgiving yourself"),
        "systems": tr("A prompt about the system around you"),
        "inquisition": tr("A prompt for a review or investigation"),
        "growth": tr("A prompt about moving forward"),
        "support": tr("A prompt about reaching out"),
    }
    return words.get(kind, tr("A prompt for reflection"))


def card(parent: QWidget | None = None, *, name: str | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A soft framed panel and its layout."""
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    if name:
        frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def bullets(items: tuple[str, ...] | list[str]) -> str:
    """Items as a plain-text list with bullet characters (for plain-text labels)."""
    return "\n".join(f"•  {item}" for item in items)


__all__ = ["bullets", "button", "card", "label", "prompt_kind_words", "tr"]
