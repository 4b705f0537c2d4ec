"""One sync cycle at 10,000 entries, against one backup of the same journal (figures).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_sync_cycle [10000]``

Home holds ``size`` realistic entries (200 to 400 words, ``corpus.entries``) and
keeps in step through a folder; the laptop joined from it. Each round the
laptop changes 100 entries and syncs; then one cycle on home is timed: merge
the laptop's file and write home's own (``SyncFolder.sync``). The first of
these cycles opens the laptop's file whole (its base is new to home); the
others open only what changed since that base, and home keeps its own base.
Reported: the median of five cycles and each, the bytes a cycle writes to the
folder (home's file) and how many of them are new (the part after the base),
the time of one backup of the same journal (median of three), their ratio (the
issue's target: at most 1.5), a cycle that writes home's base anew (every
record sealed again, as when the changes since the base grow large), the
join, the event loop's stalls while a cycle runs on a worker thread as in the
app (``loop_latency``), and how long a quick read of the journal waits
meanwhile (the journal is held while records merge).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reflect.core.clock import FakeClock
from reflect.core.journal import settings
from reflect.core.journal.repository import Journal
from reflect.core.portability.backup.format import create_backup
from reflect.core.portability.sync import files
from reflect.core.sync import SyncFolder
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.benchmarks.corpus import entries

PASSPHRASE = "bench pass words for sync"
CHANGES = 100
ROUNDS = 5


def _build(folder: Path, size: int) -> Vault:
    vault, _key = Vault.create(folder, PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    journal = vault.journal
    base = datetime(2020, 1, 1, tzinfo=UTC)
    corpus = list(entries(size))
    for offset in range(0, size, 2000):
        with journal.transaction():
            for i, (title, body, tags) in enumerate(corpus[offset : offset + 2000], offset):
                journal.add_entry(title, body, tags, created_at=base + timedelta(hours=6 * i))
    journal.checkpoint()
    return vault


def _stalls_while(work: Callable[[], object]) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.loop_latency import loop_stalls

    _app = QApplication.instance() or QApplication([])
    done = threading.Event()

    def run() -> None:
        try:
            work()
        finally:
            done.set()

    worker = threading.Thread(target=run)
    started = time.perf_counter()
    worker.start()
    result = loop_stalls(lambda: None, 100, 0.1)
    while not done.is_set():
        more = loop_stalls(lambda: None, 100, 0.1)
        result = {
            "p99_stall_ms": max(result["p99_stall_ms"], more["p99_stall_ms"]),
            "max_stall_ms": max(result["max_stall_ms"], more["max_stall_ms"]),
            "over_16_ms": result["over_16_ms"] + more["over_16_ms"],
            "probes": result["probes"] + more["probes"],
        }
    worker.join()
    result["work_s"] = round(time.perf_counter() - started, 3)
    return result


def _reads_while(journal: Journal, work: Callable[[], object]) -> dict[str, float]:
    """How long a quick read of the journal (what the window does to list entries)
    waits while ``work`` runs on another thread: the journal is held meanwhile."""
    done = threading.Event()
    waits: list[float] = []

    def run() -> None:
        try:
            work()
        finally:
            done.set()

    worker = threading.Thread(target=run)
    worker.start()
    while not done.is_set():
        start = time.perf_counter()
        journal.count_entries()
        waits.append(time.perf_counter() - start)
        time.sleep(0.005)
    worker.join()
    waits.sort()
    return {
        "longest_wait_ms": round(waits[-1] * 1000, 1),
        "p50_wait_ms": round(waits[len(waits) // 2] * 1000, 2),
        "reads": len(waits),
    }


def run(size: int, workdir: Path) -> dict[str, object]:
    shared = workdir / "shared"
    shared.mkdir()
    home = _build(workdir / "home", size)
    start = time.perf_counter()
    SyncFolder(shared).sync(home)
    first_write_s = time.perf_counter() - start
    start = time.perf_counter()
    laptop = SyncFolder(shared).join(
        workdir / "laptop", passphrase=PASSPHRASE, kdf=KdfParams.cheap_for_tests()
    )
    join_s = time.perf_counter() - start
    ids = [e.id for e in laptop.journal.list_entries(limit=size)]
    cycles, bytes_written = [], []
    home_file = shared / f"{SyncFolder.computer_of(home)}.reflectsync"
    for round_number in range(ROUNDS):
        with laptop.journal.transaction():
            for entry_id in ids[round_number * CHANGES : (round_number + 1) * CHANGES]:
                laptop.journal.update_entry(
                    entry_id, body=f"Changed on the laptop, round {round_number}."
                )
        SyncFolder(shared).sync(laptop)
        start = time.perf_counter()
        report = SyncFolder(shared).sync(home)
        cycles.append(time.perf_counter() - start)
        assert report.updated == CHANGES, report
        bytes_written.append(home_file.stat().st_size)
    written = home_file.read_bytes()
    new_bytes = len(written) - len(files.base_part(written) or b"")
    backups = []
    for _ in range(3):
        start = time.perf_counter()
        info = create_backup(home, workdir / "backups", clock=FakeClock())
        backups.append(time.perf_counter() - start)
        backup_bytes = info.path.stat().st_size
        info.path.unlink()
    with laptop.journal.transaction():
        for entry_id in ids[ROUNDS * CHANGES : (ROUNDS + 1) * CHANGES]:
            laptop.journal.update_entry(entry_id, body="Changed once more on the laptop.")
    SyncFolder(shared).sync(laptop)
    settings.SYNC_BASE.write(home.journal, None)  # home's next file has a new base
    start = time.perf_counter()
    SyncFolder(shared).sync(home)
    rebase_s = time.perf_counter() - start
    with laptop.journal.transaction():
        for entry_id in ids[(ROUNDS + 1) * CHANGES : (ROUNDS + 2) * CHANGES]:
            laptop.journal.update_entry(entry_id, body="Changed again on the laptop.")
    SyncFolder(shared).sync(laptop)
    stalls = _stalls_while(lambda: SyncFolder(shared).sync(home))
    with laptop.journal.transaction():
        for entry_id in ids[(ROUNDS + 2) * CHANGES : (ROUNDS + 3) * CHANGES]:
            laptop.journal.update_entry(entry_id, body="Changed yet again on the laptop.")
    SyncFolder(shared).sync(laptop)
    reads = _reads_while(home.journal, lambda: SyncFolder(shared).sync(home))
    cycle_s, backup_s = statistics.median(cycles), statistics.median(backups)
    laptop.lock()
    home.lock()
    return {
        "entries": size,
        "changes_on_the_other_computer": CHANGES,
        "sync_cycle_s_median": round(cycle_s, 3),
        "sync_cycle_s_all": [round(c, 3) for c in cycles],
        "sync_file_bytes": bytes_written[-1],
        "sync_file_bytes_after_the_base": new_bytes,
        "backup_s_median": round(backup_s, 3),
        "backup_bytes": backup_bytes,
        "cycle_over_backup": round(cycle_s / backup_s, 2),
        "cycle_writing_a_new_base_s": round(rebase_s, 3),
        "first_file_write_s": round(first_write_s, 3),
        "join_s": round(join_s, 3),
        "event_loop_while_a_cycle_runs": stalls,
        "journal_reads_while_a_cycle_runs": reads,
    }


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        print(json.dumps(run(size, Path(folder)), indent=2))


if __name__ == "__main__":
    main()
