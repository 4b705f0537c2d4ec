"""The user's own words: kept in the encrypted journal, one word each, removable."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.core.errors import UserError
from reflect.core.journal import settings as vault_settings
from reflect.core.journal.my_words import add_my_word, read_my_words, remove_my_word
from reflect.core.journal.repository import Journal
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE


def test_words_are_added_once_sorted_and_removed(journal: Journal) -> None:
    add_my_word(journal, "quetiapinum")
    add_my_word(journal, "Bronwyn")
    assert add_my_word(journal, "Bronwyn") == ["Bronwyn", "quetiapinum"]
    assert remove_my_word(journal, "Bronwyn") == ["quetiapinum"]
    assert read_my_words(journal) == ["quetiapinum"]


def test_two_words_are_refused_with_a_message_and_nothing_is_stored(journal: Journal) -> None:
    with pytest.raises(UserError, match="single word"):
        add_my_word(journal, "two words")
    assert read_my_words(journal) == []


def test_the_list_has_a_ceiling_that_says_what_to_do(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reflect.core.journal.my_words.MAX_MY_WORDS", 2)
    add_my_word(journal, "one")
    add_my_word(journal, "two")
    with pytest.raises(UserError, match="Remove some in Settings"):
        add_my_word(journal, "three")
    assert read_my_words(journal) == ["one", "two"]


def test_the_words_live_inside_the_vault_and_nowhere_else(vault: Vault, tmp_path: Path) -> None:
    add_my_word(vault.journal, "Wombatnurse")
    assert vault_settings.MY_WORDS.read(vault.journal) == ["Wombatnurse"]
    path = vault.path
    vault.lock()
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert b"Wombatnurse" not in file.read_bytes(), file
    reopened = Vault.unlock(path, PASSPHRASE)
    try:
        assert read_my_words(reopened.journal) == ["Wombatnurse"]
    finally:
        reopened.lock()


def test_a_damaged_list_reads_as_empty_instead_of_failing(journal: Journal) -> None:
    journal.set_setting("spelling.my_words", "not a list")
    assert read_my_words(journal) == []
