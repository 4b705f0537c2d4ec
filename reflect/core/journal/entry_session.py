"""One entry being written: what the vault holds for it, and saving the difference.

The editor's rules, without the widgets or the timers:

* a new entry reaches the vault with its first non-blank change, never as an
  empty row (Ctrl+N alone stores nothing);
* after that, a save writes only when the fields differ from what the vault holds;
* if the vault's copy changed since the editor loaded it (a sync brought another
  computer's edit in while this one was being typed), that version is first kept
  as a linked copy, so the save never writes over text the user has not seen; if
  it was deleted there, the typed text comes back as an entry of its own;
* prompts inserted into the entry are recorded as used once the entry has an id
  (a statistic for prompt rotation: failing to record one never blocks a save).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reflect.core.errors import NotFound, UserError
from reflect.core.journal.entries import normalize_tags

if TYPE_CHECKING:
    from reflect.core.journal.models import Entry
    from reflect.core.journal.repository import Journal


@dataclass(frozen=True)
class EntryFields:
    """What the editor shows for one entry."""

    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    event_id: str | None = None

    def is_blank(self) -> bool:
        return not (self.title.strip() or self.body.strip() or self.tags)

    def held_by(self, entry: Entry) -> bool:
        """Whether the vault's ``entry`` holds these fields (tags as the vault keeps them)."""
        return (entry.title, entry.body, entry.tags, entry.event_id) == (
            self.title,
            self.body,
            normalize_tags(self.tags),
            self.event_id,
        )


class EntrySession:
    """The entry open in the editor, against one journal."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self.entry_id: str | None = None
        self._saved: EntryFields | None = None
        self._pending_prompts: list[str] = []

    def begin(self, entry_id: str | None, shown: EntryFields) -> None:
        """The editor now shows ``shown`` for ``entry_id`` (None: a new, unsaved entry)."""
        self.entry_id = entry_id
        self._saved = shown
        self._pending_prompts.clear()

    def has_changes(self, shown: EntryFields) -> bool:
        return shown != self._saved

    def save(self, shown: EntryFields) -> bool:
        """Write ``shown`` if it differs from the vault; True if anything was written.

        Raises ``UserError`` (a full disk, a locked vault) with nothing changed in
        this session, so the caller can keep the text on screen and try again.
        """
        if not self.has_changes(shown):
            return False
        if self.entry_id is None:
            if shown.is_blank():
                return False
            entry = self._journal.add_entry(shown.title, shown.body, shown.tags, shown.event_id)
            self.entry_id = entry.id
        else:
            with self._journal.transaction():
                if self._changed_under_the_editor():
                    entry = self._journal.add_entry(
                        shown.title, shown.body, shown.tags, shown.event_id
                    )
                    self.entry_id = entry.id
                else:
                    self._journal.update_entry(
                        self.entry_id,
                        title=shown.title,
                        body=shown.body,
                        tags=shown.tags,
                        event_id=shown.event_id,
                    )
        self._saved = shown
        self.record_prompts()
        return True

    def _changed_under_the_editor(self) -> bool:
        """Keep the vault's version if something else changed it since it was loaded;
        True if it is gone (deleted on another computer), so the save must add it anew."""
        assert self.entry_id is not None and self._saved is not None
        try:
            stored = self._journal.get_entry(self.entry_id)
        except NotFound:
            return True
        if not self._saved.held_by(stored):
            self._journal.add_entry(
                stored.title,
                stored.body,
                stored.tags,
                stored.event_id,
                created_at=stored.created_at,
                updated_at=stored.updated_at,
                kept_from=self.entry_id,
            )
        return False

    def note_prompt(self, prompt_id: str) -> None:
        """A prompt was inserted; record it as used once the entry is stored."""
        self._pending_prompts.append(prompt_id)
        self.record_prompts()

    def record_prompts(self) -> None:
        if self.entry_id is None or not self._pending_prompts:
            return
        try:
            for prompt_id in self._pending_prompts:
                self._journal.record_prompt_use(prompt_id, self.entry_id)
        except UserError:
            return  # Only a statistic for prompt rotation; the entry itself is safe.
        self._pending_prompts.clear()
