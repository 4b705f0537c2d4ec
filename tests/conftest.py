"""Suite-wide harness: offscreen Qt, no real home or config folders, logged warnings fail.

Warnings are errors (pyproject), Qt warnings fail a test (``qt_log_level_fail``),
and so does any record of WARNING or above on Python's logging; a test that
expects one says so with ``@pytest.mark.logs_warning`` (using ``caplog`` alone
does not opt out).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep Qt from reading the developer's own settings, fonts cache or portals.
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from reflect.core.clock import FakeClock
from reflect.core.paths import AppPaths
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault

PASSPHRASE = "quiet harbour lantern 42"


class _FailOnWarning(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_logged_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    handler = _FailOnWarning()
    root = logging.getLogger()
    root.addHandler(handler)
    yield
    root.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("logs_warning") is None:
        messages = "; ".join(f"{r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(f"unexpected logged warning(s): {messages}")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test may touch the real home, config or data folders."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("APPDATA", "AppData/Roaming"),
        ("LOCALAPPDATA", "AppData/Local"),
    ):
        target = home / sub if sub else home
        target.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(target))
    return home


@pytest.fixture(autouse=True)
def _no_dangling_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    for thread in leaked:
        thread.join(timeout=5)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"threads left running: {still}"


_ENGLISH: list[object] = []


@pytest.fixture(autouse=True)
def _english_catalogue(request: pytest.FixtureRequest) -> None:
    """Qt tests run with English's catalogue installed, as the app does at start-up:
    it holds the English plural forms ("1 entry", "2 entries")."""
    if _ENGLISH or not {"qapp", "qtbot"} & set(request.fixturenames):
        return
    from reflect.core import language
    from reflect.ui.common.translations import install

    _ENGLISH.extend(install(request.getfixturevalue("qapp"), language.SOURCE))


@pytest.fixture
def speak(request: pytest.FixtureRequest) -> Iterator[Callable[[str], None]]:
    """``speak(code)``: the app in that language for one test (its catalogues, core's
    words, its day format and locale), then English again."""
    from PySide6.QtCore import QLocale

    from reflect.core import language
    from reflect.ui.common.translations import install

    qapp = request.getfixturevalue("qapp")
    before = QLocale()
    installed: list[object] = []

    def use(code: str) -> None:
        installed.extend(install(qapp, code))
        language.set_current(code)

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    language.set_current(language.SOURCE)
    language.set_day_format(None)
    QLocale.setDefault(before)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def cheap_kdf() -> KdfParams:
    return KdfParams.cheap_for_tests()


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "app")


@pytest.fixture
def vault(tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams) -> Iterator[Vault]:
    """An unlocked vault with cheap KDF parameters and a fake clock."""
    created, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    yield created
    if not created.is_locked:
        created.lock()


@pytest.fixture
def journal(vault: Vault):
    return vault.journal
