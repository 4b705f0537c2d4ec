"""Stage suggestions (never assignments) and the journey as spans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reflect.core.journal.models import StageChange
from reflect.core.language import tr_core


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
            1,
            tr_core(
                "This happened very recently. The first hours are often stage 1, chaos and shock."
            ),
        )
    if triggered and current is not None and current > 2:
        return StageSuggestion(
            2,
            tr_core(
                "A trigger can bring the replaying back for a while. Stage 2 may fit today, "
                "and that is not going backwards."
            ),
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
