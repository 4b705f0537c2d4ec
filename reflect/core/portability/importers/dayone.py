"""Day One's JSON export: the ``.zip`` (one ``<Journal>.json`` per journal) or a bare JSON.

Only ``uuid`` and ``creationDate`` are required of an entry. ``creationDate`` is
UTC; the entry's own ``timeZone`` gives the calendar day it was written on. A
first line ``# Title`` becomes the title. Photos, audio, video and PDFs are not
imported: each reference becomes a short note such as ``[photo not imported]``,
so the text still shows something was there. ``richText``, ``starred``,
``pinned``, weather, location and the rest are ignored.
"""

from __future__ import annotations

import re
from datetime import UTC, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reflect.core.language import QT_TR_NOOP, tr_core
from reflect.core.portability.importers.common import (
    Parsed,
    ParsedEntry,
    aware_datetime,
    fail,
    load_json,
    require_dict,
    require_list,
    tag_list,
    text_value,
    zip_json_members,
)

FORMAT = "dayone"

_UUID = re.compile(r"[A-Za-z0-9-]{1,64}")
# Day One escapes Markdown punctuation with a backslash ("1\. item", "\#tag").
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~=&])")
_LINK = re.compile(r"!?\[[^\]\n]{0,500}\]\((dayone-moment:[^)\s]{1,300})\)")
_BARE = re.compile(r"dayone-moment:[/A-Za-z0-9_-]{1,300}")
#: Day One's attachment lists, and the note left in the entry where one was.
_KINDS = {
    "photos": QT_TR_NOOP("[photo not imported]"),
    "audios": QT_TR_NOOP("[audio recording not imported]"),
    "videos": QT_TR_NOOP("[video not imported]"),
    "pdfAttachments": QT_TR_NOOP("[PDF not imported]"),
}


def looks_like(doc: Any) -> bool:
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        return False
    if isinstance(doc.get("metadata"), dict):
        return True
    first = doc["entries"][0] if doc["entries"] else None
    return isinstance(first, dict) and "uuid" in first and "creationDate" in first


def parse_zip(data: bytes, *, tz: tzinfo | None = None) -> Parsed:
    """Every journal JSON in a Day One export zip (media files are left unread)."""
    members = zip_json_members(data)
    if not members:
        raise fail(tr_core("This zip file has no Day One journal (.json) in it."))
    result = Parsed(FORMAT)
    for _name, raw in members:
        doc = load_json(raw)
        if not looks_like(doc):
            raise fail(tr_core("This zip file holds a JSON file that isn't a Day One journal."))
        part = parse(doc, tz=tz)
        result.entries.extend(part.entries)
        result.problems.extend(part.problems)
    return result


def parse(doc: Any, *, tz: tzinfo | None = None) -> Parsed:
    root = require_dict(doc, "the journal")
    result = Parsed(FORMAT)
    empty = 0
    unknown_zone = 0
    for n, raw in enumerate(require_list(root.get("entries"), "the list of entries"), 1):
        item = require_dict(raw, tr_core("entry {n}").format(n=n))
        what = tr_core("entry {n}").format(n=n)
        uuid = text_value(item.get("uuid"), tr_core("the id of {what}").format(what=what))
        if not _UUID.fullmatch(uuid):
            raise fail(
                tr_core("In this file, the id of {what} is not a Day One id.").format(what=what)
            )
        created = aware_datetime(
            item.get("creationDate"),
            tr_core("the date of {what}").format(what=what),
            default_tz=UTC,
        )
        updated = None
        if isinstance(item.get("modifiedDate"), str):
            updated = aware_datetime(
                item["modifiedDate"],
                tr_core("the change date of {what}").format(what=what),
                default_tz=UTC,
            )
            updated = max(updated, created)
        zone = _zone(item.get("timeZone"))
        if zone is None:
            unknown_zone += 1
        local = created.astimezone(zone if zone is not None else tz)
        text = text_value(
            item.get("text"), tr_core("the text of {what}").format(what=what), default=""
        )
        title, body = _title_and_body(text, item)
        if not title and not body.strip():
            empty += 1
            continue
        result.entries.append(
            ParsedEntry(
                source_id=f"dayone:{uuid.upper()}",
                title=title,
                body=body,
                tags=tag_list(item.get("tags"), what),
                created_at=local,
                updated_at=updated,
                local_date=local.date(),
            )
        )
    if empty:
        result.problems.append(
            tr_core("1 empty entry was left out.")
            if empty == 1
            else tr_core("{count} empty entries were left out.").format(count=empty)
        )
    if unknown_zone:
        result.problems.append(
            tr_core(
                "{count} of the entries had no time zone; their dates follow this computer's."
            ).format(count=unknown_zone)
        )
    return result


def _zone(name: object) -> tzinfo | None:
    if not isinstance(name, str) or not 0 < len(name) <= 64:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _title_and_body(text: str, item: dict[str, Any]) -> tuple[str, str]:
    text = text.replace("\u200b", "").replace("\r\n", "\n")
    referenced: set[str] = set()

    def note_for(url: str) -> str:
        kind = "photos"
        for marker, name in (
            ("/audio/", "audios"),
            ("/video/", "videos"),
            ("/pdfAttachment/", "pdfAttachments"),
        ):
            if marker in url:
                kind = name
        referenced.add(url.rstrip("/").rsplit("/", 1)[-1].upper())
        return tr_core(_KINDS[kind])

    text = _LINK.sub(lambda m: note_for(m.group(1)), text)
    text = _BARE.sub(lambda m: note_for(m.group(0)), text)
    text = _ESCAPE.sub(r"\1", text)
    notes = _unreferenced_media(item, referenced)
    lines = text.strip("\n").split("\n")
    title = ""
    if lines and lines[0].startswith("# "):
        title = lines[0][2:].strip()
        lines = lines[1:]
    body = "\n".join(lines).strip("\n")
    if notes:
        body = (body + "\n\n" if body else "") + "\n".join(notes)
    return title, body


def _unreferenced_media(item: dict[str, Any], referenced: set[str]) -> list[str]:
    """Notes for attachments listed on the entry but not linked from its text."""
    notes: list[str] = []
    for key, kind in _KINDS.items():
        media = item.get(key)
        if not isinstance(media, list):
            continue
        for attachment in media:
            ident = attachment.get("identifier") if isinstance(attachment, dict) else None
            if isinstance(ident, str) and ident.upper() in referenced:
                continue
            notes.append(tr_core(kind))
    return notes
