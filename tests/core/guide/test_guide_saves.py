"""Finishing an exercise and saving an event: one transaction each, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.core.errors import StorageFull
from reflect.core.guide.content import load_content
from reflect.core.guide.saves import (
    SAFETY_PLAN_ID,
    SAFETY_PLAN_SETTING,
    finish_exercise,
    living_entry_id,
    save_event,
)
from reflect.core.journal.repository import Journal


def test_finishing_writes_the_entry_and_clears_the_draft(journal: Journal) -> None:
    exercise = load_content().exercise("reflection")
    step = exercise.steps[0].id
    journal.save_draft(exercise.id, {"answers": {step: "It was a long night."}})
    entry = finish_exercise(journal, exercise, {step: "It was a long night."}, event_id=None)
    assert entry is not None and "It was a long night." in entry.body
    assert "exercise" in entry.tags
    assert journal.get_draft(exercise.id) is None


def test_nothing_answered_stores_nothing(journal: Journal) -> None:
    exercise = load_content().exercise("reflection")
    assert finish_exercise(journal, exercise, {}, event_id=None) is None
    assert journal.count_entries() == 0


def test_the_safety_plan_is_one_living_entry(journal: Journal) -> None:
    plan = load_content().exercise(SAFETY_PLAN_ID)
    first_step = plan.steps[0].id
    one = finish_exercise(journal, plan, {first_step: "Staying in bed"}, event_id=None)
    assert one is not None and journal.get_setting(SAFETY_PLAN_SETTING) == one.id
    assert living_entry_id(journal, SAFETY_PLAN_ID) == one.id
    two = finish_exercise(journal, plan, {first_step: "Not answering calls"}, event_id=None)
    assert two is not None and two.id == one.id
    assert journal.count_entries() == 1
    assert "Not answering calls" in journal.get_entry(one.id).body


def test_a_failure_half_way_keeps_the_draft_and_adds_nothing(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    exercise = load_content().exercise(SAFETY_PLAN_ID)
    step = exercise.steps[0].id
    journal.save_draft(exercise.id, {"answers": {step: "keep me"}})

    def full(*_a: object, **_k: object) -> None:
        raise StorageFull()

    monkeypatch.setattr(journal, "clear_draft", full)
    with pytest.raises(StorageFull):
        finish_exercise(journal, exercise, {step: "keep me"}, event_id=None)
    assert journal.count_entries() == 0  # the entry written before the failure is gone
    assert journal.get_setting(SAFETY_PLAN_SETTING) is None
    draft = journal.get_draft(exercise.id)
    assert draft is not None
    answers = draft.data["answers"]
    assert isinstance(answers, dict) and answers[step] == "keep me"


def test_an_event_is_saved_with_its_stage_in_one_go(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = save_event(
        journal, None, title="A hard night", occurred_on=date(2026, 3, 1), context="",
        stage=2, status="active",
    )  # fmt: skip
    assert [c.stage for c in journal.stage_history(event.id)] == [2]
    # Renaming alone does not add to the history; a new stage does.
    save_event(
        journal, event.id, title="The night in March", occurred_on=date(2026, 3, 1),
        context="", stage=2, status="active",
    )  # fmt: skip
    assert [c.stage for c in journal.stage_history(event.id)] == [2]

    def full(*_a: object, **_k: object) -> None:
        raise StorageFull()

    monkeypatch.setattr(journal, "set_stage", full)
    with pytest.raises(StorageFull):
        save_event(
            journal, event.id, title="Renamed", occurred_on=date(2026, 3, 1), context="",
            stage=4, status="active",
        )  # fmt: skip
    assert journal.get_event(event.id).title == "The night in March"  # the rename rolled back
