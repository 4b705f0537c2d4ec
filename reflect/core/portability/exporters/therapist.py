# Over 400 lines because: the document model and its HTML/Markdown renderings move together.
"""Export chosen entries for a therapist: selection, identifier review, document.

The flow, all pure and Qt-free so it can be tested and run off the UI thread:

1. ``ExportSelection`` says what to share (an event, a date range, tags, or
   hand-picked entries) and how (format, title, trends chart, stage timeline).
2. ``gather(journal, selection)`` reads what is needed from the vault (call it on the
   thread that owns the journal) into an ``ExportSource``.
3. ``review_items(source, always_redact)`` lists every likely identifier in the
   document title and in each entry's title and body. The user keeps or redacts
   each one; redacting is the default.
4. ``build_document(source, kept=...)`` applies those decisions and returns an
   ``ExportDocument``: a cover and one section per entry with its date and stage.
5. ``to_markdown`` / ``to_html`` (therapist_html.py) / reflect.ui.data.pdf render it, and
   ``write_export`` writes it atomically to the path the user chose, nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Literal, Protocol

from reflect.core.errors import InvalidInput
from reflect.core.fileio import atomic_write
from reflect.core.guide.content import load_content
from reflect.core.journal.models import CheckIn, Entry, Event, StageChange
from reflect.core.language import QT_TR_NOOP, long_day, tr_core
from reflect.core.portability.exporters.therapist_weekly import (
    WeeklyRow,
    weekly_markdown,
    weekly_rows,
)
from reflect.core.privacy.redact import Finding, find_identifiers, redact

__all__ = [
    "COVER_FIELD",
    "PRIVATE_LABEL",
    "ExportDocument",
    "ExportEntry",
    "ExportFormat",
    "ExportSelection",
    "ExportSource",
    "ReviewItem",
    "StageMark",
    "TrendPoint",
    "build_document",
    "format_day",
    "gather",
    "review_items",
    "to_markdown",
    "write_export",
]

ExportFormat = Literal["pdf", "html", "markdown"]
PRIVATE_LABEL = QT_TR_NOOP("Private — prepared for my therapist")
DEFAULT_TITLE = QT_TR_NOOP("Reflections to talk through")
#: ``ReviewItem.entry_id`` for findings in the document title itself.
COVER_FIELD = "__cover__"
_PAGE = 200


@dataclass(frozen=True)
class ExportSelection:
    """What the user chose to share. Hand-picked ids win over every other filter."""

    title: str = ""  # empty: DEFAULT_TITLE in the current language
    event_id: str | None = None
    start: date | None = None
    end: date | None = None
    tags: tuple[str, ...] = ()
    entry_ids: tuple[str, ...] = ()
    include_trends: bool = False
    include_weekly: bool = False
    """With the check-ins: the weekly PHQ-2, GAD-2 and support ratings too."""
    include_stage_timeline: bool = False
    format: ExportFormat = "pdf"


class JournalReader(Protocol):
    """The part of reflect.core.journal.repository.Journal the exporter reads."""

    def list_entries(
        self,
        limit: int = 50,
        offset: int = 0,
        *,
        tag: str | None = None,
        event_id: str | None = None,
    ) -> list[Entry]: ...
    def get_entry(self, entry_id: str) -> Entry: ...
    def get_event(self, event_id: str) -> Event: ...
    def stage_history(self, event_id: str) -> list[StageChange]: ...
    def list_checkins(
        self, event_id: str | None = None, *, since: datetime | None = None
    ) -> list[CheckIn]: ...


@dataclass(frozen=True)
class ExportSource:
    """Everything read from the vault for one export (plaintext: keep it in memory)."""

    selection: ExportSelection
    entries: tuple[Entry, ...]  # oldest first
    events: Mapping[str, Event]
    stage_history: Mapping[str, tuple[StageChange, ...]]
    checkins: tuple[CheckIn, ...]
    tz: tzinfo | None = None


@dataclass(frozen=True)
class ReviewItem:
    """One finding the user decides on: where it is and what it is."""

    entry_id: str  # COVER_FIELD for the document title
    field: Literal["title", "body"]
    finding: Finding

    @property
    def key(self) -> tuple[str, str, int, int]:
        """Stable identity for keep/redact decisions."""
        return (self.entry_id, self.field, self.finding.start, self.finding.end)


@dataclass(frozen=True)
class TrendPoint:
    """Average check-in scores for one day."""

    day: date
    distress: float
    sleep: float | None


@dataclass(frozen=True)
class StageMark:
    """A "where I am" choice on the stage timeline."""

    day: date
    stage: int
    name: str


@dataclass(frozen=True)
class ExportEntry:
    """One entry as it will appear: redaction already applied."""

    entry_id: str
    day: date
    date_label: str
    heading: str
    stage_label: str | None
    body_markdown: str


@dataclass(frozen=True)
class ExportDocument:
    """The finished, redacted document every format is rendered from."""

    title: str
    date_range_label: str
    entries: tuple[ExportEntry, ...]
    trends: tuple[TrendPoint, ...] = ()
    weekly: tuple[WeeklyRow, ...] = ()
    stages: tuple[StageMark, ...] = ()
    private_label: str = PRIVATE_LABEL
    include_trends: bool = False
    include_weekly: bool = False
    support_names: Mapping[str, str] = field(default_factory=dict)
    weekly_note: str = ""
    include_stage_timeline: bool = False
    stage_names: Mapping[int, str] = field(default_factory=dict)


# -- 1. reading ---------------------------------------------------------------------


def gather(
    journal: JournalReader, selection: ExportSelection, *, tz: tzinfo | None = None
) -> ExportSource:
    """Read the selected entries (oldest first) and what the options need.

    Args:
        journal: the open journal (call on the thread that owns it).
        selection: what to share.
        tz: the time zone dates are shown in; None means the computer's own.

    Raises:
        InvalidInput: nothing matches the selection.
    """
    if selection.entry_ids:
        entries = [journal.get_entry(entry_id) for entry_id in dict.fromkeys(selection.entry_ids)]
    else:
        entries = _filtered(journal, selection, tz)
    entries.sort(key=lambda e: e.created_at)
    if not entries:
        raise InvalidInput(
            tr_core("No entries match what you chose. Try a wider date range or other tags.")
        )
    event_ids = {e.event_id for e in entries if e.event_id}
    if selection.event_id:
        event_ids.add(selection.event_id)
    events = {event_id: journal.get_event(event_id) for event_id in sorted(event_ids)}
    history = {event_id: tuple(journal.stage_history(event_id)) for event_id in events}
    checkins: tuple[CheckIn, ...] = ()
    if selection.include_trends:
        first_day = _local_day(entries[0].created_at, tz)
        start_day = selection.start or first_day
        since = datetime.combine(start_day, datetime.min.time(), tzinfo=tz).astimezone()
        found = journal.list_checkins(selection.event_id, since=since)
        end_day = selection.end or _local_day(entries[-1].created_at, tz)
        checkins = tuple(c for c in found if _local_day(c.created_at, tz) <= end_day)
    return ExportSource(selection, tuple(entries), events, history, checkins, tz)


def _filtered(journal: JournalReader, selection: ExportSelection, tz: tzinfo | None) -> list[Entry]:
    entries: list[Entry] = []
    offset = 0
    while True:
        page = journal.list_entries(_PAGE, offset, event_id=selection.event_id)
        entries.extend(page)
        if len(page) < _PAGE:
            break
        offset += _PAGE
    wanted_tags = {t.casefold() for t in selection.tags}
    result = []
    for entry in entries:
        day = _local_day(entry.created_at, tz)
        if selection.start and day < selection.start:
            continue
        if selection.end and day > selection.end:
            continue
        if wanted_tags and not wanted_tags & {t.casefold() for t in entry.tags}:
            continue
        result.append(entry)
    return result


def _local_day(moment: datetime, tz: tzinfo | None) -> date:
    return moment.astimezone(tz).date()


# -- 2. review ----------------------------------------------------------------------


def review_items(source: ExportSource, always_redact: Sequence[str] = ()) -> list[ReviewItem]:
    """Every likely identifier in what will be exported, in document order.

    One export, one verdict per word: a name or place found anywhere is also
    flagged wherever else it appears in the export (the detector may catch "Sam"
    after "Dr" in one entry and miss it at the start of a sentence in another),
    and every occurrence carries the same kind. The review then shows one row
    per distinct text (``group_key``), and one decision covers them all.
    """
    fields: list[tuple[str, Literal["title", "body"], str]] = [
        (COVER_FIELD, "title", source.selection.title)
    ]
    for entry in source.entries:
        fields += [(entry.id, "title", entry.title), (entry.id, "body", entry.body)]
    found = {
        (owner, name): find_identifiers(text, always_redact=always_redact)
        for owner, name, text in fields
    }
    kinds = _one_kind_per_text(f for findings in found.values() for f in findings)
    words = sorted(
        (t for t, kind in kinds.items() if kind in _WORD_KINDS),
        key=len,
        reverse=True,  # "Sam Ng" before "Sam"
    )
    items: list[ReviewItem] = []
    for owner, name, text in fields:
        findings = [
            Finding(kinds[group_key(f.text)], f.start, f.end, f.text) for f in found[(owner, name)]
        ]
        findings += _other_occurrences(text, words, findings, kinds)
        for finding in sorted(findings, key=lambda f: f.start):
            items.append(ReviewItem(owner, name, finding))
    return items


# Kinds whose text can appear again unflagged (a bare first name, a town); numbers,
# dates and addresses are found by their shape wherever they are.
_WORD_KINDS = frozenset({"listed", "name", "place"})
# When one text was found as two kinds, the label it gets everywhere.
_KIND_PRIORITY = ("listed", "name", "place")


def group_key(text: str) -> str:
    """The identity of a finding's text for one verdict: spacing and case ignored."""
    return " ".join(text.split()).casefold()


def _one_kind_per_text(findings: Iterable[Finding]) -> dict[str, str]:
    """text -> the kind it is labelled with everywhere (most found, then by priority)."""
    counts: dict[str, dict[str, int]] = {}
    for f in findings:
        per_kind = counts.setdefault(group_key(f.text), {})
        per_kind[f.kind] = per_kind.get(f.kind, 0) + 1

    def rank(item: tuple[str, int]) -> tuple[int, int]:
        kind, count = item
        order = _KIND_PRIORITY.index(kind) if kind in _KIND_PRIORITY else len(_KIND_PRIORITY)
        return (-count, order)

    return {text: min(per_kind.items(), key=rank)[0] for text, per_kind in counts.items()}


def _other_occurrences(
    text: str, words: Sequence[str], known: Sequence[Finding], kinds: Mapping[str, str]
) -> list[Finding]:
    """Whole-word occurrences of ``words`` in ``text`` that no finding covers yet."""
    taken = [(f.start, f.end) for f in known]
    extra: list[Finding] = []
    for word in words:
        for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if not match.group()[:1].isupper():
                continue  # "sam" in lower case is rarely the name; keep false alarms down
            taken.append((start, end))
            extra.append(Finding(kinds[word], start, end, match.group()))
    return extra


# -- 3. the document ----------------------------------------------------------------


def build_document(
    source: ExportSource,
    items: Sequence[ReviewItem],
    *,
    kept: Iterable[tuple[str, str, int, int]] = (),
    stage_names: Mapping[int, str] | None = None,
) -> ExportDocument:
    """Apply the user's decisions: every item not in ``kept`` is redacted.

    Args:
        source: what ``gather`` read.
        items: the findings from ``review_items`` (the review the user saw).
        kept: ``ReviewItem.key`` values the user chose to leave visible.
        stage_names: stage number -> name for headings and the timeline.
    """
    keep = set(kept)
    names = dict(stage_names or {})
    redactions: dict[tuple[str, str], list[Finding]] = {}
    for item in items:
        if item.key not in keep:
            redactions.setdefault((item.entry_id, item.field), []).append(item.finding)

    def clean(entry_id: str, field_name: str, text: str) -> str:
        return redact(text, redactions.get((entry_id, field_name), []))

    tz = source.tz
    wording = load_content().checkin
    entries = tuple(
        ExportEntry(
            entry_id=e.id,
            day=_local_day(e.created_at, tz),
            date_label=format_day(_local_day(e.created_at, tz)),
            heading=clean(e.id, "title", e.title).strip() or tr_core("Untitled entry"),
            stage_label=_stage_label(e, source, names),
            body_markdown=clean(e.id, "body", e.body),
        )
        for e in source.entries
    )
    selection = source.selection
    first = selection.start or entries[0].day
    last = selection.end or entries[-1].day
    return ExportDocument(
        title=clean(COVER_FIELD, "title", selection.title).strip() or tr_core(DEFAULT_TITLE),
        private_label=tr_core(PRIVATE_LABEL),
        date_range_label=_range_label(first, last),
        entries=entries,
        trends=_trend_points(source.checkins, tz) if selection.include_trends else (),
        weekly=weekly_rows(source.checkins, lambda c: _local_day(c.created_at, tz))
        if selection.include_trends and selection.include_weekly
        else (),
        include_weekly=selection.include_trends and selection.include_weekly,
        support_names=wording.support_short_names,
        weekly_note=wording.screen_threshold_note,
        stages=_stage_marks(source, names) if selection.include_stage_timeline else (),
        include_trends=selection.include_trends,
        include_stage_timeline=selection.include_stage_timeline,
        stage_names=names,
    )


def format_day(day: date) -> str:
    """'Tuesday 4 March 2025' in English (unambiguous in every English-speaking
    country), and the locale's long form in another language."""
    return long_day(day)


def _range_label(first: date, last: date) -> str:
    if first == last:
        return format_day(first)
    return tr_core("{first} – {last}").format(
        first=long_day(first, weekday=False), last=long_day(last, weekday=False)
    )


WHERE_I_WAS = QT_TR_NOOP("Where I was, over time")
CHECK_INS = QT_TR_NOOP("Check-ins")
NO_STAGES = QT_TR_NOOP("No stage choices recorded in this period.")
NO_CHECKINS = QT_TR_NOOP("No check-ins in this period.")


def stage_mark_text(mark: StageMark) -> str:
    """ "Tuesday 4 March 2025: Stage 3 (Restoring personal integrity)"."""
    text = tr_core("{day}: Stage {number}").format(day=format_day(mark.day), number=mark.stage)
    return f"{text} ({mark.name})" if mark.name else text


def trend_headers() -> tuple[str, str, str]:
    return tr_core("Day"), tr_core("Distress (0–10)"), tr_core("Sleep (0–4)")


def _stage_at(history: Sequence[StageChange], moment: datetime) -> int | None:
    stage = None
    for change in history:
        if change.recorded_at <= moment:
            stage = change.stage
    return stage


def _stage_label(entry: Entry, source: ExportSource, names: Mapping[int, str]) -> str | None:
    if not entry.event_id:
        return None
    history = source.stage_history.get(entry.event_id, ())
    stage = _stage_at(history, entry.created_at)
    if stage is None:
        return None
    name = names.get(stage)
    if name:
        return tr_core("Stage {number}: {name}").format(number=stage, name=name)
    return tr_core("Stage {number}").format(number=stage)


def _trend_points(checkins: Iterable[CheckIn], tz: tzinfo | None) -> tuple[TrendPoint, ...]:
    by_day: dict[date, list[CheckIn]] = {}
    for checkin in checkins:
        by_day.setdefault(_local_day(checkin.created_at, tz), []).append(checkin)
    points = []
    for day in sorted(by_day):
        group = by_day[day]
        sleeps = [c.sleep for c in group if c.sleep is not None]
        points.append(
            TrendPoint(
                day=day,
                distress=sum(c.distress for c in group) / len(group),
                sleep=sum(sleeps) / len(sleeps) if sleeps else None,
            )
        )
    return tuple(points)


def _stage_marks(source: ExportSource, names: Mapping[int, str]) -> tuple[StageMark, ...]:
    marks = [
        StageMark(
            _local_day(change.recorded_at, source.tz), change.stage, names.get(change.stage, "")
        )
        for history in source.stage_history.values()
        for change in history
    ]
    return tuple(sorted(marks, key=lambda m: m.day))


# -- 4. Markdown --------------------------------------------------------------------

_ATX_HEADING = re.compile(r"^(#{1,6})(?=\s)", re.MULTILINE)
_FENCE = re.compile(r"^(```|~~~)", re.MULTILINE)


def demote_headings(markdown_text: str, levels: int = 2) -> str:
    """Push an entry's own headings below the entry heading, leaving code blocks alone."""
    out: list[str] = []
    in_code = False
    for line in markdown_text.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
        elif not in_code:
            line = _ATX_HEADING.sub(lambda m: "#" * min(6, len(m.group(1)) + levels), line)
        out.append(line)
    return "\n".join(out)


def to_markdown(document: ExportDocument) -> str:
    """The document as one Markdown file."""
    lines = [
        f"# {_md_inline(document.title)}",
        "",
        f"*{document.private_label}*",
        "",
        document.date_range_label,
        "",
    ]
    if document.include_stage_timeline:
        lines += [f"## {tr_core(WHERE_I_WAS)}", ""]
        lines += [f"- {stage_mark_text(m)}" for m in document.stages]
        lines += ["" if document.stages else tr_core(NO_STAGES), ""]
    if document.include_trends:
        lines += [f"## {tr_core(CHECK_INS)}", ""]
        if document.trends:
            day, distress, sleep = trend_headers()
            lines += [f"| {day} | {distress} | {sleep} |", "|---|---|---|"]
            lines += [
                f"| {format_day(p.day)} | {p.distress:.1f} | {_one_decimal(p.sleep)} |"
                for p in document.trends
            ]
        else:
            lines.append(tr_core(NO_CHECKINS))
        lines.append("")
    if document.include_weekly:
        lines += weekly_markdown(
            document.weekly, document.support_names, document.weekly_note, format_day
        )
    for entry in document.entries:
        lines += ["---", "", f"## {entry.date_label} — {_md_inline(entry.heading)}", ""]
        if entry.stage_label:
            lines += [f"*{entry.stage_label}*", ""]
        lines += [demote_headings(entry.body_markdown).strip(), ""]
    return "\n".join(lines).rstrip() + "\n"


def _one_decimal(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _md_inline(text: str) -> str:
    """A title on one line, with Markdown-significant characters escaped."""
    single = " ".join(text.split())
    return re.sub(r"([\\`*_{}\[\]<>#|])", r"\\\1", single)


# -- 5. writing ---------------------------------------------------------------------


def write_export(
    path: Path, data: bytes, *, progress: Callable[[int, int], None] | None = None
) -> None:
    """Write the finished export to the chosen path only (atomic; no other copy)."""
    if progress:
        progress(0, 1)
    atomic_write(path, data)
    if progress:
        progress(1, 1)
