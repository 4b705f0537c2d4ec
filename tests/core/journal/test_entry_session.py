"""The editor's save rules, without widgets: what reaches the vault, and when."""

from __future__ import annotations

import pytest

from reflect.core.errors import UserError
from reflect.core.journal.entry_session import EntryFields, EntrySession
from reflect.core.journal.repository import Journal


def test_a_blank_new_entry_never_reaches_the_vault(journal: Journal) -> None:
    session = EntrySession(journal)
    session.begin(None, EntryFields())
    assert session.save(EntryFields(title="  ", body="\n\t")) is False
    assert session.entry_id is None
    assert journal.list_entries() == []


def test_the_first_real_change_creates_the_entry_and_later_ones_update_it(
    journal: Journal,
) -> None:
    session = EntrySession(journal)
    session.begin(None, EntryFields())
    assert session.save(EntryFields(body="I keep replaying it", tags=("night",))) is True
    entry_id = session.entry_id
    assert entry_id is not None
    assert session.save(EntryFields(title="Shift", body="I keep replaying it", tags=("night",)))
    assert session.entry_id == entry_id
    stored = journal.get_entry(entry_id)
    assert (stored.title, stored.body, stored.tags) == ("Shift", "I keep replaying it", ["night"])
    assert len(journal.list_entries()) == 1


def test_saving_what_the_vault_already_holds_writes_nothing(journal: Journal) -> None:
    entry = journal.add_entry("Title", "Body")
    session = EntrySession(journal)
    shown = EntryFields("Title", "Body", (), None)
    session.begin(entry.id, shown)
    assert session.has_changes(shown) is False
    assert session.save(shown) is False
    assert journal.get_entry(entry.id).updated_at == entry.updated_at


def test_a_failed_save_keeps_the_change_pending_for_the_next_try(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = journal.add_entry("Title", "Body")
    session = EntrySession(journal)
    session.begin(entry.id, EntryFields("Title", "Body"))
    changed = EntryFields("Title", "Body, and more")

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise UserError("The disk is full.")

    with monkeypatch.context() as patch:
        patch.setattr(journal, "update_entry", disk_full)
        with pytest.raises(UserError):
            session.save(changed)
    assert session.has_changes(changed) is True
    assert session.save(changed) is True
    assert journal.get_entry(entry.id).body == "Body, and more"


def test_a_prompt_is_recorded_once_the_entry_exists(journal: Journal) -> None:
    session = EntrySession(journal)
    session.begin(None, EntryFields())
    session.note_prompt("r-what-happened")
    assert journal.prompt_ids_for_entry("nothing-yet") == set()
    session.save(EntryFields(body="## What happened\nIt was late."))
    assert session.entry_id is not None
    assert journal.prompt_ids_for_entry(session.entry_id) == {"r-what-happened"}


def test_opening_another_entry_drops_prompts_not_yet_recorded(journal: Journal) -> None:
    session = EntrySession(journal)
    session.begin(None, EntryFields())
    session.note_prompt("r-what-happened")
    other = journal.add_entry("Other", "Text")
    session.begin(other.id, EntryFields("Other", "Text"))
    session.save(EntryFields("Other", "Text, changed"))
    assert journal.prompt_ids_for_entry(other.id) == set()


def test_a_version_changed_under_the_editor_is_kept_not_written_over(journal: Journal) -> None:
    """A sync brought the other computer's edit in while this one was typing: the
    typed text is saved, and the other version is kept beside it, linked."""
    entry = journal.add_entry("Night shift", "first words", [" work "])
    session = EntrySession(journal)
    session.begin(entry.id, EntryFields("Night shift", "first words", (" work ",)))
    journal.update_entry(entry.id, body="first words, finished on the laptop")  # the merge
    assert session.save(EntryFields("Night shift", "first words, and more here", (" work ",)))
    assert journal.get_entry(entry.id).body == "first words, and more here"
    (copy_id,) = journal.kept_copies_of(entry.id)
    copy = journal.get_entry(copy_id)
    assert copy.body == "first words, finished on the laptop" and copy.kept_from == entry.id
    assert copy.tags == ["work"]


def test_ordinary_saves_keep_no_copies(journal: Journal) -> None:
    session = EntrySession(journal)
    session.begin(None, EntryFields())
    for n in range(4):
        session.save(EntryFields("Title ", f"body {n}", (" a  tag ", "A TAG")))
    assert session.entry_id is not None
    assert journal.kept_copies_of(session.entry_id) == []
    assert journal.count_entries() == 1


def test_an_entry_deleted_elsewhere_while_open_comes_back_with_the_typed_text(
    journal: Journal,
) -> None:
    entry = journal.add_entry("", "written here", [])
    session = EntrySession(journal)
    session.begin(entry.id, EntryFields("", "written here"))
    journal.delete_entry(entry.id)  # the other computer deleted it, the sync applied that
    assert session.save(EntryFields("", "written here, and still being written"))
    assert session.entry_id != entry.id
    assert [e.body for e in journal.list_entries()] == ["written here, and still being written"]
