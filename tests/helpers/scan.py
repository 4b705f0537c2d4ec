"""Finding plaintext on disk: the one scanner the canary tests share."""

from __future__ import annotations

import os
from pathlib import Path


def files_containing(needle: str, *roots: Path) -> list[Path]:
    """Every file under ``roots`` holding ``needle`` as UTF-8, UTF-16 or upper case."""
    forms = [needle.encode(), needle.encode("utf-16-le"), needle.upper().encode()]
    hits = []
    for root in roots:
        for base, _dirs, names in os.walk(root):
            for name in names:
                path = Path(base) / name
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(form in data for form in forms):
                    hits.append(path)
    return hits
