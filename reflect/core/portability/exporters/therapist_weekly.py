"""The weekly questions in a therapist export: PHQ-2, GAD-2 and the support ratings.

Chosen with the check-ins chart ("with the weekly questions"): one row per weekly
check-in, the two screens' scores and each support rating, and the sentence on
what 3 or more means. Numbers only: no note the user typed ever goes here.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from reflect.core.guide.content import SUPPORT_DIMENSIONS
from reflect.core.journal.models import CheckIn
from reflect.core.language import QT_TR_NOOP, tr_core

__all__ = ["WeeklyRow", "weekly_html", "weekly_markdown", "weekly_rows"]


@dataclass(frozen=True)
class WeeklyRow:
    day: date
    phq2: int | None
    gad2: int | None
    support: Mapping[str, int]


def weekly_rows(
    checkins: Iterable[CheckIn], local_day: Callable[[CheckIn], date]
) -> tuple[WeeklyRow, ...]:
    """A row for each check-in that answered any weekly question, oldest first."""
    rows = [
        WeeklyRow(local_day(c), c.phq2, c.gad2, dict(c.support or {}))
        for c in sorted(checkins, key=lambda c: c.created_at)
        if c.phq2 is not None or c.gad2 is not None or c.support
    ]
    return tuple(rows)


WEEKLY = QT_TR_NOOP("Weekly questions")
NO_WEEKLY = QT_TR_NOOP("No weekly questions answered in this period.")


def _headers(short_names: Mapping[str, str]) -> list[str]:
    support = [
        tr_core("Support: {name} (0–4)").format(name=short_names.get(k, k))
        for k in SUPPORT_DIMENSIONS
    ]
    return [tr_core("Day"), tr_core("PHQ-2 (0–6)"), tr_core("GAD-2 (0–6)"), *support]


def _cells(row: WeeklyRow, format_day: Callable[[date], str]) -> list[str]:
    def shown(value: int | None) -> str:
        return "" if value is None else str(value)

    support = [shown(row.support.get(k)) for k in SUPPORT_DIMENSIONS]
    return [format_day(row.day), shown(row.phq2), shown(row.gad2), *support]


def weekly_markdown(
    rows: tuple[WeeklyRow, ...],
    short_names: Mapping[str, str],
    note: str,
    format_day: Callable[[date], str],
) -> list[str]:
    lines = [f"## {tr_core(WEEKLY)}", ""]
    if not rows:
        return [*lines, tr_core(NO_WEEKLY), ""]
    headers = _headers(short_names)
    lines += ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cells(r, format_day)) + " |" for r in rows]
    return [*lines, "", note, ""]


def weekly_html(
    rows: tuple[WeeklyRow, ...],
    short_names: Mapping[str, str],
    note: str,
    format_day: Callable[[date], str],
) -> str:
    heading = f"<h2>{html.escape(tr_core(WEEKLY))}</h2>"
    if not rows:
        return f"{heading}<p>{html.escape(tr_core(NO_WEEKLY))}</p>"
    head = "".join(f"<th>{html.escape(h)}</th>" for h in _headers(short_names))
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in _cells(r, format_day)) + "</tr>"
        for r in rows
    )
    return (
        f"{heading}<table><thead><tr>{head}</tr></thead><tbody>{body}"
        f"</tbody></table><p>{html.escape(note)}</p>"
    )
