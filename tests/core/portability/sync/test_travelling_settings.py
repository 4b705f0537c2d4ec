"""What the user chose about the journal travels; how this computer behaves stays.

Travels (``sync_schema.TRAVELLING_SETTINGS``): the legal caution acknowledged, the
words the therapist export always hides, the spelling words added, the entry
that holds the safety plan. Stays: locking, fonts, spelling on or off, backups,
the sync folder itself. Word lists changed on both computers hold both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.core.journal import settings
from reflect.core.sync import SyncFolder
from reflect.core.vault import db
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

CHEAP = KdfParams.cheap_for_tests()


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


def _join(shared: Path, tmp_path: Path) -> Vault:
    return SyncFolder(shared).join(tmp_path / "laptop", passphrase=PASSPHRASE, kdf=CHEAP)


def test_the_journals_choices_travel_and_this_computers_stay(
    vault: Vault, shared: Path, tmp_path: Path
) -> None:
    journal = vault.journal
    entry = journal.add_entry("Safety plan", "call Sam", [])
    settings.LEGAL_CAUTION_ACK.write(journal, "2026-03-01")
    settings.ALWAYS_REDACT.write(journal, ["Okonjo", "St Mary's"])
    settings.MY_WORDS.write(journal, ["ductus"])
    settings.SAFETY_PLAN_ENTRY.write(journal, entry.id)
    settings.IDLE_MINUTES.write(journal, 30)
    settings.SPELL_CHECK.write(journal, False)
    settings.BACKUP_FOLDER.write(journal, "/media/usb")
    SyncFolder(shared).sync(vault)
    laptop = _join(shared, tmp_path)
    try:
        there = laptop.journal
        assert settings.LEGAL_CAUTION_ACK.read(there) == "2026-03-01"
        assert settings.ALWAYS_REDACT.read(there) == ["Okonjo", "St Mary's"]
        assert settings.MY_WORDS.read(there) == ["ductus"]
        assert settings.SAFETY_PLAN_ENTRY.read(there) == entry.id
        assert settings.IDLE_MINUTES.read(there) == settings.IDLE_MINUTES.default
        assert settings.SPELL_CHECK.read(there) is True
        assert settings.BACKUP_FOLDER.read(there) is None
        assert settings.SYNC_FOLDER.read(journal) is None  # the folder is each computer's own
    finally:
        laptop.lock()


def test_words_added_on_both_computers_are_all_kept(
    vault: Vault, shared: Path, tmp_path: Path
) -> None:
    settings.ALWAYS_REDACT.write(vault.journal, ["Okonjo"])
    SyncFolder(shared).sync(vault)
    laptop = _join(shared, tmp_path)
    try:
        settings.ALWAYS_REDACT.write(vault.journal, ["Okonjo", "Bay 4"])
        settings.ALWAYS_REDACT.write(laptop.journal, ["Okonjo", "Dr Reyes"])
        SyncFolder(shared).sync(vault)
        SyncFolder(shared).sync(laptop)
        SyncFolder(shared).sync(vault)
        for journal in (vault.journal, laptop.journal):
            assert settings.ALWAYS_REDACT.read(journal) == ["Bay 4", "Dr Reyes", "Okonjo"]
    finally:
        laptop.lock()


def test_a_choice_changed_on_both_computers_is_one_of_them_on_both(
    vault: Vault, shared: Path, tmp_path: Path
) -> None:
    SyncFolder(shared).sync(vault)
    laptop = _join(shared, tmp_path)
    try:
        settings.LEGAL_CAUTION_ACK.write(vault.journal, "2026-03-01")
        settings.LEGAL_CAUTION_ACK.write(laptop.journal, "2026-03-02")
        for _ in range(2):
            SyncFolder(shared).sync(vault)
            SyncFolder(shared).sync(laptop)
        home_day = settings.LEGAL_CAUTION_ACK.read(vault.journal)
        assert home_day == settings.LEGAL_CAUTION_ACK.read(laptop.journal)
        assert home_day in {"2026-03-01", "2026-03-02"}
        assert vault.journal.count_entries() == laptop.journal.count_entries() == 0  # no copies
    finally:
        laptop.lock()


def test_settings_chosen_before_this_version_travel_too(
    tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal made by an older Reflect (schema 4) gets versions for the settings
    already chosen, newer than anything another computer has seen of it."""
    real = db.migrate
    monkeypatch.setattr(db, "migrate", lambda conn, target=4: real(conn, 4))
    home, _key = Vault.create(tmp_path / "home", PASSPHRASE, kdf=CHEAP)
    settings.ALWAYS_REDACT.write(home.journal, ["Okonjo"])
    SyncFolder(shared).sync(home)
    home.lock()
    monkeypatch.undo()
    laptop = _join(shared, tmp_path)  # has seen all of home's changes so far
    try:
        assert settings.ALWAYS_REDACT.read(laptop.journal) == []
        home = Vault.unlock(tmp_path / "home", PASSPHRASE, kdf=CHEAP)  # schema 5 now
        SyncFolder(shared).sync(home)
        SyncFolder(shared).sync(laptop)
        assert settings.ALWAYS_REDACT.read(laptop.journal) == ["Okonjo"]
        home.lock()
    finally:
        laptop.lock()
