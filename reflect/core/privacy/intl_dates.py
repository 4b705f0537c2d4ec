"""Dates as German, French and Spanish write them: "3. Mai 2024", "le 3 mai 2024",
"3 de mayo de 2024", "Montag, 3. März", "1er mai", "mayo de 2024".

A month name alone is not a date ("Mai" is a name, "mars" a planet), so a day or a
year must stand beside it: a day number before the month (with the language's own
joining: "3." in German, "3" or "1er" in French, "3 de" in Spanish), or a year
after it. Numeric dates ("03.05.2024") are found by the English patterns already.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reflect.core.privacy.patterns import Candidate

__all__ = ["european_dates"]

_GERMAN_MONTHS = (
    "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August",
    "September", "Oktober", "November", "Dezember", "Jan", "Feb", "Mär", "Mrz", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez",
)  # fmt: skip
_FRENCH_MONTHS = (
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
    "septembre", "octobre", "novembre", "décembre", "decembre", "janv", "févr", "fevr", "avr",
    "juil", "sept", "oct", "nov", "déc", "dec",
)  # fmt: skip
_SPANISH_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "setiembre", "octubre", "noviembre", "diciembre", "ene", "feb", "mar", "abr", "may", "jun",
    "jul", "ago", "sep", "sept", "oct", "nov", "dic",
)  # fmt: skip
_GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                    "Sonnabend", "Sonntag", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")  # fmt: skip
_FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes",
                     "sábado", "sabado", "domingo")  # fmt: skip


def _words(items: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(map(re.escape, items), key=len, reverse=True)) + ")"


_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|2\d{3})"
_END = r"(?![\w-])"

_GERMAN = re.compile(
    rf"(?<![\w-])(?:{_words(_GERMAN_WEEKDAYS)}\.?,?\s+)?(?:den\s+)?"
    rf"(?:{_DAY}\.\s*{_words(_GERMAN_MONTHS)}\.?(?:\s+{_YEAR})?"
    rf"|{_words(_GERMAN_MONTHS)}\.?\s+{_YEAR}){_END}"
)
_FRENCH = re.compile(
    rf"(?<![\w-])(?i:(?:{_words(_FRENCH_WEEKDAYS)},?\s+)?"
    rf"(?:(?:1er|{_DAY})\s+{_words(_FRENCH_MONTHS)}\.?(?:\s+{_YEAR})?"
    rf"|{_words(_FRENCH_MONTHS)}\.?\s+{_YEAR})){_END}"
)
_SPANISH = re.compile(
    rf"(?<![\w-])(?i:(?:{_words(_SPANISH_WEEKDAYS)},?\s+)?"
    rf"(?:{_DAY}\s+de\s+{_words(_SPANISH_MONTHS)}\.?(?:\s+(?:de|del)\s+{_YEAR})?"
    rf"|{_words(_SPANISH_MONTHS)}\.?\s+(?:de|del)\s+{_YEAR})){_END}"
)


def european_dates(text: str) -> Iterator[Candidate]:
    for pattern in (_GERMAN, _FRENCH, _SPANISH):
        for match in pattern.finditer(text):
            yield Candidate(match.start(), match.end(), "date")
