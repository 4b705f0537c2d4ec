"""Choosing a prompt: which fit the stage, when to be gentle, when release is ready."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import datetime

from reflect.core.guide.rules.exercises import exercise_answers
from reflect.core.guide.rules.shapes import ExerciseLike, P, PromptLike
from reflect.core.guide.rules.thresholds import (
    CHECKIN_FRESH,
    GENTLE_KINDS,
    HIGH_DISTRESS,
    READINESS_FRESH,
    RECENT_PROMPT_WINDOW,
    UNIVERSAL_KINDS,
)
from reflect.core.journal.models import CheckIn


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
