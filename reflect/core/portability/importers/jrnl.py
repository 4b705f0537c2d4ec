"""jrnl's JSON export (``jrnl --format json``).

Shape (jrnl/plugins/json_exporter.py)::

    {"tags": {...}, "entries": [{"title", "body", "date": "YYYY-MM-DD",
     "time": "HH:MM", "tags": ["@tag", "#tag"], "starred": bool, ...}]}

Dates are naive local time, so they are taken in the computer's time zone (or
the ``tz`` given). Tags lose their ``@``/``#`` symbol. Two entries in the same
minute with the same text are the same entry.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time, tzinfo
from typing import Any

from reflect.core.language import tr_core
from reflect.core.portability.importers.common import (
    Parsed,
    ParsedEntry,
    fail,
    require_dict,
    require_list,
    tag_list,
    text_value,
    with_zone,
)

FORMAT = "jrnl"


def looks_like(doc: Any) -> bool:
    """A dict with an ``entries`` list whose items carry jrnl's ``date`` and ``time``."""
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        return False
    if "metadata" in doc or "format" in doc:
        return False
    first = doc["entries"][0] if doc["entries"] else None
    return first is None or (isinstance(first, dict) and "date" in first and "time" in first)


def parse(doc: Any, *, tz: tzinfo | None = None) -> Parsed:
    root = require_dict(doc, "the journal")
    result = Parsed(FORMAT)
    for n, raw in enumerate(require_list(root.get("entries"), "the list of entries"), 1):
        item = require_dict(raw, tr_core("entry {n}").format(n=n))
        what = tr_core("entry {n}").format(n=n)
        title = text_value(
            item.get("title"), tr_core("the title of {what}").format(what=what), default=""
        )
        body = text_value(
            item.get("body"), tr_core("the text of {what}").format(what=what), default=""
        )
        day_text = text_value(item.get("date"), tr_core("the date of {what}").format(what=what))
        time_text = text_value(
            item.get("time"), tr_core("the time of {what}").format(what=what), default="00:00"
        )
        try:
            day = date.fromisoformat(day_text)
            clock = time.fromisoformat(time_text)
        except ValueError:
            raise fail(
                tr_core("In this file, the date of {what} is not one Reflect understands.").format(
                    what=what
                )
            ) from None
        created = with_zone(
            datetime.combine(day, clock), tz, tr_core("the date of {what}").format(what=what)
        )
        tags = tag_list(item.get("tags"), what, strip_symbols="@#")
        if "starred" in item and not isinstance(item["starred"], bool):
            raise fail(
                tr_core("In this file, the star of {what} is not true or false.").format(what=what)
            )
        digest = hashlib.sha256(
            "\x1f".join((day_text, time_text, title, body)).encode("utf-8")
        ).hexdigest()
        result.entries.append(
            ParsedEntry(
                source_id=f"jrnl:{digest}",
                title=title.strip(),
                body=body,
                tags=tags,
                created_at=created,
                local_date=day,
            )
        )
    return result
