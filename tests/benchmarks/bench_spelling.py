"""Spell-checking figures, printed as JSON (figures, not pass/fail).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_spelling``

* reading the English lists and building the suggestion index (s, MiB held), and
  how long the window's event loop stalls while they load in the background;
* checking a 2,000-word entry: the words alone (core), and opening it in the
  editor with and without spelling (ms);
* a keystroke in the middle of that entry, with and without spelling (p50/p95/max
  ms), and the re-check of the edited paragraph alone;
* suggestions (p50/p95/max ms) and how often the word meant comes first, for
  the typos the ranking was tuned on, the held-out ones in
  ``tests/core/spelling/test_checker.py``, and 300 typos made by one random edit
  of a random common word (seeded).
"""

from __future__ import annotations

import gc
import json
import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reflect.core.clock import FakeClock
from reflect.core.spelling.checker import SpellChecker
from reflect.core.spelling.dictionary import load_dictionary
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.journal.editor import EntryEditor
from reflect.ui.journal.spelling import SpellingAssistant
from tests.benchmarks.bench_ui import _stats
from tests.benchmarks.corpus import entries
from tests.benchmarks.loop_latency import loop_stalls
from tests.core.spelling.test_checker import HELD_OUT_TYPOS

ENTRY_WORDS = 2_000
KEYSTROKES = 300
TUNED_TYPOS = {
    "recieve": "receive", "beleive": "believe", "definately": "definitely",
    "seperate": "separate", "accomodation": "accommodation", "hemmorhage": "hemorrhage",
    "intubaton": "intubation", "conscousness": "consciousness", "teh": "the",
    "responsibilty": "responsibility", "anaesthetsit": "anaesthetist", "becuase": "because",
    "wierd": "weird", "thier": "their", "occured": "occurred", "untill": "until",
    "acheive": "achieve", "tommorow": "tomorrow", "goverment": "government",
    "truely": "truly", "arguement": "argument", "cemetary": "cemetery",
    "concious": "conscious", "embarass": "embarrass", "existance": "existence",
    "foriegn": "foreign", "freind": "friend", "grammer": "grammar", "harrass": "harass",
    "independant": "independent", "liason": "liaison", "millenium": "millennium",
    "neccessary": "necessary", "noticable": "noticeable", "occassion": "occasion",
    "persistant": "persistent", "posession": "possession", "publically": "publicly",
    "realy": "really", "refered": "referred", "rythm": "rhythm", "supercede": "supersede",
    "threshhold": "threshold", "tounge": "tongue", "vaccuum": "vacuum",
}  # fmt: skip


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _entry_text(words: int) -> str:
    paragraphs: list[str] = []
    total = 0
    for _title, body, _tags in entries(40, seed=11):
        paragraphs.append(body)
        total += len(body.split())
        if total >= words:
            break
    return "\n\n".join(paragraphs)


def _random_typos(count: int, seed: int = 5) -> dict[str, str]:
    """One random edit (drop, double, swap or change a letter) of common words."""
    rng = random.Random(seed)
    dictionary = load_dictionary("en")
    checker = SpellChecker(dictionary)
    pool = [w for w, rank in dictionary.rank.items() if 1000 <= rank < 20000 and len(w) >= 4]
    typos: dict[str, str] = {}
    while len(typos) < count:
        word = rng.choice(pool)
        if not checker.is_correct(word):
            continue
        i = rng.randrange(1, len(word))
        edit = rng.choice(("drop", "double", "swap", "change"))
        if edit == "drop":
            typo = word[:i] + word[i + 1 :]
        elif edit == "double":
            typo = word[:i] + word[i] + word[i:] if i < len(word) else word + word[-1]
        elif edit == "swap" and i < len(word) - 1:
            typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            typo = word[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz") + word[i + 1 :]
        if typo != word and not checker.is_correct(typo):
            typos[typo] = word
    return typos


def _suggestions(checker: SpellChecker, typos: dict[str, str]) -> dict[str, object]:
    samples: list[float] = []
    first = top3 = 0
    for typo, meant in typos.items():
        start = time.perf_counter()
        found = checker.suggestions(typo.split("-")[-1])
        samples.append(time.perf_counter() - start)
        first += found[:1] == [meant]
        top3 += meant in found[:3]
    return {
        **_stats(samples),
        "meant_first": f"{first}/{len(typos)}",
        "meant_in_first_three": f"{top3}/{len(typos)}",
    }


def _loading() -> dict[str, float]:
    """Times first (tracing memory slows Python down), then memory in a second pass."""
    load_dictionary.cache_clear()
    load_s = _timed(lambda: load_dictionary("en"))
    index_s = _timed(lambda: load_dictionary("en").suggester())
    load_dictionary.cache_clear()
    gc.collect()
    tracemalloc.start()
    load_dictionary("en")
    after_load = tracemalloc.get_traced_memory()[0]
    load_dictionary("en").suggester()
    after_index = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return {
        "load_lists_s": round(load_s, 3),
        "build_suggestion_index_s": round(index_s, 3),
        "lists_mib": round(after_load / 2**20, 1),
        "lists_and_index_mib": round(after_index / 2**20, 1),
    }


def _editor_figures(app: QApplication, text: str, spelling: bool) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock()
        vault, _ = Vault.create(
            Path(folder) / "vault", "bench", kdf=KdfParams.cheap_for_tests(), clock=clock
        )
        journal = vault.journal
        try:
            entry = journal.add_entry("Long", text)
            other = journal.add_entry("Short", "A few words.")
            editor = EntryEditor(clock, use_default_finder=False, spelling_loader=_at_once)
            editor.resize(1000, 800)
            editor.show()
            editor.set_journal(journal)
            editor.spelling.toggle_action.setChecked(spelling)
            app.processEvents()
            opens = []
            for _ in range(5):
                editor.open_entry(other.id)
                opens.append(_timed(lambda: editor.open_entry(entry.id)))
            body = editor.body
            cursor = body.textCursor()
            cursor.setPosition(body.document().characterCount() // 2)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            body.setTextCursor(cursor)
            body.setFocus()
            keys = [Qt.Key.Key_A, Qt.Key.Key_E, Qt.Key.Key_Space, Qt.Key.Key_O, Qt.Key.Key_N]
            strokes: list[float] = []
            rechecks: list[float] = []
            for n in range(KEYSTROKES):
                strokes.append(_timed(partial(QTest.keyClick, body, keys[n % len(keys)])))
                checker = editor.spelling.checker
                if checker is not None:
                    paragraph = body.textCursor().block().text()
                    rechecks.append(_timed(partial(checker.misspelled, paragraph)))
                if n % 50 == 49:
                    app.processEvents()
            editor.save_pending()
            editor.clear()
            editor.close()
            result: dict[str, object] = {
                "open_2k_word_entry": _stats(opens),
                "keystroke": _stats(strokes),
            }
            if rechecks:
                result["recheck_edited_paragraph"] = _stats(rechecks)
            return result
        finally:
            vault.lock()


def _at_once(_language: str, done: Callable[[], None]) -> None:
    done()


def _loading_stalls() -> dict[str, float]:
    """The loop's stalls while the editor's loader reads the lists (as after unlocking)."""
    load_dictionary.cache_clear()
    ready: list[bool] = []
    SpellingAssistant._load_in_background("en", lambda: ready.append(True))
    stalls = loop_stalls(lambda: None, 50, 2.5)
    assert ready, "the word lists did not load within 2.5 s"
    return stalls


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    report: dict[str, object] = {"loading": _loading(), "loop_while_loading": _loading_stalls()}
    checker = SpellChecker.for_language("en")
    text = _entry_text(ENTRY_WORDS)
    words = len(text.split())
    report["check_entry_core_ms"] = {
        "words": words,
        "first_check": round(_timed(lambda: checker.misspelled(text)) * 1000, 2),
        "again": round(_timed(lambda: checker.misspelled(text)) * 1000, 2),
    }
    report["editor_with_spelling"] = _editor_figures(app, text, spelling=True)
    report["editor_without_spelling"] = _editor_figures(app, text, spelling=False)
    checker.dictionary.suggester()
    report["suggestions"] = {
        "tuned_typos": _suggestions(checker, TUNED_TYPOS),
        "held_out_typos": _suggestions(checker, HELD_OUT_TYPOS),
        "random_typos_of_common_words": _suggestions(checker, _random_typos(300)),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
