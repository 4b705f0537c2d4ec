"""Core figures for one journal size: create, unlock, add, search, list, size, memory.

Run one size per process (``python -m tests.benchmarks.bench_core 10000``) so that
peak RSS belongs to that size alone; ``python -m tests.benchmarks`` does that for
every size and prints one JSON document.
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reflect.core.journal.repository import Journal
from reflect.core.vault.lifecycle import Vault
from tests.benchmarks.corpus import COMMON_WORD, PREFIX_QUERY, RARE_WORD, entries

PASSPHRASE = "benchmark passphrase, long enough"


def _percentiles(samples_s: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples_s)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(p95, 2)}


def _timed(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def run(size: int, workdir: Path) -> dict[str, object]:
    folder = workdir / f"vault-{size}"
    start = time.perf_counter()
    vault, _ = Vault.create(folder, PASSPHRASE)
    create_s = time.perf_counter() - start

    journal = vault.journal
    base = datetime(2020, 1, 1, tzinfo=UTC)
    start = time.perf_counter()
    batch = 2000
    corpus = list(entries(size))
    event = journal.add_event("The night of the handover", base.date())
    for offset in range(0, size, batch):
        with journal.transaction():
            for i, (title, body, tags) in enumerate(corpus[offset : offset + batch], offset):
                about = event.id if i % 10 == 0 else None  # one entry in ten is about it
                when = base + timedelta(hours=6 * i)
                journal.add_entry(title, body, tags, about, created_at=when)
    build_s = time.perf_counter() - start
    journal.checkpoint()

    extra = iter(list(entries(200, seed=99)))
    add = _timed(lambda: journal.add_entry(*next(extra)), 200)
    vault.lock()

    start = time.perf_counter()
    vault = Vault.unlock(folder, PASSPHRASE)
    unlock_s = time.perf_counter() - start
    journal = vault.journal

    common_hits = len(journal.search(COMMON_WORD))
    search_common = _timed(lambda: journal.search(COMMON_WORD), 60)
    search_rare = _timed(lambda: journal.search(RARE_WORD), 60)
    search_prefix = _timed(lambda: journal.search(PREFIX_QUERY), 60)
    filtered = _filtered_searches(journal, base, size, event.id)
    rng = random.Random(3)
    total = journal.count_entries()
    list_page = _timed(
        lambda: journal.list_summaries(limit=50, offset=rng.randrange(0, max(1, total - 50))), 100
    )
    first_page = _timed(lambda: journal.list_summaries(limit=50), 100)
    open_entry_ids = iter([e.id for e in journal.list_summaries(limit=50)] * 2)
    open_entry = _timed(lambda: journal.get_entry(next(open_entry_ids)), 100)
    vault.lock()

    cold = _cold_unlock_and_search(folder)
    return {
        "entries": size,
        "create_s": round(create_s, 3),
        "build_s": round(build_s, 1),
        "unlock_s": round(unlock_s, 3),
        "cold_unlock_and_search_s": round(cold, 3),
        "add_entry": _percentiles(add),
        "search_common": {
            **_percentiles(search_common),
            "word": COMMON_WORD,
            "matches": "50 shown" if common_hits == 50 else common_hits,
        },
        "search_rare": {**_percentiles(search_rare), "word": RARE_WORD},
        "search_prefix": {**_percentiles(search_prefix), "query": PREFIX_QUERY},
        **filtered,
        "list_page_random_offset": _percentiles(list_page),
        "list_first_page": _percentiles(first_page),
        "get_entry": _percentiles(open_entry),
        "vault_mb": round(_folder_size(folder) / 1e6, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _filtered_searches(
    journal: Journal, base: datetime, size: int, event_id: str
) -> dict[str, object]:
    """Search and list narrowed by days, an event and a tag (entries are 6 hours apart)."""
    middle = base + timedelta(hours=6 * (size // 2))
    month_end, year_end = middle + timedelta(days=30), middle + timedelta(days=365)
    tenth = base + timedelta(hours=6 * (size // 10))
    cases = {
        "search_common_one_month": lambda: journal.search(
            COMMON_WORD, since=middle, before=month_end
        ),
        # The worst case: the newest 90% of matches are outside the days asked for.
        "search_common_oldest_tenth": lambda: journal.search(COMMON_WORD, before=tenth),
        "search_common_in_event": lambda: journal.search(COMMON_WORD, event_id=event_id),
        "search_rare_tag_and_year": lambda: journal.search(
            RARE_WORD, tag="sleep", since=middle, before=year_end
        ),
        "list_one_month": lambda: (
            journal.count_entries(since=middle, before=month_end),
            journal.list_summaries(limit=50, since=middle, before=month_end),
        ),
    }
    return {name: _percentiles(_timed(run_case, 60)) for name, run_case in cases.items()}


def _cold_unlock_and_search(folder: Path) -> float:
    """A fresh process: import, unlock with the real KDF, search once."""
    code = (
        "from reflect.core.vault.lifecycle import Vault\n"
        f"v = Vault.unlock({str(folder)!r}, {PASSPHRASE!r})\n"
        f"v.journal.search({RARE_WORD!r})\n"
        "v.lock()\n"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="reflect-bench-") as tmp:
        print(json.dumps(run(int(sys.argv[1]), Path(tmp))))
