"""The user's own words for the spell checker, kept inside the encrypted journal.

A word added here may be a colleague's name or a drug only this user's unit
uses: it never goes to a system dictionary file, only to the vault's settings
table (``spelling.my_words``), and travels with backups like every entry.
"""

from __future__ import annotations

from reflect.core.errors import UserError
from reflect.core.journal.settings import MAX_MY_WORDS, MY_WORDS, SettingsTable
from reflect.core.language import tr_core
from reflect.core.spelling.checker import personal_word

__all__ = ["add_my_word", "read_my_words", "remove_my_word"]


def read_my_words(journal: SettingsTable) -> list[str]:
    """The words, as added, in alphabetical order (ignoring case)."""
    return sorted(set(MY_WORDS.read(journal)), key=lambda w: (w.casefold(), w))


def add_my_word(journal: SettingsTable, text: str) -> list[str]:
    """Add one word; adding a word already there changes nothing. Returns the new list."""
    word = personal_word(text)
    if word is None:
        raise UserError(
            tr_core(
                "Only a single word can be added to your words. "
                "Choose one word, without spaces, and try again."
            )
        )
    words = read_my_words(journal)
    if word in words:
        return words
    if len(words) >= MAX_MY_WORDS:
        raise UserError(
            tr_core(
                "Your words already number {count:,}, the most Reflect keeps. "
                "Remove some in Settings, under Spelling, then add this one again."
            ).format(count=MAX_MY_WORDS)
        )
    MY_WORDS.write(journal, sorted([*words, word], key=lambda w: (w.casefold(), w)))
    return read_my_words(journal)


def remove_my_word(journal: SettingsTable, word: str) -> list[str]:
    """Take ``word`` out of the list (if it is there). Returns the new list."""
    words = [w for w in read_my_words(journal) if w != word]
    MY_WORDS.write(journal, words)
    return words
