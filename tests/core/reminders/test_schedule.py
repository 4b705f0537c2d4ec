"""Reminder rules by example: DST, zones, quiet hours, snooze, missed, skip-if-wrote."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from reflect.core.errors import InvalidInput
from reflect.core.reminders import schedule as sc

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
TOKYO = ZoneInfo("Asia/Tokyo")


def local(moment: datetime | None, zone: ZoneInfo) -> datetime:
    assert moment is not None
    return moment.astimezone(zone).replace(tzinfo=None)


def at(zone: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone).astimezone(UTC)


# --- Next fire --------------------------------------------------------------------


def test_daily_created_before_its_time_fires_today_and_then_tomorrow() -> None:
    now = at(LONDON, 2026, 5, 4, 7, 0)
    rule = sc.recurring(time(8, 0), now, LONDON)
    first = sc.next_occurrence(rule, now, LONDON)
    assert local(first, LONDON) == datetime(2026, 5, 4, 8, 0)
    assert first is not None
    assert local(sc.next_occurrence(rule, first, LONDON), LONDON) == datetime(2026, 5, 5, 8, 0)


def test_daily_created_after_its_time_waits_for_tomorrow() -> None:
    now = at(LONDON, 2026, 5, 4, 9, 0)
    rule = sc.recurring(time(8, 0), now, LONDON)
    assert local(sc.next_occurrence(rule, now, LONDON), LONDON) == datetime(2026, 5, 5, 8, 0)


def test_chosen_weekdays_and_weekly() -> None:
    monday = at(NY, 2026, 5, 4, 12, 0)
    weekdays = sc.recurring(time(18, 30), monday, NY, weekdays={0, 2, 4})
    fires = []
    moment = monday
    for _ in range(4):
        moment = sc.next_occurrence(weekdays, moment, NY)  # type: ignore[assignment]
        fires.append(local(moment, NY).strftime("%a %H:%M"))
    assert fires == ["Mon 18:30", "Wed 18:30", "Fri 18:30", "Mon 18:30"]

    weekly = sc.recurring(time(9, 0), monday, NY, weekdays={1})
    first = sc.next_occurrence(weekly, monday, NY)
    assert first is not None
    assert local(first, NY) == datetime(2026, 5, 5, 9, 0)
    assert local(sc.next_occurrence(weekly, first, NY), NY) == datetime(2026, 5, 12, 9, 0)


def test_spring_forward_time_in_the_gap_fires_when_the_gap_ends() -> None:
    # 8 March 2026: New York clocks go from 02:00 straight to 03:00.
    before = at(NY, 2026, 3, 7, 12, 0)
    rule = sc.recurring(time(2, 30), before, NY)
    fire = sc.next_occurrence(rule, before, NY)
    assert fire is not None
    assert fire.astimezone(NY).replace(tzinfo=None) == datetime(2026, 3, 8, 3, 0)
    assert fire == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)
    # ...and the next day it is 02:30 again.
    assert local(sc.next_occurrence(rule, fire, NY), NY) == datetime(2026, 3, 9, 2, 30)


def test_fall_back_time_fires_once_at_its_first_occurrence() -> None:
    # 1 November 2026: 01:00-02:00 happens twice in New York.
    before = at(NY, 2026, 10, 31, 12, 0)
    rule = sc.recurring(time(1, 30), before, NY)
    fire = sc.next_occurrence(rule, before, NY)
    assert fire == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # 01:30 EDT, the first one
    assert fire is not None
    following = sc.next_occurrence(rule, fire, NY)
    assert local(following, NY) == datetime(2026, 11, 2, 1, 30)


def test_a_skipped_calendar_day_fires_at_the_start_of_the_next_one() -> None:
    apia = ZoneInfo("Pacific/Apia")  # 30 December 2011 never happened in Samoa
    one = sc.one_off(date(2011, 12, 30), time(8, 0), datetime(2011, 12, 1, tzinfo=UTC), apia)
    fire = sc.next_occurrence(one, datetime(2011, 12, 1, tzinfo=UTC), apia)
    assert local(fire, apia) == datetime(2011, 12, 31, 0, 0)


def test_following_the_computer_zone_moves_the_reminder_with_the_user() -> None:
    now = at(LONDON, 2026, 5, 4, 9, 0)
    rule = sc.recurring(time(8, 0), now, LONDON)
    # The user flies to Tokyo: 08:00 is now 08:00 Tokyo time.
    assert local(sc.next_occurrence(rule, now, TOKYO), TOKYO) == datetime(2026, 5, 5, 8, 0)
    pinned = dataclasses.replace(rule, follow_system_zone=False)
    assert rule.zone == "Europe/London"
    # A pinned rule stays at 08:00 London, which is 16:00 in Tokyo.
    assert local(sc.next_occurrence(pinned, now, TOKYO), TOKYO) == datetime(2026, 5, 5, 16, 0)


def test_one_off_fires_once_then_is_finished() -> None:
    now = at(LONDON, 2026, 5, 4, 9, 0)
    rule = sc.one_off(date(2026, 5, 6), time(14, 0), now, LONDON)
    fire = sc.next_occurrence(rule, now, LONDON)
    assert local(fire, LONDON) == datetime(2026, 5, 6, 14, 0)
    assert fire is not None
    assert sc.next_occurrence(rule, fire, LONDON) is None
    done = dataclasses.replace(rule, handled_until=fire)
    assert sc.is_finished(done, LONDON)
    assert not sc.is_finished(rule, LONDON)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (sc.FollowUp.ONE_DAY, date(2026, 2, 1)),
        (sc.FollowUp.THREE_DAYS, date(2026, 2, 3)),
        (sc.FollowUp.ONE_WEEK, date(2026, 2, 7)),
        (sc.FollowUp.ONE_MONTH, date(2026, 2, 28)),
    ],
)
def test_follow_up_days(offset: sc.FollowUp, expected: date) -> None:
    assert sc.follow_up_day(date(2026, 1, 31), offset) == expected


def test_follow_up_opens_its_event_and_december_rolls_the_year() -> None:
    now = at(LONDON, 2026, 12, 15, 10, 0)
    event_id = "0b7e7d0e-4c1a-4f0e-9d7e-2a8f5b6c1d2e"
    day = sc.follow_up_day(date(2026, 12, 15), sc.FollowUp.ONE_MONTH)
    assert day == date(2027, 1, 15)
    rule = sc.follow_up(event_id, day, now, LONDON)
    assert rule.target is sc.Target.EVENT
    assert rule.event_id == event_id
    assert local(sc.next_occurrence(rule, now, LONDON), LONDON) == datetime(2027, 1, 15, 9, 0)


def test_targets() -> None:
    now = at(LONDON, 2026, 5, 4, 9, 0)
    assert sc.recurring(time(8), now, LONDON).target is sc.Target.WRITE
    assert sc.recurring(time(8), now, LONDON, checkin=True).target is sc.Target.CHECKIN
    assert sc.one_off(date(2026, 6, 1), time(8), now, LONDON).target is sc.Target.NOTE


@pytest.mark.parametrize(
    "changes",
    [
        {"weekdays": frozenset()},
        {"weekdays": frozenset({7})},
        {"wording": "Your patient died"},
        {"id": "not an id!"},
        {"zone": "Europe/London; rm"},
        {"handled_until": datetime(2026, 1, 1)},
    ],
)
def test_a_rule_refuses_bad_values(changes: dict[str, object]) -> None:
    rule = sc.recurring(time(8), at(LONDON, 2026, 5, 4, 9, 0), LONDON)
    with pytest.raises(InvalidInput):
        dataclasses.replace(rule, **changes)  # type: ignore[arg-type]


# --- Quiet hours and snooze -----------------------------------------------------------


def test_quiet_hours_across_midnight_hold_a_reminder_until_they_end() -> None:
    quiet = sc.QuietHours(enabled=True, start=time(22, 0), end=time(7, 0))
    assert local(quiet.hold(at(LONDON, 2026, 5, 4, 23, 15), LONDON), LONDON) == datetime(
        2026, 5, 5, 7, 0
    )
    assert local(quiet.hold(at(LONDON, 2026, 5, 5, 3, 0), LONDON), LONDON) == datetime(
        2026, 5, 5, 7, 0
    )
    free = at(LONDON, 2026, 5, 5, 7, 0)
    assert quiet.hold(free, LONDON) == free
    assert not sc.QuietHours(enabled=False).is_quiet(at(LONDON, 2026, 5, 5, 3, 0), LONDON)


def test_quiet_hours_within_a_day() -> None:
    quiet = sc.QuietHours(enabled=True, start=time(12, 0), end=time(14, 0))
    assert local(quiet.hold(at(LONDON, 2026, 5, 4, 12, 30), LONDON), LONDON) == datetime(
        2026, 5, 4, 14, 0
    )
    outside = at(LONDON, 2026, 5, 4, 14, 0)
    assert quiet.hold(outside, LONDON) == outside


def test_a_reminder_in_quiet_hours_fires_when_they_end() -> None:
    now = at(LONDON, 2026, 5, 4, 20, 0)
    rule = sc.recurring(time(23, 0), now, LONDON)
    schedule = sc.Schedule(rules=(rule,), quiet=sc.QuietHours(True, time(22), time(7)))
    assert local(schedule.next_fire(LONDON), LONDON) == datetime(2026, 5, 5, 7, 0)
    at_seven = at(LONDON, 2026, 5, 5, 7, 0)
    assert not sc.evaluate(schedule, at_seven - timedelta(seconds=1), LONDON).due
    result = sc.evaluate(schedule, at_seven, LONDON)
    assert [d.rule_id for d in result.due] == [rule.id]
    # Held, not doubled: the next one is the following night's, held again.
    assert local(result.schedule.next_fire(LONDON), LONDON) == datetime(2026, 5, 6, 7, 0)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (sc.Snooze.TEN_MINUTES, datetime(2026, 5, 4, 21, 10)),
        (sc.Snooze.ONE_HOUR, datetime(2026, 5, 4, 22, 0)),
        (sc.Snooze.TOMORROW_MORNING, datetime(2026, 5, 5, 8, 0)),
    ],
)
def test_snooze(choice: sc.Snooze, expected: datetime) -> None:
    now = at(LONDON, 2026, 5, 4, 21, 0)
    rule = sc.recurring(time(21, 0), now - timedelta(minutes=1), LONDON)
    fired = sc.evaluate(sc.Schedule(rules=(rule,)), now, LONDON)
    assert len(fired.due) == 1
    snoozed = sc.snooze(fired.schedule, rule.id, choice, now, LONDON)
    assert local(snoozed.next_fire(LONDON), LONDON) == expected
    again = sc.evaluate(snoozed, expected.replace(tzinfo=LONDON).astimezone(UTC), LONDON)
    assert [d.rule_id for d in again.due] == [rule.id]
    assert again.schedule.get(rule.id).snoozed_until is None


def test_snooze_into_quiet_hours_waits_for_their_end() -> None:
    now = at(LONDON, 2026, 5, 4, 21, 55)
    rule = sc.recurring(time(21, 55), now - timedelta(minutes=1), LONDON)
    schedule = sc.Schedule(rules=(rule,), quiet=sc.QuietHours(True, time(22), time(7)))
    fired = sc.evaluate(schedule, now, LONDON)
    snoozed = sc.snooze(fired.schedule, rule.id, sc.Snooze.TEN_MINUTES, now, LONDON)
    assert local(snoozed.next_fire(LONDON), LONDON) == datetime(2026, 5, 5, 7, 0)


# --- Evaluation: due, missed, skipped, paused -------------------------------------------


def test_a_due_reminder_fires_once() -> None:
    now = at(LONDON, 2026, 5, 4, 7, 0)
    rule = sc.recurring(time(8, 0), now, LONDON, wording="moment")
    schedule = sc.Schedule(rules=(rule,))
    eight = at(LONDON, 2026, 5, 4, 8, 0)
    result = sc.evaluate(schedule, eight, LONDON)
    assert result.due == (sc.Due(rule.id, sc.Target.WRITE, None, "moment", eight),)
    assert result.due[0].text == "A moment for yourself, if you'd like one"
    assert result.schedule.get(rule.id).last_fired == eight
    assert not sc.evaluate(result.schedule, eight + timedelta(minutes=5), LONDON).due


def test_a_little_late_still_fires_as_itself() -> None:
    now = at(LONDON, 2026, 5, 4, 7, 0)
    rule = sc.recurring(time(8, 0), now, LONDON)
    result = sc.evaluate(sc.Schedule(rules=(rule,)), at(LONDON, 2026, 5, 4, 8, 50), LONDON)
    assert len(result.due) == 1
    assert result.missed is None


def test_missed_while_closed_is_one_summary_shown_once() -> None:
    friday = at(LONDON, 2026, 5, 1, 6, 0)
    daily = sc.recurring(time(8, 0), friday, LONDON)
    checkin = sc.recurring(time(20, 0), friday, LONDON, checkin=True)
    one = sc.one_off(date(2026, 5, 2), time(14, 0), friday, LONDON)
    schedule = sc.Schedule(rules=(daily, checkin, one))
    # The app was closed from Friday morning until Monday at noon.
    monday = at(LONDON, 2026, 5, 4, 12, 0)
    result = sc.evaluate(schedule, monday, LONDON)
    assert result.due == ()
    assert result.missed is not None
    assert set(result.missed.rule_ids) == {daily.id, checkin.id, one.id}
    assert result.missed.count == 3
    assert result.missed.text == sc.MISSED_TEXT
    assert local(result.missed.earliest, LONDON) == datetime(2026, 5, 1, 8, 0)
    again = sc.evaluate(result.schedule, monday + timedelta(minutes=1), LONDON)
    assert again.missed is None
    assert not again.changed
    # Life goes on: the daily one fires tomorrow, the one-off is finished.
    assert local(again.schedule.next_fire(LONDON), LONDON) == datetime(2026, 5, 4, 20, 0)
    assert sc.is_finished(again.schedule.get(one.id), LONDON)


def test_skip_if_wrote_today() -> None:
    now = at(LONDON, 2026, 5, 4, 7, 0)
    rule = sc.recurring(time(8, 0), now, LONDON, skip_if_wrote_today=True)
    plain = sc.recurring(time(8, 0), now, LONDON)
    schedule = sc.Schedule(rules=(rule, plain))
    eight = at(LONDON, 2026, 5, 4, 8, 0)
    asked: list[int] = []

    def wrote() -> bool:
        asked.append(1)
        return True

    result = sc.evaluate(schedule, eight, LONDON, wrote)
    assert [d.rule_id for d in result.due] == [plain.id]
    assert result.skipped == (rule.id,)
    assert asked == [1]
    assert not sc.evaluate(result.schedule, eight + timedelta(minutes=1), LONDON).due
    # Locked (unknown) or not written: it fires.
    assert len(sc.evaluate(schedule, eight, LONDON, lambda: None).due) == 2
    assert len(sc.evaluate(schedule, eight, LONDON, lambda: False).due) == 2


def test_the_journal_is_not_asked_when_no_rule_needs_it() -> None:
    now = at(LONDON, 2026, 5, 4, 7, 0)
    schedule = sc.Schedule(rules=(sc.recurring(time(8, 0), now, LONDON),))

    def boom() -> bool:
        raise AssertionError("asked")

    assert len(sc.evaluate(schedule, at(LONDON, 2026, 5, 4, 8, 0), LONDON, boom).due) == 1


def test_paused_rules_never_fire_and_resuming_does_not_count_the_pause_as_missed() -> None:
    now = at(LONDON, 2026, 5, 1, 7, 0)
    rule = sc.recurring(time(8, 0), now, LONDON)
    paused = sc.pause(sc.Schedule(rules=(rule,)), rule.id)
    assert paused.next_fire(LONDON) is None
    later = at(LONDON, 2026, 5, 4, 12, 0)
    assert not sc.evaluate(paused, later, LONDON).changed
    resumed = sc.resume(paused, rule.id, later)
    result = sc.evaluate(resumed, later, LONDON)
    assert result.missed is None
    assert local(resumed.next_fire(LONDON), LONDON) == datetime(2026, 5, 5, 8, 0)


def test_editing_counts_from_now() -> None:
    now = at(LONDON, 2026, 5, 1, 7, 0)
    rule = sc.recurring(time(8, 0), now, LONDON)
    later = at(LONDON, 2026, 5, 4, 9, 0)
    edited = rule.edited(later, at=time(9, 30))
    result = sc.evaluate(sc.Schedule(rules=(edited,)), later, LONDON)
    assert result.missed is None
    assert local(result.schedule.next_fire(LONDON), LONDON) == datetime(2026, 5, 4, 9, 30)


def test_local_day_bounds_on_a_short_day() -> None:
    start, end = sc.local_day_bounds(at(NY, 2026, 3, 8, 12, 0), NY)
    assert end - start == timedelta(hours=23)
    assert local(start, NY) == datetime(2026, 3, 8, 0, 0)


def test_should_deliver() -> None:
    rule = sc.recurring(time(8), at(LONDON, 2026, 5, 4, 7), LONDON, skip_if_wrote_today=True)
    assert sc.should_deliver(rule, None)
    assert sc.should_deliver(rule, False)
    assert not sc.should_deliver(rule, True)
    assert sc.should_deliver(dataclasses.replace(rule, skip_if_wrote_today=False), True)


def test_every_text_a_reminder_can_carry_is_in_the_allow_list() -> None:
    assert set(sc.WORDINGS.values()) <= sc.ALLOWED_TEXTS
    assert sc.MISSED_TEXT in sc.ALLOWED_TEXTS
    for text in sc.ALLOWED_TEXTS:
        assert "!" not in text
