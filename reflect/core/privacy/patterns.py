"""Regular-expression detectors for the structured identifiers (see reflect.core.privacy.redact).

Each detector takes the text and yields ``Candidate(start, end, kind)``; overlaps are
resolved by redact.py. Patterns start with a look-behind so a match can only begin at
a token boundary, which keeps them linear on long runs of letters or digits.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from reflect.core.privacy import lexicon as lex

__all__ = ["PATTERN_DETECTORS", "Candidate"]


class Candidate(NamedTuple):
    """A span one detector believes is an identifier."""

    start: int
    end: int
    kind: str


Detector = Callable[[str], Iterator[Candidate]]


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _simple(kind: str, pattern: re.Pattern[str], group: int = 0) -> Detector:
    def detect(text: str) -> Iterator[Candidate]:
        for match in pattern.finditer(text):
            start, end = match.span(group)
            if end > start:
                yield Candidate(start, end, kind)

    return detect


_TRAILING_PUNCTUATION = ".,;:!?)]}'\"’”"

# -- email, URL, IP -----------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])"
)
_URL = re.compile(r"(?<![\w@/.-])(?:(?:https?|ftp)://|www\.)[^\s<>\"'`]+", re.IGNORECASE)
_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|co|me|health|nhs\\.uk|co\\.uk|org\\.uk|ac\\.uk|"
    "gov\\.uk|uk|us|ca|au|ie|nz|de|fr|in|eu|ly|gl|app|link|site|online|page|tv"
)
_BARE_DOMAIN = re.compile(
    rf"(?<![\w@/.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:{_TLDS})(?![\w-])(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)


def _urls(text: str) -> Iterator[Candidate]:
    for pattern in (_URL, _BARE_DOMAIN):
        for match in pattern.finditer(text):
            value = match.group(0)
            trimmed = value.rstrip(_TRAILING_PUNCTUATION)
            # Keep a closing bracket that belongs to the URL, e.g. wiki/Foo_(bar).
            if value.count("(") > trimmed.count(")") and value[len(trimmed) :].startswith(")"):
                trimmed += ")"
            if trimmed:
                yield Candidate(match.start(), match.start() + len(trimmed), "url")


_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"(?<![\w.])(?:{_OCTET}\.){{3}}{_OCTET}(?![\w]|\.\d)")
_IPV6_CANDIDATE = re.compile(
    r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?"
    r"(?:%[\w.]+)?(?![\w:])"
)


def _ips(text: str) -> Iterator[Candidate]:
    yield from _simple("ip", _IPV4)(text)
    for match in _IPV6_CANDIDATE.finditer(text):
        value = match.group(0)
        try:
            ipaddress.IPv6Address(value.split("%", 1)[0])
        except ValueError:
            continue
        if sum(ch.isalnum() for ch in value) >= 2:
            yield Candidate(match.start(), match.end(), "ip")


# -- SSN, phone ---------------------------------------------------------------------

_SSN = re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])")
_SSN_CONTEXT = re.compile(
    r"(?i:\b(?:SSN|SSN#|social security(?: number| no\.?| #)?|soc\.? sec\.?(?: no\.?)?))"
    r"\s*[:#]?\s*(?:is\s+|was\s+)?(\d{9}|\d{3}[- ]?\d{2}[- ]?\d{4})\b"
)
_NINO = re.compile(
    r"(?<![\w-])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])"
)

_PHONE_END = r"(?![\w/-]|[.,]\d)"
_PHONE_US = re.compile(
    r"(?<![\w+/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}" + _PHONE_END
)
_PHONE_UK = re.compile(
    r"(?<![\w+/.-])(?:\+44[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}"
    + _PHONE_END
)
_PHONE_INTL = re.compile(r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,6}" + _PHONE_END)
_PHONE_LOCAL = re.compile(r"(?<![\w/.-])\d{3}[-.]\d{4}" + _PHONE_END)
_EXTENSION = re.compile(
    r"(?i:\b(?:ext|extn|extension|bleep|pager|beeper|x))\.?\s*(?:no\.?|number|#)?\s*:?\s*"
    r"(\d{3,6})\b"
)


_PHONE_EXTENSION = re.compile(r"\s*,?\s*(?i:ext|extn|extension|x)\.?\s*\d{1,6}\b")


def _phones(text: str) -> Iterator[Candidate]:
    for pattern in (_PHONE_US, _PHONE_UK, _PHONE_INTL, _PHONE_LOCAL):
        for match in pattern.finditer(text):
            digits = sum(ch.isdigit() for ch in match.group(0))
            if 7 <= digits <= 15:
                extension = _PHONE_EXTENSION.match(text, match.end())
                end = extension.end() if extension else match.end()
                yield Candidate(match.start(), end, "phone")
    yield from _simple("phone", _EXTENSION, 1)(text)


# -- ID numbers -------------------------------------------------------------------

_ID_KEYWORDS = (
    r"MRN|MRN#|medical record(?: number| no\.?| #)?|(?:hospital |patient |chart |case |unit )"
    r"(?:record )?(?:number|no\.?|#|ID)|record(?: number| no\.?| #)|NHS(?: number| no\.?| #)|"
    r"CHI(?: number| no\.?)?|account(?: number| no\.?| #)?|acct\.?(?: #| no\.?)?|"
    r"policy(?: number| no\.?| #)?|(?:member|subscriber|beneficiary|insurance|plan|group)"
    r" (?:ID|number|no\.?|#)|health plan(?: ID| number| no\.?)?|licen[cs]e(?: number| no\.?| #)?|"
    r"DEA(?: number| no\.?)?|NPI|GMC(?: number| no\.?)?|NMC(?: PIN| number)?|PIN|"
    r"serial(?: number| no\.?| #)?|S/N|SN|device (?:ID|number|no\.?)|IMEI|VIN|"
    r"(?:licen[cs]e |number |registration )?plate|registration(?: number| no\.?)?|reg\.? no\.?|"
    r"claim(?: number| no\.?| #)|reference(?: number| no\.?)?|ref\.?(?: no\.?)?|"
    r"badge(?: number| no\.?)?|passport(?: number| no\.?)?|driver'?s licen[cs]e(?: number)?|"
    r"certificate(?: number| no\.?)?|ID(?: number| no\.?| #)?|identifier"
)
_ID_CONTEXT = re.compile(
    rf"(?i:(?<![\w-])(?:{_ID_KEYWORDS}))(?:\s*[:#=]\s*|\s+(?:is|was|of)\s+|\s+)#?\s*"
    r"([A-Za-z]{0,4}-?\d[\d /-]{0,18}\d[A-Za-z]{0,2}|[A-Za-z0-9][A-Za-z0-9/-]{2,24})"
)
_LONG_DIGITS = re.compile(r"(?<![\w,.-])\d{6,}(?![\w-]|[.,]\d)")
_GROUPED_DIGITS = re.compile(r"(?<![\w-])\d{4}(?:[ -]\d{4}){2,3}(?![\w-])")
_ALNUM_ID = re.compile(
    r"(?<![\w/-])(?=[A-Z0-9/-]*[A-Z])(?=(?:[A-Z/-]*\d){4})[A-Z0-9][A-Z0-9/-]{4,}[A-Z0-9]"
    r"(?![\w/-])"
)


def _ids(text: str) -> Iterator[Candidate]:
    for match in _ID_CONTEXT.finditer(text):
        value = match.group(1).rstrip(" /-")
        if sum(ch.isdigit() for ch in value) >= 2 and len(value) >= 3:
            yield Candidate(match.start(1), match.start(1) + len(value), "id")
    for pattern in (_LONG_DIGITS, _GROUPED_DIGITS, _ALNUM_ID):
        yield from _simple("id", pattern)(text)


# -- dates ------------------------------------------------------------------------

_AMBIGUOUS_MONTHS = ("May", "March")
_MONTH = (
    "(?:"
    + _alternation(list(lex.MONTHS))
    + "|"
    + "|".join(rf"{m}\.?" for m in lex.MONTH_ABBREVIATIONS)
    + "|"
    + _alternation([m.lower() for m in lex.MONTHS if m not in _AMBIGUOUS_MONTHS])
    + ")"
)
_WEEKDAY = "(?:" + _alternation(list(lex.WEEKDAYS)) + r")\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORDINAL = r"(?:st|nd|rd|th)"
_YEAR = r"(?:\d{4}|'\d{2})"
_PREPOSITION = r"(?i:on|since|until|till|by|from|before|after|dated|dob|d\.o\.b\.?|born)"

_MONTH_DAY = re.compile(
    rf"(?<![\w-])(?:{_WEEKDAY},?\s+)?(?P<month>{_MONTH})\s+(?:the\s+)?(?P<day>{_DAY})"
    rf"(?P<ord>{_ORDINAL})?(?![\w:])(?:,?\s+{_YEAR}(?!\w))?"
)
_DAY_MONTH = re.compile(
    rf"(?<![\w-])(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}{_ORDINAL}?\s+(?:of\s+)?{_MONTH}(?!\w)"
    rf"(?:,?\s+{_YEAR}(?!\w))?"
)
_MONTH_YEAR = re.compile(rf"(?<![\w-])(?:{_MONTH}),?\s+(?:of\s+)?\d{{4}}(?!\w)")
_NUMERIC_DATE = re.compile(
    r"(?<![\w/.:-])(?:(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})"
    r"|(?P<y2>\d{4})(?P<s2>[/.-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?![\w/-]|[.:]\d)"
)
_SHORT_DATE = re.compile(rf"\b{_PREPOSITION}:?\s+(?:the\s+)?(\d{{1,2}}[/.]\d{{1,2}})(?![\w/]|\.\d)")
_ORDINAL_END = (
    r"(?=\s*(?:[.,;:!?)\n]|$)|\s+(?:of|at|in|and|when|I|we|she|he|they|my|our|was|were)\b)"
)
_BARE_ORDINAL = re.compile(rf"\b{_PREPOSITION}\s+((?:the\s+)?{_DAY}{_ORDINAL})\b" + _ORDINAL_END)
_WEEKDAY_ORDINAL = re.compile(
    rf"(?<![\w-]){_WEEKDAY},?\s+(?:the\s+)?{_DAY}(?:{_ORDINAL}\b|(?=[.,;:!?)]|\s*$))"
)
_NAMED_DAY = re.compile(r"(?<![\w-])(?:" + _alternation(list(lex.NAMED_DAYS)) + r")(?!\w)")
_PLURAL_NOUN_AFTER = re.compile(r"\s+[a-z]+s\b")


def _dates(text: str) -> Iterator[Candidate]:
    for match in _MONTH_DAY.finditer(text):
        plain = match.group("ord") is None and match.end() == match.end("day")
        ambiguous = plain and match.group("month") in _AMBIGUOUS_MONTHS
        # "May 3 patients ..." is not a date; "May 3" at a clause end is.
        if ambiguous and _PLURAL_NOUN_AFTER.match(text, match.end()):
            continue
        yield Candidate(match.start(), match.end(), "date")
    for pattern in (_DAY_MONTH, _MONTH_YEAR, _NAMED_DAY, _WEEKDAY_ORDINAL):
        yield from _simple("date", pattern)(text)
    for match in _NUMERIC_DATE.finditer(text):
        if _plausible_numeric_date(match):
            yield Candidate(match.start(), match.end(), "date")
    for pattern in (_SHORT_DATE, _BARE_ORDINAL):
        yield from _simple("date", pattern, 1)(text)


def _plausible_numeric_date(match: re.Match[str]) -> bool:
    if match.group("y2"):
        return 1 <= int(match.group("m2")) <= 12 and 1 <= int(match.group("d2")) <= 31
    first, second = int(match.group("a")), int(match.group("b"))
    if not (1 <= first <= 31 and 1 <= second <= 31):
        return False
    # One of the two must be a month (US 3/14/24 or UK 14/3/24).
    if first > 12 and second > 12:
        return False
    # "1.5.10" is more likely a dose or a version than a date: want a slash or dash.
    return match.group("s") != "." or len(match.group("y")) == 4


# -- ages over 89 -------------------------------------------------------------------

_AGE_NUMBER = r"(?:9\d|1[01]\d|12[0-5])"
_AGE_WORDS = (
    r"(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:a|one) hundred(?:(?: and)?[- ]\w+)?)"
)
_AGE = re.compile(
    rf"(?i:(?<![\w-])(?:{_AGE_NUMBER}|{_AGE_WORDS})[- ](?:years?|yrs?|yr)[- ]old(?!\w)"
    rf"|(?<![\w-]){_AGE_NUMBER}[ -]?(?:yo|y/o|y\.o\.?|yrs? old|years? of age|yrs? of age)"
    rf"(?![\w/])|\b(?:aged?|age:)\s+(?:{_AGE_NUMBER}|{_AGE_WORDS})(?!\w)"
    rf"|\b(?:turned|turning|turns)\s+(?:{_AGE_NUMBER}|{_AGE_WORDS})(?!\w)"
    rf"|(?<![\w-]){_AGE_NUMBER}(?:st|nd|rd|th)\s+birthday\b"
    rf"|\b(?:nonagenarian|centenarian|supercentenarian)s?\b)"
    rf"|\b(?:a|an)\s+({_AGE_NUMBER}\s?[MF])\b"
)
# "She was 92 and frail", "at 94, he still..." : the number alone, only where nothing
# after it makes it a weight, a rate or a count.
_AGE_IN_PROSE = re.compile(
    r"(?:\b(?i:I|he|she|they|who|patient|pt|he's|she's|was|is)\s+(?:was|is|were|turned|just)"
    r"\s+|\b(?i:made|making)\s+(?i:her|him|them|me)"
    rf"\s+|\b(?i:at|age|aged)\s+)({_AGE_NUMBER}|{_AGE_WORDS})"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|when|with|yet|so|now|years)\b)"
)


def _ages(text: str) -> Iterator[Candidate]:
    for match in _AGE.finditer(text):
        start, end = match.span(1) if match.group(1) else match.span()
        yield Candidate(start, end, "age")
    yield from _simple("age", _AGE_IN_PROSE, 1)(text)


# -- addresses, ZIP codes, postcodes, places ----------------------------------------

_CAP_WORD = r"[A-Z][\w'’.-]*"
_STREET = re.compile(
    r"(?<![\w-])(?:(?:Flat|Apt\.?|Apartment|Unit|Suite)\s+\w{1,5},?\s+)?"
    rf"\d{{1,5}}[A-Za-z]?,?\s+(?:{_CAP_WORD}\s+){{1,4}}"
    rf"(?:{_alternation(list(lex.STREET_SUFFIXES))}|(?:{_alternation(list(lex.STREET_ABBREVIATIONS))})\.?)"
    r"(?!\w)(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\.?\s*\w{1,5}\b)?"
)
_NAMED_STREET = re.compile(
    rf"(?<![\w-])(?:{_CAP_WORD}\s+){{1,3}}"
    r"(?:Street|Avenue|Road|Boulevard|Lane|Drive|Terrace|Crescent|Parkway|Highway)(?!\w)"
)
_PO_BOX = re.compile(r"(?i:\bP\.?\s?O\.?\s+Box\s+\d+\b)")
_CITY_STATE = re.compile(
    rf"(?<![\w-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},\s+(?:{'|'.join(lex.US_STATES)}"
    rf"|{_alternation(list(lex.US_STATE_NAMES))})(?!\w)"
)
_ZIP_CONTEXT = re.compile(
    rf"(?:\b(?:{'|'.join(lex.US_STATES)})|(?i:\bzip(?:\s?code)?|\bpostal code)\s*:?)"
    r"\s+(\d{5}(?:-\d{4})?)(?![\w-])"
)
_ZIP4 = re.compile(r"(?<![\w-])\d{5}-\d{4}(?![\w-])")
_POSTCODE = re.compile(
    r"(?<![\w-])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA)(?![\w-])"
)
_PLACE = re.compile(
    rf"(?<![\w-])(?:(?:St\.?|Saint)\s+)?(?:{_CAP_WORD}\s+){{1,4}}"
    rf"(?:{_alternation(list(lex.PLACE_SUFFIXES))})(?!\w)"
)


def _places(text: str) -> Iterator[Candidate]:
    for pattern, kind in ((_NAMED_STREET, "address"), (_PLACE, "place")):
        for match in pattern.finditer(text):
            start = _skip_common_words(text, match.start(), match.end())
            if start is not None:
                yield Candidate(start, match.end(), kind)


def _skip_common_words(text: str, start: int, end: int) -> int | None:
    """Drop leading "The", "Our", "Mental Health"...; None if nothing specific is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for word in words[:-1]:
        if word.group(0).rstrip(".") not in lex.GENERIC_PLACE_WORDS:
            return start + word.start()
    return None


PATTERN_DETECTORS: tuple[Detector, ...] = (
    _simple("email", _EMAIL),
    _urls,
    _ips,
    _simple("ssn", _SSN),
    _simple("ssn", _SSN_CONTEXT, 1),
    _simple("ssn", _NINO),
    _phones,
    _ids,
    _dates,
    _ages,
    _simple("address", _STREET),
    _simple("address", _PO_BOX),
    _simple("address", _CITY_STATE),
    _places,
    _simple("zip", _ZIP_CONTEXT, 1),
    _simple("zip", _ZIP4),
    _simple("postcode", _POSTCODE),
)
