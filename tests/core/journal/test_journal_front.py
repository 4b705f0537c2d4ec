"""``Journal`` is a thin front: every repository method is on it, and one
transaction spans the entry and guide repositories."""

from __future__ import annotations

import inspect
from datetime import date

import pytest

from reflect.core.guide.store import GuideRepository
from reflect.core.journal.entries import EntryRepository
from reflect.core.journal.repository import Journal


@pytest.mark.parametrize("repository", [EntryRepository, GuideRepository])
def test_every_public_repository_method_is_on_the_journal(repository: type) -> None:
    public = {
        name
        for name, member in inspect.getmembers(repository, inspect.isfunction)
        if not name.startswith("_")
    }
    missing = sorted(name for name in public if not hasattr(Journal, name))
    assert missing == []
    for name in public:
        assert getattr(Journal, name).__doc__ == getattr(repository, name).__doc__


def test_one_transaction_spans_entries_and_the_guide(journal: Journal) -> None:
    journal.save_draft("letter", {"step": "written"})

    def finish_then_crash() -> None:
        with journal.transaction():
            event = journal.add_event(title="Night shift", occurred_on=date(2026, 3, 1), stage=2)
            journal.add_entry("Letter", "Dear me", [], event.id)
            journal.clear_draft("letter")
            raise RuntimeError("the app crashed half way")

    with pytest.raises(RuntimeError):
        finish_then_crash()
    assert journal.list_entries() == []
    assert journal.list_events() == []
    draft = journal.get_draft("letter")
    assert draft is not None and draft.data == {"step": "written"}


def test_an_entry_in_a_deleted_event_is_refused(journal: Journal) -> None:
    from reflect.core.errors import NotFound

    event = journal.add_event(title="Gone", occurred_on=date(2026, 3, 1), stage=1)
    journal.delete_event(event.id)
    with pytest.raises(NotFound):
        journal.add_entry("Title", "Body", [], event.id)
