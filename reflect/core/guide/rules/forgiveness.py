"""Self-forgiveness: when the user is ready for it, and the guardrails on what they write."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from reflect.core.guide.rules.thresholds import FORGIVENESS_SUPPORT_DISTRESS


class Readiness(StrEnum):
    """Whether to start the self-forgiveness work now."""

    READY = "ready"
    ASK_FIRST = "ask_first"  # no rating yet: the readiness step asks for one
    SUPPORT_FIRST = "support_first"


def forgiveness_readiness(latest_distress: int | None) -> Readiness:
    """Very high distress routes to support before any forgiveness work."""
    if latest_distress is None:
        return Readiness.ASK_FIRST
    if latest_distress >= FORGIVENESS_SUPPORT_DISTRESS:
        return Readiness.SUPPORT_FIRST
    return Readiness.READY


class GuardrailKind(StrEnum):
    BLAME_ELSEWHERE = "blame_elsewhere"
    SELF_PUNISHMENT = "self_punishment"


GUARDRAIL_TEXT_KEYS = {
    GuardrailKind.SELF_PUNISHMENT: "self_forgiveness_note_punishment",
    GuardrailKind.BLAME_ELSEWHERE: "self_forgiveness_note_elsewhere",
}
"""The content text (resources/content/texts.toml) shown for each guardrail."""


@dataclass(frozen=True)
class GuardrailNote:
    """A gentle note shown beside an answer; it never blocks the user."""

    kind: GuardrailKind
    text: str


_APOS = "['\u2019]"
_SELF_PUNISHMENT = re.compile(
    r"\b(?:i|i\s*" + _APOS + r"?m|i\s+am)\s+(?:\w+\s+){0,2}?"
    r"(?:deserve[sd]?|should|ought\s+to|need\s+to)\s+(?:to\s+)?"
    r"(?:suffer|be\s+punished|be\s+in\s+pain|feel\s+(?:this\s+)?(?:bad|awful|terrible)|hurt)"
    r"|\bdeserve\s+(?:all\s+)?(?:this|the)\s+(?:pain|suffering|punishment)"
    r"|\bnever\s+(?:be\s+able\s+to\s+)?forgive\s+myself"
    r"|\bdon" + _APOS + r"?t\s+deserve\s+to\s+"
    r"(?:be\s+(?:a\s+)?(?:doctor|happy|forgiven)|practi[cs]e)"
    r"|\bpunish(?:ing)?\s+myself",
    re.IGNORECASE,
)
_BLAME_ELSEWHERE = re.compile(
    r"\b(?:not|wasn" + _APOS + r"?t|isn" + _APOS + r"?t)\s+(?:at\s+all\s+)?my\s+fault"
    r"|\bnothing\s+to\s+do\s+with\s+me"
    r"|\b(?:entirely|all|completely|wholly|totally|only)\s+(?:\w+\s+){0,2}?"
    r"(?:their|his|her|the\s+\w+" + _APOS + r"?s?)\s+fault"
    r"|\bi\s+did\s+(?:nothing|not\s+do\s+anything)\s+wrong"
    r"|\bnone\s+of\s+(?:it|this)\s+(?:was|is)\s+(?:on\s+)?me"
    r"|\bno(?:ne)?\s+(?:part|responsibility)\s+(?:of\s+it\s+)?(?:was|is)?\s*mine"
    r"|\bi\s+(?:had|have|bear)\s+no\s+(?:part|responsibility)",
    re.IGNORECASE,
)

SELF_PUNISHMENT_NOTE = (
    "Part of what you wrote sounds like punishing yourself. Many clinicians feel this after "
    "harm. Suffering doesn't repair anything or protect the next patient; owning your part, "
    "repairing what you can and learning do. If this feeling stays strong, please talk it "
    "through with a peer supporter or a professional."
)
BLAME_ELSEWHERE_NOTE = (
    "Part of what you wrote places all of the weight somewhere else. That may be fair: "
    "most errors grow out of systems. Forgiving yourself tends to hold only after an honest "
    "look at your own share, however small. A peer supporter can help you size it."
)


def forgiveness_guardrails(text: str) -> list[GuardrailNote]:
    """Gentle notes for answers suggesting self-punishment or blame placed wholly elsewhere.

    Matching is deliberately narrow: a note appears only for clear phrasings, since a
    wrong note to a hurting person costs more than a missed one.
    """
    notes: list[GuardrailNote] = []
    if _SELF_PUNISHMENT.search(text):
        notes.append(GuardrailNote(GuardrailKind.SELF_PUNISHMENT, SELF_PUNISHMENT_NOTE))
    if _BLAME_ELSEWHERE.search(text):
        notes.append(GuardrailNote(GuardrailKind.BLAME_ELSEWHERE, BLAME_ELSEWHERE_NOTE))
    return notes
