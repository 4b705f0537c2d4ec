"""The UI's translation catalogues (resources/i18n) match the code.

Fails when the code has a string a shipped catalogue lacks (run
packaging/i18n/update_catalogues.py), when an offered language still has an
unfinished entry, or when a compiled .qm is not the compilation of its .ts.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from reflect.core import language, resources
from tests.helpers.scripts import load_script

ROOT = Path(__file__).parents[2]


def _script() -> ModuleType:
    return load_script("packaging/i18n/update_catalogues.py")


def _messages(ts: Path) -> dict[str, str | None]:
    """English text -> the translation's state ("unfinished", or None when done)."""
    found: dict[str, str | None] = {}
    for message in ET.parse(ts).iter("message"):
        element = message.find("translation")
        state = element.get("type") if element is not None else "unfinished"
        if element is not None and state is None:
            forms = element.findall("numerusform") or [element]
            if any(not (form.text or "").strip() for form in forms):
                state = "empty"
        found[message.findtext("source") or ""] = state
    return found


@pytest.fixture(scope="module")
def from_code(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Every string the code has today, read by lupdate as the script reads it."""
    out = tmp_path_factory.mktemp("i18n") / "reflect_xx.ts"
    _script().extract(out, "de")
    return set(_messages(out))


def test_the_code_has_strings_and_core_words_are_read_too(from_code: set[str]) -> None:
    assert len(from_code) > 700
    assert "Unlock" in from_code  # a tr() in the UI
    assert "Sleep (0–4)" in from_code  # a tr_core() in core


TRANSLATED = [
    lang.code for lang in (*language.LANGUAGES, *language.IN_PROGRESS) if lang.code != "en"
]


@pytest.mark.parametrize("code", ["pseudo", *TRANSLATED])
def test_every_catalogue_holds_every_string_of_the_code(code: str, from_code: set[str]) -> None:
    shipped = _messages(resources.path(f"i18n/reflect_{code}.ts"))
    missing = sorted(from_code - set(shipped))
    assert missing == [], f"run packaging/i18n/update_catalogues.py ({len(missing)} missing)"
    stale = sorted(set(shipped) - from_code)
    assert stale == []


@pytest.mark.parametrize(
    "code", ["pseudo", *(lang.code for lang in language.offered() if lang.code != "en")]
)
def test_an_offered_catalogue_has_nothing_unfinished(code: str) -> None:
    shipped = _messages(resources.path(f"i18n/reflect_{code}.ts"))
    unfinished = sorted(text for text, state in shipped.items() if state is not None)
    assert unfinished == []


@pytest.mark.parametrize(
    "code", ["pseudo", *(lang.code for lang in (*language.LANGUAGES, *language.IN_PROGRESS))]
)
def test_each_qm_is_its_ts_compiled(code: str, tmp_path: Path) -> None:
    if code == language.SOURCE:
        return  # English is the source: no catalogue
    ts = tmp_path / f"reflect_{code}.ts"
    shutil.copyfile(resources.path(f"i18n/reflect_{code}.ts"), ts)
    _script().compile_catalogue(ts)
    assert ts.with_suffix(".qm").read_bytes() == resources.read_bytes(f"i18n/reflect_{code}.qm")


_ARGUMENT = re.compile(r"\{[^{}\s]*\}|%L?[0-9n]")
_MNEMONIC = re.compile(r"&(?!&|[a-zA-Z]+;)(?=\w)")


def _translations(code: str) -> list[tuple[str, str]]:
    pairs = []
    for message in ET.parse(resources.path(f"i18n/reflect_{code}.ts")).iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        assert element is not None
        for form in element.findall("numerusform") or [element]:
            pairs.append((source, form.text or ""))
    return pairs


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_translation_keeps_what_the_code_fills_in(code: str) -> None:
    """Every {name}, {0}, %1 and %n of the English is in the translation (a lost
    one would show a raw placeholder, or crash str.format), each mnemonic & stays
    one, and text that the code joins to other text keeps its outer spaces."""

    def keeps(source: str, text: str) -> bool:
        return (
            sorted(_ARGUMENT.findall(source)) == sorted(_ARGUMENT.findall(text))
            and len(_MNEMONIC.findall(source)) == len(_MNEMONIC.findall(text))
            and (not source.startswith(" ") or text[:1] in (" ", "\u00a0"))
            and (not source.endswith(" ") or text.endswith(" "))
        )

    assert [pair for pair in _translations(code) if not keeps(*pair)] == []
