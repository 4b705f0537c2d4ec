"""A deterministic corpus of realistic journal entries (200-400 words each).

Words are drawn with a Zipf-like weighting from a reflective vocabulary, so a
common word ("night") appears in a large share of entries and a rare one
("albatross") in a handful, as in a real journal.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

COMMON_WORD = "night"
RARE_WORD = "albatross"
PREFIX_QUERY = "repl*"

_VOCABULARY = [
    "the",
    "i",
    "a",
    "to",
    "and",
    "of",
    "it",
    "was",
    "that",
    "in",
    "my",
    "me",
    "is",
    "for",
    "on",
    "not",
    "with",
    "what",
    "but",
    "so",
    "this",
    "had",
    "about",
    "be",
    "have",
    "at",
    "feel",
    "if",
    "can",
    "do",
    "they",
    "all",
    "just",
    "one",
    "there",
    "would",
    "when",
    "know",
    "think",
    "still",
    "keep",
    "again",
    "them",
    "how",
    "could",
    "time",
    "day",
    "today",
    "felt",
    "more",
    "should",
    "want",
    "were",
    "now",
    "shift",
    "night",
    "team",
    "patient",
    "family",
    "nurse",
    "colleague",
    "handover",
    "ward",
    "review",
    "morning",
    "sleep",
    "tired",
    "replaying",
    "replay",
    "remember",
    "afraid",
    "fear",
    "guilt",
    "shame",
    "sorry",
    "tell",
    "talk",
    "listened",
    "support",
    "peer",
    "supporter",
    "safe",
    "trust",
    "enough",
    "mistake",
    "error",
    "harm",
    "care",
    "hindsight",
    "knowable",
    "system",
    "process",
    "chart",
    "decision",
    "call",
    "question",
    "why",
    "wonder",
    "lonely",
    "alone",
    "better",
    "worse",
    "heavy",
    "breath",
    "walk",
    "coffee",
    "kitchen",
    "car",
    "drive",
    "home",
    "quiet",
    "noise",
    "heart",
    "chest",
    "hands",
    "learn",
    "learning",
    "change",
    "practice",
    "teach",
    "meeting",
    "risk",
    "letter",
    "lawyer",
    "insurer",
    "feelings",
    "meaning",
    "values",
    "kind",
    "kinder",
    "gentle",
    "myself",
    "yourself",
    "someone",
    "friend",
    "partner",
    "children",
    "grief",
    "sadness",
    "anger",
    "relief",
    "hope",
    "tomorrow",
    "week",
    "month",
    "year",
    "since",
    "after",
    "before",
    "during",
]
_RARE = ["albatross", "lighthouse", "harbour", "cartography", "saffron", "violin"]


def entries(count: int, seed: int = 7) -> Iterator[tuple[str, str, list[str]]]:
    """Yield ``(title, body, tags)`` tuples, the same for the same seed."""
    rng = random.Random(seed)
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(_VOCABULARY))]
    tag_pool = ["sleep", "work", "family", "review", "peer support", "gratitude", "worry"]
    for index in range(count):
        words = rng.choices(_VOCABULARY, weights=weights, k=rng.randint(200, 400))
        if index % 2000 == 17:
            words[rng.randrange(len(words))] = RARE_WORD
        if index % 97 == 0:
            words[rng.randrange(len(words))] = rng.choice(_RARE)
        sentences = []
        for start in range(0, len(words), 14):
            chunk = words[start : start + 14]
            sentences.append(" ".join(chunk).capitalize() + ".")
        paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
        title = " ".join(rng.choices(_VOCABULARY[20:], k=rng.randint(2, 5))).capitalize()
        tags = rng.sample(tag_pool, k=rng.randint(0, 2))
        yield title, "\n\n".join(paragraphs), tags
