"""The guide's saves that touch more than one thing, each one transaction.

Finishing an exercise writes (or updates) its entry, remembers the safety plan's
entry, and clears the draft; saving an event writes it and, when the stage
changed, records the stage in its history. Either all of it is stored or none:
a full disk half-way leaves the journal as it was, and the draft intact.
"""

from __future__ import annotations

from datetime import date

from reflect.core.errors import NotFound
from reflect.core.guide.rules import ExerciseLike, exercise_entry
from reflect.core.journal.models import Entry, Event, EventStatus
from reflect.core.journal.repository import Journal
from reflect.core.journal.settings import SAFETY_PLAN_ENTRY

SAFETY_PLAN_ID = "safety-plan"
SAFETY_PLAN_SETTING = SAFETY_PLAN_ENTRY.key  # the living safety plan's entry id
EXERCISE_TAG = "exercise"


def living_entry_id(journal: Journal, exercise_id: str) -> str | None:
    """The entry an exercise keeps updating (the safety plan's), if it still exists."""
    if exercise_id != SAFETY_PLAN_ID:
        return None
    entry_id = journal.get_setting(SAFETY_PLAN_SETTING)
    if not isinstance(entry_id, str):
        return None
    try:
        journal.get_entry(entry_id)
    except NotFound:
        return None
    return entry_id


def finish_exercise(
    journal: Journal,
    exercise: ExerciseLike,
    answers: dict[str, str],
    *,
    event_id: str | None,
) -> Entry | None:
    """Store the exercise's entry, remember a safety plan, clear the draft: all or nothing.

    Returns the entry written or updated, or ``None`` when no step was answered
    (nothing is stored and the draft stays).
    """
    title, body = exercise_entry(exercise, answers)
    if not body:
        return None
    existing = living_entry_id(journal, exercise.id)
    with journal.transaction():
        if existing is not None:
            entry = journal.update_entry(existing, body=body, event_id=event_id)
        else:
            entry = journal.add_entry(
                title=title, body=body, tags=(EXERCISE_TAG,), event_id=event_id
            )
        if exercise.id == SAFETY_PLAN_ID:
            journal.set_setting(SAFETY_PLAN_SETTING, entry.id)
        journal.clear_draft(exercise.id)
    return entry


def save_event(
    journal: Journal,
    event_id: str | None,
    *,
    title: str,
    occurred_on: date,
    context: str,
    stage: int | None,
    status: EventStatus | str,
) -> Event:
    """Create (``event_id`` None) or update an event; a changed stage enters its history.

    One transaction: an event never exists without the stage the user chose for it.
    """
    with journal.transaction():
        if event_id is None:
            return journal.add_event(title, occurred_on, context, stage=stage, status=status)
        before = journal.get_event(event_id)
        event = journal.update_event(
            event_id, title=title, occurred_on=occurred_on, context=context, status=status
        )
        if stage is not None and stage != before.stage:
            event = journal.set_stage(event_id, stage)
        return event
