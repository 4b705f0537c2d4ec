"""Property tests: next-fire times over rules, zones and real DST transitions.

The transitions are found by scanning the zone data (2024-2027), and hypothesis is
steered to land near them and to pick wall times inside the gaps and overlaps.
"""

from __future__ import annotations

import functools
import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reflect.core.reminders import schedule as sc

ZONES = (
    "America/New_York",
    "Europe/London",
    "Europe/Dublin",  # negative DST in the data
    "Australia/Lord_Howe",  # 30-minute DST
    "Pacific/Chatham",  # +12:45 / +13:45
    "America/St_Johns",  # -3:30
    "America/Santiago",  # transitions at midnight
    "Asia/Kolkata",  # no DST
    "UTC",
)
START = datetime(2024, 1, 1, tzinfo=UTC)
END = datetime(2027, 12, 31, tzinfo=UTC)
ONE_SECOND = timedelta(seconds=1)


@functools.cache
def transitions(name: str) -> tuple[datetime, ...]:
    """Every instant in 2024-2027 at which ``name`` changes its UTC offset."""
    zone = ZoneInfo(name)
    found = []
    moment = START
    offset = moment.astimezone(zone).utcoffset()
    while moment < END:
        step = moment + timedelta(hours=1)
        new = step.astimezone(zone).utcoffset()
        if new != offset:
            low, high = moment, step
            while high - low > ONE_SECOND:
                mid = low + (high - low) / 2
                if mid.astimezone(zone).utcoffset() == offset:
                    low = mid
                else:
                    high = mid
            found.append(high.replace(microsecond=0))
            offset = new
        moment = step
    return tuple(found)


def wall(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


@st.composite
def zone_and_moment(draw: st.DrawFn) -> tuple[ZoneInfo, datetime, time]:
    """A zone, an instant (often within days of a DST change) and a wall time
    (often inside that change's gap or overlap)."""
    name = draw(st.sampled_from(ZONES))
    zone = ZoneInfo(name)
    changes = transitions(name)
    if changes and draw(st.integers(0, 3)) > 0:
        change = draw(st.sampled_from(changes))
        after = change + timedelta(minutes=draw(st.integers(-3 * 1440, 3 * 1440)))
        near = wall(change, zone) + timedelta(minutes=draw(st.integers(-90, 90)))
        at = near.time().replace(second=0, microsecond=0)
    else:
        after = draw(st.datetimes(START.replace(tzinfo=None), END.replace(tzinfo=None)))
        after = after.replace(tzinfo=UTC)
        at = draw(st.times()).replace(second=0, microsecond=0)
    return zone, after, at


weekday_sets = st.frozensets(st.integers(0, 6), min_size=1)


def scheduled_day(fire: datetime, at: time, zone: ZoneInfo) -> date:
    """The day whose ``at`` this instant stands for: the wall clock reaches ``at`` on
    that day exactly at ``fire`` (one second earlier it had not yet)."""
    here, before = wall(fire, zone), wall(fire - ONE_SECOND, zone)
    for day in (here.date(), here.date() - timedelta(days=1)):
        wanted = datetime.combine(day, at)
        if before < wanted <= here:
            return day
    raise AssertionError(f"{fire} is not the moment the wall clock reaches {at}")


@settings(max_examples=300, deadline=None)
@given(zone_and_moment(), weekday_sets)
def test_next_fire_is_the_first_moment_the_wall_clock_reaches_the_time(
    case: tuple[ZoneInfo, datetime, time], weekdays: frozenset[int]
) -> None:
    zone, after, at = case
    rule = sc.recurring(at, after, zone, weekdays=weekdays)
    fires = []
    moment = after
    for _ in range(4):
        nxt = sc.next_occurrence(rule, moment, zone)
        assert nxt is not None
        assert nxt > moment
        fires.append(nxt)
        moment = nxt
    days = [scheduled_day(fire, at, zone) for fire in fires]
    assert all(day.weekday() in weekdays for day in days)
    # Consecutive fires are consecutive chosen days: none skipped, none doubled
    # (a fall-back overlap never fires twice).
    for earlier, later in itertools.pairwise(days):
        gap_days = [
            earlier + timedelta(days=n)
            for n in range(1, (later - earlier).days)
            if (earlier + timedelta(days=n)).weekday() in weekdays
        ]
        assert later > earlier
        assert gap_days == []
    # Nothing owed between ``after`` and the first fire: the chosen day before it
    # had already passed.
    previous = days[0] - timedelta(days=1)
    while previous.weekday() not in weekdays:
        previous -= timedelta(days=1)
    assert sc.resolve_local(previous, at, zone) <= after


@settings(max_examples=150, deadline=None)
@given(zone_and_moment())
def test_resolve_local_matches_a_minute_by_minute_scan(
    case: tuple[ZoneInfo, datetime, time],
) -> None:
    zone, after, at = case
    day = wall(after, zone).date()
    wanted = datetime.combine(day, at)
    got = sc.resolve_local(day, at, zone)
    # The oracle: walk the minutes of a wide window; the first whose wall-clock
    # reading is at or past the wanted time.
    moment = datetime.combine(day, time(0), tzinfo=UTC) - timedelta(hours=15)
    while wall(moment, zone) < wanted:
        moment += timedelta(minutes=1)
    assert got == moment


@settings(max_examples=200, deadline=None)
@given(zone_and_moment(), st.times(), st.times())
# Found by this test: London's spring-forward skips the one quiet-free minute.
@example(
    (ZoneInfo("Europe/London"), datetime(2024, 3, 31, 0, 59, tzinfo=UTC), time(2, 0)),
    time(1, 1),
    time(1, 0),
)
def test_quiet_hours_hold_until_the_window_ends(
    case: tuple[ZoneInfo, datetime, time], start: time, end: time
) -> None:
    zone, moment, _ = case
    quiet = sc.QuietHours(
        enabled=True,
        start=start.replace(second=0, microsecond=0),
        end=end.replace(second=0, microsecond=0),
    )
    held = quiet.hold(moment, zone)
    assert held >= moment
    # One window (under a day, 25 hours on a fall-back night); two when a
    # spring-forward jump skips the quiet-free gap between them.
    assert held - moment <= timedelta(hours=49)
    if not quiet.is_quiet(moment, zone):
        assert held == moment
    elif held != moment:
        assert not quiet.is_quiet(held, zone)
        assert quiet.is_quiet(held - ONE_SECOND, zone)


rules_strategy = st.lists(
    st.tuples(
        st.sampled_from(("daily", "weekdays", "one_off")),
        st.times().map(lambda t: t.replace(second=0, microsecond=0)),
        weekday_sets,
        st.integers(0, 10),
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=100, deadline=None)
@given(
    zone_and_moment(),
    rules_strategy,
    st.lists(st.integers(1, 5 * 24 * 60), min_size=1, max_size=12),
    st.booleans(),
)
def test_every_occurrence_is_dealt_with_exactly_once(
    case: tuple[ZoneInfo, datetime, time],
    specs: list[tuple[str, time, frozenset[int], int]],
    steps: list[int],
    quiet_on: bool,
) -> None:
    zone, now, _ = case
    rules = []
    for kind, at, weekdays, days_ahead in specs:
        if kind == "one_off":
            day = wall(now, zone).date() + timedelta(days=days_ahead)
            rules.append(sc.one_off(day, at, now, zone))
        else:
            chosen = sc.EVERY_DAY if kind == "daily" else weekdays
            rules.append(sc.recurring(at, now, zone, weekdays=chosen))
    schedule = sc.Schedule(rules=tuple(rules), quiet=sc.QuietHours(quiet_on, time(22), time(7)))
    shown: set[tuple[str, datetime]] = set()
    for minutes in steps:
        now += timedelta(minutes=minutes)
        result = sc.evaluate(schedule, now, zone)
        for due in result.due:
            key = (due.rule_id, due.scheduled_for)
            assert key not in shown
            shown.add(key)
            assert due.text in sc.ALLOWED_TEXTS
            assert now - due.scheduled_for <= sc.LATE_GRACE
            assert not quiet_on or not schedule.quiet.is_quiet(due.scheduled_for, zone)
        schedule = result.schedule
        # Nothing is left owed after an evaluation.
        pending = schedule.next_fire(zone)
        assert pending is None or pending > now
