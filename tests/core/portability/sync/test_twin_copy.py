"""A journal folder copied by hand to a second computer, at the very same path.

Both copies then write under one computer id, into one file name. The copy that
finds a file under its name that it did not write, and that is not just an old
one of its own put back, takes a name of its own and takes in the twin's records
whole: every text either copy holds is kept, and from then on the two are two
computers. The "machines" here are one folder swapped in and out of one path.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reflect.core.sync import SyncFolder
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

CHEAP = KdfParams.cheap_for_tests()


def _open(path: Path) -> Vault:
    return Vault.unlock(path, PASSPHRASE, kdf=CHEAP)


def _bodies(vault: Vault) -> list[str]:
    return sorted(e.body for e in vault.journal.list_entries(limit=100))


def test_a_copy_at_the_same_path_is_found_and_nothing_either_wrote_is_lost(
    tmp_path: Path,
) -> None:
    path, shared = tmp_path / "journal", tmp_path / "shared"
    shared.mkdir()
    vault, _key = Vault.create(path, PASSPHRASE, kdf=CHEAP)
    entry = vault.journal.add_entry("Shared", "written before the copy", [])
    SyncFolder(shared).sync(vault)
    vault.lock()
    shutil.copytree(path, tmp_path / "laptop-disk")  # copied by hand, to the same path there

    home = _open(path)
    home.journal.update_entry(entry.id, body="changed at home")
    home.journal.add_entry("", "only at home", [])
    assert not SyncFolder(shared).sync(home).twin_found
    home_id = SyncFolder.computer_of(home)
    home.lock()
    path.rename(tmp_path / "home-disk")

    (tmp_path / "laptop-disk").rename(path)
    laptop = _open(path)
    assert SyncFolder.computer_of(laptop) == home_id  # the same name: claim_home cannot tell
    laptop.journal.update_entry(entry.id, body="changed on the laptop")
    laptop.journal.add_entry("", "only on the laptop", [])
    report = SyncFolder(shared).sync(laptop)
    assert report.twin_found
    assert SyncFolder.computer_of(laptop) != home_id
    everything = sorted(
        ["changed at home", "changed on the laptop", "only at home", "only on the laptop"]
    )
    assert _bodies(laptop) == everything
    laptop.lock()
    path.rename(tmp_path / "laptop-disk")

    (tmp_path / "home-disk").rename(path)
    home = _open(path)
    report = SyncFolder(shared).sync(home)
    assert not report.twin_found
    assert _bodies(home) == everything
    assert len(list(shared.glob("*.reflectsync"))) == 2  # two computers, two names
    home.journal.add_entry("", "home again", [])
    SyncFolder(shared).sync(home)
    home.lock()
    path.rename(tmp_path / "home-disk")

    (tmp_path / "laptop-disk").rename(path)
    laptop = _open(path)
    report = SyncFolder(shared).sync(laptop)
    assert not report.twin_found
    assert _bodies(laptop) == sorted([*everything, "home again"])
    laptop.lock()


def test_an_old_copy_of_its_own_file_put_back_is_not_a_twin(vault: Vault, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    vault.journal.add_entry("", "first", [])
    SyncFolder(shared).sync(vault)
    (own,) = shared.glob("*.reflectsync")
    old = own.read_bytes()
    vault.journal.add_entry("", "second", [])
    SyncFolder(shared).sync(vault)
    own.write_bytes(old)  # the sync tool put back an older version
    name = SyncFolder.computer_of(vault)
    report = SyncFolder(shared).sync(vault)
    assert not report.twin_found and report.conflicts == 0
    assert SyncFolder.computer_of(vault) == name
    assert _bodies(vault) == ["first", "second"]
