"""Names that come with no cue: a capitalised word that is not a known word.

"Bronwyn was on the night shift" has no title or role to give the name away.
Here a capitalised word counts as a likely name when it is not in a list of
common English words (``resources/wordlists/en-common.txt.gz``), nor of the
language Reflect speaks (``de-common.txt.gz`` etc.: German capitalises every
noun, and a French or Spanish sentence starts with a capital), not a clinical
word (``en-medical.txt.gz``: drugs, anatomy, eponymous diseases), and not a
month, weekday, shop brand or other known non-name. Its capitalised neighbours
(a surname, an initial, "Ó") join it. Acronyms in capitals are left alone.

The lists are built by ``packaging/wordlists/build_wordlists.py`` and read once,
lazily, the first time a text is checked.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from reflect.core import language, resources
from reflect.core.privacy import lexicon as lex
from reflect.core.privacy.patterns import Candidate

__all__ = ["uncued_names"]

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][^\W\d_]*(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_MIN_LETTERS = 3
_NEIGHBOUR_GAP = re.compile(r"[ \t]{1,2}")
_SLICE = 20_000


def _known_words() -> AbstractSet[str]:
    return _words_for(language.language_tag())


@functools.cache
def _words_for(code: str) -> AbstractSet[str]:
    """Read on the identifier scan's worker thread: the set grows a slice at a time,
    letting the window's thread run between slices (one ``update`` with German's
    340,000 words held Python's lock for 80 ms: tests/benchmarks/bench_languages.py)."""
    names = ["wordlists/en-common.txt.gz", "wordlists/en-medical.txt.gz"]
    if code != language.SOURCE:
        names.append(f"wordlists/{code}-common.txt.gz")
    words: set[str] = set()
    for name in names:
        listed = resources.read_words(name)
        for start in range(0, len(listed), _SLICE):
            words.update(listed[start : start + _SLICE])
            time.sleep(0)  # hands Python's lock to the window's thread
    return words


@functools.cache
def _not_names() -> frozenset[str]:
    fixed = lex.NOT_NAMES | lex.BRANDS | frozenset(lex.TITLES)
    calendar = (*lex.MONTHS, *lex.MONTH_ABBREVIATIONS, *lex.WEEKDAYS)
    return frozenset(w.lower() for w in (*fixed, *calendar))


# British spellings the (mostly American) lists may only have the other way round,
# and the prefixes and suffixes that make new words of known ones.
_SPELLINGS = (("ae", "e"), ("oe", "e"), ("our", "or"), ("isation", "ization"), ("ise", "ize"),
              ("yse", "yze"), ("tre", "ter"), ("ogue", "og"))  # fmt: skip
_PREFIXES = ("anti", "non", "pre", "post", "re", "un", "over", "under", "hyper", "hypo",
             "sub", "inter", "intra", "trans", "self", "co", "mis", "dis", "out")  # fmt: skip
_SUFFIXES = (("ingly", ""), ("edly", ""), ("ily", "y"), ("ly", ""), ("ness", ""),
             ("ations", "ate"), ("ation", "ate"), ("ings", ""), ("ing", ""), ("ies", "y"),
             ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", "e"),
             ("ation", "e"))  # fmt: skip


def _is_word(lower: str) -> bool:
    """Whether ``lower`` is an English or clinical word, allowing for spelling and affixes."""
    known = _known_words()
    variants = {lower, *(lower.replace(uk, us) for uk, us in _SPELLINGS if uk in lower)}
    for variant in list(variants):
        variants.update(
            variant[len(p) :]
            for p in _PREFIXES
            if variant.startswith(p) and len(variant) > len(p) + 3
        )
    for variant in list(variants):
        variants.update(
            variant[: -len(end)] + add
            for end, add in _SUFFIXES
            if variant.endswith(end) and len(variant) > len(end) + 2
        )
    return any(v in known for v in variants)


def _unknown(word: str) -> bool:
    """A capitalised word that no word list knows (each part, for hyphenated ones)."""
    core = _POSSESSIVE.sub("", word)
    if len(core) < _MIN_LETTERS or not core[0].isupper() or core.isupper():
        return False
    lower = core.lower()
    if lower in _not_names() or _is_word(lower):
        return False
    parts = [part for part in re.split(r"['’-]", lower) if len(part) >= 2]
    return not all(_is_word(part) for part in parts)


def _joins(word: str) -> bool:
    """A capitalised neighbour that belongs to the name: a given name or surname beside
    the unknown one ("Leopold Wainwright-Okonjo"), an initial, "Ó". Not "The" or "When"."""
    core = _POSSESSIVE.sub("", word)
    return bool(core) and core[0].isupper() and core.lower() not in _not_names()


def uncued_names(text: str) -> Iterator[Candidate]:
    words = list(_WORD.finditer(text))
    index = 0
    while index < len(words):
        if not _unknown(words[index].group(0)):
            index += 1
            continue
        first = last = index
        while first > 0 and _adjacent(text, words[first - 1], words[first]):
            if not _joins(words[first - 1].group(0)):
                break
            first -= 1
        while last + 1 < len(words) and _adjacent(text, words[last], words[last + 1]):
            if not _joins(words[last + 1].group(0)):
                break
            last += 1
        end_word = words[last].group(0)
        end = words[last].start() + len(_POSSESSIVE.sub("", end_word) or end_word)
        yield Candidate(words[first].start(), end, "name")
        index = last + 1


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = text[left.end() : right.start()]
    return bool(_NEIGHBOUR_GAP.fullmatch(gap))
