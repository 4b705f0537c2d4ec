"""Import real jrnl exports, made by running the installed jrnl CLI in a temp home.

The suite's autouse fixture points HOME and XDG_CONFIG_HOME at a temp folder,
and jrnl reads ``$XDG_CONFIG_HOME/jrnl/jrnl.yaml``, so the config written here is
the one the child process uses; nothing touches the real home.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

# jrnl comes with the [test] extra; a broken install must fail here, not skip.
import jrnl as jrnl_package  # noqa: F401
import pytest

from reflect.core.journal.repository import Journal
from reflect.core.portability.importers import import_path, preview_path

CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""


@pytest.fixture
def jrnl_export(tmp_path: Path) -> Path:
    """Write three entries with the real jrnl and export them as JSON."""
    config_dir = Path(os.environ["XDG_CONFIG_HOME"]) / "jrnl"
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "jrnl.yaml").write_text(CONFIG.format(journal=tmp_path / "journal.txt"))

    def jrnl(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "jrnl", *args],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
            env={**os.environ, "NO_COLOR": "1"},
        )
        return result.stdout

    jrnl("2024-03-05 22:15: Night shift. Thought about the @sepsis case with #mentor.")
    jrnl("2024-03-07 08:00: Coffee with Sam *")
    jrnl("2024-03-08 19:45: Wrote the timeline for the review. @review #mentor")
    out = tmp_path / "export.json"
    jrnl("--format", "json", "--file", str(out))
    return out


def test_real_jrnl_export_imports_titles_bodies_tags_and_local_times(
    journal: Journal, jrnl_export: Path
) -> None:
    preview = preview_path(jrnl_export)
    assert (preview.format, preview.count) == ("jrnl", 3)
    assert preview.titles == [
        "Night shift.",
        "Coffee with Sam",
        "Wrote the timeline for the review.",
    ]
    report = import_path(journal, jrnl_export)
    assert (report.imported, report.duplicates_skipped, report.problems) == (3, 0, [])
    entries = {e.title: e for e in journal.list_entries()}
    night = entries["Night shift."]
    assert night.body.startswith("Thought about the @sepsis case")
    assert sorted(night.tags) == ["mentor", "sepsis"]
    assert night.created_at == datetime(2024, 3, 5, 22, 15).astimezone()
    assert sorted(entries["Wrote the timeline for the review."].tags) == ["mentor", "review"]
    assert entries["Coffee with Sam"].tags == []


def test_reimporting_a_jrnl_export_adds_nothing(journal: Journal, jrnl_export: Path) -> None:
    import_path(journal, jrnl_export)
    again = import_path(journal, jrnl_export)
    assert (again.imported, again.duplicates_skipped) == (0, 3)
    assert journal.count_entries() == 3
