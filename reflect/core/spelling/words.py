"""Which stretches of a paragraph are words a spell checker should look at.

Not every run of letters is a word to check. Left alone, as a careful writer
would want: anything with a digit ("10mg", "PHQ-2", "2nd"), words in capitals
(acronyms such as ICU, RCA, SVEST, and shouting), words with a capital inside
("eGFR", "mmHg", "McAllister"), single letters, web and e-mail addresses and
other dotted names ("nih.gov", "notes.txt"),
Markdown code spans and link targets. Hyphenated words are checked part by part
("self-compassion" is "self" and "compassion").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Word", "normalise", "words_to_check"]

# Letters, with apostrophes inside ("didn't", "nurse's", "O'Brien"); digits are
# matched too, so that a word touching a digit is seen whole and then left alone.
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SKIPPED = re.compile(
    r"`[^`\n]*`"  # a Markdown code span
    r"|\]\([^)\n]*\)"  # a Markdown link target: [words](this)
    r"|<[^>\s]+>"  # <https://...> or an HTML tag
    r"|\b(?:https?|ftp|file)://\S+"
    r"|\bwww\.\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)


@dataclass(frozen=True)
class Word:
    """A word of a paragraph, ``text == paragraph[start:end]``."""

    start: int
    end: int
    text: str


def normalise(word: str) -> str:
    """The form words are looked up in: typographic apostrophes made plain."""
    return word.replace("’", "'")


def _worth_checking(text: str) -> bool:
    if len(text) < 2 or any(c.isdigit() for c in text):
        return False
    letters = text.replace("'", "").replace("’", "")
    # Capitals only (ICU, RCA) or a capital after the first letter (eGFR, McAllister).
    return not any(c.isupper() for c in letters[1:])


def words_to_check(paragraph: str) -> Iterator[Word]:
    """The words of ``paragraph`` to look up, in order."""
    skipped = [m.span() for m in _SKIPPED.finditer(paragraph)] if _may_skip(paragraph) else []
    for match in _TOKEN.finditer(paragraph):
        start, end = match.span()
        if skipped and any(s <= start < e for s, e in skipped):
            continue
        if _worth_checking(match.group(0)) and not _dotted(paragraph, start, end):
            yield Word(start, end, match.group(0))


def _dotted(paragraph: str, start: int, end: int) -> bool:
    """Part of a name with dots and no spaces: "ncbi.nlm.nih.gov", "reflect.toml"."""
    before = paragraph[start - 2 : start] if start >= 2 else ""
    after = paragraph[end : end + 2]
    return (len(before) == 2 and before[1] == "." and before[0].isalnum()) or (
        len(after) == 2 and after[0] == "." and after[1].isalnum()
    )


def _may_skip(paragraph: str) -> bool:
    """A cheap test before the regex: most paragraphs have no code, link or address."""
    return any(c in paragraph for c in "`]<@") or "://" in paragraph or "www." in paragraph
