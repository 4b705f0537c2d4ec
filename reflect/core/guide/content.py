"""Reflect's guide content: stages, prompts, exercises, support lines and texts.

This module is the model: the frozen objects the rest of Reflect reads, and
the fixed vocabularies (stages, prompt kinds, exercise ids, text keys).
``content_loader`` reads the TOML in ``resources/content/`` and checks it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reflect.core.errors import BugError

PROMPT_KINDS = (
    "grounding",
    "reflection",
    "self-compassion",
    "self-forgiveness",
    "systems",
    "inquisition",
    "growth",
    "support",
)
STAGE_RANGE = range(1, 7)
PROMPT_PHASES = ("", "responsibility", "release")
SUPPORT_KINDS = ("crisis", "peer", "emergency", "directory")
EXERCISE_IDS = (
    "self-forgiveness",
    "self-compassion-pause",
    "reflection",
    "colleague-letter",
    "review-preparation",
    "trigger-plan",
    "safety-plan",
)
TEXT_KEYS = (
    "welcome",
    "privacy_promise",
    "cannot_send_help",
    "legal_caution",
    "legal_caution_delete",
    "second_victim_term",
    "scope",
    "crisis_intro",
    "stage_map_intro",
    "triggered_intro",
    "identifier_warning",
    "normal_reactions",
    "when_to_get_help",
    "crisis_choice",
    "self_forgiveness_not_ready",
    "self_forgiveness_note_elsewhere",
    "self_forgiveness_note_punishment",
    "checkin_intro",
    "checkin_distress_question",
    "checkin_sleep_question",
    "checkin_triggered_question",
    "checkin_high_distress",
    "weekly_intro",
    "weekly_stem",
    "weekly_screen_positive",
    "weekly_screen_low",
    "support_intro",
    "trends_note",
    "safety_plan_intro",
)
SUPPORT_DIMENSIONS = ("colleagues", "supervisor", "institution", "outside_work", "confidence")
INTERNATIONAL = "INT"


class ContentError(BugError):
    """A shipped content file is malformed: our mistake, caught by the tests."""


class UnknownContent(BugError, LookupError):
    """A stage, prompt or exercise that the content does not have was asked for."""


@dataclass(frozen=True)
class Stage:
    """One of Scott et al.'s (2009) six stages, described as a place on a map."""

    number: int
    name: str
    summary: str
    description: str
    common_thoughts: tuple[str, ...]
    what_helps: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Prompt:
    """A writing prompt. ``stages`` is empty when it suits any stage."""

    id: str
    text: str
    stages: tuple[int, ...]
    kind: str
    source: str
    # "" for most; "responsibility" or "release" for the self-forgiveness prompts
    # whose order matters (see reflect.core.guide.rules.release_ready).
    phase: str = ""


@dataclass(frozen=True)
class ExerciseStep:
    """One step of a guided exercise: a title, a calm sentence or two, questions."""

    id: str
    title: str
    guidance: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Exercise:
    """A guided, multi-step exercise whose answers become one structured entry."""

    id: str
    title: str
    summary: str
    source: str
    steps: tuple[ExerciseStep, ...]


@dataclass(frozen=True)
class SupportLine:
    """A crisis, peer-support or emergency line, or a directory of lines.

    ``country`` is an ISO 3166 alpha-2 code or ``"INT"``; ``checked`` is the day
    the number and hours were last confirmed against the service's own pages.
    """

    id: str
    country: str
    name: str
    contact: str
    hours: str
    notes: str
    checked: date
    kind: str


@dataclass(frozen=True)
class CheckInWording:
    """The words of the daily and weekly check-ins.

    ``distress_labels`` maps 0..10 to a short label; ``sleep_labels`` are for
    0 (very poor) .. 4 (very good); ``frequency_options`` are the PHQ/GAD answers
    scored 0..3; ``support_labels`` name the 0..4 support self-ratings.
    """

    distress_labels: Mapping[int, str]
    sleep_labels: tuple[str, ...]
    phq2_items: tuple[str, str]
    gad2_items: tuple[str, str]
    frequency_options: tuple[str, str, str, str]
    phq_attribution: str
    support_dimensions: Mapping[str, str]
    support_labels: tuple[str, ...] = ()
    support_short_names: Mapping[str, str] = field(default_factory=dict)
    screen_threshold_note: str = ""
    # False in a language without a validated published PHQ-2/GAD-2 translation:
    # the check-in then leaves those questions out and says why.
    validated_screen: bool = True


@dataclass(frozen=True)
class Content:
    """Everything the guide says, checked and ready to show."""

    stages: tuple[Stage, ...]
    prompts: tuple[Prompt, ...]
    exercises: tuple[Exercise, ...]
    support_lines: tuple[SupportLine, ...]
    texts: Mapping[str, str]
    checkin: CheckInWording
    country_names: Mapping[str, str]

    def stage(self, n: int) -> Stage:
        """The stage numbered ``n`` (1..6)."""
        for stage in self.stages:
            if stage.number == n:
                return stage
        raise UnknownContent(f"There is no stage {n}.")

    def prompt(self, id: str) -> Prompt:
        """The prompt with this id; raises UnknownContent (a prompt may have been retired)."""
        for prompt in self.prompts:
            if prompt.id == id:
                return prompt
        raise UnknownContent(f"There is no prompt {id!r}.")

    def exercise(self, id: str) -> Exercise:
        """The exercise with this id (see ``EXERCISE_IDS``)."""
        for exercise in self.exercises:
            if exercise.id == id:
                return exercise
        raise UnknownContent(f"There is no exercise {id!r}.")

    def prompts_for(self, *, stage: int | None = None, kind: str | None = None) -> list[Prompt]:
        """Prompts that fit ``stage`` (its own and the any-stage ones) and ``kind``, in order."""
        if stage is not None and stage not in STAGE_RANGE:
            raise ValueError(f"stage must be 1..6, not {stage}")
        if kind is not None and kind not in PROMPT_KINDS:
            raise ValueError(f"unknown prompt kind {kind!r}")
        return [
            p
            for p in self.prompts
            if (stage is None or not p.stages or stage in p.stages)
            and (kind is None or p.kind == kind)
        ]

    def lines_for(self, country: str) -> list[SupportLine]:
        """That country's lines in file order, then the international directory."""
        code = country.upper()
        own = [] if code == INTERNATIONAL else [s for s in self.support_lines if s.country == code]
        return own + [s for s in self.support_lines if s.country == INTERNATIONAL]

    def emergency_line(self, country: str) -> SupportLine | None:
        """The line to call in immediate danger: the country's first "emergency" line.

        ``None`` for "INT" and for a country without one: the caller then says
        plainly to call the local emergency number.
        """
        code = country.upper()
        for line in self.support_lines:
            if line.country == code and line.kind == "emergency":
                return line
        return None

    def countries(self) -> list[tuple[str, str]]:
        """(code, display name) of every country with lines, by name; "INT" comes last."""
        named = sorted(
            ((c, n) for c, n in self.country_names.items() if c != INTERNATIONAL),
            key=lambda item: item[1].casefold(),
        )
        return [*named, (INTERNATIONAL, self.country_names[INTERNATIONAL])]


def load_content(root: Path | None = None, language: str | None = None) -> Content:
    """Load and check the guide content (see ``content_loader.load_content``).

    Raises:
        ContentError: a file is missing, is not valid TOML or breaks the schema.
    """
    from reflect.core.guide import content_loader

    return content_loader.load_content(root, language)
