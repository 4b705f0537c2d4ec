"""Dates in the search box in German, French and Spanish, read into the English forms.

``date_words`` understands English; a user whom Reflect speaks to in German
types "seit März", "letzte Woche", "vor dem 5. Mai". Each language here names
its words for the same things (a period, a preposition, a month, a weekday) and
the patterns around them ("3. März 2024", "1er mars", "5 de mayo de 2024"); a
phrase found is turned into the English words ``date_words`` reads ("since",
"5 march 2024"), so the two share one set of rules about what a date means. The
English words keep working in every language (Help's examples were English).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july",
                   "august", "september", "october", "november", "december")  # fmt: skip
_ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday")  # fmt: skip


@dataclass(frozen=True)
class Words:
    """One language's date words, each list in the order of the English it means."""

    months: tuple[tuple[str, ...], ...]  # January ... December, with short forms
    weekdays: tuple[tuple[str, ...], ...]  # Monday ... Sunday
    prepositions: dict[str, str]  # local -> since, after, before, until, on, in
    between: tuple[str, str]  # "zwischen" ... "und"
    articles: str  # a regex of what may follow a preposition ("dem", "le", "del")
    periods: dict[str, str]  # a regex -> "today", "last week" ...
    past: str  # a regex with (?P<count>) and (?P<unit>) for "the last 10 days"
    units: dict[str, str]  # the unit's local word -> "days", "weeks", "months"
    joiner: str = r"\s+"  # between day, month and year ("de" in Spanish)


WORDS: dict[str, Words] = {
    "de": Words(
        months=(("januar", "jänner", "jan"), ("februar", "feb"), ("märz", "mär"),
                ("april", "apr"), ("mai",), ("juni", "jun"), ("juli", "jul"),
                ("august", "aug"), ("september", "sept", "sep"), ("oktober", "okt"),
                ("november", "nov"), ("dezember", "dez")),
        weekdays=(("montag",), ("dienstag",), ("mittwoch",), ("donnerstag",), ("freitag",),
                  ("samstag", "sonnabend"), ("sonntag",)),
        prepositions={"seit": "since", "ab": "since", "nach": "after", "vor": "before",
                      "bis": "until", "am": "on", "im jahr": "in", "im": "in", "in": "in"},
        between=("zwischen", "und"),
        articles=r"(?:dem|der|den|zum|zur)",
        periods={r"heute": "today", r"gestern": "yesterday",
                 r"diese\s+woche": "this week", r"diese[nr]?\s+monat": "this month",
                 r"dieses\s+jahr": "this year",
                 r"(?:letzte|vorige|vergangene)\s+woche": "last week",
                 r"(?:letzten|vorigen|vergangenen)\s+monat": "last month",
                 r"(?:letztes|voriges|vergangenes)\s+jahr": "last year"},
        past=r"(?:(?:in\s+)?den\s+|die\s+)?letzten\s+(?P<count>\d{1,3})\s+(?P<unit>tagen?|wochen|monaten?)",
        units={"tag": "days", "tage": "days", "tagen": "days", "wochen": "weeks",
               "monate": "months", "monaten": "months"},
    ),
    "fr": Words(
        months=(("janvier", "janv"), ("février", "fevrier", "févr", "fevr"), ("mars",),
                ("avril", "avr"), ("mai",), ("juin",), ("juillet", "juil"),
                ("août", "aout"), ("septembre", "sept"), ("octobre", "oct"),
                ("novembre", "nov"), ("décembre", "decembre", "déc", "dec")),
        weekdays=(("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",),
                  ("samedi",), ("dimanche",)),
        prepositions={"depuis": "since", "à partir du": "since", "à partir de": "since",
                      "après": "after", "avant": "before", "jusqu’au": "until",
                      "jusqu'au": "until", "jusqu’à": "until", "jusqu'à": "until",
                      "le": "on", "en": "in"},
        between=("entre", "et"),
        articles=r"(?:le|l['’])",
        periods={r"aujourd['’]hui": "today", r"hier": "yesterday",
                 r"cette\s+semaine": "this week", r"ce\s+mois(?:-ci)?": "this month",
                 r"cette\s+année": "this year",
                 r"la\s+semaine\s+(?:dernière|passée)": "last week",
                 r"le\s+mois\s+(?:dernier|passé)": "last month",
                 r"l['’]année\s+(?:dernière|passée)": "last year"},
        past=r"(?:les\s+|ces\s+)?(?P<count>\d{1,3})\s+(?P<unit>derniers\s+jours|dernières\s+semaines|derniers\s+mois)",
        units={"derniers jours": "days", "dernières semaines": "weeks",
               "derniers mois": "months"},
    ),
    "es": Words(
        months=(("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"),
                ("mayo", "may"), ("junio", "jun"), ("julio", "jul"), ("agosto", "ago"),
                ("septiembre", "setiembre", "sept", "sep"), ("octubre", "oct"),
                ("noviembre", "nov"), ("diciembre", "dic")),
        weekdays=(("lunes",), ("martes",), ("miércoles", "miercoles"), ("jueves",),
                  ("viernes",), ("sábado", "sabado"), ("domingo",)),
        prepositions={"desde": "since", "a partir del": "since", "a partir de": "since",
                      "después del": "after", "después de": "after", "antes del": "before",
                      "antes de": "before", "hasta el": "until", "hasta": "until",
                      "el": "on", "en": "in"},
        between=("entre", "y"),
        articles=r"(?:el)",
        periods={r"hoy": "today", r"ayer": "yesterday",
                 r"esta\s+semana": "this week", r"este\s+mes": "this month",
                 r"este\s+año": "this year",
                 r"la\s+semana\s+pasada": "last week", r"el\s+mes\s+pasado": "last month",
                 r"el\s+año\s+pasado": "last year"},
        past=r"(?:los\s+|las\s+)?(?:últimos|últimas|ultimos|ultimas)\s+(?P<count>\d{1,3})\s+(?P<unit>días|dias|semanas|meses)",
        units={"días": "days", "dias": "days", "semanas": "weeks", "meses": "months"},
        joiner=r"\s+(?:de\s+)?",
    ),
}  # fmt: skip


def _alternatives(words: object) -> str:
    names = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + ")"


@dataclass(frozen=True)
class Grammar:
    phrase: re.Pattern[str]
    words: Words


@cache
def grammar(code: str) -> Grammar | None:
    words = WORDS.get(code)
    if words is None:
        return None
    month = _alternatives([n for names in words.months for n in names]) + r"\.?"
    weekday = _alternatives([n for names in words.weekdays for n in names])
    day = r"(?:[1-9]|[12]\d|3[01])(?:\.|er)?"
    year = r"(?:19|20)\d\d"
    j = words.joiner
    # The groups of ``past`` are read again by ``in_english``; here they are plain.
    period = "(?:" + "|".join([*words.periods, re.sub(r"\?P<\w+>", "?:", words.past)]) + ")"
    date = (
        rf"(?:{period}|{year}-\d\d-\d\d|{year}-\d\d|{day}{j}{month}(?:{j}{year})?"
        rf"|{month}(?:{j}{year})?|{weekday}|{year})"
    )
    article = rf"(?:{words.articles}\s*)?"
    first, second = words.between
    phrase = re.compile(
        rf"(?<![\w\"])(?:(?P<between>{first})\s+{article}(?P<first>{date})\s+{second}\s+"
        rf"{article}(?P<second>{date})"
        rf"|(?P<word>{_alternatives(words.prepositions)})\s+{article}(?P<date>{date})"
        rf"|(?P<alone>{period}))(?![\w\"])",
        re.IGNORECASE,
    )
    return Grammar(phrase, words)


def in_english(text: str, words: Words) -> str:
    """A date phrase's date in the English ``date_words`` reads ("3. März 2024" ->
    "3 march 2024", "la semaine dernière" -> "last week")."""
    lowered = " ".join(text.lower().split())
    for pattern, english in words.periods.items():
        if re.fullmatch(pattern, lowered):
            return english
    past = re.fullmatch(words.past, lowered)
    if past:
        unit = words.units[" ".join(past.group("unit").split())]
        return f"past {past.group('count')} {unit}"
    out = []
    for token in re.split(r"[\s.]+", lowered):
        if token in ("de", ""):
            continue
        token = re.sub(r"^(\d+)er$", r"\1", token)
        out.append(_english_name(token, words) or token)
    return " ".join(out)


def _english_name(token: str, words: Words) -> str | None:
    for index, names in enumerate(words.months):
        if token in names:
            return _ENGLISH_MONTHS[index]
    for index, names in enumerate(words.weekdays):
        if token in names:
            return _ENGLISH_WEEKDAYS[index]
    return None
