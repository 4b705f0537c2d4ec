"""The content files are the only source of the guide's words.

Reflect 0.1 carried a second copy of some texts in the code, used when a key was
missing: 8 of 13 differed from the content files, the legal caution among them.
Now every text the code asks for is a key the loader requires, so a missing one
fails loading (and this suite), and no fallback copy exists to drift.
"""

from __future__ import annotations

import re
from pathlib import Path

from reflect.core.guide.content import TEXT_KEYS

PACKAGE = Path(__file__).resolve().parent.parent / "reflect"
USED = re.compile(r"""texts\[\s*["']([a-z0-9_]+)["']\s*\]""")


def _sources() -> list[tuple[Path, str]]:
    return [(p, p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py")]


def test_every_text_the_code_uses_is_required_by_the_loader() -> None:
    used = {key for _, text in _sources() for key in USED.findall(text)}
    assert used, "the scan found no texts[...] at all: it is broken"
    assert used - set(TEXT_KEYS) == set()


def test_there_is_no_second_copy_of_the_words() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path, text in _sources()
        if "FALLBACK_TEXTS" in text or re.search(r"\bdef text_of\(content", text)
    ]
    assert offenders == []
