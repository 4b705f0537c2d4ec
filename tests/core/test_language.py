"""The language choice and the pseudo language (reflect.core.language)."""

from __future__ import annotations

import re

import pytest

from reflect.core import language


def test_the_choice_follows_the_setting_then_the_system_then_english() -> None:
    assert language.choose(None, ["en-GB"]) == "en"
    assert language.choose(None, ["xx-YY", "en_US"]) == "en"
    assert language.choose(None, []) == "en"
    assert language.choose("pseudo", ["en"]) == "pseudo"
    assert language.choose("de", ["en-GB"]) == "de"


def test_a_language_still_being_written_is_never_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    dutch = language.Language("nl", "Nederlands", "Dutch")
    monkeypatch.setattr(language, "IN_PROGRESS", (dutch,))
    assert "nl" in language.known_codes()
    assert language.choose("nl", ["nl-NL"]) == "en"
    assert language.choose(None, ["nl-BE", "fr-BE"]) == "fr"


def test_offered_languages_are_chosen_from_the_system_list() -> None:
    assert [lang.code for lang in language.offered()] == ["en", "de", "fr", "es"]
    assert language.choose(None, ["de-AT", "en-US"]) == "de"
    assert language.choose(None, ["de_CH"]) == "de"
    assert language.choose(None, ["es-419", "en"]) == "es"  # Latin American Spanish
    assert language.choose(None, ["fr_BE"]) == "fr"
    assert language.choose("en", ["de-DE"]) == "en"  # the user's choice wins
    assert language.choose("system", ["it-IT", "fr-FR", "de-DE"]) == "fr"


def test_set_current_refuses_an_unknown_code() -> None:
    before = language.current()
    with pytest.raises(ValueError, match="not a language"):
        language.set_current("xx")
    assert language.current() == before


@pytest.mark.parametrize(
    "text",
    [
        "Unlock",
        "&Journal",
        "Reflect {version}",
        "{count} entries, {words} words",
        "Saved at %1",
        "%Ln entry(s) and %n word(s), %L1 in all",
        "<b>Bold</b> and <a href='x'>a link</a> &amp; more",
        "It is {when:%H:%M}.",
    ],
)
def test_pseudo_keeps_what_code_reads_and_is_longer(text: str) -> None:
    out = language.pseudo(text)
    assert out.startswith("⟦") and out.endswith("⟧")
    for kept in re.findall(r"\{[^{}\s]*\}|%L?[\dn]|<[^>]+>|&\w+;", text):
        assert kept in out
    if "&J" in text:
        assert "&J" in out  # the mnemonic's letter stays its letter
    words = re.sub(r"\{[^{}\s]*\}|%L?[\dn]|<[^>]+>|&\w+;", "", text)
    letters = sum(c.isalpha() for c in words)
    assert len(out) >= len(text) + (letters * 2) // 5  # about 40% longer
    assert out != text


def test_pseudo_text_still_formats() -> None:
    assert "0.1.0" in language.pseudo("Reflect {version}").format(version="0.1.0")
    assert language.pseudo("") == "" and language.pseudo("  ") == "  "
