"""Reflect's guide content: stages, prompts, exercises, support lines and texts.

The words live as TOML in ``resources/content/`` so that they can be read,
reviewed and corrected without touching code. This module reads them once,
checks them strictly and hands out frozen objects. A malformed file is our bug,
never the user's, so every problem raises :class:`ContentError` naming the file
and the item; the tests load the shipped files, so such a bug cannot ship.

Long text fields are written wrapped in the TOML files. The loader unwraps
them: single line breaks become spaces, blank lines separate paragraphs
(``"\\n\\n"`` in the result), and a line starting with ``"- "`` stays on its own
line so short lists survive.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reflect.core import resources
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

_STAGES_FILE = "stages.toml"
_EXERCISES_FILE = "exercises.toml"
_SUPPORT_FILE = "support.toml"
_TEXTS_FILE = "texts.toml"
_CHECKIN_FILE = "checkin.toml"
_PROMPT_FILE_PREFIX = "prompts"
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_TEXT_KEY = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*\Z")
_COUNTRY = re.compile(r"[A-Z]{2}\Z")


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


def load_content(root: Path | None = None) -> Content:
    """Load and check the guide content.

    Args:
        root: a folder holding the content files, for tests. ``None`` (the app)
            reads the shipped ``content/`` resources once and caches the result.

    Raises:
        ContentError: a file is missing, is not valid TOML or breaks the schema.
    """
    if root is None:
        return _load_shipped()
    return _load(_FolderSource(root))


@functools.cache
def _load_shipped() -> Content:
    return _load(_ResourceSource())


# --- where the files come from ----------------------------------------------


class _ResourceSource:
    def names(self) -> list[str]:
        return [n.removeprefix("content/") for n in resources.names("content", ".toml")]

    def read(self, name: str) -> str:
        try:
            return resources.read_text(f"content/{name}")
        except resources.ResourceMissing as exc:
            raise ContentError(f"{name}: the file is missing") from exc


class _FolderSource:
    def __init__(self, root: Path) -> None:
        self._root = root

    def names(self) -> list[str]:
        return sorted(p.name for p in self._root.glob("*.toml"))

    def read(self, name: str) -> str:
        try:
            return (self._root / name).read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ContentError(f"{name}: the file is missing") from exc


def _load(source: _ResourceSource | _FolderSource) -> Content:
    def parse(name: str) -> dict[str, Any]:
        try:
            return tomllib.loads(source.read(name))
        except tomllib.TOMLDecodeError as exc:
            raise ContentError(f"{name}: not valid TOML ({exc})") from exc

    prompt_files = [n for n in source.names() if n.startswith(_PROMPT_FILE_PREFIX)]
    if not prompt_files:
        raise ContentError("prompts*.toml: no prompt files found")
    prompts: list[Prompt] = []
    for name in prompt_files:
        prompts.extend(_prompts(parse(name), _Where(name)))
    _check_prompts_unique(prompts, prompt_files)
    support_lines, country_names = _support(parse(_SUPPORT_FILE), _Where(_SUPPORT_FILE))
    return Content(
        stages=_stages(parse(_STAGES_FILE), _Where(_STAGES_FILE)),
        prompts=tuple(prompts),
        exercises=_exercises(parse(_EXERCISES_FILE), _Where(_EXERCISES_FILE)),
        support_lines=support_lines,
        texts=_texts(parse(_TEXTS_FILE), _Where(_TEXTS_FILE)),
        checkin=_checkin(parse(_CHECKIN_FILE), _Where(_CHECKIN_FILE)),
        country_names=country_names,
    )


# --- checking helpers ---------------------------------------------------------


@dataclass(frozen=True)
class _Where:
    """File and item, so that every error says exactly where to look."""

    file: str
    item: str = ""

    def at(self, item: str) -> _Where:
        return _Where(self.file, item)

    def fail(self, problem: str) -> ContentError:
        place = f"{self.file}: {self.item}" if self.item else self.file
        return ContentError(f"{place}: {problem}")


def _exact_keys(table: Mapping[str, Any], where: _Where, required: tuple[str, ...]) -> None:
    missing = [k for k in required if k not in table]
    if missing:
        raise where.fail(f"missing field(s) {', '.join(missing)}")
    unknown = sorted(set(table) - set(required))
    if unknown:
        raise where.fail(f"unknown field(s) {', '.join(unknown)}")


def _prose(value: str) -> str:
    """Unwrap text written wrapped in TOML (see the module docstring)."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", value.strip()):
        lines: list[str] = []
        for raw in block.splitlines():
            line = " ".join(raw.split())
            if not line:
                continue
            if lines and not line.startswith("- "):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(p for p in paragraphs if p)


def _text(table: Mapping[str, Any], key: str, where: _Where, *, empty_ok: bool = False) -> str:
    value = table.get(key)
    if not isinstance(value, str):
        raise where.fail(f"{key} must be text")
    result = _prose(value)
    if not result and not empty_ok:
        raise where.fail(f"{key} is empty")
    return result


def _texts_list(
    table: Mapping[str, Any], key: str, where: _Where, *, count: int | None = None
) -> tuple[str, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise where.fail(f"{key} must be a list of non-empty texts")
    if count is not None and len(value) != count:
        raise where.fail(f"{key} must have exactly {count} items, not {len(value)}")
    if not value:
        raise where.fail(f"{key} is empty")
    return tuple(_prose(v) for v in value)


def _id(table: Mapping[str, Any], where: _Where) -> str:
    value = table.get("id")
    if not isinstance(value, str) or not _ID.match(value):
        raise where.fail(f"id {value!r} must be lower-case words joined by '-'")
    return value


def _tables(data: Mapping[str, Any], key: str, where: _Where) -> list[dict[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        raise where.fail(f"expected one or more [[{key}]] tables")
    return value


def _unique(ids: list[str], where: _Where, what: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            label = f"{where.item}/{item}" if where.item else item
            raise where.at(label).fail(f"duplicate {what}")
        seen.add(item)


def normalised(text: str) -> str:
    """Text folded for duplicate checks: case, spacing and end punctuation ignored."""
    return " ".join(text.casefold().split()).rstrip(".?:;, ")


# --- the files ----------------------------------------------------------------


def _stages(data: Mapping[str, Any], where: _Where) -> tuple[Stage, ...]:
    _exact_keys(data, where, ("stage",))
    stages = []
    for table in _tables(data, "stage", where):
        number = table.get("number")
        here = where.at(f"stage {number!r}")
        if type(number) is not int or number not in STAGE_RANGE:
            raise here.fail("number must be 1..6")
        _exact_keys(
            table,
            here,
            ("number", "name", "summary", "description", "common_thoughts", "what_helps", "note"),
        )
        stages.append(
            Stage(
                number=number,
                name=_text(table, "name", here),
                summary=_text(table, "summary", here),
                description=_text(table, "description", here),
                common_thoughts=_texts_list(table, "common_thoughts", here),
                what_helps=_texts_list(table, "what_helps", here),
                note=_text(table, "note", here),
            )
        )
    _unique([f"stage {s.number}" for s in stages], where, "stage")
    if sorted(s.number for s in stages) != list(STAGE_RANGE):
        raise where.fail("there must be exactly the six stages 1..6")
    return tuple(sorted(stages, key=lambda s: s.number))


def _prompts(data: Mapping[str, Any], where: _Where) -> list[Prompt]:
    _exact_keys(data, where, ("prompt",))
    prompts = []
    for index, table in enumerate(_tables(data, "prompt", where), start=1):
        here = where.at(str(table.get("id", f"prompt #{index}")))
        keys = ("id", "text", "stages", "kind", "source")
        _exact_keys(table, here, (*keys, "phase") if "phase" in table else keys)
        phase = table.get("phase", "")
        if phase not in PROMPT_PHASES:
            raise here.fail(f"unknown phase {phase!r}")
        stages = table["stages"]
        if not isinstance(stages, list) or any(
            type(s) is not int or s not in STAGE_RANGE for s in stages
        ):
            raise here.fail(f"stages must list numbers 1..6, not {stages!r}")
        if len(set(stages)) != len(stages):
            raise here.fail("stages lists a stage twice")
        kind = table["kind"]
        if kind not in PROMPT_KINDS:
            raise here.fail(f"unknown kind {kind!r}")
        prompts.append(
            Prompt(
                id=_id(table, here),
                text=_text(table, "text", here),
                stages=tuple(sorted(stages)),
                kind=kind,
                source=_text(table, "source", here),
                phase=phase,
            )
        )
    return prompts


def _check_prompts_unique(prompts: list[Prompt], files: list[str]) -> None:
    where = _Where(", ".join(files))
    _unique([p.id for p in prompts], where, "prompt id")
    texts: dict[str, str] = {}
    for prompt in prompts:
        key = normalised(prompt.text)
        if key in texts:
            raise where.at(prompt.id).fail(f"same text as {texts[key]}")
        texts[key] = prompt.id


def _exercises(data: Mapping[str, Any], where: _Where) -> tuple[Exercise, ...]:
    _exact_keys(data, where, ("exercise",))
    exercises = []
    for index, table in enumerate(_tables(data, "exercise", where), start=1):
        here = where.at(str(table.get("id", f"exercise #{index}")))
        _exact_keys(table, here, ("id", "title", "summary", "source", "step"))
        steps = []
        for step_index, step in enumerate(_tables(table, "step", here), start=1):
            step_here = where.at(f"{table.get('id')}/{step.get('id', f'step #{step_index}')}")
            _exact_keys(step, step_here, ("id", "title", "guidance", "questions"))
            steps.append(
                ExerciseStep(
                    id=_id(step, step_here),
                    title=_text(step, "title", step_here),
                    guidance=_text(step, "guidance", step_here),
                    questions=_texts_list(step, "questions", step_here),
                )
            )
        exercise_id = _id(table, here)
        _unique([s.id for s in steps], where.at(exercise_id), "step id")
        exercises.append(
            Exercise(
                id=exercise_id,
                title=_text(table, "title", here),
                summary=_text(table, "summary", here),
                source=_text(table, "source", here),
                steps=tuple(steps),
            )
        )
    _unique([e.id for e in exercises], where, "exercise id")
    missing = [e for e in EXERCISE_IDS if e not in {x.id for x in exercises}]
    if missing:
        raise where.fail(f"missing exercise(s) {', '.join(missing)}")
    return tuple(exercises)


def _date(table: Mapping[str, Any], key: str, where: _Where) -> date:
    value = table.get(key)
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError as exc:
            raise where.fail(f"{key} {value!r} is not a date (YYYY-MM-DD)") from exc
    # datetime is a date subclass; a time of day here is a typo, not more precision.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise where.fail(f"{key} must be a date (YYYY-MM-DD)")
    return value


def _support(
    data: Mapping[str, Any], where: _Where
) -> tuple[tuple[SupportLine, ...], Mapping[str, str]]:
    _exact_keys(data, where, ("countries", "line"))
    names = data["countries"]
    if not isinstance(names, dict) or not all(isinstance(v, str) and v for v in names.values()):
        raise where.at("countries").fail("must map country codes to names")
    for code in names:
        if code != INTERNATIONAL and not _COUNTRY.match(code):
            raise where.at("countries").fail(f"{code!r} is not a two-letter country code")
    if INTERNATIONAL not in names:
        raise where.at("countries").fail(f"{INTERNATIONAL} needs a display name")
    lines = []
    for index, table in enumerate(_tables(data, "line", where), start=1):
        here = where.at(str(table.get("id", f"line #{index}")))
        _exact_keys(
            table, here, ("id", "country", "name", "contact", "hours", "notes", "checked", "kind")
        )
        country, kind = table["country"], table["kind"]
        if country not in names:
            raise here.fail(f"country {country!r} is not listed under [countries]")
        if kind not in SUPPORT_KINDS:
            raise here.fail(f"unknown kind {kind!r}")
        lines.append(
            SupportLine(
                id=_id(table, here),
                country=country,
                name=_text(table, "name", here),
                contact=_text(table, "contact", here),
                hours=_text(table, "hours", here),
                notes=_text(table, "notes", here, empty_ok=True),
                checked=_date(table, "checked", here),
                kind=kind,
            )
        )
    _unique([s.id for s in lines], where, "line id")
    for code in names:
        if not any(s.country == code for s in lines):
            raise where.at("countries").fail(f"{code} has no lines")
    return tuple(lines), MappingProxyType(dict(names))


def _texts(data: Mapping[str, Any], where: _Where) -> Mapping[str, str]:
    result = {}
    for key in data:
        if not _TEXT_KEY.match(key):
            raise where.at(key).fail("text keys are lower_case_with_underscores")
        result[key] = _text(data, key, where.at(key))
    missing = [k for k in TEXT_KEYS if k not in result]
    if missing:
        raise where.fail(f"missing text(s) {', '.join(missing)}")
    return MappingProxyType(result)


def _pair(table: Mapping[str, Any], key: str, where: _Where) -> tuple[str, str]:
    first, second = _texts_list(table, key, where, count=2)
    return first, second


def _checkin(data: Mapping[str, Any], where: _Where) -> CheckInWording:
    _exact_keys(
        data,
        where,
        (
            "distress_labels",
            "sleep_labels",
            "phq2_items",
            "gad2_items",
            "frequency_options",
            "phq_attribution",
            "support_dimensions",
            "support_labels",
        ),
    )
    distress = data["distress_labels"]
    if not isinstance(distress, dict) or sorted(distress) != sorted(str(n) for n in range(11)):
        raise where.at("distress_labels").fail('needs exactly the keys "0" .. "10"')
    dimensions = data["support_dimensions"]
    if not isinstance(dimensions, dict):
        raise where.at("support_dimensions").fail("must be a table")
    _exact_keys(dimensions, where.at("support_dimensions"), SUPPORT_DIMENSIONS)
    first, second, third, fourth = _texts_list(data, "frequency_options", where, count=4)
    return CheckInWording(
        distress_labels=MappingProxyType(
            {n: _text(distress, str(n), where.at("distress_labels")) for n in range(11)}
        ),
        sleep_labels=_texts_list(data, "sleep_labels", where, count=5),
        phq2_items=_pair(data, "phq2_items", where),
        gad2_items=_pair(data, "gad2_items", where),
        frequency_options=(first, second, third, fourth),
        phq_attribution=_text(data, "phq_attribution", where),
        support_dimensions=MappingProxyType(
            {k: _text(dimensions, k, where.at("support_dimensions")) for k in SUPPORT_DIMENSIONS}
        ),
        support_labels=_texts_list(data, "support_labels", where, count=5),
    )
