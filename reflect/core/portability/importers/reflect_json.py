"""Reflect's own JSON data export (``"format": "reflect-export"``), read back in.

The schema is written by ``reflect.core.portability.exporters.data.export_json`` and
documented there. Entries come back with ``source_id = "reflect:<id>"``; an
entry whose id already exists in this journal (importing into the journal it
came from) is a duplicate. Events (with their stage history) and check-ins keep
their ids, so links from entries still hold, and are skipped if already present.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from reflect.core.journal.models import EventStatus
from reflect.core.journal.repository import Journal
from reflect.core.language import tr_core
from reflect.core.portability.importers.common import (
    Parsed,
    ParsedCheckIn,
    ParsedEntry,
    ParsedEvent,
    ParsedStage,
    aware_datetime,
    fail,
    int_value,
    optional_int,
    require_dict,
    require_list,
    tag_list,
    text_value,
)
from reflect.core.vault.db import to_db_time

FORMAT = "reflect"
FORMAT_NAME = "reflect-export"
FORMAT_VERSION = 1
_MAX_ID = 100


def looks_like(doc: Any) -> bool:
    return isinstance(doc, dict) and doc.get("format") == FORMAT_NAME


def parse(doc: Any) -> Parsed:
    root = require_dict(doc, "the export")
    version = root.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise fail(tr_core("This Reflect export has no valid version number."))
    if version > FORMAT_VERSION:
        raise fail(
            tr_core("This export was made by a newer Reflect. Install the latest Reflect first.")
        )
    result = Parsed(FORMAT)
    for n, raw in enumerate(require_list(root.get("events", []), "the list of events"), 1):
        result.events.append(
            _event(
                require_dict(raw, tr_core("event {n}").format(n=n)),
                tr_core("event {n}").format(n=n),
            )
        )
    known_events = {e.id for e in result.events}
    if len(known_events) != len(result.events):
        raise fail(tr_core("In this file, two events have the same id."))
    for n, raw in enumerate(require_list(root.get("entries"), "the list of entries"), 1):
        result.entries.append(
            _entry(
                require_dict(raw, tr_core("entry {n}").format(n=n)),
                tr_core("entry {n}").format(n=n),
            )
        )
    for n, raw in enumerate(require_list(root.get("checkins", []), "the list of check-ins"), 1):
        result.checkins.append(
            _checkin(
                require_dict(raw, tr_core("check-in {n}").format(n=n)),
                tr_core("check-in {n}").format(n=n),
            )
        )
    return result


def _id(value: object, what: str) -> str:
    text = text_value(value, what)
    if not 0 < len(text) <= _MAX_ID:
        raise fail(tr_core("In this file, {what} is not a valid id.").format(what=what))
    return text


def _optional_id(value: object, what: str) -> str | None:
    return None if value is None else _id(value, what)


def _entry(item: dict[str, Any], what: str) -> ParsedEntry:
    entry_id = _id(item.get("id"), tr_core("the id of {what}").format(what=what))
    created = aware_datetime(
        item.get("created_at"), tr_core("the date of {what}").format(what=what)
    )
    updated = aware_datetime(
        item.get("updated_at", item.get("created_at")),
        tr_core("the change date of {what}").format(what=what),
    )
    return ParsedEntry(
        source_id=f"reflect:{entry_id}",
        title=text_value(
            item.get("title"), tr_core("the title of {what}").format(what=what), default=""
        ),
        body=text_value(
            item.get("body"), tr_core("the text of {what}").format(what=what), default=""
        ),
        tags=tag_list(item.get("tags"), what),
        created_at=created,
        updated_at=updated,
        event_id=_optional_id(
            item.get("event_id"), tr_core("the event of {what}").format(what=what)
        ),
        original_id=entry_id,
    )


def _event(item: dict[str, Any], what: str) -> ParsedEvent:
    title = text_value(item.get("title"), tr_core("the title of {what}").format(what=what))
    if not title.strip():
        raise fail(tr_core("In this file, {what} has no title.").format(what=what))
    try:
        occurred = date.fromisoformat(
            text_value(item.get("occurred_on"), tr_core("the date of {what}").format(what=what))
        )
    except ValueError:
        raise fail(
            tr_core("In this file, the date of {what} is not one Reflect understands.").format(
                what=what
            )
        ) from None
    status = text_value(
        item.get("status"), tr_core("the status of {what}").format(what=what), default="active"
    )
    if status not in {s.value for s in EventStatus}:
        raise fail(
            tr_core("In this file, the status of {what} is not one Reflect knows.").format(
                what=what
            )
        )
    history = []
    for n, raw in enumerate(
        require_list(
            item.get("stage_history", []), tr_core("the stages of {what}").format(what=what)
        )
    ):
        change = require_dict(
            raw, tr_core("stage {number} of {what}").format(number=n + 1, what=what)
        )
        history.append(
            ParsedStage(
                stage=int_value(
                    change.get("stage"), tr_core("a stage of {what}").format(what=what), 1, 6
                ),
                recorded_at=aware_datetime(
                    change.get("recorded_at"), tr_core("a stage date of {what}").format(what=what)
                ),
            )
        )
    return ParsedEvent(
        id=_id(item.get("id"), tr_core("the id of {what}").format(what=what)),
        title=title,
        occurred_on=occurred,
        context=text_value(
            item.get("context"), tr_core("the notes of {what}").format(what=what), default=""
        ),
        stage=optional_int(
            item.get("stage"), tr_core("the stage of {what}").format(what=what), 1, 6
        ),
        status=status,
        created_at=aware_datetime(
            item.get("created_at"), tr_core("the creation date of {what}").format(what=what)
        ),
        updated_at=aware_datetime(
            item.get("updated_at", item.get("created_at")),
            tr_core("the change date of {what}").format(what=what),
        ),
        history=tuple(history),
    )


def _checkin(item: dict[str, Any], what: str) -> ParsedCheckIn:
    support_raw = item.get("support")
    support: dict[str, int] | None = None
    if support_raw is not None:
        support_dict = require_dict(
            support_raw, tr_core("the support ratings of {what}").format(what=what)
        )
        if len(support_dict) > 50:
            raise fail(
                tr_core("In this file, {what} has too many support ratings.").format(what=what)
            )
        support = {
            text_value(k, tr_core("a support rating of {what}").format(what=what)): int_value(
                v, tr_core("a support rating of {what}").format(what=what), 0, 4
            )
            for k, v in support_dict.items()
        }
    triggered = item.get("triggered", False)
    if not isinstance(triggered, bool):
        raise fail(
            tr_core("In this file, 'triggered' of {what} is not true or false.").format(what=what)
        )
    return ParsedCheckIn(
        id=_id(item.get("id"), tr_core("the id of {what}").format(what=what)),
        created_at=aware_datetime(
            item.get("created_at"), tr_core("the date of {what}").format(what=what)
        ),
        distress=int_value(
            item.get("distress"), tr_core("the distress of {what}").format(what=what), 0, 10
        ),
        event_id=_optional_id(
            item.get("event_id"), tr_core("the event of {what}").format(what=what)
        ),
        sleep=optional_int(
            item.get("sleep"), tr_core("the sleep of {what}").format(what=what), 0, 4
        ),
        triggered=triggered,
        note=text_value(
            item.get("note"), tr_core("the note of {what}").format(what=what), default=""
        ),
        phq2=optional_int(
            item.get("phq2"), tr_core("the PHQ-2 score of {what}").format(what=what), 0, 6
        ),
        gad2=optional_int(
            item.get("gad2"), tr_core("the GAD-2 score of {what}").format(what=what), 0, 6
        ),
        support=support,
    )


def check_links(parsed: Parsed, journal: Journal) -> None:
    """Every event an entry or check-in points at is in the file or already here."""
    known = {e.id for e in parsed.events} | {e.id for e in journal.list_events()}
    linked = [e.event_id for e in parsed.entries] + [c.event_id for c in parsed.checkins]
    for event_id in linked:
        if event_id is not None and event_id not in known:
            raise fail(
                tr_core("In this file, an entry or check-in belongs to an event that isn't there.")
            )


def entry_exists(journal: Journal, entry_id: str) -> bool:
    with journal.connection() as conn:
        row = conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone()
    return row is not None


def write_events_and_checkins(journal: Journal, parsed: Parsed) -> tuple[int, int]:
    """Insert events (with stage history) and check-ins that are not here yet.

    The public ``add_event``/``add_checkin`` stamp the current time and a new id;
    restoring a user's own history needs the original ones, so this writes the
    rows directly, inside the caller's transaction. Returns ``(events, checkins)``
    actually added.
    """
    events = checkins = 0
    with journal.transaction(), journal.connection() as conn:
        for ev in parsed.events:
            if conn.execute("SELECT 1 FROM events WHERE id = ?", (ev.id,)).fetchone():
                continue
            conn.execute(
                "INSERT INTO events (id, title, occurred_on, context, stage, status,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ev.id,
                    ev.title,
                    ev.occurred_on.isoformat(),
                    ev.context,
                    ev.stage,
                    ev.status,
                    to_db_time(ev.created_at),
                    to_db_time(ev.updated_at),
                ),
            )
            for change in ev.history:
                conn.execute(
                    "INSERT INTO stage_history (event_id, stage, recorded_at) VALUES (?, ?, ?)",
                    (ev.id, change.stage, to_db_time(change.recorded_at)),
                )
            events += 1
        for ci in parsed.checkins:
            if conn.execute("SELECT 1 FROM checkins WHERE id = ?", (ci.id,)).fetchone():
                continue
            conn.execute(
                "INSERT INTO checkins (id, created_at, event_id, distress, sleep, triggered,"
                " note, phq2, gad2, support) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ci.id,
                    to_db_time(ci.created_at),
                    ci.event_id,
                    ci.distress,
                    ci.sleep,
                    int(ci.triggered),
                    ci.note,
                    ci.phq2,
                    ci.gad2,
                    json.dumps(ci.support) if ci.support else None,
                ),
            )
            checkins += 1
    return events, checkins
