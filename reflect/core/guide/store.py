"""Storage for the recovery guide: events, stages, check-ins, contacts, prompts, drafts.

A repository over the journal's shared connection; ``Journal`` is the one front
callers use, over this and the entry repository.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from reflect.core.errors import InvalidInput, NotFound
from reflect.core.journal.connection import JournalConnection, Repository
from reflect.core.journal.models import (
    STAGE_NUMBERS,
    CheckIn,
    Contact,
    Draft,
    Event,
    EventStatus,
    StageChange,
)
from reflect.core.language import tr_core
from reflect.core.vault.db import from_db_time, new_id, to_db_time

if TYPE_CHECKING:
    from reflect.core.vault import db

_EVENT_COLUMNS = "id, title, occurred_on, context, stage, status, created_at, updated_at"
_CHECKIN_COLUMNS = "id, created_at, distress, event_id, sleep, triggered, note, phq2, gad2, support"


def _check_stage(stage: int) -> int:
    if stage not in STAGE_NUMBERS:
        raise InvalidInput(tr_core("A stage is a number from 1 to 6."))
    return stage


def _check_range(value: int | None, low: int, high: int, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(
            tr_core("{what} is a whole number from {low} to {high}.").format(
                what=what, low=low, high=high
            )
        )
    return value


def require_event(conn: db.Connection, event_id: str) -> None:
    """Raise ``NotFound`` unless the event exists (inside the caller's transaction)."""
    if conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
        raise NotFound(tr_core("That event no longer exists."))


class GuideRepository(Repository):
    """Events, stage history, check-ins, support contacts, prompt use and exercise drafts."""

    def __init__(self, connection: JournalConnection) -> None:
        super().__init__(connection)
        self._event_listeners: list[Callable[[], None]] = []

    # --- events -------------------------------------------------------------

    def subscribe_events(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` after any event is added, changed, moved stage or deleted.

        The one source of truth for every view that lists events (the editor's
        picker, the stage guide, trends, the list's event names). Called on the
        thread that made the change; returns the function that unsubscribes.
        """
        listeners = self._event_listeners
        listeners.append(listener)
        return lambda: listeners.remove(listener) if listener in listeners else None

    def _events_changed(self) -> None:
        for listener in list(self._event_listeners):
            listener()

    @staticmethod
    def _event(row: Any) -> Event:
        return Event(
            id=row[0],
            title=row[1],
            occurred_on=date.fromisoformat(row[2]),
            context=row[3],
            stage=row[4],
            status=EventStatus(row[5]),
            created_at=from_db_time(row[6]),
            updated_at=from_db_time(row[7]),
        )

    def add_event(
        self,
        title: str,
        occurred_on: date,
        context: str = "",
        stage: int | None = None,
        status: EventStatus | str = EventStatus.ACTIVE,
    ) -> Event:
        """Record something that happened. A starting stage, if given, enters the history."""
        if not title.strip():
            raise InvalidInput(tr_core("Give the event a short private title."))
        status = EventStatus(status)
        event_id = new_id()
        now = self._now()
        with self._write() as conn:
            conn.execute(
                f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (event_id, title, occurred_on.isoformat(), context, None, status, now, now),
            )
            if stage is not None:
                self._record_stage(conn, event_id, _check_stage(stage), now)
        self._events_changed()
        return self.get_event(event_id)

    def get_event(self, event_id: str) -> Event:
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {_EVENT_COLUMNS} FROM events WHERE id = ?", (event_id,)
            ).fetchone()
        if row is None:
            raise NotFound(tr_core("That event no longer exists."))
        return self._event(row)

    def list_events(self) -> list[Event]:
        """Events, most recent first (by the date they happened)."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_EVENT_COLUMNS} FROM events ORDER BY occurred_on DESC, created_at DESC"
            ).fetchall()
        return [self._event(r) for r in rows]

    def update_event(
        self,
        event_id: str,
        *,
        title: str | None = None,
        occurred_on: date | None = None,
        context: str | None = None,
        status: EventStatus | str | None = None,
    ) -> Event:
        current = self.get_event(event_id)
        new_title = current.title if title is None else title
        if not new_title.strip():
            raise InvalidInput(tr_core("Give the event a short private title."))
        with self._write() as conn:
            conn.execute(
                "UPDATE events SET title = ?, occurred_on = ?, context = ?, status = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    new_title,
                    (occurred_on or current.occurred_on).isoformat(),
                    current.context if context is None else context,
                    EventStatus(status) if status is not None else current.status,
                    self._now(),
                    event_id,
                ),
            )
        self._scrub()  # the old title and context must not linger in the log
        self._events_changed()
        return self.get_event(event_id)

    def delete_event(self, event_id: str) -> None:
        """Remove an event; its entries and check-ins stay, no longer linked to it."""
        with self._write() as conn:
            if conn.execute("DELETE FROM events WHERE id = ?", (event_id,)).rowcount == 0:
                raise NotFound(tr_core("That event no longer exists."))
        self._scrub()
        self._events_changed()

    def _record_stage(self, conn: db.Connection, event_id: str, stage: int, now: str) -> None:
        conn.execute(
            "INSERT INTO stage_history (event_id, stage, recorded_at) VALUES (?, ?, ?)",
            (event_id, stage, now),
        )
        conn.execute(
            "UPDATE events SET stage = ?, updated_at = ? WHERE id = ?", (stage, now, event_id)
        )

    def set_stage(self, event_id: str, stage: int) -> Event:
        """The user's "where I am today" for an event, kept with its date in the history."""
        _check_stage(stage)
        with self._write() as conn:
            require_event(conn, event_id)
            self._record_stage(conn, event_id, stage, self._now())
        self._events_changed()
        return self.get_event(event_id)

    def stage_history(self, event_id: str) -> list[StageChange]:
        """Every stage choice for the event, oldest first (returns to earlier stages included)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT event_id, stage, recorded_at FROM stage_history WHERE event_id = ?"
                " ORDER BY recorded_at, id",
                (event_id,),
            ).fetchall()
        return [StageChange(r[0], int(r[1]), from_db_time(r[2])) for r in rows]

    # --- check-ins ----------------------------------------------------------

    @staticmethod
    def _checkin(row: Any) -> CheckIn:
        return CheckIn(
            id=row[0],
            created_at=from_db_time(row[1]),
            distress=int(row[2]),
            event_id=row[3],
            sleep=row[4],
            triggered=bool(row[5]),
            note=row[6],
            phq2=row[7],
            gad2=row[8],
            support=json.loads(row[9]) if row[9] else None,
        )

    def add_checkin(
        self,
        distress: int,
        event_id: str | None = None,
        sleep: int | None = None,
        triggered: bool = False,
        note: str = "",
        *,
        phq2: int | None = None,
        gad2: int | None = None,
        support: Mapping[str, int] | None = None,
    ) -> CheckIn:
        """A check-in: distress 0-10, sleep 0-4 (0 very poor .. 4 very good) if given.

        ``phq2`` and ``gad2`` are the weekly two-question sums (0-6); ``support`` maps
        a support dimension to a 0-4 self-rating.
        """
        _check_range(distress, 0, 10, "Distress")
        _check_range(sleep, 0, 4, "Sleep")
        _check_range(phq2, 0, 6, "The PHQ-2 score")
        _check_range(gad2, 0, 6, "The GAD-2 score")
        support_json = None
        if support:
            for name, rating in support.items():
                _check_range(rating, 0, 4, f"The rating for {name}")
            support_json = json.dumps(dict(support))
        checkin_id = new_id()
        now = self._now()
        with self._write() as conn:
            if event_id is not None:
                require_event(conn, event_id)
            conn.execute(
                f"INSERT INTO checkins ({_CHECKIN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    checkin_id,
                    now,
                    distress,
                    event_id,
                    sleep,
                    int(bool(triggered)),
                    note,
                    phq2,
                    gad2,
                    support_json,
                ),
            )
        return CheckIn(
            id=checkin_id,
            created_at=from_db_time(now),
            distress=distress,
            event_id=event_id,
            sleep=sleep,
            triggered=bool(triggered),
            note=note,
            phq2=phq2,
            gad2=gad2,
            support=dict(support) if support else None,
        )

    def list_checkins(
        self, event_id: str | None = None, *, since: datetime | None = None
    ) -> list[CheckIn]:
        """Check-ins oldest first; only one event's when ``event_id`` is given."""
        clauses, params = [], []
        if event_id is not None:
            clauses.append("event_id = ?")
            params.append(event_id)
        if since is not None:
            clauses.append("created_at >= ?")
            params.append(to_db_time(since))
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_CHECKIN_COLUMNS} FROM checkins{where} ORDER BY created_at, rowid", params
            ).fetchall()
        return [self._checkin(r) for r in rows]

    def latest_checkin(self, event_id: str | None = None) -> CheckIn | None:
        where, params = ("WHERE event_id = ?", [event_id]) if event_id else ("", [])
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {_CHECKIN_COLUMNS} FROM checkins {where}"
                " ORDER BY created_at DESC, rowid DESC LIMIT 1",
                params,
            ).fetchone()
        return None if row is None else self._checkin(row)

    # --- support contacts ---------------------------------------------------

    def list_contacts(self) -> list[Contact]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id, name, role, phone, notes FROM contacts ORDER BY position, name"
            ).fetchall()
        return [Contact(*r) for r in rows]

    def save_contact(
        self, name: str, role: str = "", phone: str = "", notes: str = "", *, id: str | None = None
    ) -> Contact:
        """Add a contact, or replace the one with ``id``."""
        if not name.strip():
            raise InvalidInput(tr_core("A contact needs a name."))
        contact = Contact(id or new_id(), name, role, phone, notes)
        with self._write() as conn:
            position = conn.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM contacts"
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO contacts (id, name, role, phone, notes, position)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                " role = excluded.role, phone = excluded.phone, notes = excluded.notes",
                (contact.id, name, role, phone, notes, position),
            )
        if id is not None:
            self._scrub()  # replaced: the old details must not linger in the log
        return contact

    def delete_contact(self, contact_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
        self._scrub()

    # --- prompts ------------------------------------------------------------

    def record_prompt_use(self, prompt_id: str, entry_id: str | None = None) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO prompt_uses (prompt_id, used_at, entry_id) VALUES (?, ?, ?)",
                (prompt_id, self._now(), entry_id),
            )

    def prompt_ids_for_entry(self, entry_id: str) -> set[str]:
        """Prompts the entry was written under (recorded when the prompt was inserted)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT DISTINCT prompt_id FROM prompt_uses WHERE entry_id = ?", (entry_id,)
            ).fetchall()
        return {r[0] for r in rows}

    def prompt_ids_for_event(self, event_id: str) -> set[str]:
        """Prompts recorded with an entry of this event (the entry exists: it was written)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT DISTINCT pu.prompt_id FROM prompt_uses pu"
                " JOIN entries e ON e.id = pu.entry_id WHERE e.event_id = ?",
                (event_id,),
            ).fetchall()
        return {r[0] for r in rows}

    def prompt_ids_used_since(self, since: datetime) -> set[str]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT DISTINCT prompt_id FROM prompt_uses WHERE used_at >= ?",
                (to_db_time(since),),
            ).fetchall()
        return {r[0] for r in rows}

    # --- exercise drafts ----------------------------------------------------

    def save_draft(self, kind: str, data: Mapping[str, object]) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO drafts (kind, data, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(kind) DO UPDATE SET data = excluded.data,"
                " updated_at = excluded.updated_at",
                (kind, json.dumps(dict(data)), self._now()),
            )

    def get_draft(self, kind: str) -> Draft | None:
        with self._read() as conn:
            row = conn.execute(
                "SELECT kind, data, updated_at FROM drafts WHERE kind = ?", (kind,)
            ).fetchone()
        return None if row is None else Draft(row[0], json.loads(row[1]), from_db_time(row[2]))

    def clear_draft(self, kind: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM drafts WHERE kind = ?", (kind,))
        self._scrub()
