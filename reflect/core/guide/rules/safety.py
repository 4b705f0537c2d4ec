"""Crisis signals, screening meanings, legal caution and the support country."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from reflect.core.guide.rules.thresholds import CRISIS_DISTRESS, SCREEN_POSITIVE, WEEKLY_INTERVAL
from reflect.core.journal.models import CheckIn, Event, StageChange


class CrisisReason(StrEnum):
    """Why the support card opened. Values are stable (tests and UI text key on them)."""

    DISTRESS = "distress"
    PHQ2 = "phq2"
    GAD2 = "gad2"
    STATED = "stated"


def crisis_reasons(
    *,
    distress: int | None = None,
    phq2: int | None = None,
    gad2: int | None = None,
    thoughts_of_ending_life: bool = False,
) -> list[CrisisReason]:
    """Every crisis signal in a check-in or choice, most urgent first."""
    reasons: list[CrisisReason] = []
    if thoughts_of_ending_life:
        reasons.append(CrisisReason.STATED)
    if distress is not None and distress >= CRISIS_DISTRESS:
        reasons.append(CrisisReason.DISTRESS)
    if phq2 is not None and phq2 >= SCREEN_POSITIVE:
        reasons.append(CrisisReason.PHQ2)
    if gad2 is not None and gad2 >= SCREEN_POSITIVE:
        reasons.append(CrisisReason.GAD2)
    return reasons


def crisis_signal(
    *,
    distress: int | None = None,
    phq2: int | None = None,
    gad2: int | None = None,
    thoughts_of_ending_life: bool = False,
) -> CrisisReason | None:
    """The most urgent crisis signal, or ``None``: distress 9-10, PHQ-2/GAD-2 >= 3, or stated."""
    reasons = crisis_reasons(
        distress=distress,
        phq2=phq2,
        gad2=gad2,
        thoughts_of_ending_life=thoughts_of_ending_life,
    )
    return reasons[0] if reasons else None


def checkin_crisis(checkin: CheckIn) -> CrisisReason | None:
    """The crisis signal carried by a stored check-in, if any."""
    return crisis_signal(distress=checkin.distress, phq2=checkin.phq2, gad2=checkin.gad2)


@dataclass(frozen=True)
class ScoreMeaning:
    """A screening score in plain words: what it may mean and what to do next."""

    score: int
    above_threshold: bool
    meaning: str
    next_step: str


def _check_two_item(score: int) -> int:
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 6:
        raise ValueError("A two-question score is a whole number from 0 to 6.")
    return score


def phq2_meaning(score: int) -> ScoreMeaning:
    """What a PHQ-2 sum (0-6) means, in plain words, with a next step. Never a diagnosis."""
    _check_two_item(score)
    if score >= SCREEN_POSITIVE:
        return ScoreMeaning(
            score,
            True,
            "Low mood or losing interest in things has been with you on many days lately. "
            "These two questions are a screen, not a diagnosis, and this result is common "
            "after something hard at work.",
            "It is worth talking this through with a doctor, a therapist or a physician "
            "support line soon. The Support panel lists people you can reach.",
        )
    return ScoreMeaning(
        score,
        False,
        "Your answers don't suggest that low mood has been a big part of the last two weeks.",
        "Keep checking in. If that changes, or you feel worse, reach out to someone you trust.",
    )


def gad2_meaning(score: int) -> ScoreMeaning:
    """What a GAD-2 sum (0-6) means, in plain words, with a next step. Never a diagnosis."""
    _check_two_item(score)
    if score >= SCREEN_POSITIVE:
        return ScoreMeaning(
            score,
            True,
            "Feeling nervous, on edge or unable to stop worrying has been with you on many "
            "days lately. These two questions are a screen, not a diagnosis, and worry like "
            "this is common while a review or claim is open.",
            "It is worth talking this through with a doctor, a therapist or a physician "
            "support line soon. The Support panel lists people you can reach.",
        )
    return ScoreMeaning(
        score,
        False,
        "Your answers don't suggest that worry has been a big part of the last two weeks.",
        "Keep checking in. If that changes, or you feel worse, reach out to someone you trust.",
    )


def weekly_questions_due(checkins: Sequence[CheckIn], now: datetime) -> bool:
    """Offer the optional weekly questions when none were answered in the last seven days."""
    since = now - WEEKLY_INTERVAL
    return not any(
        c.created_at >= since and (c.phq2 is not None or c.gad2 is not None) for c in checkins
    )


def delete_needs_legal_caution(event: Event | None, history: Sequence[StageChange] = ()) -> bool:
    """Deleting may look like destroying evidence once a review or claim is under way.

    True when the entry's event is in stage 4 ("enduring the inquisition") today, or
    has been at any time according to ``history`` (a claim anticipated once stays so).
    """
    if event is None:
        return False
    return event.stage == 4 or any(change.stage == 4 for change in history)


def default_country(locale_country: str, available: Iterable[str], saved: str | None = None) -> str:
    """The country whose lines to show: a saved choice, else the system's, else international."""
    codes = set(available)
    for candidate in (saved, locale_country.upper() if locale_country else None):
        if candidate and candidate in codes:
            return candidate
    return "INT"
