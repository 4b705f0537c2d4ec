"""Rules of the recovery guide, one module per idea.

- ``thresholds``: the numbers the rules turn on (distress, freshness, windows).
- ``prompts``: which prompts fit the stage, when to be gentle, when release is ready.
- ``safety``: crisis signals, screening meanings, legal caution, the support country.
- ``forgiveness``: readiness for self-forgiveness and the guardrails on it.
- ``exercises``: an exercise's answers as an entry, and back.
- ``stages``: stage suggestions (never assignments) and the journey as spans.
- ``shapes``: the structural types content's dataclasses satisfy.

Pure functions, no Qt, no storage: the UI asks these what to show and the journal
stores what the user chose. Thresholds come from CONTENT.md (and the research brief
behind it); the clock is always passed in, never read here.

The app may *suggest* a stage; it never assigns one. Nothing here diagnoses: the
screening helpers return a plain meaning and a next step, not a label. Everything
is re-exported here, so ``rules.choose_prompt`` reads as before.
"""

from reflect.core.guide.rules.exercises import (
    exercise_answers,
    exercise_entry,
)
from reflect.core.guide.rules.forgiveness import (
    BLAME_ELSEWHERE_NOTE,
    GUARDRAIL_TEXT_KEYS,
    SELF_PUNISHMENT_NOTE,
    GuardrailKind,
    GuardrailNote,
    Readiness,
    forgiveness_guardrails,
    forgiveness_readiness,
)
from reflect.core.guide.rules.prompts import (
    RELEASE,
    RESPONSIBILITY,
    choose_prompt,
    fits_stage,
    fresh_checkin,
    offerable,
    prompt_needs_legal_caution,
    readiness_checkin,
    recent_since,
    release_ready,
    wants_gentle,
)
from reflect.core.guide.rules.safety import (
    CrisisReason,
    ScoreMeaning,
    checkin_crisis,
    crisis_reasons,
    crisis_signal,
    default_country,
    delete_needs_legal_caution,
    gad2_meaning,
    phq2_meaning,
    weekly_questions_due,
)
from reflect.core.guide.rules.shapes import (
    ExerciseLike,
    PromptLike,
    StepLike,
)
from reflect.core.guide.rules.stages import (
    StageSpan,
    StageSuggestion,
    stage_spans,
    suggest_stage,
)
from reflect.core.guide.rules.thresholds import (
    CHECKIN_FRESH,
    CRISIS_DISTRESS,
    FORGIVENESS_SUPPORT_DISTRESS,
    GENTLE_KINDS,
    HIGH_DISTRESS,
    READINESS_FRESH,
    RECENT_PROMPT_WINDOW,
    SCREEN_POSITIVE,
    UNIVERSAL_KINDS,
    WEEKLY_INTERVAL,
)

__all__ = [
    "BLAME_ELSEWHERE_NOTE",
    "CHECKIN_FRESH",
    "CRISIS_DISTRESS",
    "FORGIVENESS_SUPPORT_DISTRESS",
    "GENTLE_KINDS",
    "GUARDRAIL_TEXT_KEYS",
    "HIGH_DISTRESS",
    "READINESS_FRESH",
    "RECENT_PROMPT_WINDOW",
    "RELEASE",
    "RESPONSIBILITY",
    "SCREEN_POSITIVE",
    "SELF_PUNISHMENT_NOTE",
    "UNIVERSAL_KINDS",
    "WEEKLY_INTERVAL",
    "CrisisReason",
    "ExerciseLike",
    "GuardrailKind",
    "GuardrailNote",
    "PromptLike",
    "Readiness",
    "ScoreMeaning",
    "StageSpan",
    "StageSuggestion",
    "StepLike",
    "checkin_crisis",
    "choose_prompt",
    "crisis_reasons",
    "crisis_signal",
    "default_country",
    "delete_needs_legal_caution",
    "exercise_answers",
    "exercise_entry",
    "fits_stage",
    "forgiveness_guardrails",
    "forgiveness_readiness",
    "fresh_checkin",
    "gad2_meaning",
    "offerable",
    "phq2_meaning",
    "prompt_needs_legal_caution",
    "readiness_checkin",
    "recent_since",
    "release_ready",
    "stage_spans",
    "suggest_stage",
    "wants_gentle",
    "weekly_questions_due",
]
