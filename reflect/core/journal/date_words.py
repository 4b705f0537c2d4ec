"""Dates as people type them in the search box: "since March", "last week", "in 2024".

``read_search`` splits what was typed into the words to search for and a range of
days (both ends inclusive, local calendar days). It understands, in English (and
the same in German, French and Spanish: ``date_words_intl``):

* a period on its own: ``today``, ``yesterday``, ``this week``/``month``/``year``,
  ``last week``/``month``/``year`` (the calendar week, month or year before this one),
  ``past 10 days`` (``weeks``, ``months``; ``last 10 days`` too);
* a preposition and a date: ``since``/``from``/``after``, ``before``/``until``/``till``,
  ``on``, ``in``/``during``, and ``between DATE and DATE``;
* a date: ``2024-03-05``, ``2024-03``, ``2024``, ``5 March``, ``March 5th``,
  ``5 March 2024``, ``March 2024``, ``March`` (and ``Mar``), a weekday (``Monday``,
  the last one), or any period above.

A month or day without a year is the most recent one that is not in the future:
in February, "since March" means last March. Month and day names count only
after a preposition, because "may", "march" and "sunday" are also words someone
may look for; quoting (``"last week"``) searches for the words themselves.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from reflect.core.journal import date_words_intl as intl
from reflect.core.language import current as current_language

__all__ = ["DateRange", "SearchRequest", "read_search"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
         ("thursday", "thu", "thurs"), ("friday", "fri"), ("saturday", "sat"),
         ("sunday", "sun")),
    )
    for name in names
}  # fmt: skip

_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"
_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_PERIOD = (
    r"(?:today|yesterday|(?:this|last)\s+(?:week|month|year)"
    r"|(?:past|last)\s+\d{1,3}\s+(?:days?|weeks?|months?))"
)
_DATE = (
    rf"(?:{_PERIOD}|{_YEAR}-\d\d-\d\d|{_YEAR}-\d\d|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d:])|{_MONTH}(?:\s+{_YEAR})?"
    rf"|(?:last\s+)?{_WEEKDAY}|{_YEAR})"
)
_PHRASE = re.compile(
    rf"(?<![\w\"])(?:(?P<between>between)\s+(?P<first>{_DATE})\s+and\s+(?P<second>{_DATE})"
    rf"|(?P<word>since|from|after|before|until|till|on|in|during)\s+(?P<date>{_DATE})"
    rf"|(?P<alone>{_PERIOD}))(?![\w\"])",
    re.IGNORECASE,
)
_QUOTED = re.compile(r'"[^"]*"?')


@dataclass(frozen=True)
class DateRange:
    """Days from ``first`` to ``last``, both included; None is open-ended."""

    first: date | None = None
    last: date | None = None

    def __bool__(self) -> bool:
        return self.first is not None or self.last is not None


@dataclass(frozen=True)
class SearchRequest:
    """What was typed, read: the words to search for and the days to search in."""

    words: str
    days: DateRange
    phrases: tuple[tuple[int, int], ...] = ()
    """Where the date phrases were in the typed text (start, end), to remove them."""

    def without_dates(self, typed: str) -> str:
        """``typed`` with its date phrases taken out (a chip's "remove")."""
        return _without(typed, self.phrases)


def _without(typed: str, spans: Sequence[tuple[int, int]]) -> str:
    kept, last = [], 0
    for start, end in spans:
        kept.append(typed[last:start])
        last = end
    kept.append(typed[last:])
    return " ".join("".join(kept).split())


def read_search(
    typed: str, today: date, language: str | None = None, week_starts: int = 0
) -> SearchRequest:
    """Split ``typed`` into words and a range of days (see the module's docstring).
    ``language`` (default: the one Reflect speaks) adds its own date words to the
    English ones (``date_words_intl``). ``week_starts``: the weekday the user's
    calendar starts a week on (0 Monday ... 6 Sunday), for "this week", "last week"."""
    quoted = [m.span() for m in _QUOTED.finditer(typed)]
    first: date | None = None
    last: date | None = None
    spans: list[tuple[int, int]] = []
    found = [(m, _span(m, today, week_starts)) for m in _PHRASE.finditer(typed)]
    local = intl.grammar(language or current_language())
    if local is not None:
        found += [
            (m, _span(m, today, week_starts, local.words)) for m in local.phrase.finditer(typed)
        ]
    for match, span in sorted(found, key=lambda pair: pair[0].start()):
        if any(s <= match.start() < e for s, e in quoted):
            continue
        if span is None or any(s < match.end() and match.start() < e for s, e in spans):
            continue
        start, end = span  # several phrases narrow the range together
        if start is not None:
            first = start if first is None else max(first, start)
        if end is not None:
            last = end if last is None else min(last, end)
        spans.append(match.span())
    return SearchRequest(_without(typed, spans), DateRange(first, last), tuple(spans))


def _span(
    match: re.Match[str], today: date, week_starts: int = 0, words: intl.Words | None = None
) -> tuple[date | None, date | None] | None:
    """The days a phrase names; ``words``: the phrase is in another language
    (``date_words_intl``) and is read as its English."""

    def period(text: str) -> tuple[date, date] | None:
        english = text if words is None else intl.in_english(text, words)
        return _period(english, today, week_starts)

    if match.group("between"):
        one, two = period(match.group("first")), period(match.group("second"))
        if one is None or two is None:
            return None
        return min(one[0], two[0]), max(one[1], two[1])
    if match.group("alone"):
        return period(match.group("alone"))
    word = " ".join(match.group("word").lower().split())
    return _around(word if words is None else words.prepositions[word], period(match.group("date")))


def _around(word: str, period: tuple[date, date] | None) -> tuple[date | None, date | None] | None:
    """The days a preposition and a date's period mean together ("before" May)."""
    if period is None:
        return None
    start, end = period
    if word in ("since", "from"):
        return start, None
    if word == "after":
        return end + timedelta(days=1), None
    if word == "before":
        return None, start - timedelta(days=1)
    if word in ("until", "till"):
        return None, end
    return start, end  # on, in, during


def _period(text: str, today: date, week_starts: int = 0) -> tuple[date, date] | None:
    """The first and last day ``text`` names, or None if it names no real date."""
    words = text.lower().replace(",", " ").replace(".", " ").split()
    joined = " ".join(words)
    try:
        return _relative(words, today, week_starts) or _absolute(joined, words, today)
    except ValueError:  # "31 February", "2024-13-01"
        return None


def _relative(words: list[str], today: date, week_starts: int) -> tuple[date, date] | None:
    if words == ["today"]:
        return today, today
    if words == ["yesterday"]:
        day = today - timedelta(days=1)
        return day, day
    if len(words) == 2 and words[0] in ("this", "last") and words[1] in ("week", "month", "year"):
        return _calendar(words[1], today, previous=words[0] == "last", week_starts=week_starts)
    if len(words) == 3 and words[0] in ("past", "last") and words[1].isdigit():
        count, unit = int(words[1]), words[2].rstrip("s")
        days = {"day": count, "week": 7 * count, "month": 30 * count}[unit]
        return today - timedelta(days=max(days, 1) - 1), today
    weekday = words[-1]
    if weekday in _WEEKDAYS and (len(words) == 1 or words == ["last", weekday]):
        back = (today.weekday() - _WEEKDAYS[weekday]) % 7 or (7 if len(words) == 2 else 0)
        day = today - timedelta(days=back)
        return day, day
    return None


def _calendar(unit: str, today: date, *, previous: bool, week_starts: int = 0) -> tuple[date, date]:
    if unit == "week":
        into_week = (today.weekday() - week_starts) % 7
        start = today - timedelta(days=into_week + (7 if previous else 0))
        return start, start + timedelta(days=6)
    if unit == "month":
        year, month = today.year, today.month
        if previous:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    year = today.year - (1 if previous else 0)
    return date(year, 1, 1), date(year, 12, 31)


def _absolute(joined: str, words: list[str], today: date) -> tuple[date, date] | None:
    iso = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", joined)
    if iso:
        year, month, day = (int(g) if g else None for g in iso.groups())
        assert year is not None
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, monthrange(year, month)[1])
        one = date(year, month, day)
        return one, one
    month_words = [w for w in words if w in _MONTHS]
    if not month_words:
        return None
    month = _MONTHS[month_words[0]]
    numbers = [int(re.sub(r"\D", "", w)) for w in words if re.match(r"\d", w)]
    years = [n for n in numbers if n >= 1900]
    days = [n for n in numbers if n < 1900]
    if days:
        year = years[0] if years else today.year
        one = date(year, month, days[0])
        if not years and one > today:
            one = date(year - 1, month, days[0])
        return one, one
    year = years[0] if years else (today.year if month <= today.month else today.year - 1)
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])
