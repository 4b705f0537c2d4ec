"""Small checks the content loader applies to every TOML table.

Each raises :class:`ContentError` naming the file and the item, through
:class:`Where`, so a malformed content file says exactly what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reflect.core.guide.content import ContentError

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


@dataclass(frozen=True)
class Where:
    """File and item, so that every error says exactly where to look."""

    file: str
    item: str = ""

    def at(self, item: str) -> Where:
        return Where(self.file, item)

    def fail(self, problem: str) -> ContentError:
        place = f"{self.file}: {self.item}" if self.item else self.file
        return ContentError(f"{place}: {problem}")


def exact_keys(table: Mapping[str, Any], where: Where, required: tuple[str, ...]) -> None:
    missing = [k for k in required if k not in table]
    if missing:
        raise where.fail(f"missing field(s) {', '.join(missing)}")
    unknown = sorted(set(table) - set(required))
    if unknown:
        raise where.fail(f"unknown field(s) {', '.join(unknown)}")


def prose(value: str) -> str:
    """Unwrap text written wrapped in TOML (see the module docstring)."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", value.strip()):
        lines: list[str] = []
        for raw in block.splitlines():
            line = " ".join(raw.split())
            if not line:
                continue
            if lines and not line.startswith("- "):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(p for p in paragraphs if p)


def text(table: Mapping[str, Any], key: str, where: Where, *, empty_ok: bool = False) -> str:
    value = table.get(key)
    if not isinstance(value, str):
        raise where.fail(f"{key} must be text")
    result = prose(value)
    if not result and not empty_ok:
        raise where.fail(f"{key} is empty")
    return result


def texts_list(
    table: Mapping[str, Any], key: str, where: Where, *, count: int | None = None
) -> tuple[str, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise where.fail(f"{key} must be a list of non-empty texts")
    if count is not None and len(value) != count:
        raise where.fail(f"{key} must have exactly {count} items, not {len(value)}")
    if not value:
        raise where.fail(f"{key} is empty")
    return tuple(prose(v) for v in value)


def checked_id(table: Mapping[str, Any], where: Where) -> str:
    value = table.get("id")
    if not isinstance(value, str) or not _ID.match(value):
        raise where.fail(f"id {value!r} must be lower-case words joined by '-'")
    return value


def tables(data: Mapping[str, Any], key: str, where: Where) -> list[dict[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        raise where.fail(f"expected one or more [[{key}]] tables")
    return value


def unique(ids: list[str], where: Where, what: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            label = f"{where.item}/{item}" if where.item else item
            raise where.at(label).fail(f"duplicate {what}")
        seen.add(item)


def normalised(text: str) -> str:
    """Text folded for duplicate checks: case, spacing and end punctuation ignored."""
    return " ".join(text.casefold().split()).rstrip(".?:;, ")
