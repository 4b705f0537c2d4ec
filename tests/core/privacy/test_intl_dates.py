"""German, French and Spanish dates and titles in the identifier finder."""

from __future__ import annotations

import pytest

from reflect.core.privacy.redact import find_identifiers, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am 3. Mai 2024 kam sie zurück.", "Am [date] kam sie zurück."),
        ("Montag, 3. März war schlimm.", "[date] war schlimm."),
        ("Ich schlafe seit Januar 2023 schlecht.", "Ich schlafe seit [date] schlecht."),
        ("Le 1er mai, tout a changé.", "Le [date], tout a changé."),
        ("lundi 3 mai 2024, la garde", "[date], la garde"),
        ("depuis février 2022", "depuis [date]"),
        ("El 3 de mayo de 2024 fue duro.", "El [date] fue duro."),
        ("En mayo de 2024 empecé.", "En [date] empecé."),
        ("el 12 de dic. del 2021", "el [date]"),
    ],
)
def test_dates_as_each_language_writes_them(text: str, expected: str) -> None:
    assert redact(text) == expected


# Written after the patterns, never used to tune them.
HELD_OUT = [
    "Samstag, den 14. Dezember 2019",
    "am 15. Jänner 2020",
    "Sept. 2024",
    "jeudi 12 septembre 2019",
    "avr. 2023",
    "miércoles 5 de junio",
    "3 de setiembre de 2020",
    "el 28 de febrero",
]


@pytest.mark.parametrize("text", HELD_OUT)
def test_held_out_dates_are_found_whole(text: str) -> None:
    [finding] = [f for f in find_identifiers(text) if f.kind == "date"]
    found = text[finding.start : finding.end]
    assert found.split()[-1] == text.split()[-1]  # through to its last word
    assert any(ch.isdigit() for ch in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ein Mai Tai und ein Mars-Riegel.",
        "Die Planeten: Mars, Venus.",
        "Mayo Clinic guidance",
        "le mois de mai était long",
        "we met in the mar del plata area",
    ],
)
def test_a_month_word_alone_is_not_a_date(text: str) -> None:
    assert [f for f in find_identifiers(text) if f.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frau Dr. Weber rief an.", "Frau Dr. [name] rief an."),
        ("Herr Schmidt war da.", "Herr [name] war da."),
        ("M. Dupont est arrivé.", "M. [name] est arrivé."),
        ("Mme Roux m'a aidé.", "Mme [name] m'a aidé."),
        ("la Dra. Gómez llamó", "la Dra. [name] llamó"),
        ("el Sr. Pérez y la Sra. López", "el Sr. [name] y la Sra. [name]"),
    ],
)
def test_titles_before_names(text: str, expected: str) -> None:
    assert redact(text) == expected
