# Over 400 lines because: rules and their DST-aware time arithmetic are one model (split next).
"""Reminder rules and when they fire: pure functions, the clock always passed in.

A rule never holds text. It says *when* (a wall-clock time, weekdays or a date, in a
named IANA zone) and *what to open* (write, check in, an event, a private note);
the words a notification shows come from a fixed allow-list (``WORDINGS``), and a
one-off reminder's private note lives inside the vault, never here. That is what
lets the schedule live outside the vault and reminders fire while it is locked.

Decisions, written down once:

* **Zones.** A rule stores the IANA zone it was created in, and by default
  follows the computer's zone (``follow_system_zone``), so an 08:00 reminder is
  08:00 wherever the user is. Unticking "follow" pins it to the stored zone.
* **Spring forward.** A wall time that does not exist that day (02:30 when clocks
  jump from 02:00 to 03:00) fires at the first valid instant after the gap (03:00).
* **Fall back.** A wall time that happens twice (01:30) fires once, at the first
  occurrence (``fold=0``).
* **Quiet hours** are wall-clock times in the computer's zone; a reminder that
  falls inside them is held until they end, then fires.
* **Late and missed.** A reminder up to ``LATE_GRACE`` late (the computer was
  asleep, the app was starting) still fires as itself. Older ones were missed:
  they are gathered into one ``Missed`` summary, shown once, never a flood.
* **"Skip if I already wrote today"** needs the journal. While the vault is
  locked nobody can know, so the reminder fires (its text is generic anyway).
"""

from __future__ import annotations

import calendar
import dataclasses
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from reflect.core.errors import InvalidInput
from reflect.core.language import QT_TR_NOOP, tr_core

# --- The only words a notification may carry -------------------------------------

NOTICE_TITLE = "Reflect"
WORDINGS: Mapping[str, str] = MappingProxyType(
    {
        # Marked for the catalogue: a notifier shows them in the user's language.
        "quiet-minutes": QT_TR_NOOP("Time for a few quiet minutes"),
        "moment": QT_TR_NOOP("A moment for yourself, if you'd like one"),
        "here": QT_TR_NOOP("Reflect is here when you want it"),
        "gentle": QT_TR_NOOP("A gentle reminder from Reflect"),
    }
)
DEFAULT_WORDING = "quiet-minutes"
MISSED_TEXT = QT_TR_NOOP("Some reminders came by while Reflect was closed")
#: Everything a notifier is ever allowed to display.
ALLOWED_TEXTS: frozenset[str] = frozenset({NOTICE_TITLE, MISSED_TEXT, *WORDINGS.values()})

LATE_GRACE = timedelta(hours=1)
MORNING = time(8, 0)
DEFAULT_FOLLOW_UP_TIME = time(9, 0)
EVERY_DAY: frozenset[int] = frozenset(range(7))

_ID = re.compile(r"^[0-9A-Za-z-]{8,64}$")
_ZONE = re.compile(r"^[A-Za-z0-9_+\-/]{1,64}$")


class RuleKind(StrEnum):
    RECURRING = "recurring"
    FOLLOW_UP = "follow_up"
    ONE_OFF = "one_off"


class Target(StrEnum):
    """Where a click on the reminder takes the user (after unlocking)."""

    WRITE = "write"
    CHECKIN = "checkin"
    EVENT = "event"
    NOTE = "note"


class Snooze(StrEnum):
    TEN_MINUTES = "10m"
    ONE_HOUR = "1h"
    TOMORROW_MORNING = "morning"


class FollowUp(StrEnum):
    """The follow-ups offered when an event is created."""

    ONE_DAY = "1d"
    THREE_DAYS = "3d"
    ONE_WEEK = "1w"
    ONE_MONTH = "1m"


def new_rule_id() -> str:
    return str(uuid.uuid4())


def zone_key(zone: tzinfo) -> str:
    """The IANA name of ``zone``; "UTC" for zones that have none (fixed offsets)."""
    return zone.key if isinstance(zone, ZoneInfo) else "UTC"


@dataclass(frozen=True)
class QuietHours:
    """A daily window, in the computer's zone, when nothing fires (may cross midnight)."""

    enabled: bool = False
    start: time = time(22, 0)
    end: time = time(7, 0)

    def is_quiet(self, instant: datetime, zone: tzinfo) -> bool:
        if not self.enabled or self.start == self.end:
            return False
        now = instant.astimezone(zone).time().replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= now < self.end
        return now >= self.start or now < self.end

    def hold(self, instant: datetime, zone: tzinfo) -> datetime:
        """``instant``, or the end of the quiet window it falls in.

        A spring-forward jump can skip the whole gap between one night's window and
        the next (quiet 01:01 to 01:00, the clock going from 01:00 to 02:00): the
        end found is then quiet again, and the hold goes on to the next end."""
        held = instant
        for _ in range(3):
            if not self.is_quiet(held, zone):
                return held
            later = self._window_end(held, zone)
            if later == held:
                break
            held = later
        return held

    def _window_end(self, instant: datetime, zone: tzinfo) -> datetime:
        local = instant.astimezone(zone)
        day = local.date()
        if self.start > self.end and local.time().replace(tzinfo=None) >= self.start:
            day += timedelta(days=1)
        end = resolve_local(day, self.end, zone)
        # On a fall-back night the wall clock can read "before the end" twice; the
        # window has then already ended once, so nothing is held further.
        return max(end, instant)


@dataclass(frozen=True)
class Rule:
    """One reminder. Holds times and ids only: never a word the user wrote."""

    id: str
    kind: RuleKind
    at: time
    handled_until: datetime
    weekdays: frozenset[int] = EVERY_DAY
    on_day: date | None = None
    zone: str = "UTC"
    follow_system_zone: bool = True
    checkin: bool = False
    skip_if_wrote_today: bool = False
    wording: str = DEFAULT_WORDING
    event_id: str | None = None
    paused: bool = False
    snoozed_until: datetime | None = None
    last_fired: datetime | None = None

    def __post_init__(self) -> None:
        if not _ID.match(self.id):
            raise InvalidInput(tr_core("A reminder id must be a uuid."))
        if self.event_id is not None and not _ID.match(self.event_id):
            raise InvalidInput(tr_core("An event id must be a uuid."))
        if self.wording not in WORDINGS:
            raise InvalidInput(tr_core("Unknown reminder wording."))
        if not _ZONE.match(self.zone):
            raise InvalidInput(tr_core("Unknown time zone."))
        if self.kind is RuleKind.RECURRING:
            if not self.weekdays or not self.weekdays <= EVERY_DAY:
                raise InvalidInput(tr_core("Choose at least one day for the reminder."))
        elif self.on_day is None:
            raise InvalidInput(tr_core("Choose a date for the reminder."))
        if self.kind is RuleKind.FOLLOW_UP and self.event_id is None:
            raise InvalidInput(tr_core("A follow-up needs an event."))
        for moment in (self.handled_until, self.snoozed_until, self.last_fired):
            if moment is not None and moment.tzinfo is None:
                raise InvalidInput(tr_core("Reminder times must carry a zone."))

    @property
    def target(self) -> Target:
        """What a click opens. A one-off's private note (if any) is shown with it."""
        if self.kind is RuleKind.FOLLOW_UP:
            return Target.EVENT
        if self.checkin:
            return Target.CHECKIN
        return Target.NOTE if self.kind is RuleKind.ONE_OFF else Target.WRITE

    def edited(self, now: datetime, **changes: Any) -> Rule:
        """A changed copy that starts counting from ``now`` (nothing "missed" by editing)."""
        return dataclasses.replace(self, **{**changes, "handled_until": now, "snoozed_until": None})


def recurring(
    at: time,
    now: datetime,
    zone: tzinfo,
    *,
    weekdays: Iterable[int] = EVERY_DAY,
    checkin: bool = False,
    skip_if_wrote_today: bool = False,
    wording: str = DEFAULT_WORDING,
) -> Rule:
    """A new daily / chosen-weekdays / weekly rule (one weekday = weekly)."""
    return Rule(
        id=new_rule_id(),
        kind=RuleKind.RECURRING,
        at=_minute(at),
        handled_until=now,
        weekdays=frozenset(weekdays),
        zone=zone_key(zone),
        checkin=checkin,
        skip_if_wrote_today=skip_if_wrote_today,
        wording=wording,
    )


def one_off(
    on_day: date,
    at: time,
    now: datetime,
    zone: tzinfo,
    *,
    checkin: bool = False,
    wording: str = DEFAULT_WORDING,
) -> Rule:
    """A new single reminder; its private note is stored in the vault, not here."""
    return Rule(
        id=new_rule_id(),
        kind=RuleKind.ONE_OFF,
        at=_minute(at),
        handled_until=now,
        on_day=on_day,
        zone=zone_key(zone),
        checkin=checkin,
        wording=wording,
    )


def follow_up(
    event_id: str, on_day: date, now: datetime, zone: tzinfo, at: time = DEFAULT_FOLLOW_UP_TIME
) -> Rule:
    """A new follow-up on an event: clicking it opens the event."""
    return Rule(
        id=new_rule_id(),
        kind=RuleKind.FOLLOW_UP,
        at=_minute(at),
        handled_until=now,
        on_day=on_day,
        zone=zone_key(zone),
        event_id=event_id,
    )


def follow_up_day(start: date, offset: FollowUp) -> date:
    """The day a follow-up falls on; "1 month" keeps the day of the month where it can
    (31 January + 1 month = 28 or 29 February)."""
    if offset is FollowUp.ONE_DAY:
        return start + timedelta(days=1)
    if offset is FollowUp.THREE_DAYS:
        return start + timedelta(days=3)
    if offset is FollowUp.ONE_WEEK:
        return start + timedelta(weeks=1)
    year, month = (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _minute(at: time) -> time:
    return at.replace(second=0, microsecond=0, tzinfo=None)


# --- When things fire -------------------------------------------------------------


def resolve_local(day: date, at: time, zone: tzinfo) -> datetime:
    """The UTC instant when the wall clock in ``zone`` reads ``at`` on ``day``.

    An ambiguous time (fall-back) gives its first occurrence. A time inside a gap
    (spring-forward, or a skipped day) gives the first valid instant after the gap:
    the earliest instant whose wall-clock reading is at or past the wanted one.
    """
    wanted = datetime.combine(day, at.replace(tzinfo=None))
    first = wanted.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wanted:
        return first
    # In a gap, fold=0 applies the offset from before the gap (landing after it) and
    # fold=1 the one from after it (landing before it); the gap's end lies between.
    other = wanted.replace(tzinfo=zone, fold=1).astimezone(UTC)
    low, high = min(first, other), max(first, other)
    lo_s, hi_s = 0, int((high - low).total_seconds())
    while lo_s < hi_s:
        mid = (lo_s + hi_s) // 2
        if (low + timedelta(seconds=mid)).astimezone(zone).replace(tzinfo=None) >= wanted:
            hi_s = mid
        else:
            lo_s = mid + 1
    return low + timedelta(seconds=lo_s)


def rule_zone(rule: Rule, system_zone: tzinfo) -> tzinfo:
    """The zone the rule's wall-clock time is read in."""
    return system_zone if rule.follow_system_zone else ZoneInfo(rule.zone)


def next_occurrence(rule: Rule, after: datetime, system_zone: tzinfo) -> datetime | None:
    """The first scheduled instant strictly after ``after`` (pause, snooze and quiet
    hours aside); None when a one-off or follow-up has already passed."""
    zone = rule_zone(rule, system_zone)
    if rule.kind is not RuleKind.RECURRING:
        assert rule.on_day is not None  # enforced by Rule
        when = resolve_local(rule.on_day, rule.at, zone)
        return when if when > after else None
    start = after.astimezone(zone).date()
    # Eight days ahead covers a weekly rule; a day back covers a gap that moved
    # yesterday's time past midnight (a skipped calendar day).
    for offset in range(-1, 9):
        day = start + timedelta(days=offset)
        if day.weekday() in rule.weekdays:
            when = resolve_local(day, rule.at, zone)
            if when > after:
                return when
    raise AssertionError("a recurring rule always fires within eight days")


def pending_at(rule: Rule, system_zone: tzinfo) -> datetime | None:
    """When the rule is next owed, before quiet hours: its snooze or its next occurrence."""
    if rule.paused:
        return None
    candidates = [
        when
        for when in (next_occurrence(rule, rule.handled_until, system_zone), rule.snoozed_until)
        if when is not None
    ]
    return min(candidates) if candidates else None


def fire_at(rule: Rule, system_zone: tzinfo, quiet: QuietHours) -> datetime | None:
    """When the rule will actually fire: its pending time, held through quiet hours."""
    when = pending_at(rule, system_zone)
    return None if when is None else quiet.hold(when, system_zone)


def is_finished(rule: Rule, system_zone: tzinfo) -> bool:
    """A one-off or follow-up that has fired (or passed) and will not fire again."""
    return (
        rule.kind is not RuleKind.RECURRING
        and pending_at(dataclasses.replace(rule, paused=False), system_zone) is None
    )


def snooze_until(choice: Snooze, now: datetime, zone: tzinfo) -> datetime:
    """When a snoozed reminder comes back ("tomorrow morning" is 08:00 local)."""
    if choice is Snooze.TEN_MINUTES:
        return now + timedelta(minutes=10)
    if choice is Snooze.ONE_HOUR:
        return now + timedelta(hours=1)
    return resolve_local(now.astimezone(zone).date() + timedelta(days=1), MORNING, zone)


def local_day_bounds(now: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """[start, end) of the local calendar day containing ``now``, as UTC instants."""
    day = now.astimezone(zone).date()
    return resolve_local(day, time(0), zone), resolve_local(day + timedelta(days=1), time(0), zone)


def should_deliver(rule: Rule, wrote_today: bool | None) -> bool:
    """Whether a due reminder is shown: skipped only when the user *certainly* wrote
    today (``None`` means the vault is locked and nobody can tell: fire)."""
    return not (rule.skip_if_wrote_today and wrote_today is True)


# --- The schedule and one evaluation step -----------------------------------------


@dataclass(frozen=True)
class Schedule:
    """Everything kept in the schedule file."""

    rules: tuple[Rule, ...] = ()
    quiet: QuietHours = field(default_factory=QuietHours)
    keep_in_tray: bool = False

    def get(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def put(self, rule: Rule) -> Schedule:
        """Add ``rule`` or replace the rule with its id."""
        others = tuple(r for r in self.rules if r.id != rule.id)
        if len(others) == len(self.rules):
            return dataclasses.replace(self, rules=(*self.rules, rule))
        return dataclasses.replace(
            self, rules=tuple(rule if r.id == rule.id else r for r in self.rules)
        )

    def remove(self, rule_id: str) -> Schedule:
        return dataclasses.replace(self, rules=tuple(r for r in self.rules if r.id != rule_id))

    def next_fire(self, system_zone: tzinfo) -> datetime | None:
        times = [fire_at(r, system_zone, self.quiet) for r in self.rules]
        known = [t for t in times if t is not None]
        return min(known) if known else None


def pause(schedule: Schedule, rule_id: str) -> Schedule:
    return schedule.put(dataclasses.replace(schedule.get(rule_id), paused=True))


def resume(schedule: Schedule, rule_id: str, now: datetime) -> Schedule:
    """Resume counting from ``now``: the days it was paused are not "missed"."""
    rule = schedule.get(rule_id)
    return schedule.put(
        dataclasses.replace(rule, paused=False, handled_until=max(now, rule.handled_until))
    )


def snooze(
    schedule: Schedule, rule_id: str, choice: Snooze, now: datetime, zone: tzinfo
) -> Schedule:
    rule = schedule.get(rule_id)
    return schedule.put(
        dataclasses.replace(rule, snoozed_until=snooze_until(choice, now, zone), paused=False)
    )


@dataclass(frozen=True)
class Due:
    """A reminder to show now. ``text`` is always one of the allowed wordings."""

    rule_id: str
    target: Target
    event_id: str | None
    wording: str
    scheduled_for: datetime

    @property
    def text(self) -> str:
        return WORDINGS[self.wording]


@dataclass(frozen=True)
class Missed:
    """One summary of every reminder that came and went while Reflect was not running."""

    rule_ids: tuple[str, ...]
    earliest: datetime
    text: str = MISSED_TEXT

    @property
    def count(self) -> int:
        return len(self.rule_ids)


@dataclass(frozen=True)
class Evaluation:
    schedule: Schedule
    due: tuple[Due, ...] = ()
    missed: Missed | None = None
    skipped: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.due or self.missed or self.skipped)


def evaluate(
    schedule: Schedule,
    now: datetime,
    system_zone: tzinfo,
    wrote_today: Callable[[], bool | None] = lambda: None,
) -> Evaluation:
    """Everything owed at ``now``: what to show, what was missed, the updated schedule.

    Each rule whose fire time has come is marked handled up to ``now``, so running
    this twice never shows anything twice. ``wrote_today`` is asked at most once,
    and only if a due rule has "skip if I already wrote today".
    """
    due: list[Due] = []
    missed: list[tuple[datetime, str]] = []
    skipped: list[str] = []
    rules: list[Rule] = []
    asked: list[bool | None] = []
    for rule in schedule.rules:
        when = fire_at(rule, system_zone, schedule.quiet)
        if when is None or when > now:
            rules.append(rule)
            continue
        fired = False
        if now - when > LATE_GRACE:
            missed.append((when, rule.id))
        else:
            if rule.skip_if_wrote_today and not asked:
                asked.append(wrote_today())
            if should_deliver(rule, asked[0] if asked else None):
                fired = True
                due.append(Due(rule.id, rule.target, rule.event_id, rule.wording, when))
            else:
                skipped.append(rule.id)
        rules.append(
            dataclasses.replace(
                rule,
                handled_until=max(now, rule.handled_until),
                snoozed_until=None,
                last_fired=now if fired else rule.last_fired,
            )
        )
    summary = None
    if missed:
        missed.sort()
        summary = Missed(tuple(rule_id for _, rule_id in missed), missed[0][0])
    return Evaluation(
        dataclasses.replace(schedule, rules=tuple(rules)), tuple(due), summary, tuple(skipped)
    )
