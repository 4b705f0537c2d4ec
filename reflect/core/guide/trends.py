"""What the trends chart and its table show: every check-in measure, on one scale each.

Distress (0-10) is asked daily; sleep (0-4) daily if answered; PHQ-2 and GAD-2
(0-6) and the five support ratings (0-4) weekly. Each is a ``Measure``; the chart
and the table draw whichever the user ticks. PHQ-2 and GAD-2 carry their usual
cut-off, 3, shown as a line "worth talking to someone about", never as a diagnosis.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from reflect.core.guide.content import SUPPORT_DIMENSIONS
from reflect.core.journal.models import CheckIn
from reflect.core.language import tr_core

__all__ = ["SCREEN_CUT_OFF", "Measure", "measures", "table_rows"]

SCREEN_CUT_OFF = 3


@dataclass(frozen=True)
class Measure:
    """One thing a check-in records, as the chart and the table name it."""

    key: str
    """``distress``, ``sleep``, ``phq2``, ``gad2`` or ``support.<dimension>``."""
    label: str
    top: int
    """The highest score (the lowest is 0)."""
    read: Callable[[CheckIn], int | None]
    cut_off: int | None = None
    shown_first: bool = False
    """Ticked when the chart opens (distress only: the rest on request)."""

    def points(self, checkins: Iterable[CheckIn]) -> list[tuple[datetime, int]]:
        """(when, score) for each check-in that has this measure, oldest first."""
        found = [(c.created_at, v) for c in checkins if (v := self.read(c)) is not None]
        return sorted(found, key=lambda point: point[0])


def measures(support_short_names: Mapping[str, str]) -> tuple[Measure, ...]:
    """Every measure, in the order the chart offers them."""

    def support(name: str) -> Callable[[CheckIn], int | None]:
        return lambda c: (c.support or {}).get(name)

    return (
        Measure("distress", tr_core("Distress (0–10)"), 10, lambda c: c.distress, shown_first=True),
        Measure("sleep", tr_core("Sleep (0–4)"), 4, lambda c: c.sleep),
        Measure("phq2", tr_core("PHQ-2, mood (0–6)"), 6, lambda c: c.phq2, cut_off=SCREEN_CUT_OFF),
        Measure("gad2", tr_core("GAD-2, worry (0–6)"), 6, lambda c: c.gad2, cut_off=SCREEN_CUT_OFF),
        *(
            Measure(
                f"support.{name}",
                tr_core("Support: {name} (0–4)").format(name=support_short_names.get(name, name)),
                4,
                support(name),
            )
            for name in SUPPORT_DIMENSIONS
        ),
    )


def table_rows(
    checkins: Iterable[CheckIn], shown: Sequence[Measure]
) -> list[tuple[datetime, tuple[int | None, ...]]]:
    """One row per check-in, oldest first: when, then each shown measure (None: not
    asked that time). Check-ins with none of the shown measures are left out."""
    rows = []
    for checkin in sorted(checkins, key=lambda c: c.created_at):
        values = tuple(m.read(checkin) for m in shown)
        if any(v is not None for v in values):
            rows.append((checkin.created_at, values))
    return rows
