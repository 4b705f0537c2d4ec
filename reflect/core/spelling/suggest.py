"""Suggestions for a misspelled word: the known words at most two edits away.

An edit is a letter added, removed or changed, or two neighbours swapped
(optimal string alignment). Rather than generating the hundreds of thousands of
strings two edits away (far too slow in Python for a long word), the known words
of a similar length are filtered by which letters they contain, a bit mask
compared in one operation, and only the few left are measured exactly.

Ranked by: fewer edits (a missing apostrophe counts as none), the same first
letter (typos rarely start a word), how common the word is, then alphabetically,
so the order never varies.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping

__all__ = ["Suggester", "edit_distance"]

MAX_EDITS = 2
# See _mask: each edit changes at most two of its bits.
_MAX_MASK_CHANGES = 2 * MAX_EDITS
_UNRANKED = 10**9
_EMPTY: tuple[array[int], list[str]] = (array("q"), [])
# "a lot" is offered for "alot"; "tru ely" is not: both halves must be this common.
_COMMON_FOR_SPLIT = 1000


def _mask(word: str) -> int:
    """Which letters ``word`` holds, and which it holds twice or more.

    One edit changes the count of at most two letters by one, and each such
    change crosses at most one of the two thresholds: at most two bits differ."""
    seen = twice = 0
    for char in word:
        offset = ord(char) - 97
        bit = 1 << (offset if 0 <= offset < 26 else 26)
        twice |= seen & bit
        seen |= bit
    return seen | twice << 27


def edit_distance(a: str, b: str, limit: int = MAX_EDITS) -> int:
    """Optimal string alignment distance, or ``limit + 1`` as soon as it must exceed it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            value = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


class Suggester:
    """Finds the closest known words; built once per dictionary, on first use."""

    def __init__(self, words: Iterable[str], rank: Mapping[str, int]) -> None:
        self._rank = rank
        self._words = words if isinstance(words, (set, frozenset)) else set(words)
        self._alphabet = "".join(sorted({c for w in self._words for c in w}))
        # Per (first letter, length): the masks in a compact array, the words beside.
        buckets: dict[tuple[str, int], tuple[array[int], list[str]]] = {}
        for word in self._words:  # any order: candidates are ranked by a full key
            masks, words = buckets.setdefault((word[0], len(word)), (array("q"), []))
            masks.append(_mask(word))
            words.append(word)
        self._buckets = buckets

    def suggest(self, word: str, limit: int = 6) -> list[str]:
        """Up to ``limit`` known words close to ``word`` (lower case), best first."""
        lower = word.lower()
        found = {c: 1 for c in self._one_edit(lower)}
        for candidate in self._two_edits(lower):
            found.setdefault(candidate, 2)
        scored = [self._score(lower, c, d) for c, d in found.items()]
        scored.extend(self._splits(lower))
        scored.sort()
        return [candidate for *_key, candidate in scored[:limit]]

    def _one_edit(self, lower: str) -> set[str]:
        """Every known word one edit away, whichever letter it touches (Norvig's edits)."""
        splits = [(lower[:i], lower[i:]) for i in range(len(lower) + 1)]
        edits = {a + b[1:] for a, b in splits if b}
        edits.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
        edits.update(a + c + b[1:] for a, b in splits if b for c in self._alphabet)
        edits.update(a + c + b for a, b in splits for c in self._alphabet)
        edits.discard(lower)
        return edits & self._words

    def _two_edits(self, lower: str) -> list[str]:
        """Known words two edits away that start with the word's first or second letter.

        Scanning only those buckets keeps this quick; a word with both of its first
        two letters wrong is rarely what was meant."""
        mask = _mask(lower)
        starts = {lower[0], lower[1:2]} - {""}
        found: list[str] = []
        for start in starts:
            for length in range(len(lower) - MAX_EDITS, len(lower) + MAX_EDITS + 1):
                masks, words = self._buckets.get((start, length), _EMPTY)
                for other_mask, other in zip(masks, words, strict=True):
                    if (mask ^ other_mask).bit_count() > _MAX_MASK_CHANGES:
                        continue
                    if edit_distance(lower, other) == MAX_EDITS:
                        found.append(other)
        return found

    def _score(self, typed: str, candidate: str, distance: int) -> tuple[int, int, int, str]:
        if candidate.replace("'", "") == typed:
            distance = 0  # only the apostrophe was missing: "dont" -> "don't" comes first
        first = candidate[:1] != typed[:1]
        return (distance, first, self._rank.get(candidate, _UNRANKED), candidate)

    def _splits(self, lower: str) -> list[tuple[int, int, int, str]]:
        """Two common words run together: "alot" -> "a lot", "infront" -> "in front"."""
        scored = []
        for i in range(1, len(lower)):
            left, right = lower[:i], lower[i:]
            ranks = (self._rank.get(left, _UNRANKED), self._rank.get(right, _UNRANKED))
            short = (len(left) == 1 and left not in "ai") or len(right) < 2
            if not short and max(ranks) < _COMMON_FOR_SPLIT:
                scored.append((1, 0, max(ranks), f"{left} {right}"))
        return scored
