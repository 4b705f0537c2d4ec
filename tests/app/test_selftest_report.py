"""``reflect --self-test --report FILE``: the report reaches a file when there is no console."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reflect.app.main import main

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_self_test_writes_its_report_where_there_is_no_console(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A windowed Windows build has no stdout; the release workflow reads --report."""
    monkeypatch.setattr(sys, "stdout", None)
    report = tmp_path / "self-test.txt"
    report.write_text("self-test FAILED (1)\n", encoding="utf-8")  # an earlier run's
    assert main(["--self-test", "--report", str(report)]) == 0
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[-1] == "self-test passed"
    assert "self-test FAILED (1)" not in lines
    assert any(line.startswith("ok   licence and notices") for line in lines)
    assert any(line.startswith("ok   export a PDF") for line in lines)
