"""Rules of the recovery guide: prompts, crisis signals, screening meanings, exercises.

Pure functions, no Qt, no storage: the UI asks these what to show and the journal
stores what the user chose. Thresholds come from CONTENT.md (and the research brief
behind it); the clock is always passed in, never read here.

The app may *suggest* a stage; it never assigns one. Nothing here diagnoses: the
screening helpers return a plain meaning and a next step, not a label.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol, TypeVar

from reflect.core.journal.models import CheckIn, Event, StageChange

# --- thresholds -------------------------------------------------------------

RECENT_PROMPT_WINDOW = timedelta(days=14)
"""A prompt answered within this window is not offered again."""

CHECKIN_FRESH = timedelta(hours=24)
"""How long a check-in shapes the prompts offered."""

READINESS_FRESH = timedelta(hours=12)
"""How recent a check-in must be to pre-fill the self-forgiveness readiness rating.

Shorter than ``CHECKIN_FRESH`` on purpose: the readiness check decides whether a
demanding exercise starts or routes to support, so it should reflect how the
user is now. Yesterday evening's rating may still lean the day's prompts gentle,
but it should not speak for this afternoon's readiness; the user confirms or
changes the pre-filled rating either way."""

HIGH_DISTRESS = 7
"""From this distress rating on, prompts lean to grounding and self-compassion."""

CRISIS_DISTRESS = 9
"""Distress 9-10 opens the support card (CONTENT.md, Safety)."""

SCREEN_POSITIVE = 3
"""PHQ-2 or GAD-2 at or above this is the usual cut-off, and a crisis signal here."""

FORGIVENESS_SUPPORT_DISTRESS = 8
"""At or above this, the self-forgiveness exercise routes to support instead."""

WEEKLY_INTERVAL = timedelta(days=7)
"""The optional weekly questions are offered when none were answered this long."""

GENTLE_KINDS = frozenset({"grounding", "self-compassion"})
"""Prompt kinds that ask little and soothe: for stage 1, high distress or a trigger."""

UNIVERSAL_KINDS = frozenset({"grounding", "self-compassion", "support"})
"""Kinds that fit any stage, used as the last fallback when a stage's prompts run out."""


# --- structural types (content.py's dataclasses satisfy these) ---------------


class PromptLike(Protocol):
    """What prompt selection needs to know about a prompt."""

    @property
    def id(self) -> str: ...
    @property
    def stages(self) -> tuple[int, ...]: ...
    @property
    def kind(self) -> str: ...


class StepLike(Protocol):
    """One step of a guided exercise."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...


class ExerciseLike(Protocol):
    """A guided exercise: a title and its steps, in order."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def steps(self) -> Sequence[StepLike]: ...


P = TypeVar("P", bound=PromptLike)


# --- prompts ----------------------------------------------------------------


def fits_stage(prompt: PromptLike, stage: int | None) -> bool:
    """A prompt with no stages fits any; otherwise the stage must be one of its own.

    With no stage chosen, only the stage-free prompts fit, so that nobody without
    a review under way is asked about one.
    """
    if not prompt.stages:
        return True
    return stage is not None and stage in prompt.stages


def wants_gentle(
    *, stage: int | None, latest_distress: int | None, triggered: bool = False
) -> bool:
    """Whether to lean on grounding and self-compassion rather than reflection."""
    return (
        stage == 1
        or triggered
        or (latest_distress is not None and latest_distress >= HIGH_DISTRESS)
    )


RESPONSIBILITY = "responsibility"
"""The phase of prompts (and the exercise step id) that size one's share fairly."""

RELEASE = "release"
"""The phase of prompts that set excess guilt down: offered only after responsibility."""


def release_ready(
    prompts: Iterable[PromptLike],
    answered_prompt_ids: Iterable[str],
    forgiveness_exercise: ExerciseLike | None = None,
    forgiveness_entries: Iterable[str] = (),
) -> bool:
    """Whether release prompts may be offered for an event (responsibility before release).

    True once a responsibility prompt was answered for the event (recorded with one
    of its entries), or the self-forgiveness exercise's responsibility step was
    answered in an entry of the event (``forgiveness_entries``: their bodies).
    Self-forgiveness without first owning one's fair share is what the literature
    calls pseudo self-forgiveness (Cornish & Wade 2015; Fisher & Exline 2010).
    """
    responsibility = {p.id for p in prompts if getattr(p, "phase", "") == RESPONSIBILITY}
    if responsibility & set(answered_prompt_ids):
        return True
    if forgiveness_exercise is not None:
        for body in forgiveness_entries:
            if exercise_answers(forgiveness_exercise, body).get(RESPONSIBILITY, "").strip():
                return True
    return False


def prompt_needs_legal_caution(prompt: PromptLike) -> bool:
    """A prompt about a review or investigation (stage 4, or kind "inquisition")
    carries the legal caution where the user answers it (CONTENT.md)."""
    return prompt.kind == "inquisition" or 4 in prompt.stages


def offerable(prompts: Iterable[P], *, release_ready: bool) -> list[P]:
    """The prompts that may be offered now: release prompts wait for responsibility."""
    return [p for p in prompts if release_ready or getattr(p, "phase", "") != RELEASE]


def choose_prompt(
    prompts: Iterable[P],
    *,
    stage: int | None,
    latest_distress: int | None,
    used_recently: set[str],
    rng: random.Random,
    exclude: Iterable[str] = (),
    triggered: bool = False,
    release_ready: bool = True,
) -> P | None:
    """Pick one prompt for today, or ``None`` when nothing fits.

    Rules, in order:

    - Never a prompt in ``used_recently`` (answered within ``RECENT_PROMPT_WINDOW``)
      or in ``exclude`` (e.g. the ones already shown by "another prompt").
    - Stage 1, a distress rating of ``HIGH_DISTRESS`` or more, or a trigger today:
      grounding and self-compassion prompts for the stage first, then such prompts
      from any stage, then anything for the stage.
    - Otherwise: prompts for the stage, then the kinds that fit any stage.

    Args:
        prompts: All prompts (order does not matter; the choice is made from a sorted pool).
        stage: The event's stage today, or ``None`` without an event or stage.
        latest_distress: The latest check-in's distress 0-10, if any.
        used_recently: Prompt ids answered within the recent window.
        rng: Source of randomness (seeded in tests).
        exclude: Prompt ids not to offer now.
        triggered: Whether the latest check-in said "triggered today".
        release_ready: Whether release prompts may be offered (see ``release_ready``).

    Returns:
        A prompt, or ``None`` when every fitting prompt was used recently.
    """
    blocked = set(used_recently) | set(exclude)
    pool = sorted(
        (p for p in offerable(prompts, release_ready=release_ready) if p.id not in blocked),
        key=lambda p: p.id,
    )
    fit = [p for p in pool if fits_stage(p, stage)]
    if wants_gentle(stage=stage, latest_distress=latest_distress, triggered=triggered):
        tiers = [
            [p for p in fit if p.kind in GENTLE_KINDS],
            [p for p in pool if p.kind in GENTLE_KINDS],
            fit,
        ]
    else:
        tiers = [fit, [p for p in pool if p.kind in UNIVERSAL_KINDS]]
    for tier in tiers:
        if tier:
            return rng.choice(tier)
    return None


def readiness_checkin(checkin: CheckIn | None, now: datetime) -> CheckIn | None:
    """The check-in if it is recent enough to pre-fill the readiness rating."""
    if checkin is None or now - checkin.created_at > READINESS_FRESH:
        return None
    return checkin


def fresh_checkin(checkin: CheckIn | None, now: datetime) -> CheckIn | None:
    """The check-in if it still speaks for today (within ``CHECKIN_FRESH``), else ``None``.

    A distress rating from last week should not keep prompts gentle forever.
    """
    if checkin is None or now - checkin.created_at > CHECKIN_FRESH:
        return None
    return checkin


def recent_since(now: datetime) -> datetime:
    """The start of the "used recently" window for ``Journal.prompt_ids_used_since``."""
    return now - RECENT_PROMPT_WINDOW


# --- crisis signals and screening -------------------------------------------


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


# --- self-forgiveness -------------------------------------------------------


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


# --- exercises --------------------------------------------------------------


def exercise_entry(exercise: ExerciseLike, answers: Mapping[str, str]) -> tuple[str, str]:
    """Turn an exercise's answers (keyed by step id) into an entry's title and Markdown body.

    Each answered step becomes a ``## <step title>`` heading with the answer below it,
    in the exercise's order; empty steps are left out. Answers keyed by unknown step
    ids are ignored (a draft saved by an older version of the exercise).
    """
    parts: list[str] = []
    for step in exercise.steps:
        answer = answers.get(step.id, "").strip()
        if answer:
            parts.append(f"## {step.title}\n\n{answer}")
    body = "\n\n".join(parts)
    return exercise.title, (body + "\n") if body else ""


def exercise_answers(exercise: ExerciseLike, body: str) -> dict[str, str]:
    """Read answers back from an entry written by ``exercise_entry`` (step id -> answer).

    Used to reopen a living document, such as the safety plan, for editing. Text under
    a heading that is not one of the exercise's steps stays with the step before it,
    so nothing the user wrote is dropped.
    """
    by_title = {step.title: step.id for step in exercise.steps}
    answers: dict[str, list[str]] = {}
    current: str | None = None
    for line in body.splitlines():
        title = line[3:].strip() if line.startswith("## ") else None
        if title is not None and title in by_title:
            current = by_title[title]
            answers.setdefault(current, [])
        elif current is not None:
            answers[current].append(line)
    return {k: "\n".join(v).strip() for k, v in answers.items() if "\n".join(v).strip()}


# --- legal caution ----------------------------------------------------------


def delete_needs_legal_caution(event: Event | None, history: Sequence[StageChange] = ()) -> bool:
    """Deleting may look like destroying evidence once a review or claim is under way.

    True when the entry's event is in stage 4 ("enduring the inquisition") today, or
    has been at any time according to ``history`` (a claim anticipated once stays so).
    """
    if event is None:
        return False
    return event.stage == 4 or any(change.stage == 4 for change in history)


# --- stage suggestions and the journey --------------------------------------


@dataclass(frozen=True)
class StageSuggestion:
    """A stage the app thinks may fit, with why. The user decides."""

    stage: int
    reason: str


def suggest_stage(
    occurred_on: date, today: date, *, triggered: bool = False, current: int | None = None
) -> StageSuggestion | None:
    """A gentle suggestion for "where I am today", or ``None`` when there is nothing to say.

    Only two cases, both from Scott 2009: the first day or so is usually chaos and the
    immediate response; a trigger can bring back intrusive reflections.
    """
    days = (today - occurred_on).days
    if 0 <= days <= 1 and current != 1:
        return StageSuggestion(
            1, "This happened very recently. The first hours are often stage 1, chaos and shock."
        )
    if triggered and current is not None and current > 2:
        return StageSuggestion(
            2,
            "A trigger can bring the replaying back for a while. Stage 2 may fit today, "
            "and that is not going backwards.",
        )
    return None


@dataclass(frozen=True)
class StageSpan:
    """A stretch of time spent in one stage of an event, for the journey view."""

    stage: int
    start: datetime
    end: datetime | None  # None: still the stage today
    is_return: bool  # an earlier stage coming back after a later one


def stage_spans(history: Sequence[StageChange]) -> list[StageSpan]:
    """The stage history as consecutive spans, marking returns to earlier stages.

    Repeated choices of the same stage merge into one span. A span is a return when
    some later stage was chosen before it (stages recur; that is expected).
    """
    spans: list[StageSpan] = []
    highest = 0
    for change in sorted(history, key=lambda c: c.recorded_at):
        if spans and spans[-1].stage == change.stage:
            continue
        if spans:
            last = spans[-1]
            spans[-1] = StageSpan(last.stage, last.start, change.recorded_at, last.is_return)
        spans.append(StageSpan(change.stage, change.recorded_at, None, change.stage < highest))
        highest = max(highest, change.stage)
    return spans


# --- support lines ----------------------------------------------------------


def default_country(locale_country: str, available: Iterable[str], saved: str | None = None) -> str:
    """The country whose lines to show: a saved choice, else the system's, else international."""
    codes = set(available)
    for candidate in (saved, locale_country.upper() if locale_country else None):
        if candidate and candidate in codes:
            return candidate
    return "INT"
