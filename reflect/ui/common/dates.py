"""Dates and times as the user's language writes them (QLocale, never a fixed pattern).

Qt gives a short (numeric) and a long (weekday and full month) form. Reflect
mostly wants the middle: the month spelled out, no weekday ("3 Mar 2026",
"Mar 3, 2026", "3. März 2026", "3 mars 2026"). It is made from the locale's long
form by dropping the weekday and shortening the month, so the order of day,
month and year, and the words between them, stay the locale's own. Times use the
locale's short time form, so a 12-hour locale gets "9:05 PM" and others "21:05".
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

# The weekday field with what joins it to the rest ("dddd, ", ", dddd", "dddd ").
_WEEKDAY = re.compile(r"d{4}[,.]?\s*|\s*[,.]?\s*d{4}")


def date_pattern(
    locale: QLocale | None = None, *, weekday: bool = False, year: bool = True, full: bool = False
) -> str:
    """A QLocale pattern with the month spelled out (short), day and year in the
    locale's order; ``weekday`` puts the short weekday first. ``full``: the locale's
    long form itself (full month and weekday names), without the weekday unless asked."""
    loc = locale or QLocale()
    long = loc.dateFormat(QLocale.FormatType.LongFormat)
    if full:
        return long if weekday else _WEEKDAY.sub("", long, count=1).strip()
    pattern = _WEEKDAY.sub("", long, count=1).strip()
    pattern = re.sub(r"M{4}", "MMM", pattern)
    if not year:
        pattern = re.sub(r"[\s,.]*(?:'[^']*'\s*)?y{2,4}[.]?", "", pattern).strip(" ,")
    return f"ddd {pattern}" if weekday else pattern


def medium_date(day: date | datetime, locale: QLocale | None = None, **shape: bool) -> str:
    """``day`` (a datetime in local time: the day the user lived it) with the month
    spelled out. ``weekday=True`` adds the short weekday, ``year=False`` drops the year."""
    if isinstance(day, datetime):
        day = day.astimezone().date()
    loc = locale or QLocale()
    return loc.toString(QDate(day.year, day.month, day.day), date_pattern(loc, **shape))


def clock_time(moment: time | datetime, locale: QLocale | None = None) -> str:
    """A time of day in the locale's short form ("21:05", "9:05 PM")."""
    if isinstance(moment, datetime):
        moment = moment.astimezone().time()
    loc = locale or QLocale()
    return loc.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_and_time(moment: datetime, locale: QLocale | None = None, **shape: bool) -> str:
    """``Tue 3 Mar 2026 · 21:40``-like, in local time and the locale's forms."""
    local = moment.astimezone()
    return f"{medium_date(local, locale, **shape)} · {clock_time(local, locale)}"


def week_start(locale: QLocale | None = None) -> int:
    """The weekday the locale's weeks start on, as ``date.weekday()`` counts (0 Monday)."""
    return (locale or QLocale()).firstDayOfWeek().value - 1
