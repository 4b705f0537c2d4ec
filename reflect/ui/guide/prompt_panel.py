"""The prompt panel beside the editor: one optional prompt fitting today.

The choice follows ``reflect.core.guide.rules.choose_prompt``: the event's stage, a
fresh check-in (high distress or a trigger lean to grounding), never a prompt
used in the last two weeks. "No prompt, just write" folds the panel away in one
click; "Show a prompt" brings it back.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from reflect.core.errors import NotFound
from reflect.core.guide.content import Content, Prompt
from reflect.core.guide.queries import release_ready_for_event
from reflect.core.guide.rules import choose_prompt, fresh_checkin, recent_since
from reflect.core.journal.repository import Journal
from reflect.ui.guide.common import button, card, label, prompt_kind_words, tr


class PromptPanel(QWidget):
    """Object name ``promptPanel``.

    Signals:
        prompt_chosen(str, str): prompt text and id; wire to ``EntryEditor.insert_prompt``.
        just_write_requested(): the user chose "No prompt, just write" (focus the editor).
    """

    prompt_chosen = Signal(str, str)
    just_write_requested = Signal()

    def __init__(
        self,
        content: Content,
        *,
        rng: random.Random | None = None,
        entry_id_provider: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("promptPanel")
        self.setAccessibleName(tr("Writing prompt"))
        self._content = content
        self._rng = rng or random.Random()
        self._entry_id = entry_id_provider or (lambda: None)
        self._journal: Journal | None = None
        self._event_id: str | None = None
        self._shown: list[str] = []
        self.prompt: Prompt | None = None
        self._auto_folded = False

        outer = QVBoxLayout(self)
        # The panel is the window's last column: keep the card off its edge.
        outer.setContentsMargins(8, 16, 16, 12)
        self.frame, box = card(self, name="promptCard")
        outer.addWidget(self.frame)
        box.addWidget(label(tr("A prompt, if you want one"), role="heading"))
        self.text = label(name="promptText", selectable=True)
        box.addWidget(self.text)
        self.source = label(role="muted", name="promptSource")
        box.addWidget(self.source)
        self.use_button = button(tr("Use this prompt"), name="promptUse", role="primary")
        self.shuffle_button = button(tr("Another prompt"), name="promptShuffle")
        self.none_button = button(tr("No prompt, just write"), name="promptNone", role="link")
        self.use_button.clicked.connect(self.use_current)
        self.shuffle_button.clicked.connect(self.shuffle)
        self.none_button.clicked.connect(self.just_write)
        # Stacked, not side by side: the panel is a narrow column beside the editor.
        box.addWidget(self.use_button)
        box.addWidget(self.shuffle_button)
        box.addWidget(self.none_button)
        self.show_button = button(tr("Show a prompt"), name="promptShow", role="link")
        self.show_button.clicked.connect(self.unfold)
        self.show_button.hide()
        outer.addWidget(self.show_button)
        outer.addStretch(1)
        for wrapped in (self.text, self.source):
            # Wrapped text must get the height it needs at the panel's narrow width.
            policy = wrapped.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.MinimumExpanding)
            policy.setHeightForWidth(True)
            wrapped.setSizePolicy(policy)
        self._render()

    # --- public ---------------------------------------------------------------------

    def set_journal(self, journal: Journal | None) -> None:
        """Follow an opened journal; ``None`` (locked) clears the panel."""
        self._journal = journal
        self._event_id = None
        self._shown.clear()
        self.refresh()

    def set_event(self, event_id: str | None) -> None:
        """The event the entry being written belongs to (its stage shapes the prompt)."""
        if event_id != self._event_id:
            self._event_id = event_id
            self._shown.clear()
            self.refresh()

    def refresh(self) -> None:
        """Choose a new prompt for the current event and latest check-in."""
        self.prompt = self._choose(exclude=())
        self._render()

    def shuffle(self) -> None:
        """Another prompt, not one shown already this time (they cycle when all were)."""
        if self.prompt is not None:
            self._shown.append(self.prompt.id)
        choice = self._choose(exclude=self._shown)
        if choice is None and self._shown:
            self._shown = [self.prompt.id] if self.prompt else []
            choice = self._choose(exclude=self._shown) or self.prompt
        self.prompt = choice
        self._render()

    def use_current(self) -> None:
        """Insert the prompt (via the signal), remember it was used, offer the next one."""
        prompt = self.prompt
        if prompt is None:
            return
        if self._journal is not None:
            self._journal.record_prompt_use(prompt.id, self._entry_id())
        self.prompt_chosen.emit(prompt.text, prompt.id)
        self.refresh()

    def just_write(self) -> None:
        self.frame.hide()
        self.show_button.show()
        self.just_write_requested.emit()

    def unfold(self) -> None:
        self._auto_folded = False
        self.show_button.hide()
        self.frame.show()

    def set_narrow(self, narrow: bool) -> None:
        """Fold the card when the window has no room for it; unfold if it was folded so."""
        if narrow and not self.frame.isHidden():
            self.frame.hide()
            self.show_button.show()
            self._auto_folded = True
        elif not narrow and self._auto_folded:
            self.unfold()

    # --- internals ------------------------------------------------------------------

    def _choose(self, exclude: list[str] | tuple[str, ...]) -> Prompt | None:
        journal = self._journal
        if journal is None:
            return None
        now = journal.clock.now()
        stage = None
        if self._event_id is not None:
            try:
                stage = journal.get_event(self._event_id).stage
            except NotFound:
                self._event_id = None
        latest = fresh_checkin(journal.latest_checkin(), now)
        return choose_prompt(
            self._content.prompts,
            stage=stage,
            latest_distress=latest.distress if latest else None,
            triggered=latest.triggered if latest else False,
            used_recently=journal.prompt_ids_used_since(recent_since(now)),
            rng=self._rng,
            exclude=exclude,
            release_ready=release_ready_for_event(journal, self._content, self._event_id),
        )

    def _render(self) -> None:
        prompt = self.prompt
        if prompt is None:
            self.text.setText(
                tr(
                    "No new prompt today: you have answered the ones that fit in the last two "
                    "weeks. Just write, or come back another day."
                )
                if self._journal is not None
                else ""
            )
            self.source.setText("")
        else:
            self.text.setText(prompt.text)
            self.text.setAccessibleName(prompt.text)
            self.source.setText(prompt_kind_words(prompt.kind))
        self.use_button.setEnabled(prompt is not None)
        self.shuffle_button.setEnabled(prompt is not None)
