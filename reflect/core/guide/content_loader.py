"""Reading Reflect's guide content from TOML and checking it strictly.

The words live as TOML in ``resources/content/`` so that they can be read,
reviewed and corrected without touching code. This module reads them once,
checks them strictly and hands out the frozen objects of ``content``. A
malformed file is our bug, never the user's, so every problem raises
:class:`ContentError` naming the file and the item; the tests load the shipped
files, so such a bug cannot ship.

Long text fields are written wrapped in the TOML files. The loader unwraps
them: single line breaks become spaces, blank lines separate paragraphs
(``"\\n\\n"`` in the result), and a line starting with ``"- "`` stays on its own
line so short lists survive.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reflect.core.guide import content_i18n
from reflect.core.guide.content import (
    EXERCISE_IDS,
    INTERNATIONAL,
    PROMPT_KINDS,
    PROMPT_PHASES,
    STAGE_RANGE,
    SUPPORT_DIMENSIONS,
    SUPPORT_KINDS,
    TEXT_KEYS,
    CheckInWording,
    Content,
    ContentError,
    Exercise,
    ExerciseStep,
    Prompt,
    Stage,
    SupportLine,
)
from reflect.core.guide.content_checks import (
    Where,
    checked_id,
    exact_keys,
    normalised,
    tables,
    text,
    texts_list,
    unique,
)
from reflect.core.guide.content_sources import (
    ContentSource,
    FolderSource,
    ResourceSource,
    parse_toml,
)
from reflect.core.language import PSEUDO, pseudo
from reflect.core.language import SOURCE as SOURCE_LANGUAGE
from reflect.core.language import current as current_language

_STAGES_FILE = "stages.toml"
_EXERCISES_FILE = "exercises.toml"
_SUPPORT_FILE = "support.toml"
_TEXTS_FILE = "texts.toml"
_CHECKIN_FILE = "checkin.toml"
_PROMPT_FILE_PREFIX = "prompts"
_TEXT_KEY = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*\Z")
_COUNTRY = re.compile(r"[A-Z]{2}\Z")


def load_content(root: Path | None = None, language: str | None = None) -> Content:
    """Load and check the guide content.

    Args:
        root: a folder holding the content files, for tests. ``None`` (the app)
            reads the shipped ``content/`` resources once and caches the result.
        language: whose words (``reflect.core.language``; default: the current
            language). English fills in whatever a language does not translate.

    Raises:
        ContentError: a file is missing, is not valid TOML or breaks the schema.
    """
    language = language or current_language()
    if root is None:
        return _load_shipped(language)
    return _load(FolderSource(root), language)


@functools.cache
def _load_shipped(language: str) -> Content:
    return _load(ResourceSource(), language)


def _load(source: ContentSource, language: str = SOURCE_LANGUAGE) -> Content:
    def parse(name: str) -> dict[str, Any]:
        base = parse_toml(name, source.read(name))
        if language == SOURCE_LANGUAGE:
            return base
        if language == PSEUDO:
            return content_i18n.transformed(name, base, pseudo)
        text = source.read_optional(f"{language}/{name}")
        if text is None:
            return base
        return content_i18n.overlay(name, base, parse_toml(f"{language}/{name}", text))

    prompt_files = [n for n in source.names() if n.startswith(_PROMPT_FILE_PREFIX)]
    if not prompt_files:
        raise ContentError("prompts*.toml: no prompt files found")
    prompts: list[Prompt] = []
    for name in prompt_files:
        prompts.extend(_prompts(parse(name), Where(name)))
    _check_prompts_unique(prompts, prompt_files)
    support_lines, country_names = _support(parse(_SUPPORT_FILE), Where(_SUPPORT_FILE))
    return Content(
        stages=_stages(parse(_STAGES_FILE), Where(_STAGES_FILE)),
        prompts=tuple(prompts),
        exercises=_exercises(parse(_EXERCISES_FILE), Where(_EXERCISES_FILE)),
        support_lines=support_lines,
        texts=_texts(parse(_TEXTS_FILE), Where(_TEXTS_FILE)),
        checkin=_with_screen(
            _checkin(parse(_CHECKIN_FILE), Where(_CHECKIN_FILE)),
            _screen_validated(source, language),
        ),
        country_names=country_names,
    )


def _screen_validated(source: ContentSource, language: str) -> bool:
    """English (the instruments' own wording) and the pseudo language (a test) show the
    PHQ-2/GAD-2; another language only with a validated published translation."""
    if language in (SOURCE_LANGUAGE, PSEUDO):
        return True
    text = source.read_optional(f"{language}/{_CHECKIN_FILE}")
    layer = parse_toml(f"{language}/{_CHECKIN_FILE}", text) if text is not None else None
    return content_i18n.has_validated_instruments(layer)


def _with_screen(wording: CheckInWording, validated: bool) -> CheckInWording:
    return wording if validated else dataclasses.replace(wording, validated_screen=False)


# --- the files ----------------------------------------------------------------


def _stages(data: Mapping[str, Any], where: Where) -> tuple[Stage, ...]:
    exact_keys(data, where, ("stage",))
    stages = []
    for table in tables(data, "stage", where):
        number = table.get("number")
        here = where.at(f"stage {number!r}")
        if type(number) is not int or number not in STAGE_RANGE:
            raise here.fail("number must be 1..6")
        exact_keys(
            table,
            here,
            ("number", "name", "summary", "description", "common_thoughts", "what_helps", "note"),
        )
        stages.append(
            Stage(
                number=number,
                name=text(table, "name", here),
                summary=text(table, "summary", here),
                description=text(table, "description", here),
                common_thoughts=texts_list(table, "common_thoughts", here),
                what_helps=texts_list(table, "what_helps", here),
                note=text(table, "note", here),
            )
        )
    unique([f"stage {s.number}" for s in stages], where, "stage")
    if sorted(s.number for s in stages) != list(STAGE_RANGE):
        raise where.fail("there must be exactly the six stages 1..6")
    return tuple(sorted(stages, key=lambda s: s.number))


def _prompts(data: Mapping[str, Any], where: Where) -> list[Prompt]:
    exact_keys(data, where, ("prompt",))
    prompts = []
    for index, table in enumerate(tables(data, "prompt", where), start=1):
        here = where.at(str(table.get("id", f"prompt #{index}")))
        keys = ("id", "text", "stages", "kind", "source")
        exact_keys(table, here, (*keys, "phase") if "phase" in table else keys)
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
                id=checked_id(table, here),
                text=text(table, "text", here),
                stages=tuple(sorted(stages)),
                kind=kind,
                source=text(table, "source", here),
                phase=phase,
            )
        )
    return prompts


def _check_prompts_unique(prompts: list[Prompt], files: list[str]) -> None:
    where = Where(", ".join(files))
    unique([p.id for p in prompts], where, "prompt id")
    texts: dict[str, str] = {}
    for prompt in prompts:
        key = normalised(prompt.text)
        if key in texts:
            raise where.at(prompt.id).fail(f"same text as {texts[key]}")
        texts[key] = prompt.id


def _exercises(data: Mapping[str, Any], where: Where) -> tuple[Exercise, ...]:
    exact_keys(data, where, ("exercise",))
    exercises = []
    for index, table in enumerate(tables(data, "exercise", where), start=1):
        here = where.at(str(table.get("id", f"exercise #{index}")))
        exact_keys(table, here, ("id", "title", "summary", "source", "step"))
        steps = []
        for step_index, step in enumerate(tables(table, "step", here), start=1):
            step_here = where.at(f"{table.get('id')}/{step.get('id', f'step #{step_index}')}")
            exact_keys(step, step_here, ("id", "title", "guidance", "questions"))
            steps.append(
                ExerciseStep(
                    id=checked_id(step, step_here),
                    title=text(step, "title", step_here),
                    guidance=text(step, "guidance", step_here),
                    questions=texts_list(step, "questions", step_here),
                )
            )
        exercise_id = checked_id(table, here)
        unique([s.id for s in steps], where.at(exercise_id), "step id")
        exercises.append(
            Exercise(
                id=exercise_id,
                title=text(table, "title", here),
                summary=text(table, "summary", here),
                source=text(table, "source", here),
                steps=tuple(steps),
            )
        )
    unique([e.id for e in exercises], where, "exercise id")
    missing = [e for e in EXERCISE_IDS if e not in {x.id for x in exercises}]
    if missing:
        raise where.fail(f"missing exercise(s) {', '.join(missing)}")
    return tuple(exercises)


def _date(table: Mapping[str, Any], key: str, where: Where) -> date:
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
    data: Mapping[str, Any], where: Where
) -> tuple[tuple[SupportLine, ...], Mapping[str, str]]:
    exact_keys(data, where, ("countries", "line"))
    names = data["countries"]
    if not isinstance(names, dict) or not all(isinstance(v, str) and v for v in names.values()):
        raise where.at("countries").fail("must map country codes to names")
    for code in names:
        if code != INTERNATIONAL and not _COUNTRY.match(code):
            raise where.at("countries").fail(f"{code!r} is not a two-letter country code")
    if INTERNATIONAL not in names:
        raise where.at("countries").fail(f"{INTERNATIONAL} needs a display name")
    lines = []
    for index, table in enumerate(tables(data, "line", where), start=1):
        here = where.at(str(table.get("id", f"line #{index}")))
        exact_keys(
            table, here, ("id", "country", "name", "contact", "hours", "notes", "checked", "kind")
        )
        country, kind = table["country"], table["kind"]
        if country not in names:
            raise here.fail(f"country {country!r} is not listed under [countries]")
        if kind not in SUPPORT_KINDS:
            raise here.fail(f"unknown kind {kind!r}")
        lines.append(
            SupportLine(
                id=checked_id(table, here),
                country=country,
                name=text(table, "name", here),
                contact=text(table, "contact", here),
                hours=text(table, "hours", here),
                notes=text(table, "notes", here, empty_ok=True),
                checked=_date(table, "checked", here),
                kind=kind,
            )
        )
    unique([s.id for s in lines], where, "line id")
    for code in names:
        if not any(s.country == code for s in lines):
            raise where.at("countries").fail(f"{code} has no lines")
    return tuple(lines), MappingProxyType(dict(names))


def _texts(data: Mapping[str, Any], where: Where) -> Mapping[str, str]:
    result = {}
    for key in data:
        if not _TEXT_KEY.match(key):
            raise where.at(key).fail("text keys are lower_case_with_underscores")
        result[key] = text(data, key, where.at(key))
    missing = [k for k in TEXT_KEYS if k not in result]
    if missing:
        raise where.fail(f"missing text(s) {', '.join(missing)}")
    return MappingProxyType(result)


def _pair(table: Mapping[str, Any], key: str, where: Where) -> tuple[str, str]:
    first, second = texts_list(table, key, where, count=2)
    return first, second


def _checkin(data: Mapping[str, Any], where: Where) -> CheckInWording:
    exact_keys(
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
            "support_short_names",
            "screen_threshold_note",
        ),
    )
    distress = data["distress_labels"]
    if not isinstance(distress, dict) or sorted(distress) != sorted(str(n) for n in range(11)):
        raise where.at("distress_labels").fail('needs exactly the keys "0" .. "10"')
    dimensions = data["support_dimensions"]
    if not isinstance(dimensions, dict):
        raise where.at("support_dimensions").fail("must be a table")
    exact_keys(dimensions, where.at("support_dimensions"), SUPPORT_DIMENSIONS)
    short = data["support_short_names"]
    if not isinstance(short, dict):
        raise where.at("support_short_names").fail("must be a table")
    exact_keys(short, where.at("support_short_names"), SUPPORT_DIMENSIONS)
    first, second, third, fourth = texts_list(data, "frequency_options", where, count=4)
    return CheckInWording(
        distress_labels=MappingProxyType(
            {n: text(distress, str(n), where.at("distress_labels")) for n in range(11)}
        ),
        sleep_labels=texts_list(data, "sleep_labels", where, count=5),
        phq2_items=_pair(data, "phq2_items", where),
        gad2_items=_pair(data, "gad2_items", where),
        frequency_options=(first, second, third, fourth),
        phq_attribution=text(data, "phq_attribution", where),
        support_dimensions=MappingProxyType(
            {k: text(dimensions, k, where.at("support_dimensions")) for k in SUPPORT_DIMENSIONS}
        ),
        support_labels=texts_list(data, "support_labels", where, count=5),
        support_short_names=MappingProxyType(
            {k: text(short, k, where.at("support_short_names")) for k in SUPPORT_DIMENSIONS}
        ),
        screen_threshold_note=text(data, "screen_threshold_note", where),
    )
