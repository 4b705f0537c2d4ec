"""A time of day as people type it: "21:30", "9.30", "0930", "9:30 pm", "9am".

What is typed is what is saved, or it is refused with a reason: Reflect 0.1's
time box turned "21:30", typed after select-all, into 08:30.
"""

from __future__ import annotations

import re
from datetime import time

_PATTERN = re.compile(
    r"^\s*(?P<hour>\d{1,2})(?:\s*[:.h]\s*(?P<minute>\d{2})|(?P<packed>\d{2}))?"
    r"\s*(?P<half>[ap])?\.?\s*(?:m\.?)?\s*$",
    re.IGNORECASE,
)


def parse_time_of_day(text: str) -> time | None:
    """The time ``text`` names, or ``None`` when it names none (e.g. "25:00", "9:75")."""
    match = _PATTERN.match(text)
    if match is None:
        return None
    hour = int(match["hour"])
    minute_text = match["minute"] or match["packed"]
    minute = int(minute_text) if minute_text else 0
    half = (match["half"] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def format_time_of_day(value: time) -> str:
    """24-hour "HH:MM", the form the field shows and accepts back unchanged."""
    return f"{value.hour:02d}:{value.minute:02d}"
