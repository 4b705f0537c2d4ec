"""When a passphrase is refused, when it needs a second thought, and why.

The rule, in one place (the forms only show it):

- fewer than ``MIN_LENGTH`` characters, or zxcvbn score 0: refused;
- score 1 or 2: allowed after the user confirms they want a weaker passphrase;
- score 3 or 4: fine.

A refusal carries its reason, so the form can say *why* ("password" has 8
characters; it is refused because it is among the most used passwords, not for
its length). zxcvbn is imported on first use: it loads large word lists, and
the unlock window must open fast. Only the first 100 characters are scored:
zxcvbn gets very slow on long input, and a passphrase that long is not weak.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

MIN_LENGTH = 8
_SCORED_CHARS = 100


class Weakness(StrEnum):
    """Why a passphrase is easy to guess (the main reason zxcvbn found)."""

    NONE = "none"
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    COMMON = "common"  # a common password, word or name
    PATTERN = "pattern"  # a keyboard row, a repeat, a sequence like abcd or 1234
    DATE = "date"
    GUESSABLE = "guessable"  # short on variety in some other way


@dataclass(frozen=True)
class Strength:
    """How guessable a passphrase is, in the app's terms."""

    score: int  # 0..4, zxcvbn's scale
    refused: bool  # too weak to accept at all
    weak: bool  # acceptable only after the user confirms
    reason: Weakness = Weakness.NONE


_PATTERN_REASONS = {
    "dictionary": Weakness.COMMON,
    "spatial": Weakness.PATTERN,
    "repeat": Weakness.PATTERN,
    "sequence": Weakness.PATTERN,
    "regex": Weakness.PATTERN,
    "date": Weakness.DATE,
}


def assess(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    """Judge ``passphrase``; ``user_inputs`` are words zxcvbn should treat as known."""
    if not passphrase:
        return Strength(0, refused=True, weak=True, reason=Weakness.EMPTY)
    from zxcvbn import zxcvbn

    result: dict[str, Any] = zxcvbn(passphrase[:_SCORED_CHARS], user_inputs=list(user_inputs))
    score = int(result["score"])
    too_short = len(passphrase) < MIN_LENGTH
    if too_short:
        score = min(score, 1)
    refused = too_short or score == 0
    weak = refused or score <= 2
    if too_short:
        reason = Weakness.TOO_SHORT
    elif weak:
        reason = _main_reason(result)
    else:
        reason = Weakness.NONE
    return Strength(score, refused=refused, weak=weak, reason=reason)


def _main_reason(result: dict[str, Any]) -> Weakness:
    """The pattern covering most of the passphrase, in the app's words."""
    matches = [m for m in result.get("sequence", []) if isinstance(m, dict)]
    if not matches:
        return Weakness.GUESSABLE
    longest = max(matches, key=lambda m: len(str(m.get("token", ""))))
    return _PATTERN_REASONS.get(str(longest.get("pattern", "")), Weakness.GUESSABLE)
