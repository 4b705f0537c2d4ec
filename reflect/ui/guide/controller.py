"""Wires the guide together and gives the main window its actions and widgets.

The app's guide wiring (reflect/app/wiring/guide.py) needs only this object: its
``actions`` go into menus and the toolbar, its widgets (``stage_view``,
``trends_view``, ``prompt_panel``) go where they fit, ``prompt_chosen`` goes to
``EntryEditor.insert_prompt``, and ``set_journal`` follows unlock and lock.
Support works while locked, too.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from reflect.core.errors import NotFound
from reflect.core.guide.content import Content
from reflect.core.guide.rules import CrisisReason
from reflect.core.guide.saves import SAFETY_PLAN_ID
from reflect.core.journal.repository import Journal
from reflect.ui.common.page_window import PageWindow
from reflect.ui.guide.checkin_dialog import CheckInDialog
from reflect.ui.guide.common import tr
from reflect.ui.guide.event_dialog import EventDialog
from reflect.ui.guide.event_page import EventPage
from reflect.ui.guide.exercise_dialog import ExerciseDialog
from reflect.ui.guide.prompt_panel import PromptPanel
from reflect.ui.guide.stage_view import StageView
from reflect.ui.guide.support_card import SupportCard
from reflect.ui.guide.support_panel import CountryMemory, RememberedCountry, SupportPanel
from reflect.ui.guide.trends_view import TrendsView


class GuideController(QObject):
    """Owns the guide's actions, dialogs and widgets for one main window.

    Signals:
        prompt_chosen(str, str): insert this prompt (text, id) into the open entry
            (from the prompt panel, which sits beside the editor).
        prompt_for_new_entry(str, str, object): start a new entry with this prompt
            (text, id, event id or None): from the stage guide, a window of its own.
        opening_dialog(): a guide dialog is about to open (save the editor first).
        entry_saved(str): an exercise wrote or updated this entry (refresh the list).
        show_stage_view_requested(), show_trends_requested(): bring that page forward.
        event_created(str): a new event was saved (offer follow-up reminders).
    """

    prompt_chosen = Signal(str, str)
    prompt_for_new_entry = Signal(str, str, object)
    opening_dialog = Signal()
    # An event changed in the journal, possibly on a worker thread (queued to the UI).
    _events_changed = Signal()
    entry_saved = Signal(str)
    show_stage_view_requested = Signal()
    show_trends_requested = Signal()
    show_event_page_requested = Signal()
    event_created = Signal(str)

    def __init__(
        self,
        content: Content,
        window: QWidget,
        *,
        locale_country: str | None = None,
        country_memory: CountryMemory | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(window)
        self.content = content
        self.window = window
        self.journal: Journal | None = None
        self._locale_country = locale_country
        self._country_memory: CountryMemory = country_memory or RememberedCountry()
        self._dialogs: list[QDialog] = []

        def act(text: str, name: str, shortcut: str | None, slot: object) -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            return action

        # F1 is Help; Support has its own key and a button on every page.
        self.support_action = act(
            tr("&Support"), "supportAction", "Ctrl+Shift+S", self.show_support
        )
        self.checkin_action = act(
            tr("&Check in..."), "checkInAction", "Ctrl+Shift+K", lambda: self.open_checkin()
        )
        self.triggered_action = act(
            tr("&Triggered today..."),
            "triggeredTodayAction",
            "Ctrl+Shift+T",
            lambda: self.open_checkin(triggered=True),
        )
        self.new_event_action = act(
            tr("&New event..."), "newEventAction", None, lambda: self.open_event_dialog()
        )
        self.stage_view_action = act(
            tr("Stage &guide"), "stageViewAction", "Ctrl+Shift+G", self.show_stage_view_requested
        )
        self.trends_action = act(
            tr("Check-ins over &time"), "trendsAction", None, self._show_trends
        )
        self.exercise_actions: dict[str, QAction] = {}
        for exercise in content.exercises:
            action = QAction(exercise.title + "...", self)
            action.setObjectName(f"exerciseAction-{exercise.id}")
            action.setToolTip(exercise.summary)
            action.triggered.connect(lambda _c=False, eid=exercise.id: self.open_exercise(eid))
            self.exercise_actions[exercise.id] = action

        self.support_panel = SupportPanel(
            content, locale_country=locale_country, country_memory=self._country_memory
        )
        self.support_panel.crisis_requested.connect(
            lambda: self.open_support_card(CrisisReason.STATED, from_support=True)
        )
        self.support_panel.safety_plan_requested.connect(lambda: self.open_exercise(SAFETY_PLAN_ID))
        self.support_window = PageWindow(
            self.support_panel, tr("Support"), "supportWindow", window, size=(600, 720)
        )
        self.stage_view = StageView(content, triggered_action=self.triggered_action)
        self.stage_view.prompt_chosen.connect(
            lambda text, pid: self.prompt_for_new_entry.emit(
                text, pid, self.stage_view.current_event_id()
            )
        )
        self.stage_view.new_event_requested.connect(lambda: self.open_event_dialog())
        self.stage_view.edit_event_requested.connect(self.open_event_dialog)
        self.prompt_panel = PromptPanel(content, rng=rng)
        self.prompt_panel.prompt_chosen.connect(self.prompt_chosen)
        self.trends_view = TrendsView(content)
        self.event_page = EventPage(content)
        self.stage_view.event_page_requested.connect(self.show_event_page)
        self.event_page.checkin_requested.connect(lambda e: self.open_checkin(event_id=e))
        self.event_page.exercise_requested.connect(self.open_exercise)
        self.event_page.edit_requested.connect(self.open_event_dialog)
        self._unsubscribe_events: Callable[[], object] = _nothing
        self._events_changed.connect(self._refresh_event_views, Qt.ConnectionType.QueuedConnection)
        self.set_journal(None)

    # --- state ----------------------------------------------------------------------

    def journal_actions(self) -> list[QAction]:
        """Actions that need an open journal (disabled while locked)."""
        return [
            self.checkin_action,
            self.triggered_action,
            self.new_event_action,
            self.stage_view_action,
            self.trends_action,
            *self.exercise_actions.values(),
        ]

    def menu_actions(self) -> dict[str, list[QAction]]:
        """{"Guide": [...], "Exercises": [...], "Help": [support]} for the menu bar."""
        return {
            "Guide": [
                self.checkin_action,
                self.triggered_action,
                self.new_event_action,
                self.stage_view_action,
                self.trends_action,
            ],
            "Exercises": list(self.exercise_actions.values()),
            "Help": [self.support_action],
        }

    def set_journal(self, journal: Journal | None) -> None:
        """Follow unlock (a journal) and lock (None). Call ``close_all`` before locking."""
        if journal is None:
            self.close_all()
        self._unsubscribe_events()
        self._unsubscribe_events = (
            journal.subscribe_events(self._events_changed.emit) if journal else _nothing
        )
        self.journal = journal
        for action in self.journal_actions():
            action.setEnabled(journal is not None)
        self.support_panel.set_journal(journal)
        self.stage_view.set_journal(journal)
        self.prompt_panel.set_journal(journal)
        self.trends_view.set_journal(journal)
        if journal is None:
            self.event_page.clear()

    def close_all(self) -> None:
        """Close every guide dialog (exercise drafts are kept) before the vault locks."""
        for dialog in list(self._dialogs):
            dialog.reject()
        self._dialogs.clear()

    def _track(self, dialog: QDialog) -> QDialog:
        self.opening_dialog.emit()
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()

    def _refresh_event_views(self) -> None:
        """The journal's events changed (anywhere): refill the guide's event lists."""
        if self.journal is not None:
            self.refresh_after_change()

    def refresh_after_change(self) -> None:
        """Refill every guide view from the journal (after events or records changed)."""
        self.stage_view.reload_events()
        if self.event_page.event_id is not None and self.journal is not None:
            self.event_page.show_event(
                self.journal, self.event_page.event_id, self.journal.clock.now()
            )
        self.trends_view.set_journal(self.journal, self.trends_view.events.currentData())
        self.prompt_panel.refresh()

    # --- actions --------------------------------------------------------------------

    def show_support(self) -> None:
        self.support_window.show()
        self.support_window.raise_()
        self.support_window.activateWindow()

    def open_support_card(
        self, reason: CrisisReason | str, *, from_support: bool = False
    ) -> SupportCard:
        card = SupportCard(
            self.content,
            CrisisReason(reason),
            self.journal,
            locale_country=self._locale_country,
            country_memory=self._country_memory,
            from_support=from_support,
            parent=self.window,
        )
        card.safety_plan_requested.connect(lambda: self.open_exercise(SAFETY_PLAN_ID))
        card.support_requested.connect(self.show_support)
        self._track(card)
        return card

    def open_checkin(
        self, *, triggered: bool = False, event_id: str | None = None
    ) -> CheckInDialog | None:
        """A check-in about ``event_id`` (default: the event the stage guide shows)."""
        if self.journal is None:
            return None
        dialog = CheckInDialog(
            self.content,
            self.journal,
            event_id=event_id or self.stage_view.current_event_id(),
            triggered=triggered,
            parent=self.window,
        )
        dialog.support_needed.connect(self.open_support_card)
        dialog.checked_in.connect(lambda _c: self.refresh_after_change())
        self._track(dialog)
        return dialog

    def open_exercise(self, exercise_id: str, event_id: str | None = None) -> ExerciseDialog | None:
        if self.journal is None:
            return None
        dialog = ExerciseDialog(
            self.content,
            exercise_id,
            self.journal,
            event_id=event_id or self.stage_view.current_event_id(),
            parent=self.window,
        )
        dialog.entry_saved.connect(self.entry_saved)
        dialog.support_requested.connect(self.show_support)
        self._track(dialog)
        return dialog

    def open_event_dialog(self, event_id: str | None = None) -> EventDialog | None:
        if self.journal is None:
            return None
        event = None
        if event_id is not None:
            try:
                event = self.journal.get_event(event_id)
            except NotFound:
                event = None
        dialog = EventDialog(self.content, self.journal, event, parent=self.window)
        dialog.event_saved.connect(self._event_saved)
        if event is None:
            dialog.event_saved.connect(self.event_created)
        self._track(dialog)
        return dialog

    def _event_saved(self, event_id: str) -> None:
        # Select it now; the journal's event listener refreshes the rest once.
        self.stage_view.reload_events(select=event_id)

    def show_event_page(self, event_id: str) -> bool:
        """Fill the event's page and ask the app to show it (False: no such event)."""
        if self.journal is None:
            return False
        if not self.event_page.show_event(self.journal, event_id, self.journal.clock.now()):
            return False
        self.show_event_page_requested.emit()
        return True

    def _show_trends(self) -> None:
        self.trends_view.refresh()
        self.show_trends_requested.emit()


def _nothing() -> None:
    return None
