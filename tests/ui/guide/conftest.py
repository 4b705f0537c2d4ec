"""Fixtures for the guide's widget tests: the shipped content and a demo event."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.core.guide.content import Content, load_content
from reflect.core.journal.models import Event


@pytest.fixture
def content() -> Content:
    return load_content()


@pytest.fixture
def event(journal) -> Event:
    return journal.add_event("The night shift", date(2026, 2, 20), stage=2)
