"""Every vault setting is declared once, in core, with its type, default and limits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reflect.core.errors import BugError
from reflect.core.journal import settings
from reflect.core.journal.repository import Journal

PACKAGE = Path(__file__).resolve().parents[3] / "reflect"


def test_an_undeclared_key_is_refused(journal: Journal) -> None:
    with pytest.raises(BugError):
        journal.set_setting("lock.idle_minuets", 5)  # a typo must not pass silently
    journal.set_setting(settings.REMINDER_NOTE_PREFIX + "rule-1", "call Sam")  # a family


@pytest.mark.parametrize(
    ("setting", "bad"),
    [
        (settings.IDLE_MINUTES, 9999),
        (settings.IDLE_MINUTES, "soon"),
        (settings.FONT_SIZE, 3),
        (settings.BACKUP_KEEP, 0),
        (settings.LEGAL_CAUTION_ACK, "yesterday"),
        (settings.ALWAYS_REDACT, "Sam"),
    ],
)
def test_reading_a_bad_value_gives_the_default_and_writing_one_is_refused(
    journal: Journal, setting: settings.Setting[object], bad: object
) -> None:
    journal.set_setting(setting.key, bad)  # as another version or a damaged file might
    assert setting.read(journal) == setting.default
    with pytest.raises(BugError):
        setting.write(journal, bad)


def test_prefs_read_from_the_schema(journal: Journal) -> None:
    settings.IDLE_MINUTES.write(journal, 12)
    settings.LOCK_ON_MINIMISE.write(journal, True)
    assert settings.read_prefs(journal) == settings.VaultPrefs(
        idle_minutes=12, lock_on_minimise=True
    )


def test_no_setting_key_is_spelled_out_outside_the_schema() -> None:
    """Keys live in the schema; code refers to them by name (0.1 repeated literals)."""
    literal = re.compile(r"""(?:get_setting|set_setting)\(\s*["']""")
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if literal.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize(("code", "underlined"), [("en", True), ("de", False), ("es", False)])
def test_spelling_starts_on_only_where_the_dictionary_speaks_the_language(
    journal: Journal, code: str, underlined: bool
) -> None:
    """The dictionary is English; in German it would underline nearly every word."""
    from reflect.core import language

    language.set_current(code)
    try:
        assert settings.read_prefs(journal).spell_check is underlined
        settings.SPELL_CHECK.write(journal, True)  # the user's choice wins, either way
        assert settings.read_prefs(journal).spell_check is True
        settings.SPELL_CHECK.write(journal, False)
        assert settings.read_prefs(journal).spell_check is False
    finally:
        language.set_current(language.SOURCE)
