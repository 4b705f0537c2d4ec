"""A file over 400 lines usually holds two ideas: it says why at its top, or it splits."""

from __future__ import annotations

from pathlib import Path

LIMIT = 400
REASON = "# Over 400 lines because: "
PACKAGE = Path(__file__).resolve().parents[1] / "reflect"


def test_every_long_module_says_why_on_its_first_line() -> None:
    unexplained = []
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > LIMIT and not lines[0].startswith(REASON):
            unexplained.append(f"{path.relative_to(PACKAGE.parent)} ({len(lines)} lines)")
    assert unexplained == []


def test_a_reason_is_not_left_on_a_module_that_no_longer_needs_it() -> None:
    stale = [
        str(path.relative_to(PACKAGE.parent))
        for path in sorted(PACKAGE.rglob("*.py"))
        if (text := path.read_text(encoding="utf-8")).startswith(REASON)
        and len(text.splitlines()) <= LIMIT
    ]
    assert stale == []
