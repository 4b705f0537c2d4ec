"""Identifier formats from outside the US, each checked before it counts.

A bare run of digits is only an NHS number if its mod-11 check digit fits, an
Australian Medicare number if its weighted check digit fits, an Irish PPS number
if its mod-23 check letter fits; a Canadian postal code must use the letters
Canada Post allows; a German postcode counts after a street with a house number.
Checking keeps false alarms down (a ward extension, a dose, a year are not IDs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reflect.core.privacy.intl_dates import european_dates
from reflect.core.privacy.patterns import Candidate

__all__ = ["INTERNATIONAL_DETECTORS", "medicare_ok", "nhs_ok", "pps_ok"]

# -- UK NHS number: 10 digits, often 3-3-4 -------------------------------------------

_NHS = re.compile(r"(?<![\w-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w-]|[.,]\d)")


def nhs_ok(digits: str) -> bool:
    """The NHS number's mod-11 check (weights 10 down to 2; 10 is never valid)."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return (0 if check == 11 else check) == int(digits[9]) and check != 10


def _nhs_numbers(text: str) -> Iterator[Candidate]:
    for match in _NHS.finditer(text):
        if nhs_ok(match.group(1) + match.group(3) + match.group(4)):
            yield Candidate(match.start(), match.end(), "id")


# -- Australian Medicare: 10 digits (4-5-1), an 11th for the person on the card ------

_MEDICARE = re.compile(r"(?<![\w-])([2-6]\d{3}) ?(\d{5}) ?(\d)(?: ?(\d))?(?![\w-]|[.,]\d)")
_MEDICARE_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)


def medicare_ok(digits: str) -> bool:
    if len(digits) not in (10, 11) or not digits.isdigit() or digits[0] not in "23456":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], _MEDICARE_WEIGHTS, strict=True))
    return total % 10 == int(digits[8])


def _medicare_numbers(text: str) -> Iterator[Candidate]:
    for match in _MEDICARE.finditer(text):
        if medicare_ok("".join(g for g in match.groups() if g)):
            yield Candidate(match.start(), match.end(), "id")


# -- Irish PPS number: 7 digits and one or two letters --------------------------------

_PPS = re.compile(r"(?<![\w-])(\d{7})([A-W])([A-IW]?)(?![\w-])", re.IGNORECASE)


def pps_ok(number: str) -> bool:
    """The PPS check letter: weights 8 down to 2, the second letter counts 9 times."""
    match = re.fullmatch(r"(\d{7})([A-Wa-w])([A-Ia-iWw]?)", number)
    if match is None:
        return False
    digits, check, extra = match.group(1), match.group(2).upper(), match.group(3).upper()
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    if extra and extra != "W":
        total += 9 * (ord(extra) - ord("A") + 1)
    remainder = total % 23
    return check == ("W" if remainder == 0 else chr(ord("A") + remainder - 1))


def _pps_numbers(text: str) -> Iterator[Candidate]:
    for match in _PPS.finditer(text):
        if pps_ok(match.group(0)):
            yield Candidate(match.start(), match.end(), "id")


# -- Canadian postal code: A1A 1A1 with Canada Post's letters -------------------------

_CANADIAN = re.compile(
    r"(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])"
)


def _canadian_postcodes(text: str) -> Iterator[Candidate]:
    for match in _CANADIAN.finditer(text):
        yield Candidate(match.start(), match.end(), "postcode")


# -- German addresses: "Hauptstraße 12, 10115 Berlin" -------------------------------

_GERMAN_STREET_END = (
    r"(?:stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt)"
)
# Bounded runs of letters only, so a long run of "A1-A1-..." cannot make it backtrack.
_GERMAN_ADDRESS = re.compile(
    rf"(?<![\w-])((?:[A-ZÄÖÜ][a-zäöüß.]{{1,20}}[ -])?[A-ZÄÖÜ][a-zäöüß]{{0,40}}{_GERMAN_STREET_END}"
    r"[ \t]{1,3}\d{1,4}[a-z]?)(?:,[ \t]{0,3}|[ \t]{1,3})(?:D-)?(\d{5})(?=[ \t]+[A-ZÄÖÜ])"
)


def _german_addresses(text: str) -> Iterator[Candidate]:
    for match in _GERMAN_ADDRESS.finditer(text):
        yield Candidate(match.start(1), match.end(1), "address")
        yield Candidate(match.start(2), match.end(2), "postcode")


INTERNATIONAL_DETECTORS = (
    _nhs_numbers,
    _medicare_numbers,
    _pps_numbers,
    _canadian_postcodes,
    _german_addresses,
    european_dates,
)
