"""The identifier finder in the language Reflect speaks: ordinary words stay,
names with or without a title are found, dates in that language's forms too.

German capitalises every noun, so a finder that takes any unknown capitalised
word for a name would hide half a German sentence (it hid "Gedanken zum
Besprechen", the export's own title); French and Spanish capitalise a sentence's
first word."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reflect.core import language
from reflect.core.privacy.redact import find_identifiers, redact


@pytest.fixture
def speaking() -> Iterator[object]:
    def use(code: str) -> None:
        language.set_current(code)

    yield use
    language.set_current(language.SOURCE)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_identifiers(text)]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("de", "Gedanken zum Besprechen"),
        (
            "de",
            "Heute Nacht im Nachtdienst war die Übergabe chaotisch. Die Oberärztin hat "
            "mir danach gesagt, dass Fehler passieren.",
        ),
        ("de", "Mein Herz raste, meine Hände zitterten, und ich konnte nicht schlafen."),
        ("de", "Wut, Scham und Trauer wechseln sich ab. Morgen spreche ich mit der Seelsorge."),
        ("fr", "Réflexions à aborder ensemble"),
        ("fr", "Ce soir la garde était difficile. Personne ne m’a rien reproché."),
        ("fr", "Réanimation, transmissions, bilan : tout est allé trop vite."),
        ("es", "Reflexiones para hablar"),
        ("es", "Anoche la guardia fue muy dura. Nadie me dijo nada, pero lo noté."),
        ("es", "Urgencias estaba llena. Tristeza, rabia y cansancio, todo a la vez."),
    ],
)
def test_ordinary_words_of_the_language_are_not_taken_for_names(
    speaking: object, code: str, text: str
) -> None:
    speaking(code)  # type: ignore[operator]
    assert found(text) == []


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("de", "Herr Müller kam am 3. Mai 2024 auf die Intensivstation.",
         [("name", "Müller"), ("date", "3. Mai 2024")]),
        ("de", "Ich habe mit Frau Dr. Weber gesprochen und danach Okonjo angerufen.",
         [("name", "Weber"), ("name", "Okonjo")]),
        ("fr", "Mme Dupont est arrivée le 3 mai 2024. Halvorsen m’a appelé.",
         [("name", "Dupont"), ("date", "3 mai 2024"), ("name", "Halvorsen")]),
        ("es", "La Sra. García ingresó el 3 de mayo de 2024. Bronwyn me llamó.",
         [("name", "García"), ("date", "3 de mayo de 2024"), ("name", "Bronwyn")]),
    ],
)  # fmt: skip
def test_names_and_dates_are_still_found(
    speaking: object, code: str, text: str, expected: list[tuple[str, str]]
) -> None:
    speaking(code)  # type: ignore[operator]
    assert found(text) == expected


def test_the_placeholder_is_in_the_language_of_the_export(speaking: object) -> None:
    """The therapist reads the export in the user's language (the UI installs the
    words; core falls back to English without it)."""
    speaking("de")  # type: ignore[operator]
    words = {"[name]": "[Name]", "[date]": "[Datum]"}
    language.set_translator(lambda text: words.get(text, text))
    try:
        assert redact("Herr Müller kam am 3. Mai 2024.") == "Herr [Name] kam am [Datum]."
    finally:
        language.set_translator(str)
