"""A computer's file keeps its base and carries what changed since (issue 17).

A sync seals only the records changed since this computer's base (the base's
sealed bytes are kept), a computer that merged a base before opens only the
changes, and the base is written anew once the changes grow. Nothing read in
part is believed more than a whole file: a spoiled base, or a "now" part put
on another base, is skipped as damaged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.core.portability.sync import files, own_file
from reflect.core.portability.sync.merge import Record
from reflect.core.sync import SyncFolder
from reflect.core.vault.lifecycle import Vault
from tests.core.portability.sync.helpers import (
    file_of,
    file_says_what_the_journal_holds,
    keys_of,
    sync_noting_parts,
)

DAMAGED = "This file is damaged or was changed by something other than Reflect, so it was skipped."


def _vault_id(vault: Vault) -> str:
    return vault.header().vault_id


def test_a_sync_keeps_its_base_and_seals_only_the_changes(
    two: tuple[Vault, Vault, Path],
) -> None:
    home, _laptop, shared = two
    for n in range(40):
        home.journal.add_entry(f"Entry {n}", "A few words of the day. " * 40, [])
    SyncFolder(shared).sync(home)
    whole = file_of(home, shared).read_bytes()
    base = files.base_part(whole)
    home.journal.add_entry("One more", "Written after the base.", [])
    SyncFolder(shared).sync(home)
    after = file_of(home, shared).read_bytes()
    assert files.base_part(after) == base  # the same sealed bytes, not sealed again
    assert len(after) - len(base or b"") < 2_000  # the changes, not the journal again
    assert file_says_what_the_journal_holds(home, shared)


def test_the_base_is_written_anew_once_the_changes_grow(
    two: tuple[Vault, Vault, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(own_file, "REBASE_AT", 2)
    home, _laptop, shared = two
    SyncFolder(shared).sync(home)
    first = files.base_part(file_of(home, shared).read_bytes())
    home.journal.add_entry("", "one", [])
    home.journal.add_entry("", "two", [])
    SyncFolder(shared).sync(home)
    assert files.base_part(file_of(home, shared).read_bytes()) == first  # two changes: kept
    home.journal.add_entry("", "three", [])
    SyncFolder(shared).sync(home)
    assert files.base_part(file_of(home, shared).read_bytes()) != first
    assert file_says_what_the_journal_holds(home, shared)


def test_a_file_whose_base_was_merged_issync_noting_parts(two: tuple[Vault, Vault, Path]) -> None:
    home, laptop, shared = two
    SyncFolder(shared).sync(home)
    assert sync_noting_parts(laptop, shared) == [False]  # home's base is new here: whole
    home.journal.add_entry("", "Written at home after.", [])
    gone = home.journal.add_entry("", "Soon deleted at home.", [])
    SyncFolder(shared).sync(home)
    SyncFolder(shared).sync(laptop)
    home.journal.delete_entry(gone.id)
    SyncFolder(shared).sync(home)
    assert sync_noting_parts(laptop, shared) == [True]
    bodies = sorted(e.body for e in laptop.journal.list_entries(limit=10))
    assert bodies == ["Written at home after.", "Written at home first."]


def test_a_spoiled_base_is_not_believed_though_it_was_merged(
    two: tuple[Vault, Vault, Path],
) -> None:
    home, laptop, shared = two
    SyncFolder(shared).sync(home)
    SyncFolder(shared).sync(laptop)
    home.journal.add_entry("", "Written at home after.", [])
    SyncFolder(shared).sync(home)
    data = bytearray(file_of(home, shared).read_bytes())
    base = files.base_part(bytes(data)) or b""
    at = bytes(data).index(base) + len(base) // 2
    data[at] ^= 1  # one bit of the base, which the laptop merged before
    file_of(home, shared).write_bytes(bytes(data))
    report = SyncFolder(shared).sync(laptop)
    assert [reason for _path, reason in report.skipped] == [DAMAGED]
    assert "Written at home after." not in [e.body for e in laptop.journal.list_entries()]


def test_changes_put_on_another_base_are_not_believed(
    two: tuple[Vault, Vault, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(own_file, "REBASE_AT", 0)  # every change writes a new base
    home, laptop, shared = two
    SyncFolder(shared).sync(home)
    old = file_of(home, shared).read_bytes()
    home.journal.add_entry("", "Written at home after.", [])
    SyncFolder(shared).sync(home)
    new = file_of(home, shared).read_bytes()
    old_base, new_base = files.base_part(old) or b"", files.base_part(new) or b""
    assert old_base != new_base
    cut = new.index(new_base)
    spliced = new[: cut - 8] + len(old_base).to_bytes(8, "big") + old_base
    spliced += new[cut + len(new_base) :]
    file_of(home, shared).write_bytes(spliced)
    report = SyncFolder(shared).sync(laptop)
    assert [reason for _path, reason in report.skipped] == [DAMAGED]


def test_a_record_rewritten_at_a_version_seen_before_is_in_the_file_as_stored(
    two: tuple[Vault, Vault, Path],
) -> None:
    """A merge may rewrite a record without a new version (two files disagreeing
    about one version: the same choice is made everywhere). The kept base does not
    say it, so the file carries it among the changes."""
    home, laptop, shared = two
    entry = home.journal.add_entry("", "words", [])
    SyncFolder(shared).sync(home)
    SyncFolder(shared).sync(laptop)
    SyncFolder(shared).sync(home)  # home has merged the laptop's base, and kept its own
    keys, laptop_file = keys_of(laptop), file_of(laptop, shared)
    theirs = files.open_sealed(laptop_file.read_bytes(), keys, _vault_id(laptop))
    held = theirs.state.records[entry.id]
    fields = {**dict(held.fields or {}), "body": "zz another text of the same version"}
    records = {**theirs.state.records, entry.id: Record(held.id, held.kind, held.version, fields)}
    forged = files.seal(
        type(theirs.state)(records, theirs.state.context, theirs.state.peers),
        theirs.computer,
        theirs.sequence,
        keys,
        theirs.key_file,
    )
    laptop_file.write_bytes(forged)
    SyncFolder(shared).sync(home)
    assert home.journal.get_entry(entry.id).body == "zz another text of the same version"
    assert file_says_what_the_journal_holds(home, shared)


def test_a_lost_own_file_is_written_whole_again(two: tuple[Vault, Vault, Path]) -> None:
    home, laptop, shared = two
    SyncFolder(shared).sync(home)
    home.journal.add_entry("", "Written at home after.", [])
    file_of(home, shared).unlink()  # the sync tool, or the user, removed it
    SyncFolder(shared).sync(home)
    assert file_says_what_the_journal_holds(home, shared)
    SyncFolder(shared).sync(laptop)
    assert "Written at home after." in [e.body for e in laptop.journal.list_entries()]


def test_an_enormous_file_under_this_computers_name_is_not_read(
    two: tuple[Vault, Vault, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoever holds the folder may put anything under this computer's name: it is
    left unread, like an enormous file of another computer, and replaced."""
    home, _laptop, shared = two
    SyncFolder(shared).sync(home)
    with file_of(home, shared).open("wb") as handle:
        handle.truncate(files.MAX_FILE_BYTES + 1)  # sparse: nothing is really written
    read = Path.read_bytes

    def bounded(path: Path) -> bytes:
        assert path.stat().st_size <= files.MAX_FILE_BYTES, "an enormous file was read"
        return read(path)

    monkeypatch.setattr(Path, "read_bytes", bounded)
    home.journal.add_entry("", "Written after.", [])
    SyncFolder(shared).sync(home)
    assert file_says_what_the_journal_holds(home, shared)
