"""Fixtures for widget tests: scripted dialogs and an instant task runner."""

from __future__ import annotations

import pytest

from tests.helpers.fakes import FakeDialogs, InstantRunner


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def runner() -> InstantRunner:
    return InstantRunner()
