"""The one place that finds Reflect's shipped data (``resources/`` in the source tree).

In a wheel (and a PyInstaller bundle) the folder is installed as
``reflect/_resources``; in a source checkout or an editable install it is the
top-level ``resources/`` folder. Nothing else in Reflect builds paths into it.
"""

from __future__ import annotations

import functools
import gzip
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


_TEXT_SLICE = 64 * 1024


def read_words(name: str) -> list[str]:
    """A word list (``wordlists/...``, gzipped or not): one entry a line, blank lines
    and ``#`` comments skipped.

    Split a slice at a time: one ``split`` over a few megabytes holds Python's lock
    for tens of milliseconds, and lists are read on worker threads while the window
    must keep turning (tests/benchmarks/bench_spelling.py measures the stalls)."""
    data = read_bytes(name)
    if name.endswith(".gz"):
        data = gzip.decompress(data)  # zlib lets other threads run meanwhile
    text = data.decode("utf-8")
    words: list[str] = []
    start = 0
    while start < len(text):
        end = text.find("\n", min(start + _TEXT_SLICE, len(text) - 1))
        end = len(text) if end < 0 else end + 1
        for line in text[start:end].split("\n"):
            line = line.strip()
            if line and not line.startswith("#"):
                words.append(line)
        start = end
    return words
