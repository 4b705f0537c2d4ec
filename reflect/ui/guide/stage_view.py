"""The stage guide: Scott's six stages as a map, not a ladder.

Six cards, any of which can be opened; the one the user chose for the selected
event is marked "where you are today". The detail pane gives a plain description,
common thoughts, what tends to help, the stage's prompts and, in stage 4, the legal
caution. The user sets their stage; the app only ever suggests.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import NotFound
from reflect.core.guide.content import Content, Stage
from reflect.core.guide.queries import release_ready_for_event
from reflect.core.guide.rules import offerable
from reflect.core.journal.models import Event
from reflect.core.journal.repository import Journal
from reflect.ui.common import theme
from reflect.ui.common.page import scrolling_column
from reflect.ui.guide.common import bullets, button, card, label, tr
from reflect.ui.guide.journey_view import JourneyView


class StageCard(QFrame):
    """One stage on the map; click, Enter or Space opens it."""

    activated = Signal(int)

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = stage.number
        self.setProperty("role", "card")
        self.setObjectName(f"stageCard-{stage.number}")
        self.setAccessibleName(f"{stage.number}. {stage.name}")
        self.setAccessibleDescription(stage.summary)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.addWidget(label(f"{stage.number}. {stage.name}", role="heading"))
        box.addWidget(label(stage.summary, role="muted"))
        self.today = label(tr("Where you are today"), role="ok", name=f"stageToday-{stage.number}")
        self.today.hide()
        self._state: tuple[bool, bool] | None = None
        box.addWidget(self.today)
        box.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._state is not None:
            self.set_state(selected=self._state[0], today=self._state[1])  # a live theme switch

    def set_state(self, *, selected: bool, today: bool) -> None:
        self._state = (selected, today)
        self.today.setVisible(today)
        colours = theme.colors()
        edge = colours["accent"] if selected else colours["border"]
        width = 2 if selected else 1
        sheet = (
            f"QFrame#{self.objectName()} {{ border: {width}px solid {edge}; "
            f"background: {colours['accent_soft'] if today else colours['base']}; "
            "border-radius: 10px; }"
        )
        if sheet != self.styleSheet():  # setting it again would re-polish (and loop)
            self.setStyleSheet(sheet)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.number)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.number)
            return
        super().keyPressEvent(event)


class StageView(QWidget):
    """Object name ``stageView``.

    Args:
        triggered_action: the shared "Triggered today" action, shown as a button here.

    Signals:
        prompt_chosen(str, str): prompt text and id, to insert into a new entry.
        new_event_requested(), edit_event_requested(str): open the event dialog.
        event_selected(object): the selected event id, or None.
    """

    prompt_chosen = Signal(str, str)
    new_event_requested = Signal()
    edit_event_requested = Signal(str)
    event_page_requested = Signal(str)
    event_selected = Signal(object)

    def __init__(
        self,
        content: Content,
        *,
        triggered_action: QAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stageView")
        self.setAccessibleName(tr("Stage guide"))
        self._content = content
        self._journal: Journal | None = None
        self.selected_stage = 1

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, layout = scrolling_column(
            tr("Stage details"), margins=(20, 16, 20, 16), spacing=12, parent=self
        )
        outer.addWidget(scroll)

        layout.addLayout(self._title_row(triggered_action))
        layout.addWidget(label(content.texts["stage_map_intro"], name="stageMapIntro"))
        layout.addLayout(self._events_row())
        layout.addLayout(self._stage_grid())
        layout.addWidget(self._detail_card())
        layout.addWidget(label(tr("Stages over time"), role="heading"))
        self.journey = JourneyView(content)
        layout.addWidget(self.journey)
        layout.addWidget(
            label(content.texts["second_victim_term"], role="muted", name="secondVictimTerm")
        )
        layout.addStretch(1)
        self.set_journal(None)

    # --- layout ---------------------------------------------------------------------

    def _title_row(self, triggered_action: QAction | None) -> QHBoxLayout:
        top = QHBoxLayout()
        top.addWidget(label(tr("Stage guide"), role="title"), 1)
        if triggered_action is not None:
            trig = QToolButton()
            trig.setObjectName("triggeredTodayButton")
            trig.setDefaultAction(triggered_action)
            trig.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            trig.setAutoRaise(False)
            top.addWidget(trig)
        return top

    def _events_row(self) -> QHBoxLayout:
        """Which event the guide is about, with New and Edit."""
        events_row = QHBoxLayout()
        events_row.addWidget(label(tr("Event")))
        self.events = QComboBox()
        self.events.setObjectName("stageEvent")
        self.events.setAccessibleName(tr("Event"))
        self.events.currentIndexChanged.connect(self._event_changed)
        events_row.addWidget(self.events, 1)
        self.new_event = button(tr("New event..."), name="stageNewEvent")
        self.new_event.clicked.connect(self.new_event_requested)
        self.edit_event = button(tr("Edit..."), name="stageEditEvent")
        self.edit_event.clicked.connect(self._edit_event)
        self.open_event_page = button(tr("Open its page"), name="stageOpenEventPage")
        self.open_event_page.clicked.connect(self._open_event_page)
        events_row.addWidget(self.new_event)
        events_row.addWidget(self.edit_event)
        events_row.addWidget(self.open_event_page)
        return events_row

    def _stage_grid(self) -> QGridLayout:
        """The six stages as cards, three to a row."""
        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards: dict[int, StageCard] = {}
        for i, stage in enumerate(self._content.stages):
            c = StageCard(stage)
            c.activated.connect(self.select_stage)
            self.cards[stage.number] = c
            grid.addWidget(c, i // 3, i % 3)
        return grid

    def _detail_card(self) -> QFrame:
        """The chosen stage: what it is, common thoughts, what helps, its prompts."""
        self.detail, dbox = card(name="stageDetail")
        self.d_name = label(role="title", name="stageName")
        self.d_desc = label(name="stageDescription")
        self.d_thoughts = label(name="stageThoughts")
        self.d_helps = label(name="stageHelps")
        self.d_note = label(role="muted", name="stageNote")
        self.d_legal = label(
            self._content.texts["legal_caution"], role="notice", name="legalCaution"
        )
        dbox.addWidget(self.d_name)
        dbox.addWidget(self.d_desc)
        dbox.addWidget(label(tr("Common thoughts"), role="heading"))
        dbox.addWidget(self.d_thoughts)
        dbox.addWidget(label(tr("What tends to help"), role="heading"))
        dbox.addWidget(self.d_helps)
        dbox.addWidget(self.d_note)
        dbox.addWidget(self.d_legal)
        self._add_prompts(dbox)
        return self.detail

    def _add_prompts(self, box: QVBoxLayout) -> None:
        box.addWidget(label(tr("Prompts for this stage"), role="heading"))
        self.prompts = QListWidget()
        self.prompts.setObjectName("stagePrompts")
        self.prompts.setAccessibleName(tr("Prompts for this stage"))
        self.prompts.setWordWrap(True)
        self.prompts.setMinimumHeight(150)
        self.prompts.itemActivated.connect(self._use_prompt)
        box.addWidget(self.prompts)
        prow = QHBoxLayout()
        self.use_prompt = button(tr("Write with this prompt"), name="stageUsePrompt")
        self.use_prompt.clicked.connect(lambda: self._use_prompt(self.prompts.currentItem()))
        self.set_today = button(
            tr("This is where I am today"), name="stageSetToday", role="primary"
        )
        self.set_today.clicked.connect(self.set_today_stage)
        prow.addWidget(self.use_prompt)
        prow.addStretch(1)
        prow.addWidget(self.set_today)
        box.addLayout(prow)

    # --- public ---------------------------------------------------------------------

    def set_journal(self, journal: Journal | None) -> None:
        self._journal = journal
        self.reload_events()

    def reload_events(self, select: str | None = None) -> None:
        """Refill the event list (keeping or setting the selection) and the whole view."""
        keep = select or self.current_event_id()
        self.events.blockSignals(True)
        self.events.clear()
        events = self._journal.list_events() if self._journal is not None else []
        if not events:
            self.events.addItem(tr("No events yet"), None)
        for event in events:
            self.events.addItem(event.title, event.id)
        index = self.events.findData(keep) if keep else 0
        self.events.setCurrentIndex(max(index, 0))
        self.events.blockSignals(False)
        self.new_event.setEnabled(self._journal is not None)
        self._event_changed()

    def current_event_id(self) -> str | None:
        value = self.events.currentData()
        return value if isinstance(value, str) else None

    def current_event(self) -> Event | None:
        event_id = self.current_event_id()
        if event_id is None or self._journal is None:
            return None
        try:
            return self._journal.get_event(event_id)
        except NotFound:
            return None

    def select_stage(self, number: int) -> None:
        """Open a stage's details (this never changes the user's stage)."""
        self.selected_stage = number
        stage = self._content.stage(number)
        self.d_name.setText(f"{stage.number}. {stage.name}")
        self.d_desc.setText(stage.description)
        self.d_thoughts.setText(bullets(stage.common_thoughts))
        self.d_helps.setText(bullets(stage.what_helps))
        note = stage.note
        if number == 5:
            extra = [
                self._content.texts.get(k, "") for k in ("normal_reactions", "when_to_get_help")
            ]
            note = "\n\n".join(p for p in [note, *extra] if p)
        self.d_note.setText(note)
        self.d_note.setVisible(bool(note))
        self.d_legal.setVisible(number == 4)
        self.prompts.clear()
        ready = self._journal is not None and release_ready_for_event(
            self._journal, self._content, self.current_event_id()
        )
        for prompt in offerable(self._content.prompts, release_ready=ready):
            if number in prompt.stages:
                item = QListWidgetItem(prompt.text)
                item.setData(Qt.ItemDataRole.UserRole, prompt.id)
                self.prompts.addItem(item)
        self._refresh_cards()

    def set_today_stage(self) -> None:
        """Record the shown stage as "where I am today" for the selected event."""
        event = self.current_event()
        if event is None or self._journal is None:
            return
        self._journal.set_stage(event.id, self.selected_stage)
        self._event_changed()

    # --- internals ------------------------------------------------------------------

    def _event_changed(self) -> None:
        event = self.current_event()
        has = event is not None
        self.edit_event.setEnabled(has)
        self.open_event_page.setEnabled(has)
        self.set_today.setEnabled(has)
        self.set_today.setToolTip("" if has else tr("Add an event first."))
        history = self._journal.stage_history(event.id) if event and self._journal else []
        self.journey.show_history(history)
        self.select_stage(event.stage if event and event.stage else self.selected_stage)
        self.event_selected.emit(event.id if event else None)

    def _refresh_cards(self) -> None:
        event = self.current_event()
        today = event.stage if event else None
        for number, c in self.cards.items():
            c.set_state(selected=number == self.selected_stage, today=number == today)

    def _open_event_page(self) -> None:
        event_id = self.current_event_id()
        if event_id:
            self.event_page_requested.emit(event_id)

    def _edit_event(self) -> None:
        if (event_id := self.current_event_id()) is not None:
            self.edit_event_requested.emit(event_id)

    def _use_prompt(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        prompt_id = str(item.data(Qt.ItemDataRole.UserRole))
        if self._journal is not None:
            self._journal.record_prompt_use(prompt_id)
        self.prompt_chosen.emit(item.text(), prompt_id)
