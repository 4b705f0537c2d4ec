"""What keeping a version on every record costs a write, printed as JSON (figures).

Run: ``.venv/bin/python -m tests.benchmarks.bench_sync_versions``

Adds 2,000 entries and changes each once, in a journal with schema version 4's
version triggers (``reflect.core.vault.sync_schema``) and in the same journal
with the triggers dropped, and reports p50/p95 of each write in milliseconds.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from reflect.core.clock import FakeClock
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault

COUNT = 2000


def _figures(with_versions: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        vault, _key = Vault.create(
            Path(folder) / "v",
            "bench pass words",
            kdf=KdfParams.cheap_for_tests(),
            clock=FakeClock(),
        )
        journal = vault.journal
        try:
            if not with_versions:
                with journal.connection() as conn:
                    names = [r[0] for r in conn.execute(
                        "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'sync_%'"
                    )]  # fmt: skip
                    for name in names:
                        conn.execute(f"DROP TRIGGER {name}")
            adds, changes = [], []
            ids = []
            for n in range(COUNT):
                start = time.perf_counter()
                ids.append(journal.add_entry(f"Entry {n}", "Some words. " * 40, ["sleep"]).id)
                adds.append(time.perf_counter() - start)
            for entry_id in ids:
                start = time.perf_counter()
                journal.update_entry(entry_id, body="Changed words. " * 40)
                changes.append(time.perf_counter() - start)
        finally:
            vault.lock()

    def ms(values: list[float], q: int) -> float:
        return round(statistics.quantiles(values, n=100)[q - 1] * 1000, 3)

    return {"add_p50_ms": ms(adds, 50), "add_p95_ms": ms(adds, 95),
            "change_p50_ms": ms(changes, 50), "change_p95_ms": ms(changes, 95)}  # fmt: skip


def main() -> None:
    report = {"with_versions": _figures(True), "without_versions": _figures(False)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
