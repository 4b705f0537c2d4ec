"""The guide content: the shipped TOML loads, says enough, and says it safely.

The loader's strictness is tested by copying the shipped files into a temporary
folder, breaking one thing, and checking that the error names the file and item.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path

import pytest

from reflect.core import resources
from reflect.core.errors import BugError
from reflect.core.guide.content import (
    EXERCISE_IDS,
    PROMPT_KINDS,
    TEXT_KEYS,
    Content,
    ContentError,
    UnknownContent,
    load_content,
)

KIND_MINIMUMS = {
    "self-forgiveness": 15,
    "self-compassion": 10,
    "systems": 10,
    "inquisition": 10,
    "growth": 10,
    "grounding": 8,
}
SELF_FORGIVENESS_ORDER = [
    "readiness",
    "responsibility",
    "remorse",
    "restoration",
    "rumination",
    "release",
    "renewal",
]


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def _strings(value: object) -> Iterator[str]:
    """Every string inside the content objects, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".?!:;, ")


# --- the shipped content ------------------------------------------------------


def test_every_shipped_file_loads_and_is_used(content: Content) -> None:
    shipped = {name.removeprefix("content/") for name in resources.names("content", ".toml")}
    expected = {"stages.toml", "exercises.toml", "support.toml", "texts.toml", "checkin.toml"}
    assert expected <= shipped
    assert all(n in expected or n.startswith("prompts") for n in shipped), shipped
    assert [s.number for s in content.stages] == [1, 2, 3, 4, 5, 6]
    assert load_content() is load_content()  # read once, then cached


def test_stages_are_complete_and_plain(content: Content) -> None:
    for stage in content.stages:
        assert stage.name and stage.summary and stage.description and stage.note
        assert len(stage.common_thoughts) >= 3
        assert len(stage.what_helps) >= 3
        # Wrapped TOML is unwrapped: no stray line breaks inside a sentence.
        assert "\n" not in stage.summary
        assert "\n" not in stage.description.replace("\n\n", " ")
    assert "legal" in content.stage(4).note.casefold()
    assert "not failure" in content.stage(6).note.casefold()
    assert len(content.stage(6).what_helps) == 8  # Plews-Ogan's eight themes
    assert "will not ask" in content.stage(1).note  # stage 1 does not push a retelling


def test_prompt_ids_are_unique(content: Content) -> None:
    ids = Counter(p.id for p in content.prompts)
    assert [i for i, n in ids.items() if n > 1] == []


def test_every_stage_has_at_least_twelve_prompts_of_its_own(content: Content) -> None:
    per_stage = {n: sum(n in p.stages for p in content.prompts) for n in range(1, 7)}
    assert all(count >= 12 for count in per_stage.values()), per_stage


def test_each_kind_has_enough_prompts(content: Content) -> None:
    per_kind = Counter(p.kind for p in content.prompts)
    assert set(per_kind) <= set(PROMPT_KINDS)
    short = {k: per_kind[k] for k, need in KIND_MINIMUMS.items() if per_kind[k] < need}
    assert short == {}


def test_every_prompt_names_its_source(content: Content) -> None:
    assert [p.id for p in content.prompts if not p.source.strip()] == []


def test_no_two_prompts_say_the_same_thing(content: Content) -> None:
    texts = Counter(_fold(p.text) for p in content.prompts)
    assert [t for t, n in texts.items() if n > 1] == []


def test_stage_one_asks_for_almost_nothing(content: Content) -> None:
    early = content.prompts_for(stage=1)
    assert len(early) >= 12
    assert all(len(p.text) <= 100 for p in early), [p.id for p in early if len(p.text) > 100]
    assert {p.kind for p in early} <= {"grounding", "support", "self-compassion", "reflection"}


def test_prompts_never_ask_for_patient_details_or_a_chronology(content: Content) -> None:
    banned = (
        "date of birth",
        "patient's name",
        "mrn",
        "medical record number",
        "timeline",
        "step by step",
        "exactly what happened",
        "describe what happened",
    )
    for prompt in content.prompts:
        text = prompt.text.casefold()
        assert not any(b in text for b in banned), prompt.id


def test_prompts_for_filters_by_stage_and_kind(content: Content) -> None:
    growth = content.prompts_for(stage=6, kind="growth")
    assert growth
    assert all(p.kind == "growth" and 6 in p.stages for p in growth)
    assert content.prompts_for(stage=1, kind="inquisition") == []
    assert len(content.prompts_for()) == len(content.prompts)
    with pytest.raises(ValueError, match="stage"):
        content.prompts_for(stage=7)
    with pytest.raises(ValueError, match="kind"):
        content.prompts_for(kind="chronology")


def test_lookups_and_unknown_ids(content: Content) -> None:
    assert content.prompt("s2-replay-loop").stages == (2,)
    assert content.exercise("safety-plan").title
    assert content.stage(3).number == 3
    for lookup in (
        lambda: content.prompt("gone"),
        lambda: content.exercise("gone"),
        lambda: content.stage(0),
    ):
        with pytest.raises(UnknownContent) as info:
            lookup()
        assert isinstance(info.value, BugError)
        assert isinstance(info.value, LookupError)


def test_every_exercise_exists_with_steps(content: Content) -> None:
    for exercise_id in EXERCISE_IDS:
        exercise = content.exercise(exercise_id)
        assert len(exercise.steps) >= 3, exercise_id
        assert exercise.source
        assert all(step.guidance and step.questions for step in exercise.steps)


def test_self_forgiveness_takes_responsibility_before_release(content: Content) -> None:
    steps = [s.id for s in content.exercise("self-forgiveness").steps]
    assert steps == SELF_FORGIVENESS_ORDER
    assert steps.index("responsibility") < steps.index("release")
    responsibility = " ".join(content.exercise("self-forgiveness").steps[1].questions)
    for factor in ("yours", "team", "system", "illness", "chance", "hindsight"):
        assert factor in responsibility


def test_safety_plan_has_six_steps(content: Content) -> None:
    plan = content.exercise("safety-plan")
    assert [s.id for s in plan.steps] == [
        "warning-signs",
        "on-my-own",
        "distractions",
        "people-to-ask",
        "professionals",
        "safer-surroundings",
    ]


def test_support_lines_cover_the_countries_with_dated_checks(content: Content) -> None:
    countries = {s.country for s in content.support_lines}
    assert {"US", "GB", "CA", "AU", "INT"} <= countries
    for line in content.support_lines:
        assert isinstance(line.checked, date)
        assert date(2025, 1, 1) <= line.checked <= date(2100, 1, 1), line.id
    for code in ("US", "GB", "CA", "AU"):
        kinds = {s.kind for s in content.lines_for(code)}
        assert {"crisis", "emergency", "directory"} <= kinds, code
    assert content.countries()[-1][0] == "INT"
    assert content.lines_for("xx") == content.lines_for("INT")
    assert content.lines_for("gb")[-1].country == "INT"  # the directory comes last


def test_support_numbers_match_the_checked_research(content: Content) -> None:
    contacts = {s.id: s.contact for s in content.support_lines}
    assert "988" in contacts["us-988"] and "text" in contacts["us-988"].casefold()
    assert contacts["us-physician-support-line"] == "1-888-409-0141"
    assert "8 am to 1 am" in content.lines_for("US")[1].hours
    assert contacts["gb-practitioner-health"] == "0300 0303 300"
    assert contacts["gb-bma-wellbeing"] == "0330 123 1245"
    assert contacts["gb-samaritans"] == "116 123"
    assert "999" in contacts["gb-999"] and "111" in contacts["gb-111"]
    assert "988" in contacts["ca-988"]
    assert "13 11 14" in contacts["au-lifeline"]
    assert contacts["au-drs4drs"] == "1300 374 377"
    assert "000" in contacts["au-000"] and "911" in contacts["us-911"]
    assert contacts["int-findahelpline"] == "findahelpline.com"


def test_texts_have_every_key_and_say_what_matters(content: Content) -> None:
    assert set(TEXT_KEYS) <= set(content.texts)
    legal = content.texts["legal_caution"].casefold()
    for phrase in (
        "privileged",
        "disclose",
        "feelings",
        "chronology",
        "identifiers",
        "attorney or insurer",
        "not legal advice",
    ):
        assert phrase in legal, phrase
    assert "evidence" in content.texts["legal_caution_delete"]
    assert "attorney or insurer" in content.texts["legal_caution_delete"]
    assert "cannot send help" in content.texts["cannot_send_help"]
    for key in ("welcome", "privacy_promise"):
        text = content.texts[key].casefold()
        assert "encrypted" in text and "cannot send help" in text and "nobody" in text, key
    assert "not treatment" in content.texts["scope"]
    assert "crisis service" in content.texts["scope"]
    assert "help is available" in content.texts["crisis_intro"].casefold()


def test_the_term_second_victim_is_explained_once_and_never_used_on_the_user(
    content: Content,
) -> None:
    holders = [s for s in _strings(content) if "second victim" in s.casefold()]
    assert holders == [content.texts["second_victim_term"]]


def test_nothing_shouts_or_breaks_safe_messaging(content: Content) -> None:
    strings = list(_strings(content))
    raw = [resources.read_text(n) for n in resources.names("content", ".toml")]
    for text in strings + raw:
        folded = text.casefold()
        assert "!" not in text, text[:80]
        assert "committed suicide" not in folded
        assert "journey" not in folded, text[:80]


def test_checkin_wording(content: Content) -> None:
    wording = content.checkin
    assert sorted(wording.distress_labels) == list(range(11))
    assert len(wording.sleep_labels) == 5
    assert len(wording.support_labels) == 5
    assert wording.frequency_options == (
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    )
    assert len(wording.phq2_items) == 2 and len(wording.gad2_items) == 2
    assert wording.phq_attribution == (
        "PHQ-2 and GAD-2: developed by Drs. Robert L. Spitzer, Janet B.W. Williams, "
        "Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission "
        "required to reproduce, translate, display or distribute."
    )
    assert set(wording.support_dimensions) == {
        "colleagues",
        "supervisor",
        "institution",
        "outside_work",
        "confidence",
    }
    labels = " ".join(wording.distress_labels.values()).casefold()
    assert "thermometer" not in labels and "nccn" not in labels


# --- the loader rejects bad data --------------------------------------------------


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A writable copy of the shipped content, to break one thing at a time."""
    target = tmp_path / "content"
    shutil.copytree(resources.path("content"), target)
    return target


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _append(folder: Path, name: str, extra: str) -> None:
    path = folder / name
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")


def test_an_unbroken_copy_loads_from_a_folder(content_dir: Path, content: Content) -> None:
    copy = load_content(content_dir)
    assert copy is not content
    assert copy == content


def test_a_prompt_for_any_stage_appears_under_every_stage(content_dir: Path) -> None:
    (content_dir / "prompts_extra.toml").write_text(
        '[[prompt]]\nid = "x-any"\ntext = "A prompt for any day."\nstages = []\n'
        'kind = "reflection"\nsource = "Test"\n',
        encoding="utf-8",
    )
    loaded = load_content(content_dir)
    assert all(loaded.prompt("x-any") in loaded.prompts_for(stage=n) for n in range(1, 7))


BAD_PROMPT = '\n[[prompt]]\nid = "{id}"\ntext = "{text}"\nstages = {stages}\nkind = "{kind}"\n'


@pytest.mark.parametrize(
    ("extra", "complaint"),
    [
        (
            BAD_PROMPT.format(id="x-kind", text="New.", stages="[2]", kind="gossip")
            + 'source = "T"\n',
            "unknown kind",
        ),
        (
            BAD_PROMPT.format(id="x-stage", text="New.", stages="[7]", kind="growth")
            + 'source = "T"\n',
            "stages must list numbers 1..6",
        ),
        (
            BAD_PROMPT.format(id="x-stage0", text="New.", stages="[0]", kind="growth")
            + 'source = "T"\n',
            "stages must list numbers 1..6",
        ),
        (
            BAD_PROMPT.format(id="x-nosource", text="New.", stages="[2]", kind="growth"),
            "missing field(s) source",
        ),
        (
            BAD_PROMPT.format(id="x-empty", text="New.", stages="[2]", kind="growth")
            + 'source = "  "\n',
            "source is empty",
        ),
        (
            BAD_PROMPT.format(id="x-typo", text="New.", stages="[2]", kind="growth")
            + 'source = "T"\nsorce = "T"\n',
            "unknown field(s) sorce",
        ),
        (
            BAD_PROMPT.format(id="Bad Id", text="New.", stages="[2]", kind="growth")
            + 'source = "T"\n',
            "id 'Bad Id'",
        ),
    ],
)
def test_bad_prompts_are_rejected(content_dir: Path, extra: str, complaint: str) -> None:
    _append(content_dir, "prompts_stage2.toml", extra)
    with pytest.raises(ContentError) as info:
        load_content(content_dir)
    assert "prompts_stage2.toml" in info.value.message
    assert complaint in info.value.message


def test_duplicate_prompt_ids_are_rejected_across_files(content_dir: Path) -> None:
    _append(
        content_dir,
        "prompts_stage6.toml",
        BAD_PROMPT.format(id="s2-replay-loop", text="Different words.", stages="[6]", kind="growth")
        + 'source = "T"\n',
    )
    with pytest.raises(ContentError, match=r"s2-replay-loop: duplicate prompt id"):
        load_content(content_dir)


def test_duplicate_prompt_texts_are_rejected_even_with_other_case(content_dir: Path) -> None:
    _append(
        content_dir,
        "prompts_stage6.toml",
        BAD_PROMPT.format(
            id="x-copy",
            stages="[6]",
            kind="growth",
            text="WHEN does the scene  replay most? What tends to set it off",
        )
        + 'source = "T"\n',
    )
    with pytest.raises(ContentError, match=r"x-copy: same text as s2-replay-loop"):
        load_content(content_dir)


@pytest.mark.parametrize(
    ("name", "old", "new", "complaint"),
    [
        ("stages.toml", "number = 6", "number = 7", "stage 7: number must be 1..6"),
        ("stages.toml", "number = 6", "number = 5", "duplicate stage"),
        ("stages.toml", 'name = "Moving on"\n', "", "stage 6: missing field(s) name"),
        (
            "support.toml",
            'checked = 2026-11-21\nkind = "peer"',
            'checked = "2026-13-01"\nkind = "peer"',
            "us-physician-support-line: checked",
        ),
        (
            "support.toml",
            'checked = 2026-11-21\nkind = "crisis"',
            'checked = 2026-11-21T10:00:00\nkind = "crisis"',
            "us-988: checked must be a date",
        ),
        ("support.toml", 'kind = "directory"', 'kind = "hotline"', "int-findahelpline"),
        ("support.toml", 'country = "AU"', 'country = "NZ"', "au-lifeline: country 'NZ'"),
        ("support.toml", 'id = "us-911"', 'id = "us-988"', "us-988: duplicate line id"),
        (
            "exercises.toml",
            'id = "safety-plan"',
            'id = "safety-plan-2"',
            "missing exercise(s) safety-plan",
        ),
        (
            "exercises.toml",
            'id = "remorse"',
            'id = "readiness"',
            "self-forgiveness/readiness: duplicate step id",
        ),
        (
            "exercises.toml",
            'questions = ["In one line',
            "questions = [] #",
            "reflection/what: questions",
        ),
        ("texts.toml", "scope = ", "scope_old = ", "missing text(s) scope"),
        ("checkin.toml", '"10" = ', '"11" = ', "distress_labels"),
        ("checkin.toml", "confidence = ", "confidance = ", "support_dimensions"),
        ("checkin.toml", '    "Well",\n', "", "sleep_labels must have exactly 5 items"),
        ("texts.toml", "welcome = ", "welcome = = ", "not valid TOML"),
    ],
)
def test_schema_problems_name_the_file_and_item(
    content_dir: Path, name: str, old: str, new: str, complaint: str
) -> None:
    _edit(content_dir, name, old, new)
    with pytest.raises(ContentError) as info:
        load_content(content_dir)
    assert info.value.message.startswith(name)
    assert complaint in info.value.message


def test_a_missing_file_is_reported(content_dir: Path) -> None:
    (content_dir / "checkin.toml").unlink()
    with pytest.raises(ContentError, match=r"checkin.toml: the file is missing"):
        load_content(content_dir)


def test_content_error_is_a_bug_not_a_user_error() -> None:
    assert issubclass(ContentError, BugError)
