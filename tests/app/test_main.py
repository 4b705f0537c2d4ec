"""The ``reflect`` command: --version, --demo (and its clean-up), --vault, start-up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reflect import __version__
from reflect.app.demo import DEMO_PASSPHRASE, create_demo_vault
from reflect.core.vault.lifecycle import Vault

pytestmark = pytest.mark.e2e


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return env


def _run(tmp_path: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reflect", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_env(tmp_path),
        check=False,
    )


def test_version_is_instant_and_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "from reflect.app.main import main\n"
        "rc = main(['--version'])\n"
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=30
    ).stdout.splitlines()
    assert out == [f"Reflect {__version__}", "0 False"]


def test_version_from_the_command(tmp_path: Path) -> None:
    result = _run(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Reflect {__version__}"


def test_demo_starts_on_the_unlock_page_and_cleans_up(tmp_path: Path) -> None:
    result = _run(tmp_path, "--demo", "--self-quit-after-start")
    assert result.returncode == 0, result.stderr
    assert "window shown (unlock)" in result.stdout
    assert list((tmp_path / "tmp").iterdir()) == []  # the demo folder is gone
    assert result.stderr == ""


def test_demo_cleans_up_on_sigterm(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "reflect", "--demo", "--report-start"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(tmp_path),
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until the window is up
        assert "window shown (unlock)" in line
        assert len(list((tmp_path / "tmp").iterdir())) == 1  # the demo folder exists now
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_vault_flag_starts_first_run_in_an_empty_folder(tmp_path: Path) -> None:
    result = _run(tmp_path, "--vault", str(tmp_path / "elsewhere"), "--self-quit-after-start")
    assert result.returncode == 0, result.stderr
    assert "window shown (first_run)" in result.stdout
    assert not (tmp_path / "elsewhere").exists()  # nothing created before the user agrees


def test_demo_and_vault_together_are_refused(tmp_path: Path) -> None:
    result = _run(tmp_path, "--demo", "--vault", str(tmp_path))
    assert result.returncode == 2
    assert "either --demo or --vault" in result.stderr


def test_demo_journal_is_realistic_and_de_identified(tmp_path: Path) -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    passphrase = create_demo_vault(tmp_path / "demo", today=now)
    assert passphrase == DEMO_PASSPHRASE
    vault = Vault.unlock(tmp_path / "demo", passphrase)
    try:
        journal = vault.journal
        entries = journal.list_entries(limit=100)
        assert len(entries) >= 8
        assert all(e.created_at < now for e in entries)
        assert len({e.created_at.date() for e in entries}) == len(entries)  # spread over days
        (event,) = journal.list_events()
        assert journal.stage_history(event.id)[0].stage == 1
        checkins = journal.list_checkins()
        assert len(checkins) >= 10 and checkins[0].distress > checkins[-1].distress
        text = "\n".join(e.title + "\n" + e.body for e in entries)
        assert "!" not in text
        # A throwaway journal never backs up into the user's real backups folder.
        from reflect.core.journal.settings import BACKUP_ENABLED
        from reflect.core.privacy.redact import find_identifiers

        assert BACKUP_ENABLED.read(journal) is False
        assert find_identifiers(text) == []
    finally:
        vault.lock()
