"""The schedule file: round trip, no private text in it, bad files set aside."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import stat
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reflect.core.journal.repository import Journal
from reflect.core.paths import AppPaths
from reflect.core.reminders import schedule as sc
from reflect.core.reminders import store as rs

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
CANARY = "CANARY-call Dr Okafor about bed 12"


def full_schedule() -> sc.Schedule:
    event_id = "0b7e7d0e-4c1a-4f0e-9d7e-2a8f5b6c1d2e"
    rules = (
        sc.recurring(time(8, 0), NOW, LONDON, weekdays={0, 2}, skip_if_wrote_today=True),
        sc.recurring(time(20, 30), NOW, LONDON, checkin=True, wording="here"),
        sc.one_off(date(2026, 5, 6), time(14, 0), NOW, LONDON),
        dataclasses.replace(
            sc.follow_up(event_id, date(2026, 5, 11), NOW, LONDON),
            paused=True,
            follow_system_zone=False,
            snoozed_until=datetime(2026, 5, 4, 10, 0, tzinfo=UTC),
            last_fired=datetime(2026, 5, 3, 8, 0, tzinfo=UTC),
        ),
    )
    return sc.Schedule(
        rules=rules, quiet=sc.QuietHours(True, time(21, 30), time(6, 45)), keep_in_tray=True
    )


def test_round_trip(app_paths: AppPaths) -> None:
    store = rs.ReminderStore.in_folder(app_paths.config)
    assert store.schedule == sc.Schedule()
    schedule = full_schedule()
    store.save(schedule)
    assert store.path == app_paths.config / "reminders.json"
    assert rs.ReminderStore.in_folder(app_paths.config).schedule == schedule


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_file_is_private_to_the_user(app_paths: AppPaths) -> None:
    store = rs.ReminderStore.in_folder(app_paths.config)
    store.save(full_schedule())
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert [p.name for p in app_paths.config.iterdir()] == ["reminders.json"]


def test_the_schedule_file_never_holds_a_reminder_note(
    app_paths: AppPaths, journal: Journal, tmp_path: Path
) -> None:
    store = rs.ReminderStore.in_folder(app_paths.config)
    rule = sc.one_off(date(2026, 5, 6), time(14, 0), NOW, LONDON)
    rs.save_note(journal, rule.id, CANARY)
    store.save(sc.Schedule(rules=(rule,)))
    # Fire it, snooze it, fire it again: the file is rewritten each time.
    fired = sc.evaluate(store.schedule, datetime(2026, 5, 6, 13, 0, tzinfo=UTC), LONDON)
    store.save(fired.schedule)
    store.save(sc.snooze(store.schedule, rule.id, sc.Snooze.ONE_HOUR, NOW, LONDON))
    raw = store.path.read_bytes()
    for needle in (CANARY, "Okafor", "bed 12"):
        assert needle.encode() not in raw
    assert rs.load_note(journal, rule.id) == CANARY
    # Nothing else in the config folder holds it either.
    for path in app_paths.config.rglob("*"):
        assert b"Okafor" not in path.read_bytes()


def test_the_file_has_only_schedule_fields(app_paths: AppPaths) -> None:
    store = rs.ReminderStore.in_folder(app_paths.config)
    store.save(full_schedule())
    data = json.loads(store.path.read_text())
    assert set(data) == {"format", "quiet_hours", "keep_running_in_tray", "rules"}
    allowed = {
        "id", "kind", "at", "weekdays", "on_day", "zone", "follow_system_zone", "checkin",
        "skip_if_wrote_today", "wording", "event_id", "paused", "snoozed_until",
        "handled_until", "last_fired",
    }  # fmt: skip
    free_text = re.compile(r"[^0-9A-Za-z_:+\-/.T]")
    for rule in data["rules"]:
        assert set(rule) == allowed
        for value in rule.values():
            if isinstance(value, str):
                assert not free_text.search(value), value


def test_notes_live_in_the_vault(journal: Journal) -> None:
    rs.save_note(journal, "0b7e7d0e-4c1a-4f0e-9d7e-2a8f5b6c1d2e", CANARY)
    assert journal.get_setting("reminder.note.0b7e7d0e-4c1a-4f0e-9d7e-2a8f5b6c1d2e") == CANARY
    rs.delete_note(journal, "0b7e7d0e-4c1a-4f0e-9d7e-2a8f5b6c1d2e")
    assert rs.load_note(journal, "0b7e7d0e-4c1a-4f0e-9d7e-2a8f5b6c1d2e") == ""


def test_listeners_hear_every_save_and_can_leave(app_paths: AppPaths) -> None:
    store = rs.ReminderStore.in_folder(app_paths.config)
    heard: list[sc.Schedule] = []
    leave = store.subscribe(heard.append)
    schedule = full_schedule()
    assert store.update(lambda s: schedule) == schedule
    assert heard == [schedule]
    leave()
    store.save(sc.Schedule())
    assert heard == [schedule]


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"format": 99, "rules": []}',
        b"\xff\xfe",
    ],
)
@pytest.mark.logs_warning
def test_an_unreadable_file_is_set_aside_not_lost(
    app_paths: AppPaths, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    app_paths.config.mkdir(parents=True)
    path = app_paths.config / "reminders.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        schedule = rs.ReminderStore(path).schedule
    assert schedule == sc.Schedule()
    assert (app_paths.config / "reminders.json.unreadable").read_bytes() == content
    assert not path.exists()
    assert "could not be read" in caplog.text
