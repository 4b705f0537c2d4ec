"""The reminder scheduler: one capped timer, fired by hand with a fake clock."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from reflect.app.scheduler import CAP, ReminderScheduler
from reflect.core.clock import FakeClock
from reflect.core.errors import StorageFull
from reflect.core.journal.repository import Journal
from reflect.core.paths import AppPaths
from reflect.core.reminders import schedule as sc
from reflect.core.reminders import store as rs
from tests.helpers.reminder_fakes import FakeTimer, RecordingNotifier

LONDON = ZoneInfo("Europe/London")
TOKYO = ZoneInfo("Asia/Tokyo")
CAP_MS = int(CAP / timedelta(milliseconds=1))
QTIMER_MAX_MS = 2**31 - 1


def at(
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    microsecond: int = 0,
) -> datetime:
    return datetime(year, month, day, hour, minute, second, microsecond, tzinfo=LONDON).astimezone(
        UTC
    )


class Rig:
    """A scheduler over a real store in a temp config folder, with a fake clock and timer."""

    def __init__(self, paths: AppPaths, start: datetime) -> None:
        self.clock = FakeClock(start)
        self.store = rs.ReminderStore.in_folder(paths.config)
        self.zone: ZoneInfo = LONDON
        self.timer: FakeTimer | None = None
        self.scheduler = ReminderScheduler(
            self.store,
            self.clock,
            zone=lambda: self.zone,
            timer_factory=self._make_timer,
            watch_sleep=False,
        )
        self.due: list[sc.Due] = []
        self.missed: list[sc.Missed] = []
        self.scheduler.due.connect(lambda d: self.due.append(d))
        self.scheduler.missed.connect(lambda m: self.missed.append(m))

    def _make_timer(self, parent: QObject) -> FakeTimer:  # the scheduler is the parent
        self.timer = FakeTimer()
        return self.timer

    @property
    def armed_ms(self) -> int:
        assert self.timer is not None
        assert self.timer.isActive()
        assert self.timer.interval_ms is not None
        return self.timer.interval_ms

    def add(self, rule: sc.Rule) -> sc.Rule:
        self.store.update(lambda s: s.put(rule))
        return rule

    def run_until(self, moment: datetime) -> None:
        """Let the timer fire at each moment it was armed for, up to ``moment``."""
        assert self.timer is not None
        while True:
            step = timedelta(milliseconds=self.armed_ms)
            if self.clock.now() + step > moment:
                break
            self.clock.advance(step)
            self.timer.fire()


@pytest.fixture
def rig(app_paths: AppPaths, qtbot: QtBot) -> Rig:
    return Rig(app_paths, at(2026, 5, 4, 7, 0))


def test_the_timer_is_armed_to_the_next_reminder_but_never_longer_than_the_cap(rig: Rig) -> None:
    rig.add(sc.recurring(time(7, 5), rig.clock.now(), LONDON))
    rig.scheduler.start()
    assert rig.timer is not None
    assert rig.timer.single_shot
    assert rig.armed_ms == 5 * 60 * 1000
    rig.store.update(lambda s: sc.Schedule())
    assert rig.armed_ms == CAP_MS  # nothing to do: still look again after the cap


def test_a_reminder_two_months_away_never_overflows_the_timer(rig: Rig) -> None:
    rig.add(sc.one_off(date(2026, 7, 10), time(9, 0), rig.clock.now(), LONDON))
    rig.scheduler.start()
    assert rig.armed_ms == CAP_MS < QTIMER_MAX_MS
    rig.run_until(at(2026, 7, 10, 9, 0, 1))
    assert [d.rule_id for d in rig.due] == [rig.store.schedule.rules[0].id]
    assert rig.missed == []


def test_a_due_reminder_is_delivered_once_and_the_timer_rearmed(rig: Rig) -> None:
    rule = rig.add(sc.recurring(time(8, 0), rig.clock.now(), LONDON, wording="here"))
    rig.scheduler.start()
    rig.run_until(at(2026, 5, 4, 8, 0, 0, 999))
    assert rig.due == [sc.Due(rule.id, sc.Target.WRITE, None, "here", at(2026, 5, 4, 8, 0))]
    assert rig.store.schedule.get(rule.id).last_fired is not None
    rig.run_until(at(2026, 5, 5, 7, 59))
    assert len(rig.due) == 1
    rig.run_until(at(2026, 5, 5, 8, 1))
    assert len(rig.due) == 2
    # The state survived on disk: a new scheduler does not repeat today's reminder.
    again = rs.ReminderStore(rig.store.path).schedule
    assert again.get(rule.id).handled_until >= at(2026, 5, 5, 8, 0)


def test_missed_while_closed_is_one_summary_at_start_never_a_flood(
    app_paths: AppPaths, qtbot: QtBot
) -> None:
    store = rs.ReminderStore.in_folder(app_paths.config)
    friday = at(2026, 5, 1, 6, 0)
    rules = [sc.recurring(time(h, 0), friday, LONDON) for h in (8, 12, 20)]
    store.save(sc.Schedule(rules=tuple(rules)))
    rig = Rig(app_paths, at(2026, 5, 4, 12, 30))  # Monday lunchtime, app just opened
    rig.scheduler.start()
    assert len(rig.missed) == 1
    assert rig.missed[0].count == 3
    # The 12:00 one is only half an hour late: it fires as itself too? No: it was
    # already owed since Friday, and the newest owed occurrence is what counts.
    assert rig.due == []
    rig.scheduler.check_now()
    assert len(rig.missed) == 1
    rig.run_until(at(2026, 5, 4, 20, 0, 1))
    assert len(rig.due) == 1
    assert len(rig.missed) == 1


def test_waking_from_sleep_checks_at_once(rig: Rig) -> None:
    rig.add(sc.recurring(time(8, 0), rig.clock.now(), LONDON))
    rig.scheduler.start()
    # Asleep from 07:00 to 08:20: the monotonic timer has not fired yet.
    rig.clock.set(at(2026, 5, 4, 8, 20))
    rig.scheduler._on_prepare_for_sleep(True)
    assert rig.due == []
    rig.scheduler._on_prepare_for_sleep(False)
    assert len(rig.due) == 1


def test_a_long_sleep_becomes_a_missed_summary(rig: Rig, caplog: pytest.LogCaptureFixture) -> None:
    rig.add(sc.recurring(time(8, 0), rig.clock.now(), LONDON))
    rig.scheduler.start()
    assert rig.timer is not None
    # The lid was closed at 07:00 and opened at 13:00; the capped timer fires late.
    rig.clock.set(at(2026, 5, 4, 13, 0))
    with caplog.at_level(logging.INFO, logger="reflect.app.scheduler"):
        rig.timer.fire()
    assert rig.due == []
    assert len(rig.missed) == 1
    assert "clock jumped" in caplog.text


def test_a_clock_jump_forward_is_caught_by_the_next_capped_tick(rig: Rig) -> None:
    rig.add(sc.recurring(time(9, 0), rig.clock.now(), LONDON))
    rig.scheduler.start()
    assert rig.timer is not None
    # The clock is set from 07:00 to 08:59:50; the timer fires after its cap.
    rig.clock.set(at(2026, 5, 4, 8, 59, 50))
    rig.timer.fire()
    assert rig.armed_ms == 10_000
    rig.run_until(at(2026, 5, 4, 9, 0, 1))
    assert len(rig.due) == 1


def test_a_time_zone_change_moves_a_following_reminder(rig: Rig) -> None:
    rule = rig.add(sc.recurring(time(8, 0), rig.clock.now(), LONDON))
    rig.scheduler.start()
    rig.zone = TOKYO  # 07:00 London is 15:00 in Tokyo; 08:00 Tokyo is tomorrow
    rig.run_until(at(2026, 5, 4, 8, 30))
    assert rig.due == []
    tokyo_eight = datetime(2026, 5, 5, 8, 0, tzinfo=TOKYO).astimezone(UTC)
    rig.run_until(tokyo_eight + timedelta(seconds=1))
    assert [d.rule_id for d in rig.due] == [rule.id]
    assert rig.due[0].scheduled_for == tokyo_eight


def test_changing_the_rules_rearms_the_timer(rig: Rig) -> None:
    rig.scheduler.start()
    assert rig.armed_ms == CAP_MS
    rig.add(sc.recurring(time(7, 1), rig.clock.now(), LONDON))
    assert rig.armed_ms == 60_000
    rig.scheduler.stop()
    assert rig.timer is not None
    assert not rig.timer.isActive()
    rig.add(sc.recurring(time(7, 2), rig.clock.now(), LONDON))
    assert not rig.timer.isActive()


def test_skip_if_wrote_today_asks_the_journal_only_when_unlocked(
    rig: Rig, journal: Journal
) -> None:
    rule = rig.add(sc.recurring(time(8, 0), rig.clock.now(), LONDON, skip_if_wrote_today=True))
    rig.scheduler.start()
    journal.add_entry(title="t", body="b", created_at=at(2026, 5, 4, 6, 30))
    rig.scheduler.set_wrote_today_probe(lambda s, e: journal.count_entries_between(s, e) > 0)
    rig.run_until(at(2026, 5, 4, 8, 1))
    assert rig.due == []
    # Locked: nobody can know, so it fires.
    rig.scheduler.set_wrote_today_probe(None)
    rig.run_until(at(2026, 5, 5, 8, 1))
    assert [d.rule_id for d in rig.due] == [rule.id]


def test_a_failing_probe_means_unknown_and_the_reminder_fires(rig: Rig) -> None:
    rig.add(sc.recurring(time(8, 0), rig.clock.now(), LONDON, skip_if_wrote_today=True))
    rig.scheduler.start()

    def locked(start: datetime, end: datetime) -> bool:
        raise RuntimeError("vault locked")

    rig.scheduler.set_wrote_today_probe(locked)
    rig.run_until(at(2026, 5, 4, 8, 1))
    assert len(rig.due) == 1


def test_snooze_brings_it_back(rig: Rig) -> None:
    rule = rig.add(sc.one_off(date(2026, 5, 4), time(8, 0), rig.clock.now(), LONDON))
    rig.scheduler.start()
    rig.run_until(at(2026, 5, 4, 8, 0, 1))
    assert len(rig.due) == 1
    rig.scheduler.snooze(rule.id, sc.Snooze.TEN_MINUTES)
    assert rig.scheduler.next_fire() == rig.clock.now() + timedelta(minutes=10)
    rig.run_until(at(2026, 5, 4, 8, 10, 2))
    assert [d.rule_id for d in rig.due] == [rule.id, rule.id]
    rig.scheduler.snooze("0b7e7d0e-0000-0000-0000-000000000000", sc.Snooze.ONE_HOUR)
    assert rig.scheduler.next_fire() is None


@pytest.mark.logs_warning
def test_a_full_disk_does_not_stop_reminders_or_repeat_them(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    rig.add(sc.recurring(time(8, 0), rig.clock.now(), LONDON))
    rig.scheduler.start()

    def full(*args: object, **kwargs: object) -> None:
        raise StorageFull("disk full")

    monkeypatch.setattr(rs, "atomic_write", full)
    with caplog.at_level(logging.WARNING):
        rig.run_until(at(2026, 5, 4, 8, 30))
    assert len(rig.due) == 1
    assert "could not be saved" in caplog.text


def test_notifications_carry_only_allowed_words(rig: Rig, journal: Journal) -> None:
    canary = "CANARY talk to Dr Mbeki about the overdose"
    note = rig.add(sc.one_off(date(2026, 5, 4), time(7, 30), rig.clock.now(), LONDON))
    rs.save_note(journal, note.id, canary)
    rig.add(sc.recurring(time(8, 0), rig.clock.now(), LONDON, checkin=True, wording="moment"))
    notifier = RecordingNotifier()
    rig.scheduler.due.connect(notifier.notify_due)
    rig.scheduler.missed.connect(notifier.notify_missed)
    rig.scheduler.start()
    rig.run_until(at(2026, 5, 6, 9, 0))
    rig.clock.advance(days=3)
    rig.scheduler.check_now()  # a missed summary too
    texts = [n.text for n in notifier.shown]
    assert len(texts) == 5  # the note, three check-ins, one summary
    assert {n.title for n in notifier.shown} == {"Reflect"}
    assert set(texts) <= sc.ALLOWED_TEXTS
    assert sc.MISSED_TEXT in texts
    assert all("Mbeki" not in t and "CANARY" not in t for t in texts)
    assert "Mbeki" not in rig.store.path.read_text()


def test_the_real_timer_is_single_shot_and_capped(app_paths: AppPaths, qtbot: QtBot) -> None:
    store = rs.ReminderStore.in_folder(app_paths.config)
    clock = FakeClock(at(2026, 5, 4, 7, 0))
    store.save(sc.Schedule(rules=(sc.one_off(date(2027, 1, 1), time(9), clock.now(), LONDON),)))
    scheduler = ReminderScheduler(store, clock, zone=lambda: LONDON)
    scheduler.start()  # also tries logind: no system bus here, so nothing, silently
    try:
        timer = scheduler.timer
        assert timer.isActive()
        assert timer.isSingleShot()  # type: ignore[attr-defined]
        assert timer.interval() == CAP_MS  # type: ignore[attr-defined]
    finally:
        scheduler.stop()
    assert not scheduler.timer.isActive()
