"""Rules of the recovery guide: prompt choice, crisis signals, screening, exercises."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from reflect.core.clock import FakeClock
from reflect.core.guide import rules as guide
from reflect.core.guide.rules import (
    RECENT_PROMPT_WINDOW,
    CrisisReason,
    GuardrailKind,
    Readiness,
    choose_prompt,
    crisis_reasons,
    crisis_signal,
    default_country,
    delete_needs_legal_caution,
    exercise_entry,
    forgiveness_guardrails,
    forgiveness_readiness,
    gad2_meaning,
    phq2_meaning,
    stage_spans,
    suggest_stage,
    weekly_questions_due,
)
from reflect.core.journal.models import CheckIn, Event, EventStatus, StageChange


@dataclass(frozen=True)
class FakePrompt:
    id: str
    stages: tuple[int, ...]
    kind: str
    text: str = "?"


@dataclass(frozen=True)
class FakeStep:
    id: str
    title: str


@dataclass(frozen=True)
class FakeExercise:
    id: str
    title: str
    steps: tuple[FakeStep, ...]


PROMPTS = [
    FakePrompt("s1-ground", (1,), "grounding"),
    FakePrompt("s1-support", (1,), "support"),
    FakePrompt("s2-reflect-a", (2,), "reflection"),
    FakePrompt("s2-reflect-b", (2,), "reflection"),
    FakePrompt("s2-kind", (2,), "self-compassion"),
    FakePrompt("s4-inquiry", (4,), "inquisition"),
    FakePrompt("s6-growth", (6,), "growth"),
    FakePrompt("any-ground", (), "grounding"),
    FakePrompt("any-reflect", (), "reflection"),
]


def _pick_all(**kwargs: Any) -> set[str | None]:
    """Every prompt the rules can return for these inputs, over many seeds."""
    seen: set[str | None] = set()
    for seed in range(60):
        p = choose_prompt(PROMPTS, rng=random.Random(seed), **kwargs)
        seen.add(p.id if p else None)
    return seen


def test_prompts_fit_the_stage() -> None:
    got = _pick_all(stage=2, latest_distress=3, used_recently=set())
    assert got == {"s2-reflect-a", "s2-reflect-b", "s2-kind", "any-ground", "any-reflect"}


def test_no_stage_offers_only_stage_free_prompts() -> None:
    assert _pick_all(stage=None, latest_distress=None, used_recently=set()) == {
        "any-ground",
        "any-reflect",
    }


def test_stage_one_and_high_distress_prefer_gentle_prompts() -> None:
    assert _pick_all(stage=1, latest_distress=None, used_recently=set()) == {
        "s1-ground",
        "any-ground",
    }
    assert _pick_all(stage=2, latest_distress=7, used_recently=set()) == {
        "s2-kind",
        "any-ground",
    }
    assert _pick_all(stage=2, latest_distress=2, used_recently=set(), triggered=True) == {
        "s2-kind",
        "any-ground",
    }


def test_recently_used_and_excluded_prompts_are_never_offered() -> None:
    got = _pick_all(
        stage=2, latest_distress=1, used_recently={"s2-reflect-a"}, exclude=("any-reflect",)
    )
    assert got == {"s2-reflect-b", "s2-kind", "any-ground"}


def test_falls_back_to_universal_kinds_then_none() -> None:
    stage4_used = {"s4-inquiry", "any-reflect", "any-ground"}
    assert _pick_all(stage=4, latest_distress=1, used_recently=stage4_used) == {
        "s1-support",
        "s2-kind",
        "s1-ground",
    }
    everything = {p.id for p in PROMPTS}
    assert (
        choose_prompt(
            PROMPTS, stage=2, latest_distress=1, used_recently=everything, rng=random.Random(1)
        )
        is None
    )


def test_high_distress_falls_back_to_stage_prompts_when_gentle_ones_are_used() -> None:
    gentle = {p.id for p in PROMPTS if p.kind in {"grounding", "self-compassion"}}
    got = _pick_all(stage=4, latest_distress=8, used_recently=gentle)
    assert got == {"s4-inquiry", "any-reflect"}


def test_no_repeat_within_fourteen_days_with_the_journal(journal, clock: FakeClock) -> None:
    journal.record_prompt_use("s2-reflect-a")
    clock.advance(days=13, hours=23)
    used = journal.prompt_ids_used_since(guide.recent_since(clock.now()))
    assert used == {"s2-reflect-a"}
    assert "s2-reflect-a" not in _pick_all(stage=2, latest_distress=1, used_recently=used)
    clock.advance(hours=2)
    used = journal.prompt_ids_used_since(clock.now() - RECENT_PROMPT_WINDOW)
    assert used == set()
    assert "s2-reflect-a" in _pick_all(stage=2, latest_distress=1, used_recently=used)


def test_only_a_fresh_checkin_shapes_prompts(clock: FakeClock) -> None:
    checkin = CheckIn("x", clock.now(), 8)
    assert guide.fresh_checkin(None, clock.now()) is None
    assert guide.fresh_checkin(checkin, clock.advance(hours=23)) is checkin
    assert guide.fresh_checkin(checkin, clock.advance(hours=2)) is None


def test_the_choice_is_deterministic_for_a_seed() -> None:
    a = choose_prompt(
        reversed(PROMPTS), stage=2, latest_distress=0, used_recently=set(), rng=random.Random(5)
    )
    b = choose_prompt(
        PROMPTS, stage=2, latest_distress=0, used_recently=set(), rng=random.Random(5)
    )
    assert a == b


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"distress": 8}, None),
        ({"distress": 9}, CrisisReason.DISTRESS),
        ({"distress": 10}, CrisisReason.DISTRESS),
        ({"distress": 0, "phq2": 2, "gad2": 2}, None),
        ({"phq2": 3}, CrisisReason.PHQ2),
        ({"gad2": 6}, CrisisReason.GAD2),
        ({"distress": 2, "thoughts_of_ending_life": True}, CrisisReason.STATED),
        ({}, None),
    ],
)
def test_crisis_signal_thresholds(kwargs: dict[str, Any], expected: CrisisReason | None) -> None:
    assert crisis_signal(**kwargs) == expected


def test_crisis_reasons_lists_every_signal_most_urgent_first() -> None:
    assert crisis_reasons(distress=10, phq2=4, gad2=3, thoughts_of_ending_life=True) == [
        CrisisReason.STATED,
        CrisisReason.DISTRESS,
        CrisisReason.PHQ2,
        CrisisReason.GAD2,
    ]


def test_checkin_crisis_reads_a_stored_checkin(journal) -> None:
    assert guide.checkin_crisis(journal.add_checkin(4, phq2=1, gad2=2)) is None
    assert guide.checkin_crisis(journal.add_checkin(2, gad2=3)) is CrisisReason.GAD2


@pytest.mark.parametrize("meaning", [phq2_meaning, gad2_meaning])
def test_screen_meanings_are_plain_and_never_diagnose(meaning) -> None:
    low, high = meaning(2), meaning(3)
    assert not low.above_threshold
    assert high.above_threshold
    assert "not a diagnosis" in high.meaning
    assert "Support panel" in high.next_step
    for m in (low, high, meaning(0), meaning(6)):
        text = (m.meaning + m.next_step).lower()
        assert "!" not in text
        assert "you have depression" not in text
        assert "disorder" not in text
    with pytest.raises(ValueError, match="0 to 6"):
        meaning(7)


def test_weekly_questions_due_after_seven_days(clock: FakeClock) -> None:
    now = clock.now()

    def ci(days_ago: float, phq2: int | None) -> CheckIn:
        return CheckIn("x", now - timedelta(days=days_ago), 3, phq2=phq2)

    assert weekly_questions_due([], now)
    assert weekly_questions_due([ci(1, None)], now)
    assert not weekly_questions_due([ci(6.9, 1)], now)
    assert weekly_questions_due([ci(7.1, 1)], now)


def test_forgiveness_readiness() -> None:
    assert forgiveness_readiness(None) is Readiness.ASK_FIRST
    assert forgiveness_readiness(7) is Readiness.READY
    assert forgiveness_readiness(8) is Readiness.SUPPORT_FIRST
    assert forgiveness_readiness(10) is Readiness.SUPPORT_FIRST


@pytest.mark.parametrize(
    "text",
    [
        "I deserve to suffer for this.",
        "Honestly i really deserve to be punished",
        "I'll never forgive myself.",
        "I don’t deserve to be a doctor",
        "I keep punishing myself",
    ],
)
def test_guardrail_self_punishment(text: str) -> None:
    kinds = [n.kind for n in forgiveness_guardrails(text)]
    assert kinds == [GuardrailKind.SELF_PUNISHMENT]


@pytest.mark.parametrize(
    "text",
    [
        "It was not my fault.",
        "It wasn’t my fault at all",
        "It was entirely the nurse's fault",
        "all the system's fault",
        "I did nothing wrong",
        "None of it was on me.",
        "This had nothing to do with me",
    ],
)
def test_guardrail_blame_elsewhere(text: str) -> None:
    kinds = [n.kind for n in forgiveness_guardrails(text)]
    assert kinds == [GuardrailKind.BLAME_ELSEWHERE]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "It was my fault in part; the handover was rushed and the pump alarm was silenced.",
        "It wasn't only my fault, and it wasn't all my fault either.",
        "I feel I deserve some rest.",
        "I regret not calling the senior earlier.",
    ],
)
def test_guardrails_stay_quiet_for_honest_sizing(text: str) -> None:
    assert forgiveness_guardrails(text) == []


def test_guardrail_notes_are_gentle() -> None:
    notes = forgiveness_guardrails("I deserve to suffer. It was all their fault.")
    assert {n.kind for n in notes} == set(GuardrailKind)
    for note in notes:
        assert "!" not in note.text
        assert "peer supporter" in note.text


EXERCISE = FakeExercise(
    "demo",
    "A short pause",
    (FakeStep("a", "Name it"), FakeStep("b", "Others feel this"), FakeStep("c", "Be kind")),
)


def test_exercise_entry_has_a_heading_per_answered_step_in_order() -> None:
    title, body = exercise_entry(
        EXERCISE, {"c": "  Rest tonight.  ", "a": "This hurts.\nA lot.", "b": "   ", "zz": "old"}
    )
    assert title == "A short pause"
    assert body == "## Name it\n\nThis hurts.\nA lot.\n\n## Be kind\n\nRest tonight.\n"


def test_exercise_answers_round_trip() -> None:
    answers = {"a": "This hurts.\n\n## My own heading\nstill mine", "c": "Rest."}
    _, body = exercise_entry(EXERCISE, answers)
    assert guide.exercise_answers(EXERCISE, body) == answers
    assert guide.exercise_answers(EXERCISE, "no headings at all") == {}


def test_exercise_entry_with_nothing_answered_is_empty() -> None:
    assert exercise_entry(EXERCISE, {}) == ("A short pause", "")


def _event(stage: int | None) -> Event:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return Event("e", "t", date(2026, 1, 1), "", stage, EventStatus.ACTIVE, now, now)


def test_delete_needs_legal_caution_in_stage_four() -> None:
    assert not delete_needs_legal_caution(None)
    assert not delete_needs_legal_caution(_event(None))
    assert not delete_needs_legal_caution(_event(3))
    assert delete_needs_legal_caution(_event(4))
    past = [StageChange("e", 4, datetime(2026, 1, 2, tzinfo=UTC))]
    assert delete_needs_legal_caution(_event(5), past)


def test_stage_suggestions_are_rare_and_gentle() -> None:
    today = date(2026, 3, 2)
    first = suggest_stage(today, today)
    assert first is not None
    assert first.stage == 1
    assert suggest_stage(today - timedelta(days=1), today, current=1) is None
    assert suggest_stage(today - timedelta(days=30), today) is None
    back = suggest_stage(today - timedelta(days=30), today, triggered=True, current=5)
    assert back is not None
    assert back.stage == 2
    assert "not going backwards" in back.reason


def test_stage_spans_merge_repeats_and_mark_returns() -> None:
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    history = [
        StageChange("e", s, t0 + timedelta(days=d))
        for s, d in [(1, 0), (2, 1), (2, 3), (4, 10), (2, 20), (5, 30)]
    ]
    spans = stage_spans(history)
    assert [(s.stage, s.is_return) for s in spans] == [
        (1, False),
        (2, False),
        (4, False),
        (2, True),
        (5, False),
    ]
    assert spans[1].end == t0 + timedelta(days=10)
    assert spans[-1].end is None
    assert stage_spans([]) == []


def test_default_country() -> None:
    available = ["US", "GB", "INT"]
    assert default_country("gb", available) == "GB"
    assert default_country("FR", available) == "INT"
    assert default_country("", available) == "INT"
    assert default_country("US", available, saved="GB") == "GB"
    assert default_country("US", available, saved="XX") == "US"
