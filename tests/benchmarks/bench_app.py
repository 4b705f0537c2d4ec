"""The whole app with a 10,000-entry journal: unlock to a usable window, and memory.

``QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_app [ENTRIES]`` builds
a journal with the real key derivation, then measures, in one process: the time
from pressing Enter on the unlock page to the journal page showing its first
entries (key derivation, opening the database, building the journal page, the
guide and the first list page), and the process's peak RSS afterwards.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

PASSPHRASE = "benchmark passphrase, long enough"


def run(count: int, workdir: Path) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reflect.app.controller import AppController
    from reflect.app.features import Features
    from reflect.app.services import Services
    from reflect.app.settings import Settings
    from reflect.app.tasks import TaskRunner
    from reflect.core.clock import SystemClock
    from reflect.core.paths import AppPaths
    from reflect.core.vault.lifecycle import Vault
    from reflect.ui.common.msgbox import Dialogs
    from reflect.ui.journal.journal_view import JournalView
    from tests.benchmarks.corpus import entries

    folder = workdir / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE)
    base = datetime(2020, 1, 1, tzinfo=UTC)
    with vault.journal.transaction():
        for i, (title, body, tags) in enumerate(entries(count)):
            vault.journal.add_entry(title, body, tags, created_at=base + timedelta(hours=6 * i))
    vault.lock()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    paths = AppPaths.under(workdir / "app")
    tasks = TaskRunner()
    services = Services(
        paths=paths,
        clock=SystemClock(),
        dialogs=Dialogs(),
        tasks=tasks,
        settings=Settings(paths.config),
        vault_path=folder,
    )
    controller = AppController(services)
    features = Features(controller, watch_sleep=False)
    controller.start()
    controller.shell.show()
    app.processEvents()
    page = controller.unlock_page
    assert page is not None
    page.passphrase.setText(PASSPHRASE)

    start = time.perf_counter()
    page.unlock_button.click()
    while controller.state != "journal":  # the key derivation runs on a worker thread
        app.processEvents()
        time.sleep(0.001)
    view = controller.journal_view
    assert isinstance(view, JournalView)
    while view.entry_list.model.rowCount() == 0:
        app.processEvents()
    app.processEvents()
    usable_s = time.perf_counter() - start
    rows = view.entry_list.model.rowCount()

    controller.shutdown()
    features.shutdown()
    tasks.wait_all(60_000)
    return {
        "entries": count,
        "unlock_to_usable_window_s": round(usable_s, 3),
        "rows_in_list": rows,  # the model counts all rows but fetches 100-row pages
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="reflect-bench-app-") as tmp:
        print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000, Path(tmp))))
