"""Fixtures for the app layer: real services over temp folders, a controller, a canary."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.features import Features
from reflect.app.services import Services
from reflect.app.settings import Settings
from reflect.core.clock import FakeClock
from reflect.core.paths import AppPaths
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.fakes import FakeDialogs, InstantRunner

CANARY = "wombatcanary"


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def runner() -> InstantRunner:
    return InstantRunner()


@pytest.fixture
def services(
    app_paths: AppPaths,
    clock: FakeClock,
    cheap_kdf: KdfParams,
    dialogs: FakeDialogs,
    runner: InstantRunner,
    tmp_path: Path,
) -> Services:
    return Services(
        paths=app_paths,
        clock=clock,
        dialogs=dialogs,
        tasks=runner,
        settings=Settings(app_paths.config),
        vault_path=tmp_path / "journal",
        kdf=cheap_kdf,
    )


@pytest.fixture
def existing_vault(services: Services, clock: FakeClock, cheap_kdf: KdfParams) -> Path:
    """A locked vault at the services' path, holding one entry."""
    vault, _ = Vault.create(services.vault_path, PASSPHRASE, kdf=cheap_kdf, clock=clock)
    vault.journal.add_entry(title="First", body="An ordinary day.")
    vault.lock()
    return services.vault_path


@pytest.fixture
def controller(qtbot: QtBot, services: Services) -> Iterator[AppController]:
    ctl = AppController(services)
    qtbot.addWidget(ctl.shell)
    yield ctl
    ctl.shutdown()


def unlock(controller: AppController, qtbot: QtBot, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the unlock page and press Enter, as a user would."""
    page = controller.unlock_page
    assert page is not None
    page.passphrase.setText(passphrase)
    qtbot.keyClick(page.passphrase, "\r")


@pytest.fixture
def restore_theme(qapp: QApplication) -> Iterator[None]:
    """Put the shared application's look back after a test that changes the theme."""
    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


WiredApp = tuple[AppController, Features]


def wire(qtbot: QtBot, services: Services, *, notifier_factory: object = None) -> WiredApp:
    """The whole app as ``main`` builds it: controller and features, started and shown.

    The caller shuts it down (``shut_down``). Reminders go to a recording notifier
    unless ``notifier_factory`` says otherwise; no sleep watcher.
    """
    from tests.helpers.reminder_fakes import RecordingNotifier

    controller = AppController(services)
    qtbot.addWidget(controller.shell)
    features = Features(
        controller,
        notifier_factory=notifier_factory or (lambda host: RecordingNotifier()),  # type: ignore[arg-type]
        watch_sleep=False,
    )
    controller.start()
    features.start()
    controller.shell.show()
    return controller, features


def shut_down(app: WiredApp) -> None:
    controller, features = app
    controller.shutdown()
    features.shutdown()


@pytest.fixture
def wired(qtbot: QtBot, services: Services, existing_vault: Path) -> Iterator[WiredApp]:
    """The whole app over a journal that exists (the unlock page is showing)."""
    app = wire(qtbot, services)
    yield app
    shut_down(app)


@pytest.fixture
def wired_fresh(qtbot: QtBot, services: Services) -> Iterator[WiredApp]:
    """The whole app with no journal yet (first run is showing)."""
    app = wire(qtbot, services)
    yield app
    shut_down(app)


@pytest.fixture
def bus_address() -> Iterator[str]:
    """A private D-Bus session bus of this test's own (dbus-daemon; skip without it)."""
    import shutil
    import subprocess

    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        assert daemon.stdout is not None
        daemon.stdout.close()


@pytest.fixture
def pseudo(speak: Callable[[str], None]) -> None:
    """The app's words in the pseudo language for one test, then English again."""
    from reflect.core import language

    speak(language.PSEUDO)
