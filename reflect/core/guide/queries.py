"""Guide rules that need the journal's data: the one place they read it.

``reflect.core.guide.rules`` stays pure (no storage); these functions fetch what its
rules need from a ``Journal`` and ask them.
"""

from __future__ import annotations

from reflect.core.guide.content import Content
from reflect.core.guide.rules import release_ready
from reflect.core.journal.repository import Journal

FORGIVENESS_EXERCISE_ID = "self-forgiveness"
# Enough for any real event; an event with more entries than this still counts
# the newest ones (and a responsibility prompt answered in any of them).
_EXERCISE_ENTRIES_CHECKED = 500


def release_ready_for_event(journal: Journal, content: Content, event_id: str | None) -> bool:
    """Whether the event has had its responsibility prompt or exercise step answered.

    Without an event there is nothing to have sized yet, so release prompts wait.
    """
    if event_id is None:
        return False
    exercise = content.exercise(FORGIVENESS_EXERCISE_ID)
    bodies = [
        e.body
        for e in journal.list_entries(limit=_EXERCISE_ENTRIES_CHECKED, event_id=event_id)
        if e.title == exercise.title
    ]
    return release_ready(content.prompts, journal.prompt_ids_for_event(event_id), exercise, bodies)
