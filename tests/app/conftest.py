"""Fixtures for the app layer: real services over temp folders, a controller, a canary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
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
        dialogs=dialogs,  # type: ignore[arg-type]
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
