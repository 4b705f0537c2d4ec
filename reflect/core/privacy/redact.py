"""Find and hide likely identifiers before anything leaves the app.

A safety net, not a guarantee: the HIPAA Safe Harbor identifiers that can occur in
free text (names, dates finer than a year, ages over 89, phone and fax numbers,
emails, SSNs and other ID numbers, street addresses, ZIP codes and postcodes, URLs,
IP addresses) are found with deterministic patterns, small word lists and the user's
own "always redact" list. Nothing is downloaded and no model is used, so it runs the
same offline on every machine. Names that appear with no title, role or list entry
to give them away are the known gap; the export dialog asks the user to review every
finding and to add such names to the always-redact list.

Pattern rules of thumb, so the editor can call this on every pause in typing:
every pattern that can start inside a run of characters is anchored with a
look-behind, and no quantifier is nested inside another unbounded one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from reflect.core.language import QT_TR_NOOP, tr_core
from reflect.core.privacy import lexicon as lex
from reflect.core.privacy.intl import INTERNATIONAL_DETECTORS
from reflect.core.privacy.patterns import PATTERN_DETECTORS, Candidate
from reflect.core.privacy.uncued import uncued_names

__all__ = ["KINDS", "LABELS", "Finding", "find_identifiers", "fold_for_matching", "redact"]

#: What each kind of finding is replaced with, in English (``Finding.label`` gives
#: the current language's words: the therapist reads the export in that language).
LABELS: dict[str, str] = {
    "listed": QT_TR_NOOP("[name]"),
    "name": QT_TR_NOOP("[name]"),
    "date": QT_TR_NOOP("[date]"),
    "age": QT_TR_NOOP("[age]"),
    "phone": QT_TR_NOOP("[phone]"),
    "email": QT_TR_NOOP("[email]"),
    "ssn": QT_TR_NOOP("[id number]"),
    "id": QT_TR_NOOP("[id number]"),
    "address": QT_TR_NOOP("[address]"),
    "zip": QT_TR_NOOP("[zip]"),
    "postcode": QT_TR_NOOP("[postcode]"),
    "place": QT_TR_NOOP("[place]"),
    "url": QT_TR_NOOP("[url]"),
    "ip": QT_TR_NOOP("[ip address]"),
}
KINDS: tuple[str, ...] = tuple(LABELS)


@dataclass(frozen=True, slots=True)
class Finding:
    """One likely identifier: ``text == source[start:end]``."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        """The placeholder that replaces this finding, e.g. ``[name]`` (``[Name]``)."""
        return tr_core(LABELS[self.kind])


def find_identifiers(text: str, *, always_redact: Sequence[str] = ()) -> list[Finding]:
    """Find likely identifiers in ``text``.

    Args:
        text: Any text, typically an entry's Markdown.
        always_redact: Words the user wants hidden everywhere (names, a hospital, a
            town); matched as whole words ignoring case, accents, compatibility forms
            and invisible characters.

    Returns:
        Findings sorted by position, never overlapping. Where two detectors overlap,
        the finding covers both spans and takes the kind of the longer one.
    """
    candidates: list[Candidate] = []
    for detector in (*PATTERN_DETECTORS, *INTERNATIONAL_DETECTORS):
        candidates.extend(detector(text))
    candidates.extend(_name_candidates(text))
    candidates.extend(uncued_names(text))
    candidates.extend(_listed_candidates(text, always_redact))
    return _merge(text, candidates)


def redact(text: str, findings: Iterable[Finding] | None = None) -> str:
    """Replace findings with their labels; ``findings=None`` finds them all first.

    Overlapping findings (possible when a caller passes its own list) are merged so
    that every character of every finding is hidden.
    """
    chosen = find_identifiers(text) if findings is None else list(findings)
    spans = sorted((f.start, f.end, f.label) for f in chosen if 0 <= f.start < f.end)
    parts: list[str] = []
    position = 0
    for start, end, label in spans:
        if end <= position:
            continue
        if start >= position:
            parts.append(text[position:start])
            parts.append(label)
        position = max(position, end)
    parts.append(text[position:])
    return "".join(parts)


# -- names --------------------------------------------------------------------------

_TITLE_TRIGGER = re.compile(
    r"(?<![\w.])(?:(?:"
    + "|".join(map(re.escape, lex.TITLES))
    + r")\b\.?|(?:"
    + "|".join(map(re.escape, lex.DOTTED_TITLES))
    + r")\.)"
)
_ROLE_TRIGGER = re.compile(
    r"(?<![\w-])(?i:" + "|".join(map(re.escape, sorted(lex.ROLES, key=len, reverse=True))) + r")\b"
)
_GIVEN_NAME = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(lex.GIVEN_NAMES, key=len, reverse=True)) + r")(?![\w-])"
)
_AFTER_TITLE = re.compile(r"[ \t]{1,3}")
_AFTER_ROLE = re.compile(r"[ \t]*[,:]?[ \t]{1,3}(?:(?:named|called)[ \t]+)?")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*\.?")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_MAX_NAME_TOKENS = 4
_PROPER = r"[^\W\d_a-z][\w'’-]*"
# "Okafor said", "Gutierrez and I": a capitalised word right before a speech or contact verb.
_BEFORE_VERB = re.compile(
    rf"(?<![\w'’-])({_PROPER}(?:[ \t]+{_PROPER})?)(?:[ \t]+and[ \t]+I\b|[ \t]+(?:"
    + "|".join(lex.PERSON_VERBS)
    + r")\b)"
)
# "I texted Bex", "coffee with Jo": a capitalised word straight after a contact verb.
_AFTER_VERB = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(lex.CONTACT_VERBS) + r")[ \t]+(?=[^\W\d_a-z])"
)
# "drove back to Harrogate": a capitalised word mid-sentence after a place preposition.
_AFTER_PLACE_WORD = re.compile(
    r"(?<=[a-z,])[ \t]+(?:to|from|in|at|near|outside|towards|around|via)[ \t]+"
    rf"({_PROPER}(?:[ \t]+{_PROPER})?)"
)
_LOWER_TITLE = re.compile(r"(?<![\w.])(?:dr|mr|mrs|ms|mx|prof)\.?[ \t]+([a-z][a-z'’-]{1,30})\b")


def _name_candidates(text: str) -> Iterator[Candidate]:
    for match in _TITLE_TRIGGER.finditer(text):
        gap = _AFTER_TITLE.match(text, match.end())
        if gap is None:
            continue
        phrase = (match.group(0).rstrip(".") + " " + _first_word(text, gap.end())).lower()
        if phrase in lex.NOT_NAME_PHRASES:
            continue
        yield from _name_at(text, gap.end())
    for match in _ROLE_TRIGGER.finditer(text):
        gap = _AFTER_ROLE.match(text, match.end())
        if gap is not None and gap.end() > match.end():
            yield from _name_at(text, gap.end())
    for match in _GIVEN_NAME.finditer(text):
        yield from _name_at(text, match.start())
    for match in _AFTER_VERB.finditer(text):
        yield from _name_at(text, match.end())
    for match in _BEFORE_VERB.finditer(text):
        yield from _proper_words(text, match.start(1), match.end(1), "name")
    for match in _AFTER_PLACE_WORD.finditer(text):
        yield from _proper_words(text, match.start(1), match.end(1), "place")
    for match in _LOWER_TITLE.finditer(text):
        if match.group(1) not in lex.LOWER_CASE_NOT_NAMES:
            yield Candidate(match.start(1), match.end(1), "name")


def _proper_words(text: str, start: int, end: int, kind: str) -> Iterator[Candidate]:
    """The span minus leading ordinary words ("Then Sarah" -> "Sarah"), if all are names."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and not _looks_like_proper_noun(_POSSESSIVE.sub("", words[0].group(0))):
        words.pop(0)
    if words and all(_looks_like_proper_noun(_POSSESSIVE.sub("", w.group(0))) for w in words):
        last = _POSSESSIVE.sub("", words[-1].group(0))
        yield Candidate(start + words[0].start(), start + words[-1].start() + len(last), kind)


def _looks_like_proper_noun(word: str) -> bool:
    return _looks_like_name(word) and word not in lex.GENERIC_PLACE_WORDS and not word.isupper()


def _first_word(text: str, start: int) -> str:
    token = _TOKEN.match(text, start)
    return token.group(0).rstrip(".") if token else ""


def _name_at(text: str, start: int) -> Iterator[Candidate]:
    """Read capitalised name tokens (with initials and particles) starting at ``start``."""
    end = start
    position = start
    taken = 0
    while taken < _MAX_NAME_TOKENS:
        token = _TOKEN.match(text, position)
        if token is None:
            break
        word = token.group(0)
        bare = word.rstrip(".")
        if bare.lower() in lex.PARTICLES and _next_is_capital(text, token.end()):
            position = _skip_space(text, token.end())
            continue
        core = _POSSESSIVE.sub("", bare)
        if not _looks_like_name(core):
            break
        initial = len(core) == 1
        dotted = word.endswith(".")
        end = token.start() + len(core) + (1 if initial and dotted else 0)
        taken += 1
        if core != bare or (dotted and not initial):
            break  # "Mrs Patel's daughter", or "Dr Okafor." at the end of a sentence
        after = token.end()
        if initial and dotted and after < len(text) and text[after].isalpha():
            position = after  # "J.S."
            continue
        gap = _AFTER_TITLE.match(text, after)
        if gap is None:
            break
        position = gap.end()
    if end > start:
        yield Candidate(start, end, "name")


def _looks_like_name(word: str) -> bool:
    return bool(word) and word[0].isupper() and word not in lex.NOT_NAMES and word not in _TITLES


_TITLES = frozenset(lex.TITLES)


def _next_is_capital(text: str, position: int) -> bool:
    """True when, past spaces and further particles ("van der"), a capital follows."""
    for _ in range(3):
        position = _skip_space(text, position)
        token = _TOKEN.match(text, position)
        if token is None:
            return False
        if token.group(0)[0].isupper():
            return True
        if token.group(0).rstrip(".").lower() not in lex.PARTICLES:
            return False
        position = token.end()
    return False


def _skip_space(text: str, position: int) -> int:
    match = _AFTER_TITLE.match(text, position)
    return match.end() if match else position


# -- the user's always-redact list --------------------------------------------------

_INVISIBLE = frozenset(
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
)
_LOOKALIKE = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


def fold_for_matching(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` for lenient matching and map each folded char to its source index.

    Folding: NFKC compatibility forms, case folding, accents removed, invisible
    characters dropped, look-alike quotes and dashes unified.
    """
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in _INVISIBLE:
            continue
        decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", char).casefold())
        for piece in decomposed.translate(_LOOKALIKE):
            if unicodedata.combining(piece):
                continue
            folded.append(piece)
            origin.append(index)
    return "".join(folded), origin


def _listed_candidates(text: str, terms: Sequence[str]) -> Iterator[Candidate]:
    patterns = []
    for term in terms:
        folded_term, _ = fold_for_matching(term)
        words = folded_term.split()
        if words:
            patterns.append(r"[\s\-]+".join(map(re.escape, words)))
    if not patterns:
        return
    folded, origin = fold_for_matching(text)
    joined = "|".join(sorted(patterns, key=len, reverse=True))
    for match in re.finditer(rf"(?<!\w)(?:{joined})(?!\w)", folded):
        yield Candidate(origin[match.start()], origin[match.end() - 1] + 1, "listed")


# -- merging ------------------------------------------------------------------------


def _merge(text: str, candidates: list[Candidate]) -> list[Finding]:
    """Union overlapping candidates; the longest member names the kind."""
    findings: list[Finding] = []
    cluster: list[Candidate] = []
    cluster_end = -1
    for candidate in sorted(c for c in candidates if c.end > c.start):
        if cluster and candidate.start >= cluster_end:
            findings.append(_finding(text, cluster, cluster_end))
            cluster = []
        cluster.append(candidate)
        cluster_end = max(cluster_end, candidate.end) if len(cluster) > 1 else candidate.end
    if cluster:
        findings.append(_finding(text, cluster, cluster_end))
    return findings


def _finding(text: str, cluster: list[Candidate], end: int) -> Finding:
    start = cluster[0].start
    kind = max(cluster, key=lambda c: (c.end - c.start, -KINDS.index(c.kind))).kind
    return Finding(kind, start, end, text[start:end])
