"""The words a language knows, read from Reflect's shipped word lists.

English is the union of four lists (see ``packaging/wordlists/build_wordlists.py``
for the sources and their licences): SCOWL's American and British lists, so that
both "color" and "colour" are right; the OpenMedSpel medical list with its
inflected forms ("extubated"); and ``en-clinical.txt``, Reflect's own list of
the words of clinical life the others lack ("handover", "resus", "rota").
The most frequent words of English subtitles only rank suggestions.

A language is a ``LanguageLists`` in ``LANGUAGES``: adding one means adding its
lists there, nothing else.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from reflect.core import resources
from reflect.core.spelling.suggest import Suggester

__all__ = ["LANGUAGES", "Dictionary", "LanguageLists", "load_dictionary"]


@dataclass(frozen=True)
class LanguageLists:
    """The resource names of one language's word lists."""

    spelling: tuple[str, ...]
    """Lists with capitals as written ("London", "aspirin")."""
    lowercase: tuple[str, ...]
    """Lists written in lower case (clinical lists): any capitalisation is right."""
    by_frequency: str | None
    """Common words, most frequent first: suggestions are ranked by this order."""
    # British and American clinical spellings: "haematoma" is right when "hematoma" is.
    variants: tuple[tuple[str, str], ...] = ()


_MIN_PLURAL = 5
_ES_ENDINGS = ("s", "x", "z", "ch", "sh", "o")

LANGUAGES: dict[str, LanguageLists] = {
    "en": LanguageLists(
        spelling=("wordlists/en-spelling.txt.gz", "wordlists/en-clinical.txt"),
        lowercase=("wordlists/en-medical.txt.gz",),
        by_frequency="wordlists/en-common.txt.gz",
        variants=(("ae", "e"), ("oe", "e")),
    ),
}


class Dictionary:
    """Knows whether a word is spelled right, allowing for capitals at a sentence start."""

    def __init__(
        self,
        words: Iterable[str],
        lowercase_words: Iterable[str] = (),
        ranked: Iterable[str] = (),
        variants: tuple[tuple[str, str], ...] = (),
    ) -> None:
        # Built a slice at a time: one C call over 200,000 words holds Python's lock
        # for tens of milliseconds, and the window would wait that long while the
        # words load in the background (see ``_grow``).
        exact: set[str] = set()
        _grow(exact, words)
        lower: set[str] = set()
        _grow(lower, (w for w in exact if w.islower()))
        _grow(lower, lowercase_words)
        # Ranking only: the frequency list is lower case ("london"), so it cannot say
        # what is spelled right.
        ranked = list(ranked)
        self._exact = exact
        self._lower = lower
        self._variants = variants
        # A word known only with a capital ("London") is suggested with it.
        self.display: dict[str, str] = {
            w.lower(): w for w in exact if not w.islower() and w.lower() not in lower
        }
        self.rank: dict[str, int] = {w: i for i, w in enumerate(ranked)}
        self._suggester: Suggester | None = None

    @property
    def lowercase_words(self) -> set[str]:
        """Every word in lower case: what suggestions are drawn from."""
        words: set[str] = set()
        _grow(words, self._lower)
        _grow(words, self.display)
        return words

    def suggester(self) -> Suggester:
        """The suggestion index, built on first use (about half a second for English).

        It holds shipped words only, never the user's, so it is shared by every
        journal opened in this process."""
        if self._suggester is None:
            self._suggester = Suggester(self.lowercase_words, self.rank)
        return self._suggester

    def knows(self, word: str) -> bool:
        """Whether ``word`` (lower case or capitalised, plain apostrophes) is spelled right."""
        if word in self._exact:
            return True
        lower = word.lower()
        if lower in self._lower:
            return True
        return self._plural_of_known(lower) or any(
            lower.replace(uk, us) in self._lower for uk, us in self._variants if uk in lower
        )

    def _plural_of_known(self, lower: str) -> bool:
        """ "rotas", "handovers", "boluses": lists often hold only the singular.

        Not "thiss" (a doubled s) or "wentes": only an "s" after a word not ending
        in s, or "es" after the endings that take it."""
        if len(lower) < _MIN_PLURAL or not lower.endswith("s") or lower.endswith("ss"):
            return False
        if lower[:-1] in self._lower:
            return True
        base = lower[:-2]
        return lower.endswith("es") and base.endswith(_ES_ENDINGS) and base in self._lower


@functools.cache
def load_dictionary(language: str = "en") -> Dictionary:
    """The dictionary of ``language``, read once (about a fifth of a second for English)."""
    lists = LANGUAGES[language]
    return Dictionary(
        words=_read_all(lists.spelling),
        lowercase_words=_read_all(lists.lowercase),
        ranked=resources.read_words(lists.by_frequency) if lists.by_frequency else (),
        variants=lists.variants,
    )


def _read_all(names: Iterable[str]) -> list[str]:
    return [word for name in names for word in resources.read_words(name)]


_SLICE = 5000


def _grow(target: set[str], items: Iterable[str]) -> None:
    """``target.update(items)``, a few thousand at a time (Python may switch threads
    between slices, never inside one C call)."""
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) >= _SLICE:
            target.update(batch)
            batch = []
    target.update(batch)
