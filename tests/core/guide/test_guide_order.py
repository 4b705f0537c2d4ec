"""Responsibility before release, and the wording the issue-10 review asked for.

Release prompts ("forgiving yourself can be a decision first...") are offered for
an event only after a responsibility prompt or the exercise's responsibility step
was answered for that event.
"""

from __future__ import annotations

import random
from datetime import date

from reflect.core.guide.content import Content, load_content
from reflect.core.guide.queries import release_ready_for_event
from reflect.core.guide.rules import (
    RELEASE,
    RESPONSIBILITY,
    choose_prompt,
    exercise_entry,
    offerable,
)
from reflect.core.journal.repository import Journal


def _phase(content: Content, phase: str) -> list[str]:
    return [p.id for p in content.prompts if p.phase == phase]


def test_both_phases_are_marked_in_the_content() -> None:
    content = load_content()
    assert len(_phase(content, RESPONSIBILITY)) >= 3
    assert "sf-decision-first" in _phase(content, RELEASE)


def test_release_prompts_wait_for_a_responsibility_prompt_of_the_same_event(
    journal: Journal,
) -> None:
    content = load_content()
    event = journal.add_event(title="A hard night", occurred_on=date(2026, 3, 1))
    other = journal.add_event(title="Another", occurred_on=date(2026, 4, 1))
    assert not release_ready_for_event(journal, content, event.id)
    assert not release_ready_for_event(journal, content, None)
    release = set(_phase(content, RELEASE))
    assert not release & {p.id for p in offerable(content.prompts, release_ready=False)}
    # Never chosen, however many times we draw.
    for seed in range(200):
        chosen = choose_prompt(
            content.prompts_for(kind="self-forgiveness"),
            stage=6,
            latest_distress=None,
            used_recently=set(),
            rng=random.Random(seed),
            release_ready=False,
        )
        assert chosen is None or chosen.id not in release

    # Answering a responsibility prompt for the *other* event changes nothing here.
    entry = journal.add_entry(title="", body="## Mine\nSome of it.", event_id=other.id)
    journal.record_prompt_use(_phase(content, RESPONSIBILITY)[0], entry.id)
    assert not release_ready_for_event(journal, content, event.id)
    assert release_ready_for_event(journal, content, other.id)

    # Answering one for this event opens the release prompts for it.
    entry = journal.add_entry(title="", body="## Mine\nSome of it.", event_id=event.id)
    journal.record_prompt_use(_phase(content, RESPONSIBILITY)[1], entry.id)
    assert release_ready_for_event(journal, content, event.id)


def test_the_exercise_responsibility_step_counts_too(journal: Journal) -> None:
    content = load_content()
    event = journal.add_event(title="A hard night", occurred_on=date(2026, 3, 1))
    exercise = content.exercise("self-forgiveness")
    title, body = exercise_entry(exercise, {"remorse": "I am sorry it happened."})
    journal.add_entry(title=title, body=body, event_id=event.id)
    assert not release_ready_for_event(journal, content, event.id)  # responsibility skipped
    title, body = exercise_entry(exercise, {RESPONSIBILITY: "Part of it was mine."})
    journal.add_entry(title=title, body=body, event_id=event.id)
    assert release_ready_for_event(journal, content, event.id)


def test_wording_fixed_by_the_review() -> None:
    content = load_content()
    assert content.prompt("s3-act-not-self").text.startswith("In general terms,")
    assert "through the proper channels" in content.prompt("sf-repair-possible").text
    everything = " ".join(
        [p.text for p in content.prompts]
        + [q for e in content.exercises for s in e.steps for q in (s.guidance, *s.questions)]
        + [s.description for s in content.stages]
    )
    # Sentences too close to published wording (Neff's break; Brown's definition).
    published_wording = (
        "need to hear right now",
        "this hurts",
        '"I am bad"',
        "did something wrong",
    )
    for published in published_wording:
        assert published not in everything
    trigger = content.exercise("trigger-plan")
    questions = " ".join(q for s in trigger.steps for q in s.questions)
    assert "month" in questions.casefold()
    assert "date" not in questions.casefold()  # a month is enough; a date identifies


def test_event_listeners_hear_every_change_and_can_leave(journal: Journal) -> None:
    heard: list[int] = []
    leave = journal.subscribe_events(lambda: heard.append(1))
    event = journal.add_event(title="A", occurred_on=date(2026, 1, 2))
    journal.update_event(event.id, title="B")
    journal.set_stage(event.id, 2)
    journal.delete_event(event.id)
    assert len(heard) == 4
    leave()
    journal.add_event(title="C", occurred_on=date(2026, 1, 2))
    assert len(heard) == 4


def test_readiness_uses_a_shorter_freshness_than_prompts(journal: Journal) -> None:
    from datetime import timedelta

    from reflect.core.guide.rules import (
        CHECKIN_FRESH,
        READINESS_FRESH,
        fresh_checkin,
        readiness_checkin,
    )

    assert READINESS_FRESH < CHECKIN_FRESH
    checkin = journal.add_checkin(distress=8)
    later = checkin.created_at + timedelta(hours=18)
    assert fresh_checkin(checkin, later) is checkin  # still shapes today's prompts
    assert readiness_checkin(checkin, later) is None  # too old to speak for readiness now
    assert readiness_checkin(checkin, checkin.created_at + timedelta(hours=2)) is checkin
