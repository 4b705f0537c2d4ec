"""The schedule file (``reminders.json`` in the config folder) and the private notes.

The file lives outside the vault so reminders can fire while it is locked. It holds
only what ``Schedule`` holds: ids, kinds, times, weekdays, zone names, flags, the
wording *id* and, for follow-ups, an opaque event uuid. There is no field in which
a word the user wrote could land; a one-off reminder's private note is kept inside
the vault (``save_note`` / ``load_note``) and only read after unlocking.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reflect.core.errors import InvalidInput, UserError
from reflect.core.fileio import UnsafeFile, atomic_write, read_small_file
from reflect.core.reminders.schedule import QuietHours, Rule, RuleKind, Schedule, fire_at

if TYPE_CHECKING:
    from reflect.core.journal.repository import Journal
from reflect.core.journal.settings import REMINDER_EVENT_PREFIX, REMINDER_NOTE_PREFIX

log = logging.getLogger(__name__)

FILE_NAME = "reminders.json"
FORMAT = 1
# A person keeps a handful of reminders; the file Reflect writes for 500 is ~250 KB.
MAX_RULES = 500
MAX_FILE_BYTES = 1024 * 1024
YEARS = range(1970, 2200)
# What reading the file, or one reminder in it, may raise when it is damaged.
_UNREADABLE = (
    ValueError,
    KeyError,
    TypeError,
    InvalidInput,
    OverflowError,
    ZoneInfoNotFoundError,
    RecursionError,
)
NOTE_KEY_PREFIX = REMINDER_NOTE_PREFIX

Listener = Callable[[Schedule], None]


class ReminderStore:
    """Loads and saves the schedule; the one owner of ``reminders.json``.

    The app builds one and hands it to both the scheduler and the reminders dialog.
    Every change goes through ``save``/``update``, which tell the listeners (the
    scheduler re-arms its timer), all on the GUI thread.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._schedule: Schedule | None = None
        self._listeners: list[Listener] = []
        self._set_aside = 0

    @classmethod
    def in_folder(cls, config: Path) -> ReminderStore:
        return cls(config / FILE_NAME)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def schedule(self) -> Schedule:
        if self._schedule is None:
            self._schedule = self._read()
        return self._schedule

    def save(self, schedule: Schedule) -> None:
        """Keep ``schedule``, write it atomically, then tell the listeners.

        The copy in memory is kept even when the disk refuses the write, so a
        reminder is never shown twice in one session; the error still propagates.
        """
        self._schedule = schedule
        try:
            self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            atomic_write(self._path, dumps(schedule).encode("utf-8"))
        finally:
            for listener in list(self._listeners):
                listener(schedule)

    def update(self, change: Callable[[Schedule], Schedule]) -> Schedule:
        new = change(self.schedule)
        self.save(new)
        return new

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every save; returns the function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    @property
    def set_aside(self) -> int:
        """Reminders in the file that could not be read and were set aside (0 if none).

        A count, and the file's problem, so the Reminders window can say so; the
        original file is kept beside it as ``reminders.json.unreadable``.
        """
        _ = self.schedule
        return self._set_aside

    def _read(self) -> Schedule:
        self._set_aside = 0
        try:
            raw = read_small_file(self._path, MAX_FILE_BYTES)
        except FileNotFoundError:
            return Schedule()
        except (OSError, UnsafeFile):
            # A directory, a link, a pipe, a device, or far too big: not ours to read.
            self._move_aside()
            self._set_aside = -1
            return Schedule()
        try:
            schedule, skipped = loads_leniently(raw.decode("utf-8"))
        except _UNREADABLE:  # UnicodeDecodeError is a ValueError
            # Keep the unreadable file for a look later; the schedule holds no
            # journal text, so setting it aside is safe. Reminders start empty.
            self._move_aside()
            self._set_aside = -1
            return Schedule()
        if skipped:
            self._copy_aside(raw)
            self._set_aside = skipped
        return schedule

    def _aside_path(self) -> Path:
        return self._path.with_name(self._path.name + ".unreadable")

    def _move_aside(self) -> None:
        aside = self._aside_path()
        try:
            if aside.is_dir() and not aside.is_symlink():
                shutil.rmtree(aside)
            os.replace(self._path, aside)
        except OSError:
            log.warning("The reminders file could not be read or set aside")
            return
        log.warning("The reminders file could not be read; it was set aside as %s", aside)

    def _copy_aside(self, raw: bytes) -> None:
        with contextlib.suppress(UserError):
            atomic_write(self._aside_path(), raw)
        log.warning("Some reminders could not be read; the file was copied aside")


# --- JSON -------------------------------------------------------------------------


def dumps(schedule: Schedule) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "quiet_hours": {
                "enabled": schedule.quiet.enabled,
                "start": _hm(schedule.quiet.start),
                "end": _hm(schedule.quiet.end),
            },
            "keep_running_in_tray": schedule.keep_in_tray,
            "rules": [_rule_to_json(rule) for rule in schedule.rules],
        },
        indent=2,
        sort_keys=True,
    )


def loads(text: str) -> Schedule:
    """Parse the file strictly: any reminder that cannot be read is an error."""
    schedule, skipped = loads_leniently(text)
    if skipped:
        raise ValueError(f"{skipped} reminders could not be read")
    return schedule


def loads_leniently(text: str) -> tuple[Schedule, int]:
    """Parse the file, setting aside each reminder that cannot be read or scheduled.

    Returns the schedule and how many were set aside: reminders beyond
    ``MAX_RULES``, unknown zones, dates Reflect would never write (outside
    ``YEARS``), anything that fails to compute its next time. A damaged file as a
    whole (not JSON, not ours, no settings) raises ``ValueError`` and friends.
    """
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("unknown reminders file format")
    quiet_doc = data["quiet_hours"]
    quiet = QuietHours(
        enabled=_bool(quiet_doc["enabled"]),
        start=time.fromisoformat(quiet_doc["start"]),
        end=time.fromisoformat(quiet_doc["end"]),
    )
    items = data["rules"]
    if not isinstance(items, list):
        raise TypeError("rules must be a list")
    rules: list[Rule] = []
    for item in items[:MAX_RULES]:
        try:
            rule = _rule_from_json(item)
            _check_schedulable(rule, quiet)
        except _UNREADABLE:
            continue
        rules.append(rule)
    schedule = Schedule(
        rules=tuple(rules), quiet=quiet, keep_in_tray=_bool(data["keep_running_in_tray"])
    )
    return schedule, len(items) - len(rules)


def _check_schedulable(rule: Rule, quiet: QuietHours) -> None:
    """Raise unless every date is one Reflect could write and the next time computes."""
    days = [rule.on_day, rule.handled_until, rule.snoozed_until, rule.last_fired]
    if any(day is not None and day.year not in YEARS for day in days):
        raise ValueError("a date outside the years Reflect writes")
    ZoneInfo(rule.zone)  # ZoneInfoNotFoundError for a zone this computer does not know
    fire_at(rule, UTC, quiet)


def _rule_to_json(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "kind": rule.kind.value,
        "at": _hm(rule.at),
        "weekdays": sorted(rule.weekdays),
        "on_day": rule.on_day.isoformat() if rule.on_day else None,
        "zone": rule.zone,
        "follow_system_zone": rule.follow_system_zone,
        "checkin": rule.checkin,
        "skip_if_wrote_today": rule.skip_if_wrote_today,
        "wording": rule.wording,
        "event_id": rule.event_id,
        "paused": rule.paused,
        "snoozed_until": _iso(rule.snoozed_until),
        "handled_until": _iso(rule.handled_until),
        "last_fired": _iso(rule.last_fired),
    }


def _rule_from_json(item: dict[str, Any]) -> Rule:
    handled = _instant(item["handled_until"])
    if handled is None:
        raise ValueError("handled_until is required")
    weekdays = item["weekdays"]
    if not isinstance(weekdays, list) or not all(isinstance(d, int) for d in weekdays):
        raise ValueError("weekdays must be a list of numbers")
    return Rule(
        id=_str(item["id"]),
        kind=RuleKind(item["kind"]),
        at=time.fromisoformat(item["at"]),
        handled_until=handled,
        weekdays=frozenset(weekdays),
        on_day=date.fromisoformat(item["on_day"]) if item["on_day"] else None,
        zone=_str(item["zone"]),
        follow_system_zone=_bool(item["follow_system_zone"]),
        checkin=_bool(item["checkin"]),
        skip_if_wrote_today=_bool(item["skip_if_wrote_today"]),
        wording=_str(item["wording"]),
        event_id=None if item["event_id"] is None else _str(item["event_id"]),
        paused=_bool(item["paused"]),
        snoozed_until=_instant(item["snoozed_until"]),
        last_fired=_instant(item["last_fired"]),
    )


def _hm(at: time) -> str:
    return at.strftime("%H:%M")


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _instant(value: object) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(_str(value))
    if moment.tzinfo is None:
        raise ValueError("times in the reminders file must carry a zone")
    return moment


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


# --- Private notes, inside the vault -----------------------------------------------


def note_key(rule_id: str) -> str:
    return NOTE_KEY_PREFIX + rule_id


def save_note(journal: Journal, rule_id: str, text: str) -> None:
    """Keep a one-off reminder's private note inside the vault (empty clears it)."""
    journal.set_setting(note_key(rule_id), text.strip() or None)


def load_note(journal: Journal, rule_id: str) -> str:
    value = journal.get_setting(note_key(rule_id))
    return value if isinstance(value, str) else ""


def delete_note(journal: Journal, rule_id: str) -> None:
    # The journal has no "delete setting"; a null value leaves no text behind.
    journal.set_setting(note_key(rule_id), None)
    journal.set_setting(REMINDER_EVENT_PREFIX + rule_id, None)


# --- Follow-ups: the event stays inside the vault ----------------------------------


def private_follow_up(journal: Journal, rule: Rule) -> Rule:
    """The follow-up as the reminders file may hold it: a one-off with no event.

    A follow-up's event id and date together would date the event in a file
    anyone can read; so the file holds only when it fires, and the vault holds
    which event it is about (``event_for``). Other rules come back unchanged.
    """
    if rule.kind is not RuleKind.FOLLOW_UP or rule.event_id is None:
        return rule
    journal.set_setting(REMINDER_EVENT_PREFIX + rule.id, rule.event_id)
    return dataclasses.replace(rule, kind=RuleKind.ONE_OFF, event_id=None)


def event_for(journal: Journal, rule: Rule) -> str | None:
    """The event a reminder follows up on, from the rule or from the vault."""
    if rule.event_id is not None:
        return rule.event_id
    value = journal.get_setting(REMINDER_EVENT_PREFIX + rule.id)
    return value if isinstance(value, str) else None


def follow_ups_for(
    schedule: Schedule, journal: Journal, event_id: str, system_zone: tzinfo
) -> list[datetime | None]:
    """When each reminder about ``event_id`` fires next, soonest first (None: paused or
    over), for the event's page."""
    times = [
        fire_at(rule, system_zone, schedule.quiet)
        for rule in schedule.rules
        if event_for(journal, rule) == event_id
    ]
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(times, key=lambda t: t if t is not None else far)


def keep_follow_ups_private(store: ReminderStore, journal: Journal) -> None:
    """Move the event of any follow-up still in the file (older versions) into the vault."""
    if any(rule.kind is RuleKind.FOLLOW_UP for rule in store.schedule.rules):
        store.update(
            lambda s: dataclasses.replace(
                s, rules=tuple(private_follow_up(journal, r) for r in s.rules)
            )
        )
