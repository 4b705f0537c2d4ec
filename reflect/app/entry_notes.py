"""What the guide says beside an entry while the user writes in it.

- A prompt about a review or investigation (stage 4, or kind "inquisition")
  brings the legal caution above the entry, when it is inserted and whenever
  that entry is opened again (``reflect.core.guide.rules.prompt_needs_legal_caution``).
- An entry started from a self-forgiveness prompt gets the same gentle
  guardrails as the self-forgiveness exercise: each time it is saved, the text is
  checked for self-punishment or all blame placed elsewhere
  (``reflect.core.guide.rules.forgiveness_guardrails``), and the note appears above the
  entry, with Support one click away for self-punishment.

The prompts an entry was written under are recorded in the vault with the
entry, so both follow the entry, not the session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject

from reflect.core.guide.content import Content, UnknownContent
from reflect.core.guide.rules import (
    GUARDRAIL_TEXT_KEYS,
    GuardrailKind,
    forgiveness_guardrails,
    prompt_needs_legal_caution,
)
from reflect.core.journal.repository import Journal
from reflect.ui.journal.editor import EntryEditor

LEGAL = "legal"
GUARDRAIL = "guardrail"


class EntryNotes(QObject):
    """Follows one editor; ``prompt_inserted`` after the guide puts a prompt in it."""

    def __init__(
        self,
        editor: EntryEditor,
        content: Content,
        journal: Callable[[], Journal | None],
        *,
        open_support: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._content = content
        self._journal = journal
        self._guarded = False
        editor.entry_opened.connect(self._opened)
        editor.entry_saved.connect(lambda _id: self._check_guardrails())
        editor.notes.support_requested.connect(open_support)

    def prompt_inserted(self, prompt_id: str) -> None:
        self._apply([prompt_id])

    def _opened(self, entry_id: object) -> None:
        self._guarded = False
        journal = self._journal()
        if isinstance(entry_id, str) and journal is not None:
            self._apply(journal.prompt_ids_for_entry(entry_id))
            self._check_guardrails()

    def _apply(self, prompt_ids: Iterable[str]) -> None:
        for prompt_id in prompt_ids:
            try:
                prompt = self._content.prompt(prompt_id)
            except UnknownContent:
                continue  # a prompt from an older version of the guide
            if prompt_needs_legal_caution(prompt):
                self._editor.notes.show_note(LEGAL, self._content.texts["legal_caution"])
            if prompt.kind == "self-forgiveness":
                self._guarded = True

    def _check_guardrails(self) -> None:
        if not self._guarded:
            return
        notes = forgiveness_guardrails(self._editor.body.toPlainText())
        if not notes:
            self._editor.notes.hide_note(GUARDRAIL)
            return
        text = "\n\n".join(self._content.texts[GUARDRAIL_TEXT_KEYS[n.kind]] for n in notes)
        punishing = any(n.kind is GuardrailKind.SELF_PUNISHMENT for n in notes)
        self._editor.notes.show_note(GUARDRAIL, text, support=punishing)
