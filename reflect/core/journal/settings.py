"""Every setting kept inside the vault, declared once: its key, type, default and limits.

The one place to find what Reflect stores in the journal's ``settings`` table
(qutebrowser's configdata and napari's settings model are the pattern). Reading a
setting never fails: a missing, malformed or out-of-range value gives the
default, so a journal written by another version still opens. Writing checks
the value and refuses an undeclared key: a typo is a bug, caught by the tests.

Outside the vault (``reflect.ini``) Reflect keeps only the window geometry, the
theme and the support country: see ``reflect/app/settings.py``.

Migrations: none so far. ``guide.support_country`` was written by 0.1; the
country now lives outside the vault, so it is only read, as a fallback.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from reflect.core import language
from reflect.core.errors import BugError

T = TypeVar("T")


class SettingsTable(Protocol):
    """What a setting needs from the journal (``Journal`` has these)."""

    def get_setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One key of the vault's settings table."""

    key: str
    default: T
    valid: Callable[[object], bool]
    about: str

    def read(self, journal: SettingsTable) -> T:
        value = journal.get_setting(self.key, None)
        return value if value is not None and self.valid(value) else self.default

    def write(self, journal: SettingsTable, value: T | None) -> None:
        """Store ``value`` (``None`` clears it back to the default)."""
        if value is not None and not self.valid(value):
            raise BugError(f"{value!r} is not a valid value for {self.key}")
        journal.set_setting(self.key, value)


def _int_in(low: int, high: int) -> Callable[[object], bool]:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _is_bool(v: object) -> bool:
    return isinstance(v, bool)


def _text(v: object) -> bool:
    return isinstance(v, str) and bool(v.strip())


def _iso_day(v: object) -> bool:
    return isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) is not None


def _words(v: object) -> bool:
    return isinstance(v, list) and all(isinstance(w, str) for w in v)


MAX_IDLE_MINUTES = 240
FONT_SIZES = range(8, 33)
DEFAULT_BACKUPS_KEPT = 10
MAX_MY_WORDS = 10_000

IDLE_MINUTES: Setting[int] = Setting(
    "lock.idle_minutes",
    5,
    _int_in(0, MAX_IDLE_MINUTES),
    "Lock after this many idle minutes (0: never).",
)
LOCK_ON_MINIMISE: Setting[bool] = Setting(
    "lock.on_minimise", False, _is_bool, "Lock when the window is minimised."
)
FONT_FAMILY: Setting[str | None] = Setting(
    "editor.font_family", None, _text, "The writing font (None: the app's font)."
)
FONT_SIZE: Setting[int | None] = Setting(
    "editor.font_size", None, _int_in(FONT_SIZES.start, FONT_SIZES.stop - 1), "Writing size (pt)."
)
LEGAL_CAUTION_ACK: Setting[str | None] = Setting(
    "legal_caution_acknowledged", None, _iso_day, "The day the legal caution was acknowledged."
)
ALWAYS_REDACT: Setting[list[str]] = Setting(
    "redact.always", [], _words, "Words the therapist export always hides."
)
SAFETY_PLAN_ENTRY: Setting[str | None] = Setting(
    "guide.safety_plan_entry", None, _text, "The entry holding the living safety plan."
)
SUPPORT_COUNTRY_0_1: Setting[str | None] = Setting(
    "guide.support_country", None, _text, "Reflect 0.1's support country (read only)."
)
SPELL_CHECK: Setting[bool] = Setting(
    "editor.spell_check", True, _is_bool, "Underline misspelled words as the user types."
)
MY_WORDS: Setting[list[str]] = Setting(
    "spelling.my_words",
    [],
    lambda v: isinstance(v, list) and len(v) <= MAX_MY_WORDS and _words(v),
    "Words the user added to the spell checker (kept here, never in a system file).",
)
BACKUP_ENABLED: Setting[bool] = Setting(
    "backup.enabled", True, _is_bool, "Make the daily automatic backup."
)
BACKUP_FOLDER: Setting[str | None] = Setting(
    "backup.folder", None, _text, "Where automatic backups go (None: the default folder)."
)
BACKUP_KEEP: Setting[int] = Setting(
    "backup.keep", DEFAULT_BACKUPS_KEPT, _int_in(1, 10_000), "How many automatic backups to keep."
)
BACKUP_LAST: Setting[str | None] = Setting(
    "backup.last", None, _text, "When the last automatic backup was made (ISO time)."
)
SYNC_FOLDER: Setting[str | None] = Setting(
    "sync.folder",
    None,
    _text,
    "The folder this computer keeps in step through (None: not kept in step). Stays here.",
)
SYNC_LAST: Setting[str | None] = Setting(
    "sync.last", None, _text, "When this computer was last in step (ISO time, UTC)."
)
SYNC_KEY_STAMP: Setting[int] = Setting(
    "sync.key_stamp",
    0,
    _int_in(0, 2**62),
    "How many passphrase or key changes of this journal this computer knows of.",
)
SYNC_KEY_PUBLISHED: Setting[str | None] = Setting(
    "sync.key_published", None, _text, "A hash of the vault.json last put in the sync folder."
)
SYNC_OWN_FILE: Setting[str | None] = Setting(
    "sync.own_file",
    None,
    _text,
    "A hash of the file this copy last wrote to the sync folder (finds a twin copy).",
)
SYNC_BASE: Setting[dict[str, Any] | None] = Setting(
    "sync.base",
    None,
    lambda v: isinstance(v, dict),
    "The base of this computer's file in the sync folder: a hash of its sealed bytes, "
    "the computer and key file it was sealed for, the context it was written at, and "
    "the ids a merge rewrote since (``SyncFolder.sync`` keeps it; nothing of an entry).",
)
SYNC_MERGED_BASES: Setting[dict[str, str]] = Setting(
    "sync.merged_bases",
    {},
    lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in (*v, *v.values())),
    "By other computer, a hash of the base of its file merged here whole (later syncs "
    "open only what changed since).",
)
SYNC_TOOL_NOTICE: Setting[bool] = Setting(
    "sync.tool_notice_shown",
    False,
    _is_bool,
    "The journal was found inside a sync tool's folder, and the user was told (once).",
)

SCHEMA: dict[str, Setting[Any]] = {
    s.key: s
    for s in (
        IDLE_MINUTES,
        LOCK_ON_MINIMISE,
        FONT_FAMILY,
        FONT_SIZE,
        LEGAL_CAUTION_ACK,
        ALWAYS_REDACT,
        SAFETY_PLAN_ENTRY,
        SUPPORT_COUNTRY_0_1,
        SPELL_CHECK,
        MY_WORDS,
        BACKUP_ENABLED,
        BACKUP_FOLDER,
        BACKUP_KEEP,
        BACKUP_LAST,
        SYNC_FOLDER,
        SYNC_LAST,
        SYNC_KEY_STAMP,
        SYNC_KEY_PUBLISHED,
        SYNC_OWN_FILE,
        SYNC_BASE,
        SYNC_MERGED_BASES,
        SYNC_TOOL_NOTICE,
    )
}

REMINDER_NOTE_PREFIX = "reminder.note."
"""A family of keys: one private reminder note per rule (``reminder.note.<rule id>``)."""
REMINDER_EVENT_PREFIX = "reminder.event."
"""A family of keys: the event a follow-up reminder is about (``reminder.event.<rule id>``).

Kept in the vault, not the reminders file: with the date, it would date the event."""


def is_declared(key: str) -> bool:
    """Whether ``key`` is a setting Reflect may keep in the vault."""
    return key in SCHEMA or any(
        key.startswith(prefix) and len(key) > len(prefix)
        for prefix in (REMINDER_NOTE_PREFIX, REMINDER_EVENT_PREFIX)
    )


@dataclass(frozen=True)
class VaultPrefs:
    """The preferences the window applies on unlock (idle lock, minimise, font, spelling)."""

    idle_minutes: int = IDLE_MINUTES.default  # 0 = never lock on idle
    lock_on_minimise: bool = LOCK_ON_MINIMISE.default
    font_family: str | None = None  # None = the app's default font
    font_size: int | None = None
    spell_check: bool = SPELL_CHECK.default


def read_prefs(journal: SettingsTable) -> VaultPrefs:
    """Read the preferences, tolerating missing or odd values (defaults win)."""
    return VaultPrefs(
        idle_minutes=IDLE_MINUTES.read(journal),
        lock_on_minimise=LOCK_ON_MINIMISE.read(journal),
        font_family=FONT_FAMILY.read(journal),
        font_size=FONT_SIZE.read(journal),
        spell_check=spelling_wanted(journal),
    )


def spelling_wanted(journal: SettingsTable | None) -> bool:
    """The user's choice; until they make one (or with no journal open), on only when
    Reflect speaks English. The dictionary is English: in German, French or Spanish
    it would underline almost every word."""
    chosen = None if journal is None else journal.get_setting(SPELL_CHECK.key, None)
    if chosen is None:
        return language.language_tag() == language.SOURCE
    return chosen if SPELL_CHECK.valid(chosen) else SPELL_CHECK.default
