"""What each language costs the identifier finder, printed as JSON (figures, not pass/fail).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_languages``

Per language (en, de, fr, es): reading the word lists that tell an ordinary word
from a name (s, MiB held; German keeps every German word, since it capitalises
every noun), how long the window's event loop stalls while they load on a worker
thread as the editor's identifier scan loads them after unlocking, and finding
identifiers in a 500-word entry once the lists are in.
"""

from __future__ import annotations

import gc
import json
import sys
import threading
import time
import tracemalloc

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reflect.core import language
from reflect.core.privacy import uncued
from reflect.core.privacy.redact import find_identifiers
from tests.benchmarks.loop_latency import loop_stalls

SENTENCES = {
    "en": "After the night shift I talked to Sam about the handover and slept badly.",
    "de": "Nach dem Nachtdienst habe ich mit Herrn Okonjo über die Übergabe gesprochen.",
    "fr": "Après la garde de nuit, j’ai parlé de la transmission avec Mme Okonjo.",
    "es": "Después de la guardia hablé con la Sra. Okonjo sobre el cambio de turno.",
}


def _figures(code: str) -> dict[str, object]:
    language.set_current(code)
    uncued._words_for.cache_clear()
    gc.collect()
    start = time.perf_counter()
    uncued._words_for(code)
    load_s = time.perf_counter() - start
    uncued._words_for.cache_clear()
    gc.collect()
    tracemalloc.start()
    uncued._words_for(code)
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    uncued._words_for.cache_clear()
    gc.collect()
    worker = threading.Thread(target=uncued._words_for, args=(code,), daemon=True)
    QTimer.singleShot(0, worker.start)  # starts once the loop (and its probe) runs
    stalls = loop_stalls(lambda: None, 1000, 2.0)
    worker.join()
    text = " ".join([SENTENCES[code]] * 40)  # about 500 words
    start = time.perf_counter()
    findings = find_identifiers(text)
    return {
        "load_lists_s": round(load_s, 3),
        "lists_mib": round(held / 2**20, 1),
        "loop_while_loading": stalls,
        "find_in_500_words_ms": round((time.perf_counter() - start) * 1000, 1),
        "findings_in_500_words": len(findings),
    }


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    report = {code: _figures(code) for code in SENTENCES}
    language.set_current(language.SOURCE)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
