"""The README and its translated user guides: one per offered language, and every
picture and page they point to is there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reflect.core import language

ROOT = Path(__file__).resolve().parents[1]
_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
GUIDES = [ROOT / "README.md"] + [
    ROOT / f"README.{lang.code}.md" for lang in language.offered() if lang.code != "en"
]


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_local_link_and_picture_is_there(guide: Path) -> None:
    assert guide.is_file(), f"{guide.name} is missing: an offered language has a user guide"
    text = guide.read_text(encoding="utf-8")
    local = [t for t in _LINK.findall(text) if not re.match(r"[a-z]+:", t)]
    assert local, "no links at all: the pattern is wrong"
    assert [t for t in local if not (ROOT / t).exists()] == []


@pytest.mark.parametrize("guide", GUIDES[1:], ids=lambda p: p.name)
def test_a_translated_guide_shows_its_own_language_and_says_it_awaits_review(
    guide: Path,
) -> None:
    code = guide.name.split(".")[1]
    text = guide.read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\((packaging/screenshots/[^)]+)\)", text)
    assert pictures and all(p.startswith(f"packaging/screenshots/{code}/") for p in pictures)
    assert "README.md" in text  # the English, complete reference
    assert "**" in text.split("\n\n")[2]  # the review notice, in bold, at the top
