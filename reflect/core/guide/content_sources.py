"""Where the guide's TOML files come from: the shipped resources, or a folder (tests)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from reflect.core import resources
from reflect.core.guide.content import ContentError


class ResourceSource:
    def names(self) -> list[str]:
        return [n.removeprefix("content/") for n in resources.names("content", ".toml")]

    def read(self, name: str) -> str:
        try:
            return resources.read_text(f"content/{name}")
        except resources.ResourceMissing as exc:
            raise ContentError(f"{name}: the file is missing") from exc

    def read_optional(self, name: str) -> str | None:
        try:
            return resources.read_text(f"content/{name}")
        except resources.ResourceMissing:
            return None


class FolderSource:
    def __init__(self, root: Path) -> None:
        self._root = root

    def names(self) -> list[str]:
        return sorted(p.name for p in self._root.glob("*.toml"))

    def read(self, name: str) -> str:
        try:
            return (self._root / name).read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ContentError(f"{name}: the file is missing") from exc

    def read_optional(self, name: str) -> str | None:
        path = self._root / name
        return path.read_text(encoding="utf-8") if path.is_file() else None


ContentSource = ResourceSource | FolderSource


def parse_toml(name: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{name}: not valid TOML ({exc})") from exc
