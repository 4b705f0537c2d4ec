"""No working note reaches a user-visible field of the shipped guide content.

Reflect 0.1 showed "Re-check at crisistextline.org before release." on the crisis
card. Working notes belong in TOML comments; every string a user can read (a
support line's name, contact, hours and notes, a prompt, a stage, an exercise, a
text) says what it means to that user and nothing about how it was written.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from datetime import date

import pytest

from reflect.core.guide.content import Content, SupportLine, load_content

# Fields that identify or classify an item and are never shown as text.
NOT_SHOWN = {"id", "kind", "country", "checked", "stages", "number", "source"}

WORKING_NOTE = re.compile(
    r"re-?check|before (the )?release|research (notes|brief)|\bTODO\b|\bFIXME\b|\bXXX\b"
    r"|(?:^|\s)(?:/[\w.-]+){2,}|\b\w+\.(?:md|toml|py)\b|\[[VRG]\]",
    re.IGNORECASE,
)


def user_visible_strings(value: object, where: str) -> Iterator[tuple[str, str]]:
    """Every (place, text) a user can read inside ``value``."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from user_visible_strings(item, f"{where}[{key}]")
    elif isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            yield from user_visible_strings(item, f"{where}[{i}]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        label = getattr(value, "id", None) or getattr(value, "number", None) or ""
        for field in dataclasses.fields(value):
            if field.name in NOT_SHOWN:
                continue
            yield from user_visible_strings(
                getattr(value, field.name), f"{where}<{label}>.{field.name}"
            )
    elif isinstance(value, (int, date)) or value is None:
        return
    else:  # pragma: no cover - a new content type must be walked explicitly
        raise AssertionError(f"unknown content value at {where}: {type(value)}")


def test_no_user_visible_field_holds_a_working_note() -> None:
    content = load_content()
    leaks = [
        f"{where}: {text[:90]!r}"
        for where, text in user_visible_strings(content, "content")
        if WORKING_NOTE.search(text)
    ]
    assert leaks == []


@pytest.mark.parametrize(
    "note",
    [
        "Re-check at crisistextline.org before release.",
        "so re-check the hours before relying on them.",
        "Canada's emergency number is not listed in the research notes.",
        "See /work/shared/research/clinical-content.md.",
    ],
)
def test_the_check_catches_each_kind_of_note_seen_in_0_1(note: str) -> None:
    content = load_content()
    line = content.support_lines[0]
    bad = dataclasses.replace(line, notes=note)
    tampered = dataclasses.replace(content, support_lines=(bad, *content.support_lines[1:]))
    assert any(WORKING_NOTE.search(t) for _, t in user_visible_strings(tampered, "c"))


def _lines(content: Content, country: str) -> dict[str, SupportLine]:
    return {line.id: line for line in content.lines_for(country)}


def test_corrected_lines_read_as_a_user_needs_them() -> None:
    content = load_content()
    canada = _lines(content, "CA")
    # PARO's letters and digits both, so a phone without letters can dial it.
    assert "1-866-435-7362" in canada["ca-paro"].contact
    assert "HELP-DOC" in canada["ca-paro"].contact
    assert "medical students" in canada["ca-paro"].notes
    assert canada["ca-oma-php"].hours.startswith("Monday to Friday")
    assert canada["ca-911"].notes == "If you or someone else is in immediate danger."
    uk = _lines(content, "GB")
    assert "mental health option" in uk["gb-111"].contact
    assert "England" in uk["gb-111"].notes
    anywhere = content.lines_for("INT")
    assert any("local emergency number" in line.notes for line in anywhere)
