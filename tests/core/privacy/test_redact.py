"""reflect.core.privacy.redact: what is found, what it becomes, and what it never misses."""

from __future__ import annotations

import re
import time
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reflect.core.privacy.redact import LABELS, Finding, find_identifiers, fold_for_matching, redact


def kinds(text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_identifiers(text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "date",
    [
        "3/4/24", "03-04-2024", "2024-03-04", "12/31/1999", "31/12/1999", "14.03.2024",
        "March 4th", "March 4", "Mar 4, 2024", "4 Mar 2024", "4th of March", "4 March",
        "the 4th of March", "September 2023", "Tuesday, 8 October", "Friday the 12th",
        "Jan. 5", "Christmas Eve", "New Year's Day", "december 3rd",
    ],
)  # fmt: skip
def test_dates_finer_than_a_year_are_found_whole(date: str) -> None:
    assert kinds(f"It happened on {date}, and I remember it.") == [("date", date)]


@pytest.mark.parametrize(
    "sentence",
    [
        "May I say something?", "We will March on.", "I saw 3 patients today.",
        "She had stage 4 disease.", "I was on the 4th floor.", "It was the 3rd time.",
        "In 2019 I started here.", "BP 120/80 and HR 72.", "Give 1.5 mg.", "Version 2.3.1.",
        "May 3 patients wait that long?", "The ratio was 1:8.",
    ],
)  # fmt: skip
def test_ordinary_numbers_and_month_words_are_not_dates(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence) if k == "date"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the 4th at noon", "4th"),
        ("since 3/4 I have not slept", "3/4"),
    ],
)
def test_partial_dates_with_a_cue(text: str, expected: str) -> None:
    assert ("date", expected) in kinds(text) or any(expected in t for _, t in kinds(text))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("a 92-year-old woman", "92-year-old"), ("aged 95 and frail", "aged 95"),
        ("95 yo man", "95 yo"), ("102 y/o", "102 y/o"),
        ("a ninety-four-year-old", "ninety-four-year-old"),
        ("her 95th birthday", "95th birthday"), ("She was 92 and tired.", "92"),
        ("a nonagenarian", "nonagenarian"),
    ],
)  # fmt: skip
def test_ages_over_89(text: str, age: str) -> None:
    assert ("age", age) in kinds(text)


@pytest.mark.parametrize("text", ["a 45-year-old man", "aged 89", "HR was 95.", "sats 94%"])
def test_ages_up_to_89_and_vital_signs_are_left(text: str) -> None:
    assert [k for k, _ in kinds(text) if k == "age"] == []


@pytest.mark.parametrize(
    "phone",
    [
        "(555) 123-4567", "555-123-4567", "555.123.4567", "+1 555 123 4567", "1-800-555-0199",
        "020 7946 0958", "07700 900123", "+44 20 7946 0958", "+44 (0)20 7946 0958",
        "0161 496 0753", "+61 2 9876 5432", "+353 1 234 5678", "555-0187",
        "+1 (212) 555-0147 ext. 22",
    ],
)  # fmt: skip
def test_phone_and_fax_numbers(phone: str) -> None:
    assert kinds(f"Call {phone} tonight.") == [("phone", phone)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("mail jo.bloggs+x@example.co.uk now", "email", "jo.bloggs+x@example.co.uk"),
        ("SSN 123-45-6789.", "ssn", "123-45-6789"),
        ("NI number AB 12 34 56 C.", "ssn", "AB 12 34 56 C"),
        ("MRN 1234567", "id", "1234567"),
        ("medical record number: 00-442-19", "id", "00-442-19"),
        ("account # 7719-2203-88", "id", "7719-2203-88"),
        ("policy no. AB-123456", "id", "AB-123456"),
        ("serial number SN4456-A", "id", "SN4456-A"),
        ("licence plate 7ABC123", "id", "7ABC123"),
        ("the reference 99812345 again", "id", "99812345"),
        ("see https://example.org/a?b=1.", "url", "https://example.org/a?b=1"),
        ("see www.example.net/page).", "url", "www.example.net/page"),
        ("from 192.168.10.4 at night", "ip", "192.168.10.4"),
        ("host fe80::1ff:fe23:4567:890a", "ip", "fe80::1ff:fe23:4567:890a"),
        ("host 2001:db8::1 only", "ip", "2001:db8::1"),
        ("at 12 Elm Road, Leeds", "address", "12 Elm Road"),
        ("at 1200 Commonwealth Ave., Apt 4B", "address", "1200 Commonwealth Ave., Apt 4B"),
        ("PO Box 4417", "address", "PO Box 4417"),
        ("Boston, MA 02115", "zip", "02115"),
        ("ZIP 90210-1234", "zip", "90210-1234"),
        ("London SW1A 2AA", "postcode", "SW1A 2AA"),
        ("at St Mary's Hospital", "place", "St Mary's Hospital"),
    ],
)
def test_structured_identifiers(text: str, kind: str, value: str) -> None:
    assert (kind, value) in kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. Okafor said", "Okafor"), ("Mrs O'Neill's daughter", "O'Neill"),
        ("pt J.S. in bed 6", "J.S."), ("Mr. van der Berg", "van der Berg"),
        ("Ms García came", "García"), ("my son Tom came", "Tom"),
        ("the patient, Mr J. Smith, was", "J. Smith"), ("Dr Smith-Jones.", "Smith-Jones"),
        ("my wife, Sarah Lee, drove", "Sarah Lee"), ("a nurse called Priya", "Priya"),
        ("Okafor said nothing", "Okafor"), ("I texted Bex", "Bex"), ("dr mensah was", "mensah"),
        ("Dear Sam,", "Sam"),
    ],
)  # fmt: skip
def test_names_after_titles_roles_and_cues(text: str, name: str) -> None:
    assert ("name", name) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Feelgood played", "Mr. Right is a myth", "the patient Safety team", "my son. He was",
        "Dr. Google said sepsis", "my wife I think", "The Emergency Department",
        "I called Security",
    ],
)  # fmt: skip
def test_title_and_role_traps(text: str) -> None:
    assert [k for k, _ in kinds(text) if k == "name"] == []


def test_redact_uses_labels_and_keeps_the_rest() -> None:
    text = "Mrs Patel rang 020 7946 0958 on 3/4/24 from jo@example.org."
    assert redact(text) == "Mrs [name] rang [phone] on [date] from [email]."


def test_redact_only_the_chosen_findings() -> None:
    text = "Dr Okafor on 3/4/24."
    findings = find_identifiers(text)
    kept = [f for f in findings if f.kind == "date"]
    assert redact(text, kept) == "Dr Okafor on [date]."
    assert redact(text, []) == text


def test_redact_merges_overlapping_findings_from_callers() -> None:
    text = "abcdefgh"
    findings = [Finding("name", 0, 4, "abcd"), Finding("id", 2, 6, "cdef")]
    assert redact(text, findings) == "[name]gh"


def test_every_kind_has_a_label() -> None:
    assert all(label.startswith("[") and label.endswith("]") for label in LABELS.values())


def test_always_redact_list_matches_whole_words_in_any_form() -> None:
    text = (
        "OKAFOR came; okafor's notes; Ｏｋａｆｏｒ; Oka\u200bfor; Okaforville stays; José and JOSE."
    )
    findings = find_identifiers(text, always_redact=["Okafor", "Jose"])
    out = redact(text, findings)
    # The list matches whole words only; "Okaforville" is hidden, if at all, as a
    # likely name of its own (an unknown capitalised word), never as a list match.
    assert not any(f.kind == "listed" and "Okaforville" in f.text for f in findings)
    folded, _ = fold_for_matching(out)
    assert not re.search(r"(?<!\w)okafor(?!\w)", folded)
    assert not re.search(r"(?<!\w)jose(?!\w)", folded)


def test_always_redact_multi_word_terms_allow_any_spacing() -> None:
    text = "We were at Mercy   West, then mercy-west again."
    out = redact(text, find_identifiers(text, always_redact=["Mercy West"]))
    assert "ercy" not in out


def test_long_inputs_stay_fast() -> None:
    samples = ["a" * 100_000, "1" * 100_000, "A1-" * 30_000, "Dr " * 30_000, "x@" * 40_000,
               ("Mrs Patel rang 020 7946 0958 on 3/4/24. " * 2_000)]  # fmt: skip
    started = time.perf_counter()
    for sample in samples:
        find_identifiers(sample, always_redact=["Patel", "Okafor"])
    # Generous bound for a shared 2-core machine; a quadratic pattern takes minutes here.
    assert time.perf_counter() - started < 20


# -- properties ---------------------------------------------------------------------

_INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
_LABEL_WORDS = {w for label in LABELS.values() for w in re.findall(r"\w+", label)}


@st.composite
def term_variant(draw: st.DrawFn, term: str) -> str:
    """The term as a user might type it: odd case, full-width, accents, invisible chars."""
    out = []
    for char in term:
        choice = draw(st.integers(0, 5))
        if choice == 1:
            char = char.swapcase()
        elif choice == 2 and "!" <= char <= "~":
            char = chr(ord(char) + 0xFEE0)  # full-width form, folded by NFKC
        elif choice == 3 and char.isalpha() and char.isascii():
            char = unicodedata.normalize("NFC", char + "\u0301")  # add an accent
        out.append(char)
        if draw(st.booleans()) and draw(st.booleans()):
            out.append(draw(st.sampled_from(_INVISIBLES)))
    return "".join(out)


_WORDS = st.text(alphabet=st.characters(categories=("Lu", "Ll")), min_size=2, max_size=10)
_FILLER = st.text(max_size=40)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), terms=st.lists(_WORDS, min_size=1, max_size=3))
def test_no_always_redact_term_survives(data: st.DataObject, terms: list[str]) -> None:
    folded_terms = [fold_for_matching(t)[0] for t in terms]
    assume(all(t and t not in _LABEL_WORDS and t.isalpha() for t in folded_terms))
    pieces = []
    for _ in range(data.draw(st.integers(1, 4))):
        pieces.append(data.draw(_FILLER))
        pieces.append(" ")
        pieces.append(data.draw(term_variant(data.draw(st.sampled_from(terms)))))
        pieces.append(data.draw(st.sampled_from([" ", ", ", ". ", "'s ", "\n"])))
    text = "".join(pieces)
    output = redact(text, find_identifiers(text, always_redact=terms))
    folded_output = fold_for_matching(output)[0]
    for term in folded_terms:
        assert not re.search(rf"(?<!\w){re.escape(term)}(?!\w)", folded_output), (term, output)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_and_findings_are_well_formed(text: str) -> None:
    findings = find_identifiers(text, always_redact=["Patel"])
    previous_end = 0
    for finding in findings:
        assert previous_end <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
        previous_end = finding.end
    redact(text, findings)


_PIECES = st.sampled_from(
    [
        "Mrs Patel", "rang", "020 7946 0958", "on", "3/4/24", "MRN 1234567", "jo@example.org",
        "a 92-year-old", "12 Elm Road", "SW1A 2AA", "https://x.example.org", "10.0.0.1", "and",
        "I felt", "sad", "the patient, Mr Okafor,", "since March 2024", "ZIP 90210",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12))
def test_redacting_twice_changes_nothing_more(pieces: list[str]) -> None:
    once = redact(" ".join(pieces))
    assert redact(once) == once
