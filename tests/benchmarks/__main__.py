"""``python -m tests.benchmarks [SIZE ...] [--no-jrnl]``: every figure as one JSON document."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from tests.benchmarks import bench_jrnl


def _child(module: str, size: int) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-m", module, str(size)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv if a.isdigit()] or [10_000, 100_000]
    report: dict[str, Any] = {"reflect": [_child("tests.benchmarks.bench_core", s) for s in sizes]}
    if "--no-jrnl" not in argv and bench_jrnl.available():
        jrnl: dict[str, Any] = _child("tests.benchmarks.bench_jrnl", 10_000)
        ours = next((r for r in report["reflect"] if r["entries"] == 10_000), None)
        report["jrnl"] = jrnl
        if ours is not None:
            report["ratios_at_10k"] = {
                "search_x_faster": round(jrnl["search_s"] * 1000 / ours["search_rare"]["p95_ms"]),
                "add_entry_x_faster": round(
                    jrnl["add_entry_s"] * 1000 / ours["add_entry"]["p95_ms"]
                ),
                "cold_unlock_and_search_vs_jrnl_cold_search": round(
                    ours["cold_unlock_and_search_s"] / jrnl["search_s"],
                    2,
                ),
            }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
