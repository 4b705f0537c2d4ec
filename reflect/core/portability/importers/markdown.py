"""A folder of Markdown files (or one file), with optional simple front matter.

Front matter is the block between a first line ``---`` and the next ``---``.
Only a small, safe subset of YAML is read (no YAML library): ``key: value``
lines, quoted strings, ``[a, b]`` lists and ``- item`` lists, for ``date``,
``title`` and ``tags``. Without a date the file's modification time is used;
without a title, a first line ``# Heading``, else the file name.

Hidden files and folders (``.obsidian``, ``.git``) are skipped; symbolic links
are refused rather than followed.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from datetime import UTC, datetime, time, tzinfo
from pathlib import Path

from reflect.core.language import QT_TR_NOOP, tr_core
from reflect.core.portability.importers.common import (
    MAX_FILE_BYTES,
    MAX_FOLDER_FILES,
    MAX_TAG_CHARS,
    MAX_TAGS_PER_ENTRY,
    ImportFailed,
    Parsed,
    ParsedEntry,
    decode_text,
    fail,
    read_file,
    text_value,
    with_zone,
)

FORMAT = "markdown"
SUFFIXES = (".md", ".markdown", ".txt")
_FRONT_MATTER_MAX_LINES = 200


def parse_folder(folder: Path, *, tz: tzinfo | None = None) -> Parsed:
    """Every Markdown file under ``folder``, sorted by relative path."""
    files = _find_files(folder)
    if not files:
        raise fail(tr_core("This folder has no Markdown (.md) files in it."))
    result = Parsed(FORMAT)
    total = 0
    for path in files:
        data = read_file(path)
        total += len(data)
        if total > MAX_FILE_BYTES:
            raise fail(tr_core("This folder is larger than Reflect can import at once (200 MB)."))
        relative = path.relative_to(folder).as_posix()
        result.entries.append(
            parse_text(relative, data, _mtime(path), tz=tz, problems=result.problems)
        )
    return result


def parse_file(path: Path, data: bytes, *, tz: tzinfo | None = None) -> Parsed:
    result = Parsed(FORMAT)
    result.entries.append(
        parse_text(path.name, data, _mtime(path), tz=tz, problems=result.problems)
    )
    return result


_SHORTCUT = QT_TR_NOOP(
    "This folder contains a shortcut (symbolic link). Move the real files into the folder "
    "and try again."
)


def _find_files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for current, dirs, names in os.walk(folder, followlinks=False):
        base = Path(current)
        for name in list(dirs):
            if name.startswith(".") or (base / name).is_symlink():
                if (base / name).is_symlink() and not name.startswith("."):
                    raise fail(tr_core(_SHORTCUT))
                dirs.remove(name)
        dirs.sort()
        for name in sorted(names):
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            path = base / name
            try:
                mode = path.lstat().st_mode
            except OSError:
                raise fail(
                    tr_core("Reflect could not read one of the files in this folder.")
                ) from None
            if stat.S_ISLNK(mode):
                raise fail(tr_core(_SHORTCUT))
            found.append(path)
            if len(found) > MAX_FOLDER_FILES:
                raise fail(tr_core("This folder has more files than Reflect can import at once."))
    return found


def _mtime(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.lstat().st_mtime, UTC)
    except (OSError, OverflowError, ValueError):
        return datetime(1970, 1, 1, tzinfo=UTC)


def parse_text(
    relative: str,
    data: bytes,
    modified: datetime,
    *,
    tz: tzinfo | None = None,
    problems: list[str] | None = None,
) -> ParsedEntry:
    """One Markdown file as an entry."""
    text = text_value(decode_text(data).replace("\r\n", "\n"), "the text of a file")
    meta, body = split_front_matter(text)
    created = modified
    raw_date = meta.get("date")
    if isinstance(raw_date, str) and raw_date.strip():
        parsed = parse_date(raw_date, tz)
        if parsed is None:
            if problems is not None:
                problems.append(
                    tr_core(
                        "A file's date wasn't one Reflect understands; its last change date "
                        "was used."
                    )
                )
        else:
            created = parsed
    title_value = meta.get("title")
    title = title_value.strip() if isinstance(title_value, str) else ""
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if "title" not in meta:  # an explicit empty title (our own export) stays empty
        if first is not None and lines[first].startswith("# "):
            title = lines[first][2:].strip()
            lines = lines[first + 1 :]
        else:
            title = Path(relative).stem
    body = "\n".join(lines).strip("\n").rstrip()
    digest = hashlib.sha256(relative.encode("utf-8") + b"\0" + data).hexdigest()
    local = created.astimezone(tz) if created.tzinfo is not None else created
    return ParsedEntry(
        source_id=f"md:{digest}",
        title=text_value(title, "a title"),
        body=body,
        tags=_tags(meta.get("tags")),
        created_at=created,
        local_date=local.date(),
    )


def split_front_matter(text: str) -> tuple[dict[str, str | list[str]], str]:
    """``({key: value or [items]}, rest)``; no front matter gives ``({}, text)``."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    end = None
    for i in range(1, min(len(lines), _FRONT_MATTER_MAX_LINES)):
        if lines[i].strip() in ("---", "..."):
            end = i
            break
    if end is None:
        return {}, text
    meta: dict[str, str | list[str]] = {}
    last_key: str | None = None
    for line in lines[1:end]:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("- ") and last_key is not None:
            current = meta.get(last_key)
            items = current if isinstance(current, list) else []
            items.append(_unquote(stripped[2:].strip()))
            meta[last_key] = items
            continue
        key, sep, value = stripped.partition(":")
        if not sep:
            continue
        last_key = key.strip().lower()
        meta[last_key] = _unquote(value.strip())
    return meta, "\n".join(lines[end + 1 :])


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            decoded = json.loads(value)
        except ValueError:
            return value[1:-1]
        return decoded if isinstance(decoded, str) else value
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _tags(value: str | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        text = value.strip()
        try:
            decoded = json.loads(text) if text.startswith("[") else None
        except (ValueError, RecursionError):
            decoded = None
        if isinstance(decoded, list) and all(isinstance(t, str) for t in decoded):
            return _tags(decoded)
        if text.startswith("[") and text.endswith("]"):
            text = text[1:-1]
        parts = text.split(",") if "," in text else text.split()
        items = [_unquote(p.strip()) for p in parts]
    else:
        items = value
    tags: list[str] = []
    for item in items[:MAX_TAGS_PER_ENTRY]:
        tag = " ".join(item.lstrip("#").split())[:MAX_TAG_CHARS]
        if tag:
            tags.append(tag)
    return tuple(tags)


_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z", "%Y/%m/%d %H:%M", "%Y/%m/%d")


def parse_date(text: str, tz: tzinfo | None) -> datetime | None:
    """ISO dates and a few common variants; a bare date means midday that day."""
    text = text.strip()
    when: datetime | None = None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        for pattern in _DATE_FORMATS:
            try:
                when = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
    if when is None:
        return None
    if len(text) <= 10 and when.time() == time(0):
        when = when.replace(hour=12)
    try:
        return with_zone(when, tz, "a date")
    except ImportFailed:  # an unusable date falls back to the file's time
        return None
