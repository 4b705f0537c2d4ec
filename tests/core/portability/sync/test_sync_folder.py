"""Two journals of one person, kept in step through a shared folder (issue 17).

The second computer's journal is the first one's backup restored (opened in
another folder, it takes a computer id of its own); both then write, edit and delete apart and sync
through one folder that holds nothing but sealed files.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reflect.core.sync import SyncFolder
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE


def _bodies(vault: Vault) -> list[str]:
    return sorted(e.body for e in vault.journal.list_entries(limit=100))


def test_what_one_computer_writes_appears_on_the_other(two: tuple[Vault, Vault, Path]) -> None:
    home, laptop, shared = two
    home.journal.add_entry("Night shift", "Okonjo asked how I was.", ["work", "night"])
    SyncFolder(shared).sync(home)
    report = SyncFolder(shared).sync(laptop)
    assert report.added == 1 and report.skipped == []
    assert "Okonjo asked how I was." in _bodies(laptop)
    hit = laptop.journal.search("Okonjo")
    assert [h.entry_id for h in hit][:1]  # the search index knows it too
    assert {"work", "night"} <= {tag.name for tag in laptop.journal.all_tags()}


def test_the_folder_holds_only_sealed_files_that_name_nothing(
    two: tuple[Vault, Vault, Path],
) -> None:
    home, laptop, shared = two
    home.journal.add_entry("Private title", "Okonjo and the handover.", [])
    SyncFolder(shared).sync(home)
    SyncFolder(shared).sync(laptop)
    names = sorted(p.name for p in shared.iterdir())
    assert len(names) == 2 and all(n.endswith(".reflectsync") for n in names)
    for path in shared.iterdir():
        data = path.read_bytes()
        for secret in (b"Okonjo", b"Private", b"handover", b"home"):
            assert secret not in data


def test_an_entry_changed_on_both_computers_is_kept_twice(two: tuple[Vault, Vault, Path]) -> None:
    home, laptop, shared = two
    SyncFolder(shared).sync(home)
    SyncFolder(shared).sync(laptop)
    (first,) = home.journal.list_entries(limit=5)
    home.journal.update_entry(first.id, body="Changed at home.")
    laptop.journal.update_entry(first.id, body="Changed on the train.")
    SyncFolder(shared).sync(home)
    report = SyncFolder(shared).sync(laptop)
    SyncFolder(shared).sync(home)
    assert report.conflicts == 1
    assert _bodies(home) == _bodies(laptop) == ["Changed at home.", "Changed on the train."]
    SyncFolder(shared).sync(laptop)  # again: nothing more, never four
    assert _bodies(laptop) == ["Changed at home.", "Changed on the train."]


def test_a_deletion_travels_and_syncing_again_changes_nothing(
    two: tuple[Vault, Vault, Path],
) -> None:
    home, laptop, shared = two
    SyncFolder(shared).sync(home)
    SyncFolder(shared).sync(laptop)
    (first,) = laptop.journal.list_entries(limit=5)
    laptop.journal.delete_entry(first.id)
    SyncFolder(shared).sync(laptop)
    report = SyncFolder(shared).sync(home)
    assert report.deleted == 1 and _bodies(home) == []
    again = SyncFolder(shared).sync(home)
    assert (again.added, again.updated, again.deleted, again.conflicts) == (0, 0, 0, 0)


def test_a_damaged_file_is_skipped_and_changes_nothing(two: tuple[Vault, Vault, Path]) -> None:
    home, laptop, shared = two
    home.journal.add_entry("", "Only at home.", [])
    SyncFolder(shared).sync(home)
    (home_file,) = shared.iterdir()
    home_file.write_bytes(home_file.read_bytes()[:100])  # the sync tool copied only part
    report = SyncFolder(shared).sync(laptop)
    assert [reason for _path, reason in report.skipped] == [
        "This file is damaged or was changed by something other than Reflect, so it was skipped."
    ]
    assert _bodies(laptop) == ["Written at home first."]


def test_a_copy_opened_in_another_folder_takes_a_name_of_its_own(
    two: tuple[Vault, Vault, Path],
) -> None:
    """Two copies of one journal must never number their changes under one name;
    reopening the same folder keeps its name."""
    from reflect.core.portability.sync.journal_state import computer_of

    home, laptop, _shared = two
    with home.journal.connection() as a, laptop.journal.connection() as b:
        home_id, laptop_id = computer_of(a), computer_of(b)
    assert home_id != laptop_id
    folder = home.path
    home.lock()
    again = Vault.unlock(folder, PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    try:
        with again.journal.connection() as conn:
            assert computer_of(conn) == home_id
    finally:
        again.lock()


def test_a_kept_copy_stays_marked_through_later_syncs(two: tuple[Vault, Vault, Path]) -> None:
    """The copy says which entry it was kept from, on both computers, and keeps
    saying so after the next syncs (a review found the mark written but never
    read back, so the next sync erased it)."""
    home, laptop, shared = two
    SyncFolder(shared).sync(home)
    SyncFolder(shared).sync(laptop)
    (first,) = home.journal.list_entries(limit=5)
    home.journal.update_entry(first.id, body="Changed at home.")
    laptop.journal.update_entry(first.id, body="Changed on the train.")
    for vault in (home, laptop, home, laptop, home):
        SyncFolder(shared).sync(vault)
    for vault in (home, laptop):
        with vault.journal.connection() as conn:
            marks = conn.execute(
                "SELECT id, kept_from FROM entries WHERE kept_from IS NOT NULL"
            ).fetchall()
        assert len(marks) == 1 and marks[0][1] == first.id and marks[0][0] != first.id


def test_the_file_says_exactly_what_the_journal_holds(two: tuple[Vault, Vault, Path]) -> None:
    """After each sync this computer's file holds the journal's records as stored,
    even one the merge had to store differently (an entry pointing at an event
    deleted on the other computer points at none)."""
    from tests.core.portability.sync.helpers import file_says_what_the_journal_holds

    home, laptop, shared = two
    event = home.journal.add_event("The handover", date(2026, 3, 1))
    entry = home.journal.add_entry("About it", "words", [], event.id)
    SyncFolder(shared).sync(home)
    SyncFolder(shared).sync(laptop)
    laptop.journal.delete_event(event.id)  # its entries point at none there
    home.journal.update_entry(entry.id, body="more words")  # still pointing at it here
    for vault in (home, laptop, home, laptop):
        SyncFolder(shared).sync(vault)
        assert file_says_what_the_journal_holds(vault, shared)
    assert laptop.journal.get_entry(entry.id).event_id is None
    assert home.journal.get_entry(entry.id).event_id is None
    assert SyncFolder(shared).sync(home).updated == 0  # and it stays settled
    assert SyncFolder(shared).sync(laptop).updated == 0
