"""Where a time axis starts and ends, and how many ticks it has, so no date repeats.

A chart axis labelled by day ("2 Mar") repeats a label when two ticks fall on the
same day (Reflect 0.1's trends chart showed "2 Mar, 2 Mar, 3 Mar" for a short
span). Here the axis runs from local midnight to local midnight over a whole
number of days that the ticks divide evenly, so every tick is a midnight on a
different day.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

MAX_TICKS = 7  # labels on the axis, ends included


@dataclass(frozen=True)
class DayAxis:
    start: datetime  # local midnight
    end: datetime  # local midnight, ``days`` later
    ticks: int  # labels, ends included; (ticks - 1) divides ``days``

    @property
    def days(self) -> int:
        return round((self.end - self.start) / timedelta(days=1))

    def tick_times(self) -> list[datetime]:
        step = (self.end - self.start) / (self.ticks - 1)
        return [self.start + step * i for i in range(self.ticks)]


def day_axis(first: datetime, last: datetime, tz: tzinfo | None = None) -> DayAxis:
    """An axis covering ``first``..``last`` (aware datetimes) in whole local days."""
    first_day = first.astimezone(tz).date()
    last_day = last.astimezone(tz).date()
    zone = first.astimezone(tz).tzinfo
    days = max((last_day - first_day).days + 1, 1)
    intervals = min(days, MAX_TICKS - 1)
    days = math.ceil(days / intervals) * intervals  # stretch the end so ticks land on days
    start = datetime.combine(first_day, time(0), zone)
    return DayAxis(start=start, end=start + timedelta(days=days), ticks=intervals + 1)
