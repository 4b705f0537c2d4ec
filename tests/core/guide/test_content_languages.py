"""Guide content in other languages: a layer over English, key by key.

A German layer is written here into a copy of the shipped content; what it
translates is shown, everything else stays English, ids never change, and a layer
that drifts from English (a key English dropped, a value of another shape, an id
or a source "translated", the PHQ-2 replaced without a validated source) is refused.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reflect.core import language, resources
from reflect.core.guide.content import ContentError, load_content
from reflect.core.guide.content_i18n import has_validated_instruments, untranslated_keys


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """The English content alone: the shipped language folders are left out, so
    the German a test writes is the only German there."""
    target = tmp_path / "content"
    shutil.copytree(resources.path("content"), target)
    for folder in [p for p in target.iterdir() if p.is_dir()]:
        shutil.rmtree(folder)
    return target


def _layer(root: Path, name: str, text: str) -> None:
    (root / "de").mkdir(exist_ok=True)
    (root / "de" / name).write_text(text, encoding="utf-8")


def test_a_translated_prompt_shows_and_the_rest_falls_back_to_english(content_dir: Path) -> None:
    english = load_content(content_dir, language="en")
    first, second = english.prompts[0], english.prompts[1]
    assert first.id.startswith("s1-")  # from prompts_stage1.toml
    _layer(
        content_dir,
        "prompts_stage1.toml",
        f'[[prompt]]\nid = "{first.id}"\ntext = "Spüre deine Füße auf dem Boden."\n',
    )
    german = load_content(content_dir, language="de")
    assert german.prompt(first.id).text == "Spüre deine Füße auf dem Boden."
    assert german.prompt(second.id).text == second.text  # English, key by key
    assert [p.id for p in german.prompts] == [p.id for p in english.prompts]
    assert german.prompt(first.id).kind == first.kind
    assert german.stages == english.stages


def test_a_stage_is_matched_by_its_number_and_lists_are_one_key(content_dir: Path) -> None:
    _layer(
        content_dir,
        "stages.toml",
        '[[stage]]\nnumber = 3\nname = "Eingeschränkte Integrität"\n'
        'what_helps = ["Mit jemandem sprechen, dem du vertraust."]\n',
    )
    german = load_content(content_dir, language="de")
    english = load_content(content_dir, language="en")
    assert german.stage(3).name == "Eingeschränkte Integrität"
    assert german.stage(3).what_helps == ("Mit jemandem sprechen, dem du vertraust.",)
    assert german.stage(2) == english.stage(2)
    missing = untranslated_keys("de", content_dir)
    assert ("stages.toml", "stage", "3", "name") not in missing
    assert ("stages.toml", "stage", "3", "summary") in missing
    assert ("stages.toml", "stage", "1", "name") in missing


@pytest.mark.parametrize(
    ("name", "text", "why"),
    [
        ("texts.toml", '[texts]\nno_such_text = "Hallo"\n', "not in the English file"),
        ("stages.toml", '[[stage]]\nnumber = 1\nname = ["eine", "Liste"]\n', "another shape"),
        ("prompts_stage1.toml", '[[prompt]]\nid = "s1-feet-on-floor"\nsource = "x"\n', "never"),
        ("checkin.toml", 'phq2_items = ["a", "b"]\n', "validated published translation"),
    ],
)
def test_a_layer_that_drifts_from_english_is_refused(
    content_dir: Path, name: str, text: str, why: str
) -> None:
    _layer(content_dir, name, text)
    with pytest.raises(ContentError, match=why):
        load_content(content_dir, language="de")
    with pytest.raises(ContentError, match=why):
        untranslated_keys("de", content_dir)


def test_the_weekly_screen_needs_a_named_validated_translation() -> None:
    assert not has_validated_instruments(None)
    assert not has_validated_instruments({"phq2_items": ["a", "b"]})
    complete = {
        "phq2_items": ["a", "b"],
        "gad2_items": ["c", "d"],
        "phq_attribution": "e",
        "frequency_options": ["0", "1", "2", "3"],
        "instrument_source": "Löwe B et al. (2002), PHQ-D",
    }
    assert has_validated_instruments(complete)


def test_the_pseudo_language_reaches_every_translatable_text_and_no_id() -> None:
    english = load_content(language="en")
    fake = load_content(language=language.PSEUDO)
    assert [p.id for p in fake.prompts] == [p.id for p in english.prompts]
    assert all(p.text.startswith("⟦") for p in fake.prompts)
    assert all(s.name.startswith("⟦") for s in fake.stages)
    assert all(value.startswith("⟦") for value in fake.texts.values())
    assert all(e.title.startswith("⟦") for e in fake.exercises)
    # A country's lines are never translated: each is checked against its own
    # service. The country names and the international directory's words are.
    for line, original in zip(fake.support_lines, english.support_lines, strict=True):
        if line.country == "INT":
            assert line.notes.startswith("⟦") and line.contact == original.contact
        else:
            assert line == original
    assert all(name.startswith("⟦") for _code, name in fake.countries())


def test_a_country_line_cannot_be_translated_only_the_directory(content_dir: Path) -> None:
    _layer(
        content_dir,
        "support.toml",
        '[countries]\nGB = "Vereinigtes Königreich"\n\n'
        '[[line]]\nid = "int-findahelpline"\nhours = "Je nach Angebot"\n',
    )
    german = load_content(content_dir, language="de")
    assert dict(german.countries())["GB"] == "Vereinigtes Königreich"
    assert next(x for x in german.support_lines if x.country == "INT").hours == "Je nach Angebot"
    _layer(content_dir, "support.toml", '[[line]]\nid = "gb-samaritans"\nhours = "Immer"\n')
    with pytest.raises(ContentError, match="never translated"):
        load_content(content_dir, language="de")


def test_every_language_folder_shipped_carries_only_keys_english_has() -> None:
    """A language still being written may lack keys; none may carry a stale one.
    An offered language lacks none."""
    offered = {lang.code for lang in language.offered()} - {language.SOURCE}
    folders = sorted(p for p in resources.path("content").iterdir() if p.is_dir())
    assert offered <= {folder.name for folder in folders}
    for folder in folders:
        missing = untranslated_keys(folder.name)  # raises on a stale key
        if folder.name in offered:
            assert missing == set(), (folder.name, sorted(missing)[:5])


def test_a_language_shows_the_weekly_screen_only_with_validated_wording(
    content_dir: Path,
) -> None:
    assert load_content(content_dir, language="en").checkin.validated_screen
    _layer(content_dir, "texts.toml", 'welcome = "Willkommen"\n')
    german = load_content(content_dir, language="de")
    assert not german.checkin.validated_screen  # no German PHQ-2/GAD-2 brought
    _layer(
        content_dir,
        "checkin.toml",
        'instrument_source = "Löwe B et al. 2002 (PHQ-D); Löwe B et al. 2008 (GAD-7)"\n'
        'phq2_items = ["a", "b"]\ngad2_items = ["c", "d"]\nphq_attribution = "e"\n'
        'frequency_options = ["f", "g", "h", "i"]\n',
    )
    validated = load_content(content_dir, language="de").checkin
    assert validated.validated_screen and validated.phq2_items == ("a", "b")
