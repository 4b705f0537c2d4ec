"""One timer, armed to the next reminder: sleep-, clock-jump- and time-zone-aware.

All the rules live in ``reflect.core.reminders.schedule``; this module only decides *when to
look again*. It arms a single single-shot ``QTimer`` for ``min(next fire - now, CAP)``
(Vorta's scheduler and qutebrowser's ``usertypes.Timer`` taught the cap): QTimer
counts milliseconds in a C int, which overflows after about 24.8 days, and it runs
on a monotonic clock that stops while the computer sleeps. Waking at least every
``CAP`` means a wall-clock jump, a time-zone change or a resume is noticed within
minutes even when nothing else tells us; on Linux, logind's ``PrepareForSleep``
signal (through QtDBus, when a system bus exists) makes the check immediate.

The scheduler fires while the vault is locked: it needs nothing but the schedule
file. Whether the user "already wrote today" is asked through a probe that the app
sets on unlock and clears on lock; while locked the answer is unknown and the
reminder fires (see ``reflect.core.reminders.schedule``).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reflect.core.clock import Clock
from reflect.core.errors import UserError
from reflect.core.reminders import schedule as sc
from reflect.core.reminders.store import ReminderStore
from reflect.ui.reminders.notify import system_zone

log = logging.getLogger(__name__)

#: The longest single wait. Short enough to notice sleep and clock changes soon
#: after they happen, far below QTimer's int overflow.
CAP = timedelta(minutes=15)
#: A tick this far from when it was expected means the clock jumped or we slept.
JUMP = timedelta(minutes=2)

WroteToday = Callable[[datetime, datetime], bool]


class SignalLike(Protocol):
    """The part of a signal the scheduler uses: connecting a slot."""

    def connect(self, slot: Callable[[], None], /) -> object: ...


class TimerLike(Protocol):
    """The part of ``QTimer`` the scheduler uses (tests pass a fake)."""

    @property
    def timeout(self) -> SignalLike: ...

    def setSingleShot(self, single: bool) -> None: ...

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...


def _qt_timer(parent: QObject) -> TimerLike:
    return QTimer(parent)


class ReminderScheduler(QObject):
    """Watches the schedule and says when a reminder is due.

    Signals:
        due: a ``reflect.core.reminders.schedule.Due`` for each reminder to show now.
        missed: one ``reflect.core.reminders.schedule.Missed`` summary for everything that came
            and went while Reflect was closed or the computer slept.
    """

    due = Signal(object)
    missed = Signal(object)

    def __init__(
        self,
        store: ReminderStore,
        clock: Clock,
        *,
        zone: Callable[[], tzinfo] = system_zone,
        timer_factory: Callable[[QObject], TimerLike] = _qt_timer,
        watch_sleep: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._zone = zone
        self._timer = timer_factory(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._watch_sleep = watch_sleep
        self._wrote_today: WroteToday | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._expected: datetime | None = None
        self._sleep_watched = False

    # --- Lifecycle --------------------------------------------------------------

    def start(self) -> None:
        """Begin: deliver what is owed (one summary of anything missed), then arm."""
        if self._unsubscribe is None:
            self._unsubscribe = self._store.subscribe(lambda _schedule: self._arm())
        if self._watch_sleep and not self._sleep_watched:
            self._sleep_watched = _watch_logind(self)
        self.check_now()

    def stop(self) -> None:
        """Stop the timer and stop listening (on quit)."""
        self._timer.stop()
        self._expected = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def set_wrote_today_probe(self, probe: WroteToday | None) -> None:
        """On unlock: ``lambda start, end: journal.count_entries_between(start, end) > 0``;
        on lock: ``None`` (then "skip if I already wrote today" cannot know, and fires)."""
        self._wrote_today = probe

    # --- Queries and commands -----------------------------------------------------

    @property
    def timer(self) -> TimerLike:
        return self._timer

    def next_fire(self) -> datetime | None:
        return self._store.schedule.next_fire(self._zone())

    def snooze(self, rule_id: str, choice: sc.Snooze) -> None:
        """Bring a reminder back later (10 minutes, an hour, tomorrow morning)."""
        now = self._clock.now()
        try:
            self._store.update(lambda s: sc.snooze(s, rule_id, choice, now, self._zone()))
        except KeyError:
            log.info("Snooze for a reminder that no longer exists; ignored")
        except UserError:
            log.warning("The reminders file could not be saved; the snooze lasts this session")

    @Slot()
    def check_now(self) -> None:
        """Deliver whatever is owed and re-arm (after a wake-up, or when asked)."""
        zone = self._zone()
        now = self._clock.now()
        result = sc.evaluate(self._store.schedule, now, zone, lambda: self._ask_wrote(now, zone))
        if result.changed:
            try:
                self._store.save(result.schedule)
            except UserError:
                # Kept in memory, so nothing repeats this session; the user hears
                # about a full disk from the journal itself.
                log.warning("The reminders file could not be saved")
        self._arm()
        if result.missed is not None:
            self.missed.emit(result.missed)
        for due in result.due:
            self.due.emit(due)

    # --- Internals ------------------------------------------------------------------

    def _ask_wrote(self, now: datetime, zone: tzinfo) -> bool | None:
        if self._wrote_today is None:
            return None
        start, end = sc.local_day_bounds(now, zone)
        try:
            return self._wrote_today(start, end)
        except Exception:
            # Locked between the probe being set and asked, or any journal trouble:
            # unknown, so the reminder fires.
            log.info("Could not tell whether the user wrote today; firing the reminder")
            return None

    def _arm(self) -> None:
        now = self._clock.now()
        wait = CAP
        upcoming = self.next_fire()
        if upcoming is not None:
            wait = max(timedelta(0), min(upcoming - now, CAP))
        self._expected = now + wait
        # Round up so we never wake a hair early and have to wait again.
        self._timer.start(-(-wait // timedelta(milliseconds=1)))

    @Slot()
    def _on_timeout(self) -> None:
        now = self._clock.now()
        if self._expected is not None and abs(now - self._expected) > JUMP:
            log.info("The clock jumped or the computer slept; checking reminders again")
        self.check_now()

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            log.info("Woke from sleep; checking reminders")
            self.check_now()


def _watch_logind(scheduler: ReminderScheduler) -> bool:
    """Listen for logind's PrepareForSleep where there is a system bus; silently
    do nothing elsewhere (Windows, macOS, containers, no D-Bus)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # a Qt build without QtDBus
        return False
    bus = QDBusConnection.systemBus()
    if not bus.isConnected():
        return False
    return bool(
        bus.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            scheduler,
            SLOT("_on_prepare_for_sleep(bool)").encode("ascii"),
        )
    )
