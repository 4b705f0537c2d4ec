"""A second computer joins from the folder; a passphrase or recovery key changed
on one computer is taken by the other once its user enters that passphrase.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.core.clock import FakeClock
from reflect.core.errors import UserError, VaultExists, WrongPassphrase, WrongRecoveryKey
from reflect.core.journal import settings
from reflect.core.sync import SyncFolder
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

CHEAP = KdfParams.cheap_for_tests()
NEW_PASSPHRASE = "lighthouse after the storm 7"


@pytest.fixture
def shared(tmp_path: Path, vault: Vault) -> Path:
    folder = tmp_path / "Dropbox" / "Reflect"
    folder.mkdir(parents=True)
    vault.journal.add_entry("At home", "Written at home before the laptop.", ["home"])
    SyncFolder(folder).sync(vault)
    return folder


def _bodies(vault: Vault) -> set[str]:
    return {e.body for e in vault.journal.list_entries(limit=100)}


def _join(shared: Path, target: Path, clock: FakeClock, **how: str) -> Vault:
    return SyncFolder(shared).join(target, kdf=CHEAP, clock=clock, **how)


def test_a_second_computer_joins_with_the_passphrase_and_is_in_step(
    tmp_path: Path, vault: Vault, shared: Path, clock: FakeClock
) -> None:
    laptop = _join(shared, tmp_path / "laptop", clock, passphrase=PASSPHRASE)
    try:
        assert _bodies(laptop) == {"Written at home before the laptop."}
        assert [t.name for t in laptop.journal.all_tags()] == ["home"]
        assert laptop.key_check == vault.key_check  # one journal: one recovery key
        assert settings.SYNC_FOLDER.read(laptop.journal) == str(shared)
        laptop.journal.add_entry("On the train", "Written on the laptop.", [])
        SyncFolder(shared).sync(laptop)
        report = SyncFolder(shared).sync(vault)
        assert report.added == 1 and report.others == 1
        assert "Written on the laptop." in _bodies(vault)
        # Two computers, two files; the laptop is a computer of its own.
        assert len(list(shared.glob("*.reflectsync"))) == 2
    finally:
        laptop.lock()
    reopened = Vault.unlock(tmp_path / "laptop", PASSPHRASE, kdf=CHEAP)
    try:
        assert "Written on the laptop." in _bodies(reopened)
    finally:
        reopened.lock()


def test_joining_with_the_recovery_key_asks_for_a_passphrase_after(
    tmp_path: Path, vault: Vault, shared: Path, clock: FakeClock
) -> None:
    recovery_key = vault.rotate_recovery_key(PASSPHRASE)
    SyncFolder(shared).sync(vault)
    laptop = _join(shared, tmp_path / "laptop", clock, recovery_key=recovery_key)
    try:
        assert laptop.opened_with_recovery_key
        assert _bodies(laptop) == {"Written at home before the laptop."}
        laptop.reset_passphrase(NEW_PASSPHRASE)
    finally:
        laptop.lock()
    Vault.unlock(tmp_path / "laptop", NEW_PASSPHRASE, kdf=CHEAP).lock()


@pytest.mark.parametrize(
    ("how", "error"),
    [
        ({"passphrase": "not the passphrase at all"}, WrongPassphrase),
        ({"recovery_key": "ab" * 32}, WrongRecoveryKey),
    ],
)
def test_a_wrong_passphrase_or_key_makes_nothing(
    tmp_path: Path, shared: Path, clock: FakeClock, how: dict[str, str], error: type
) -> None:
    with pytest.raises(error) as raised:
        _join(shared, tmp_path / "laptop", clock, **how)
    assert "other computer" in str(raised.value) or "recovery key" in str(raised.value)
    assert not (tmp_path / "laptop").exists()


def test_a_folder_with_no_journal_says_what_to_do_first(tmp_path: Path, clock: FakeClock) -> None:
    empty = tmp_path / "Syncthing"
    empty.mkdir()
    (empty / "holiday.jpg").write_bytes(b"not ours")
    with pytest.raises(UserError) as raised:
        _join(empty, tmp_path / "laptop", clock, passphrase=PASSPHRASE)
    assert "Two computers" in str(raised.value)
    assert not (tmp_path / "laptop").exists()


def test_joining_into_a_folder_that_holds_files_touches_none(
    tmp_path: Path, shared: Path, clock: FakeClock
) -> None:
    target = tmp_path / "laptop"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    with pytest.raises(VaultExists):
        _join(shared, target, clock, passphrase=PASSPHRASE)
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize("changed_on", ["home", "laptop"])
def test_a_passphrase_changed_on_one_computer_is_asked_for_once_on_the_other(
    tmp_path: Path, vault: Vault, shared: Path, clock: FakeClock, changed_on: str
) -> None:
    """Either way round: whichever computer changed it, the other is asked."""
    laptop = _join(shared, tmp_path / "laptop", clock, passphrase=PASSPHRASE)
    SyncFolder(shared).sync(laptop)
    SyncFolder(shared).sync(vault)
    changer, other = (vault, laptop) if changed_on == "home" else (laptop, vault)
    try:
        changer.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        changer.journal.add_entry("", "After the new passphrase.", [])
        assert not SyncFolder(shared).sync(changer).key_changed_elsewhere
        report = SyncFolder(shared).sync(other)
        # Same key: the records still travel, and the other computer is told to ask.
        assert report.key_changed_elsewhere and report.skipped == []
        assert "After the new passphrase." in _bodies(other)
        with pytest.raises(WrongPassphrase):
            SyncFolder(shared).catch_up(other, PASSPHRASE)
        SyncFolder(shared).catch_up(other, NEW_PASSPHRASE)
        assert not SyncFolder(shared).sync(other).key_changed_elsewhere
        assert not SyncFolder(shared).sync(changer).key_changed_elsewhere
    finally:
        laptop.lock()
    Vault.unlock(tmp_path / "laptop", NEW_PASSPHRASE, kdf=CHEAP).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path / "laptop", PASSPHRASE, kdf=CHEAP)


def test_a_new_recovery_key_on_one_computer_is_taken_by_the_other_losing_nothing(
    tmp_path: Path, vault: Vault, shared: Path, clock: FakeClock
) -> None:
    laptop = _join(shared, tmp_path / "laptop", clock, passphrase=PASSPHRASE)
    try:
        new_key = vault.rotate_recovery_key(PASSPHRASE)
        vault.journal.add_entry("", "Home, after the new key.", [])
        SyncFolder(shared).sync(vault)
        laptop.journal.add_entry("", "Laptop, before it knew.", [])
        report = SyncFolder(shared).sync(laptop)
        assert report.key_changed_elsewhere
        assert "changed on another computer" in report.skipped[0][1]
        assert "Home, after the new key." not in _bodies(laptop)
        # Home cannot read the laptop's file yet, and says the laptop will catch up.
        home_report = SyncFolder(shared).sync(vault)
        assert not home_report.key_changed_elsewhere
        assert "opened on that computer" in home_report.skipped[0][1]
        SyncFolder(shared).catch_up(laptop, PASSPHRASE)
        assert "Home, after the new key." in _bodies(laptop)
        assert laptop.key_check == vault.key_check
        home_report = SyncFolder(shared).sync(vault)
        assert home_report.skipped == [] and "Laptop, before it knew." in _bodies(vault)
    finally:
        laptop.lock()
    # The laptop's journal itself now opens with the new recovery key.
    reopened = Vault.unlock_with_recovery_key(tmp_path / "laptop", new_key, kdf=CHEAP)
    reopened.lock()


def test_a_wrong_passphrase_when_catching_up_changes_nothing(
    tmp_path: Path, vault: Vault, shared: Path, clock: FakeClock
) -> None:
    laptop = _join(shared, tmp_path / "laptop", clock, passphrase=PASSPHRASE)
    try:
        vault.rotate_recovery_key(PASSPHRASE)
        SyncFolder(shared).sync(vault)
        check = laptop.key_check
        with pytest.raises(WrongPassphrase):
            SyncFolder(shared).catch_up(laptop, "a guess at 2 a.m.")
        assert laptop.key_check == check
    finally:
        laptop.lock()
    Vault.unlock(tmp_path / "laptop", PASSPHRASE, kdf=CHEAP).lock()
