"""The one place that finds Reflect's shipped data (``resources/`` in the source tree).

In a wheel (and a PyInstaller bundle) the folder is installed as
``reflect/_resources``; in a source checkout or an editable install it is the
top-level ``resources/`` folder. Nothing else in Reflect builds paths into it.
"""

from __future__ import annotations

import functools
import posixpath
from pathlib import Path

import reflect


class ResourceMissing(FileNotFoundError):
    """A shipped file is not where it should be: a packaging bug."""


@functools.cache
def root() -> Path:
    """The folder that holds ``content/``, ``icons/`` and ``styles/``."""
    package = Path(reflect.__file__).resolve().parent
    for candidate in (package / "_resources", package.parent / "resources"):
        if (candidate / "content").is_dir():
            return candidate
    raise ResourceMissing(f"Reflect's resources folder is missing next to {package}")


def path(name: str) -> Path:
    """The path of a resource such as ``"content/prompts.toml"`` (``/``-separated)."""
    if posixpath.isabs(name) or ".." in name.split("/") or "\\" in name:
        raise ValueError(f"not a resource name: {name!r}")
    result = root().joinpath(*name.split("/"))
    if not result.exists():
        raise ResourceMissing(f"missing resource: {name}")
    return result


def read_text(name: str) -> str:
    return path(name).read_text(encoding="utf-8")


def read_bytes(name: str) -> bytes:
    return path(name).read_bytes()


def names(folder: str, suffix: str = "") -> list[str]:
    """Resource names directly inside ``folder`` ending in ``suffix``, sorted."""
    base = path(folder)
    return sorted(f"{folder}/{p.name}" for p in base.iterdir() if p.name.endswith(suffix))
