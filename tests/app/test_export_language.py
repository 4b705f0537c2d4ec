"""The export for a therapist speaks the chosen language: headings, labels, days.

Core builds the document (Qt-free); its words come through the catalogue the app
installed, and its days through the locale's long form in another language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale

from reflect.core import language
from reflect.core.clock import FakeClock
from reflect.core.journal.repository import Journal
from reflect.core.portability.exporters.therapist import (
    ExportSelection,
    build_document,
    gather,
    review_items,
    to_markdown,
)
from reflect.core.portability.exporters.therapist_html import to_html
from reflect.ui.common.dates import date_pattern

pytestmark = pytest.mark.gui


def _markdown(journal: Journal, clock: FakeClock) -> tuple[str, str]:
    clock.set(datetime(2026, 3, 1, 8, tzinfo=UTC))
    event = journal.add_event("The night shift", date(2026, 2, 28), stage=2)
    journal.add_entry("", "A hard week.", [], event.id, created_at=clock.now())
    journal.add_checkin(6, event_id=event.id, sleep=2)
    selection = ExportSelection(event_id=event.id, include_stage_timeline=True)
    source = gather(journal, selection, tz=UTC)
    document = build_document(source, review_items(source), stage_names={2: "Zwei"})
    return to_markdown(document), to_html(document)


def test_every_heading_and_label_of_the_export_is_translated(
    pseudo: None, journal: Journal, clock: FakeClock
) -> None:
    markdown, page = _markdown(journal, clock)
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    assert headings[0].startswith("# ⟦Réfléçtîõñš tõ tàlk thrõügh")  # the default title
    assert all("⟦" in h for h in headings), headings
    assert "*⟦Prîvàté — prépàréd fõr mÿ théràpîšt" in markdown
    assert "⟦Üñtîtléd éñtrÿ" in markdown  # an entry without a title
    assert "⟦Šüñdàÿ 1 Màrçh 2026: Štàgé 2" not in markdown  # the day itself is not words
    assert ": Štàgé 2" in markdown and "(Zwei)" in markdown
    assert "Check-ins" not in page and "Where I was" not in page


def test_days_are_written_as_the_language_writes_them(journal: Journal, clock: FakeClock) -> None:
    english, _page = _markdown(journal, clock)
    assert "Sunday 1 March 2026" in english
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    language.set_day_format(
        lambda day, weekday: german.toString(
            QDate(day.year, day.month, day.day), date_pattern(german, weekday=weekday, full=True)
        )
    )
    try:
        markdown, _page = _markdown(journal, clock)
    finally:
        language.set_day_format(None)
    assert "Sonntag, 1. März 2026" in markdown  # an entry's day
    assert "\n\nSonntag, 1. März 2026\n\n" in markdown  # the cover's one day
    assert "Sunday" not in markdown and "March" not in markdown


def test_the_export_in_german_from_cover_to_placeholders(
    speak: Callable[[str], None], journal: Journal, clock: FakeClock
) -> None:
    """The whole document in German, as a German-speaking user's therapist gets it:
    nothing of its own words hidden as a name, the placeholders in German too."""
    speak("de")
    clock.set(datetime(2026, 3, 1, 8, tzinfo=UTC))
    event = journal.add_event("Der Nachtdienst", date(2026, 2, 28), stage=2)
    journal.add_entry("", "Herr Okonjo war da. Eine schwere Woche.", [], event.id)
    selection = ExportSelection(event_id=event.id, include_stage_timeline=True)
    source = gather(journal, selection, tz=UTC)
    items = review_items(source)
    document = build_document(source, items, stage_names={2: "Sich aufdrängende Gedanken"})
    markdown, page = to_markdown(document), to_html(document)
    assert markdown.startswith("# Gedanken zum Besprechen")  # not "[Name] zum [Name]"
    assert "*Privat – für meine Therapie vorbereitet*" in markdown
    assert "Eintrag ohne Titel" in markdown
    assert "Sonntag, 1. März 2026" in markdown
    assert "Herr [Name] war da." in markdown  # hidden, and said in German
    assert "Okonjo" not in markdown
    assert '<html lang="de"' in page
    assert not any(word in markdown for word in ("Untitled", "Private", "Stage ", "Sunday"))
