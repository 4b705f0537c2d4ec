"""Which language Reflect speaks: the languages it knows, and the choice among them.

One language per run, chosen at start-up before any window exists (the unlock
screen must already speak it), from the user's choice in Settings (kept outside
the vault) or else the system's preferred languages. The UI's catalogues
(``resources/i18n``) and the guide content (``resources/content/<code>/``) both
follow it; English is the source and the fallback, per string and per content key.

A language is *offered* (in Settings, and when the system asks for it) only when
it is complete: ``LANGUAGES`` lists those; ``IN_PROGRESS`` those being written,
whose files may ship but are never chosen. ``PSEUDO`` is a test language: every
string lengthened by about 40% and accented, to find text that is not translated
or that a layout clips; it is chosen only by name (``reflect --language pseudo``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

SOURCE = "en"
PSEUDO = "pseudo"


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, as in catalogue and content folder names
    name: str  # in the language itself, as a menu of languages shows it
    english: str


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English"),
    Language("de", "Deutsch", "German"),
    Language("fr", "Français", "French"),
    Language("es", "Español", "Spanish"),
)
IN_PROGRESS: tuple[Language, ...] = ()

_current = SOURCE
_translate: Callable[[str], str] = str


def tr_core(text: str) -> str:
    """The current language's words for an English text that core shows the user.

    Core never imports Qt: the UI installs the lookup (``set_translator``) at
    start-up, and until then (tests, scripts) the English comes back. The
    catalogue script reads every ``tr_core("...")`` call, as it reads ``tr()``.
    Format after translating: ``tr_core("Saved {n} entries").format(n=n)``.
    """
    return _translate(text)


def QT_TR_NOOP(text: str) -> str:
    """Marks an English text for the catalogue without translating it yet: a class
    attribute is made at import, before the UI has installed the lookup, so it is
    translated where it is shown (``ReflectError`` passes ``default_message``
    through ``tr_core``)."""
    return text


def set_translator(lookup: Callable[[str], str]) -> None:
    global _translate
    _translate = lookup


def _english_day(day: date, weekday: bool = True) -> str:
    written = f"{day.day} {day:%B %Y}"
    return f"{day:%A} {written}" if weekday else written


DayWriter = Callable[[date, bool], str]
_long_day: DayWriter = _english_day


def long_day(day: date, *, weekday: bool = True) -> str:
    """A day written out in the current language ("Tuesday 4 March 2025", "Dienstag,
    4. März 2025"; without the weekday "4 March 2025"): the UI installs the
    locale's long date form (``set_day_format``); until then, English."""
    return _long_day(day, weekday)


def set_day_format(write: DayWriter | None) -> None:
    """``None`` puts the English form back."""
    global _long_day
    _long_day = write or _english_day


def offered() -> tuple[Language, ...]:
    return LANGUAGES


def offered_codes() -> frozenset[str]:
    return frozenset(lang.code for lang in offered())


def known_codes() -> frozenset[str]:
    return frozenset(lang.code for lang in (*LANGUAGES, *IN_PROGRESS)) | {PSEUDO}


def choose(setting: str | None, system_languages: Iterable[str]) -> str:
    """The language to use: the setting if it names an offered language (or the
    pseudo language), else the first of the system's languages Reflect offers
    ("de-AT" and "de_DE" both mean German), else English."""
    codes = offered_codes()
    if setting == PSEUDO or (setting in codes):
        return str(setting)
    for tag in system_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in codes:
            return code
    return SOURCE


def set_current(code: str) -> None:
    """Called once at start-up, before content is loaded or a window is built."""
    global _current
    if code not in known_codes():
        raise ValueError(f"not a language Reflect knows: {code!r}")
    _current = code


def current() -> str:
    return _current


def language_tag() -> str:
    """The current language as a document declares it (``<html lang>``)."""
    return SOURCE if _current == PSEUDO else _current


# --- the pseudo language --------------------------------------------------------------

_ACCENTED = str.maketrans("aeiouyAEIOUYcnsCNSz", "àéîõüÿÅÉÎÕÜŸçñšÇÑŠž")


def pseudo(text: str) -> str:
    """``text`` accented and about 40% longer, inside ⟦ ⟧, keeping what code reads:
    ``{placeholders}``, ``%1``/``%n``/``%Ln``-style arguments, ``<tags>``, ``&entities;`` and the
    ``&`` of a mnemonic. Empty text stays empty."""
    if not text.strip():
        return text
    out: list[str] = []
    i = 0
    letters = 0
    while i < len(text):
        ch = text[i]
        end = _protected_end(text, i)
        if end > i:
            out.append(text[i:end])
            i = end
            continue
        if ch.isalpha():
            letters += 1
        out.append(ch.translate(_ACCENTED))
        i += 1
    padding = "·" * max(2, (letters * 2) // 5)
    return f"⟦{''.join(out)}{padding}⟧"


def _protected_end(text: str, i: int) -> int:
    """Where a run that must stay as written ends (``i`` if none starts at ``i``)."""
    ch = text[i]
    closers = {"{": "}", "<": ">"}
    if ch in closers:
        end = text.find(closers[ch], i + 1)
        inside = text[i + 1 : end]
        if end > i and (ch == "<" or not any(c.isspace() for c in inside)):
            return end + 1
    if ch == "%":
        # %1, %n and their locale-aware forms %L1, %Ln.
        j = i + 2 if text[i + 1 : i + 2] == "L" else i + 1
        if j < len(text) and (text[j].isdigit() or text[j] == "n"):
            return j + 1
    if ch == "&":
        semicolon = text.find(";", i + 1)
        if 0 < semicolon - i <= 8 and text[i + 1 : semicolon].isalnum():
            return semicolon + 1  # an HTML entity
        if i + 1 < len(text):
            return i + 2  # a mnemonic: the & and its letter stay together
    return i
