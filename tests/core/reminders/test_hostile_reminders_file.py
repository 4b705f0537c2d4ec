"""A tampered reminders.json never stops the scheduler or the Reminders window (audit item 6).

Each case is one the audit found. Good reminders beside a bad one keep working;
the bad one is set aside (the original file is copied beside it), and the store
reports how many, for the window to say so.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reflect.core.reminders import schedule as sc
from reflect.core.reminders import store as rs

pytestmark = pytest.mark.logs_warning

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")


_GOOD_RULE = sc.recurring(time(20, 0), NOW, LONDON)


def _good() -> dict[str, object]:
    items = json.loads(rs.dumps(sc.Schedule(rules=(_GOOD_RULE,))))["rules"]
    assert isinstance(items, list)
    return dict(items[0])


def _file(rules: Sequence[object]) -> bytes:
    doc = json.loads(rs.dumps(sc.Schedule()))
    doc["rules"] = rules
    return json.dumps(doc).encode()


def _bad(**changes: object) -> dict[str, object]:
    rule = _good()
    rule["id"] = "00000000-0000-4000-8000-000000000bad"
    rule.update(changes)
    return rule


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "reminders.json"


@pytest.mark.parametrize(
    "bad",
    [
        _bad(zone="Mars/Olympus_Mons", follow_system_zone=False),
        _bad(kind="one_off", on_day="9999-12-31"),
        _bad(kind="one_off", on_day="0001-01-01"),
        _bad(handled_until="9999-12-31T23:59:00+00:00"),
        _bad(snoozed_until="0001-01-01T00:00:00+00:00"),
        _bad(weekdays="every day"),
    ],
    ids=["unknown zone", "year 9999", "year 1", "handled 9999", "snoozed year 1", "weekdays"],
)
def test_one_bad_reminder_is_set_aside_and_the_good_ones_keep_working(
    path: Path, bad: dict[str, object]
) -> None:
    raw = _file([_good(), bad])
    path.write_bytes(raw)
    store = rs.ReminderStore(path)
    schedule = store.schedule
    assert [r.id for r in schedule.rules] == [_good()["id"]]
    assert schedule.next_fire(UTC) is not None  # the scheduler can still compute
    assert store.set_aside == 1
    assert path.with_name("reminders.json.unreadable").read_bytes() == raw  # nothing lost


def test_a_million_reminders_are_cut_to_the_limit(path: Path) -> None:
    good = _good()
    path.write_bytes(_file([good] * 1_000_000)[: rs.MAX_FILE_BYTES * 50])
    store = rs.ReminderStore(path)
    assert store.schedule == sc.Schedule()  # far too big a file: set aside whole
    assert store.set_aside == -1
    assert not path.exists()


def test_more_reminders_than_the_limit_keep_the_first_ones(path: Path) -> None:
    rules = []
    for n in range(rs.MAX_RULES + 20):
        rule = _good()
        rule["id"] = f"00000000-0000-4000-8000-{n:012d}"
        rules.append(rule)
    path.write_bytes(_file(rules))
    store = rs.ReminderStore(path)
    assert len(store.schedule.rules) == rs.MAX_RULES
    assert store.set_aside == 20


def _nested() -> bytes:
    return b'{"format": 1, "rules": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_bytes(_nested()),
        lambda p: p.write_bytes(b'{"format": 1, "rules": ' + b"[" * 3000 + b"]" * 3000 + b"}"),
        lambda p: p.mkdir(),
        lambda p: p.symlink_to("/dev/zero"),
        lambda p: os.mkfifo(p),
    ],
    ids=["deep nesting, big", "deep nesting, small", "a directory", "/dev/zero", "a FIFO"],
)
def test_a_file_that_is_not_a_reminders_file_is_set_aside_and_nothing_hangs(
    path: Path, make: object
) -> None:
    if "fifo" in str(make) and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    make(path)  # type: ignore[operator]
    store = rs.ReminderStore(path)
    assert store.schedule == sc.Schedule()
    assert store.set_aside == -1
    assert not path.exists() and not path.is_symlink()
    store.save(sc.Schedule(rules=(sc.recurring(time(8, 0), NOW, LONDON),)))
    assert len(rs.ReminderStore(path).schedule.rules) == 1  # a fresh file works again
