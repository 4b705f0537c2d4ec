"""Plain, frozen records that the journal hands out. Timestamps are aware UTC."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class EventStatus(StrEnum):
    """Where someone is with an event. The last three are Scott's "moving on" paths."""

    ACTIVE = "active"
    DROPPING_OUT = "dropping_out"
    SURVIVING = "surviving"
    THRIVING = "thriving"


STAGE_NUMBERS = range(1, 7)


@dataclass(frozen=True)
class Entry:
    """One journal entry; ``body`` is Markdown."""

    id: str
    title: str
    body: str
    tags: list[str]
    created_at: datetime
    updated_at: datetime
    event_id: str | None = None
    # Kept from another computer: both changed the entry with this id while apart,
    # and this is the version that is not shown there (``reflect.core.sync``).
    kept_from: str | None = None


@dataclass(frozen=True)
class EntrySummary:
    """What the entry list shows: no full body, so long entries stay cheap to list."""

    id: str
    title: str
    preview: str
    tags: list[str]
    created_at: datetime
    updated_at: datetime
    event_id: str | None = None


@dataclass(frozen=True)
class SearchHit:
    """A search result: the entry, its title and a snippet with matches marked.

    ``snippet`` and ``title_marked`` mark matches with ``MATCH_START``/``MATCH_END``
    (control characters that never occur in typed text), so the UI can highlight
    them without parsing HTML built from journal text.
    """

    entry_id: str
    title: str
    title_marked: str
    snippet: str
    created_at: datetime
    rank: float


MATCH_START = "\x02"
MATCH_END = "\x03"


@dataclass(frozen=True)
class Event:
    """Something that happened: a private title, a date, where the user is with it."""

    id: str
    title: str
    occurred_on: date
    context: str
    stage: int | None
    status: EventStatus
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class StageChange:
    """One "where I am today" choice for an event, with when it was made."""

    event_id: str
    stage: int
    recorded_at: datetime


@dataclass(frozen=True)
class CheckIn:
    """A daily check-in, optionally with the weekly PHQ-2/GAD-2 and support ratings."""

    id: str
    created_at: datetime
    distress: int
    event_id: str | None = None
    sleep: int | None = None
    triggered: bool = False
    note: str = ""
    phq2: int | None = None
    gad2: int | None = None
    support: dict[str, int] | None = None


@dataclass(frozen=True)
class Contact:
    """Someone the user can turn to (peer supporter, therapist, a friend)."""

    id: str
    name: str
    role: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class TagCount:
    name: str
    count: int


@dataclass(frozen=True)
class Draft:
    """A half-finished guided exercise, kept inside the vault so it can be resumed."""

    kind: str
    data: dict[str, object] = field(default_factory=dict)
    updated_at: datetime | None = None
