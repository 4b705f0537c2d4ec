"""``reflect --self-test``: prove an installation works, offscreen, in a few seconds.

It creates a throwaway vault in a temp folder with the real key derivation,
writes and searches an entry, loads every shipped resource (guide content,
icons, styles), renders an export for a therapist to PDF and reads it back,
locks, and removes everything it made. Each step prints one line; the exit code
is 0 only if all of them passed. Used by packaging checks (wheel, PyInstaller).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def run(report: Path | None = None) -> int:
    """Run every step; print one line each (and append them to ``report``, for a
    windowed Windows build, which has no console to print to)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="reflect-self-test-"))
    failures = 0
    if report is not None:
        report.write_text("", encoding="utf-8")  # this run's lines only

    def say(line: str) -> None:
        if sys.stdout is not None:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
        if report is not None:
            with report.open("a", encoding="utf-8") as out:
                out.write(line + "\n")

    def step(name: str, action: Callable[[], str]) -> None:
        nonlocal failures
        start = time.perf_counter()
        try:
            detail = action()
        except Exception as exc:  # a self-test reports every failure, of any kind
            failures += 1
            say(f"FAIL {name}: {type(exc).__name__}: {exc}")
        else:
            ms = (time.perf_counter() - start) * 1000
            say(f"ok   {name} ({ms:.0f} ms){': ' + detail if detail else ''}")

    try:
        _steps(folder, step)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    left = folder.exists()
    say(f"{'FAIL' if left else 'ok  '} clean-up: temp folder removed")
    failures += int(left)
    say("self-test passed" if not failures else f"self-test FAILED ({failures})")
    return 0 if not failures else 1


def _legal() -> str:
    from reflect.core import resources

    assert "GNU GENERAL PUBLIC LICENSE" in resources.read_text("legal/LICENSE")
    assert "OpenMedSpel" in resources.read_text("legal/THIRD-PARTY.txt")
    return "shipped"


def _steps(folder: Path, step: Callable[[str, Callable[[], str]], None]) -> None:
    from PySide6.QtWidgets import QApplication

    from reflect import __version__
    from reflect.core import resources
    from reflect.core.guide.content import load_content
    from reflect.core.vault.crypto import KdfParams
    from reflect.core.vault.lifecycle import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    state: dict[str, object] = {}
    passphrase = "self test passphrase, long enough"

    def create() -> str:
        vault, recovery = Vault.create(folder / "vault", passphrase, kdf=KdfParams())
        state["vault"], state["recovery"] = vault, recovery
        return f"Reflect {__version__}"

    def write_and_search() -> str:
        vault = state["vault"]
        assert isinstance(vault, Vault)
        vault.journal.add_entry(title="Self-test", body="A quiet lighthouse entry.", tags=["test"])
        hits = vault.journal.search("lighthous*")
        assert [h.title for h in hits] == ["Self-test"], hits
        return "1 entry found"

    def load_resources() -> str:
        content = load_content()
        from reflect.ui.common import icons

        assert not icons.icon("reflect").isNull(), "the app icon did not load"
        styles = resources.names("styles", ".qss")
        assert styles, "no stylesheet"
        return (
            f"{len(content.prompts)} prompts, {len(content.exercises)} exercises, "
            f"{len(content.support_lines)} support lines, {len(styles)} stylesheet(s)"
        )

    def check_spelling() -> str:
        from reflect.core.spelling.checker import SpellChecker

        checker = SpellChecker.for_language("en")
        wrong = [w.text for w in checker.misspelled("The haematoma was extubated; teh end.")]
        assert wrong == ["teh"], wrong
        assert checker.suggestions("teh")[:1] == ["the"], "no suggestion for a typo"
        return "word lists loaded"

    def export_pdf() -> str:
        from pypdf import PdfReader

        from reflect.core.portability.exporters import therapist
        from reflect.ui.data.pdf import write_pdf

        vault = state["vault"]
        assert isinstance(vault, Vault)
        selection = therapist.ExportSelection(title="Self-test export")
        source = therapist.gather(vault.journal, selection)
        document = therapist.build_document(source, therapist.review_items(source))
        target = folder / "export.pdf"
        write_pdf(document, target)
        text = "".join(page.extract_text() or "" for page in PdfReader(target).pages)
        assert "lighthouse" in text, "the PDF does not contain the entry"
        return f"{target.stat().st_size} bytes"

    def lock_and_reopen() -> str:
        vault = state["vault"]
        assert isinstance(vault, Vault)
        vault.lock()
        again = Vault.unlock(folder / "vault", passphrase)
        count = again.journal.count_entries()
        problems = again.integrity_problems()
        again.lock()
        assert count == 1 and problems == [], (count, problems)
        return "integrity check clean"

    step("create an encrypted vault", create)
    step("write and search", write_and_search)
    step("load shipped resources", load_resources)
    step("licence and notices", _legal)
    step("check spelling", check_spelling)
    step("export a PDF", export_pdf)
    step("lock, unlock, integrity", lock_and_reopen)
    del app
