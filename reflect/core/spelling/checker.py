"""The spell checker the editor asks: which words of a paragraph look wrong, and
what might have been meant.

Everything stays in memory. The user's own words ("Add to my words") are given
to it by the caller, which keeps them in the encrypted journal; the checker
writes nothing anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

from reflect.core.spelling.dictionary import Dictionary, load_dictionary
from reflect.core.spelling.words import Word, normalise, words_to_check

__all__ = ["MAX_PERSONAL_WORD", "SpellChecker", "personal_word"]

MAX_PERSONAL_WORD = 64
# Remembered answers, so retyping a paragraph costs a dictionary lookup per new word
# only; cleared when full (a journal's vocabulary is far smaller).
_CACHE_LIMIT = 50_000


def personal_word(text: str) -> str | None:
    """``text`` as a word the user may add, or None if it is not one word."""
    word = normalise(text.strip()).strip("'")
    if not word or len(word) > MAX_PERSONAL_WORD or any(c.isspace() for c in word):
        return None
    return word


class SpellChecker:
    """Checks words against a language's dictionary and the user's own words."""

    def __init__(self, dictionary: Dictionary, personal: Iterable[str] = ()) -> None:
        self._dictionary = dictionary
        self._personal: frozenset[str] = frozenset()
        self._personal_lower: frozenset[str] = frozenset()
        self._cache: dict[str, bool] = {}
        self.set_personal_words(personal)

    @property
    def dictionary(self) -> Dictionary:
        return self._dictionary

    @classmethod
    def for_language(cls, language: str = "en", personal: Iterable[str] = ()) -> SpellChecker:
        return cls(load_dictionary(language), personal)

    @property
    def personal_words(self) -> frozenset[str]:
        return self._personal

    def set_personal_words(self, words: Iterable[str]) -> None:
        """The user's own words, as added (capitals matter the way they do in the lists)."""
        self._personal = frozenset(normalise(w) for w in words)
        self._personal_lower = frozenset(w for w in self._personal if w.islower())
        self._cache.clear()

    def is_correct(self, word: str) -> bool:
        """Whether ``word``, as typed, is spelled right."""
        cached = self._cache.get(word)
        if cached is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            cached = self._cache[word] = self._look_up(normalise(word))
        return cached

    def _look_up(self, word: str) -> bool:
        if word in self._personal or word.lower() in self._personal_lower:
            return True
        if self._dictionary.knows(word):
            return True
        # A possessive of a known word: "the registrar's", "Bronwyn's", "the nurses'".
        for ending in ("'s", "'"):
            base = word.removesuffix(ending)
            if base != word and len(base) > 1:
                return base in self._personal or self._dictionary.knows(base)
        return False

    def misspelled(self, paragraph: str) -> list[Word]:
        """The words of ``paragraph`` that look misspelled, in order."""
        return [w for w in words_to_check(paragraph) if not self.is_correct(w.text)]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """What ``word`` might have been, best first, with its capital kept ("Recieve" ->
        "Receive")."""
        plain = normalise(word)
        found = self._dictionary.suggester().suggest(plain, limit)
        display = self._dictionary.display
        capital = plain[:1].isupper()
        shown = [display.get(s, s[:1].upper() + s[1:] if capital else s) for s in found]
        if "’" in word:
            shown = [s.replace("'", "’") for s in shown]
        return shown
