"""An event's own page: what happened, where the user is today, the way there, what
was written and felt about it, and what to do next.

Reached from the stage guide ("Open its page"), from an entry's event
("Open the event's page" beside the event chooser) and from the entry list's
menu ("Event: ..."). It only shows and asks: the app's wiring does what the
buttons ask for (a new entry in the main window, a check-in, an exercise, the
therapist export), so every action goes through the same path as from the menus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import NotFound
from reflect.core.guide.content import Content
from reflect.core.journal.models import Event
from reflect.core.journal.repository import Journal
from reflect.ui.common.dates import medium_date
from reflect.ui.guide.common import button, label, tr
from reflect.ui.guide.journey_timeline import JourneyTimeline
from reflect.ui.guide.journey_view import JourneyView
from reflect.ui.guide.trends_view import TrendsView
from reflect.ui.journal.entry_delegate import format_when

FollowUps = Callable[[str], Sequence[datetime | None]]
"""The next time of each follow-up reminder about an event (None: paused or over)."""

ENTRIES_SHOWN = 200


class EventPage(QWidget):
    """Object name ``eventPage``; ``show_event(journal, event_id, now)`` fills it.

    Signals (each carries the event id, and what else it names):
        open_entry_requested(entry id), new_entry_requested(event id),
        checkin_requested(event id), exercise_requested(exercise id, event id),
        export_requested(event id), edit_requested(event id).
    """

    open_entry_requested = Signal(str)
    new_entry_requested = Signal(str)
    checkin_requested = Signal(str)
    exercise_requested = Signal(str, str)
    export_requested = Signal(str)
    edit_requested = Signal(str)

    def __init__(
        self, content: Content, follow_ups: FollowUps | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventPage")
        self._content = content
        self._follow_ups = follow_ups or (lambda _event_id: [])
        self.event_id: str | None = None

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(12)
        self.title = label(role="title", name="eventPageTitle")
        self.summary = label(name="eventPageSummary")
        column.addWidget(self.title)
        column.addWidget(self.summary)
        column.addLayout(self._actions())
        column.addWidget(label(tr("The way so far"), role="heading"))
        self.timeline = JourneyTimeline()
        self.journey = JourneyView(content)
        column.addWidget(self.timeline)
        column.addWidget(self.journey)
        column.addWidget(label(tr("What you wrote about it"), role="heading"))
        self.entries = QListWidget()
        self.entries.setObjectName("eventPageEntries")
        self.entries.setAccessibleName(tr("Entries about this event, newest first"))
        self.entries.setMinimumHeight(160)
        self.entries.itemActivated.connect(self._open_item)
        self.entries_empty = label(role="muted", name="eventPageNoEntries")
        column.addWidget(self.entries)
        column.addWidget(self.entries_empty)
        column.addWidget(label(tr("Check-ins"), role="heading"))
        self.trends = TrendsView(content, compact=True)
        self.trends.setMinimumHeight(360)
        column.addWidget(self.trends)
        column.addWidget(label(tr("Follow-up reminders"), role="heading"))
        self.reminders = label(name="eventPageReminders")
        column.addWidget(self.reminders)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        # The page reflows to the window's width; it never scrolls sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _actions(self) -> QHBoxLayout:
        def ask(signal: SignalInstance) -> Callable[[], None]:
            def emit() -> None:
                if self.event_id:
                    signal.emit(self.event_id)

            return emit

        row = QHBoxLayout()
        self.new_entry_button = button(tr("New entry about it"), "eventPageNewEntry", "primary")
        self.new_entry_button.clicked.connect(ask(self.new_entry_requested))
        self.checkin_button = button(tr("Check in"), "eventPageCheckIn")
        self.checkin_button.clicked.connect(ask(self.checkin_requested))
        self.exercise_button = button(tr("Start an exercise"), "eventPageExercise")
        menu = QMenu(self.exercise_button)
        for exercise in self._content.exercises:
            action = menu.addAction(exercise.title)
            action.triggered.connect(lambda _=False, e=exercise.id: self._exercise(e))
        self.exercise_button.setMenu(menu)
        self.export_button = button(tr("Export for a therapist…"), "eventPageExport")
        self.export_button.clicked.connect(ask(self.export_requested))
        self.edit_button = button(tr("Edit…"), "eventPageEdit")
        self.edit_button.clicked.connect(ask(self.edit_requested))
        for widget in (
            self.new_entry_button,
            self.checkin_button,
            self.exercise_button,
            self.export_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        return row

    def set_follow_ups(self, follow_ups: FollowUps) -> None:
        """Where the event's follow-up reminders come from (the app's reminders)."""
        self._follow_ups = follow_ups

    def _exercise(self, exercise_id: str) -> None:
        if self.event_id:
            self.exercise_requested.emit(exercise_id, self.event_id)

    # --- filling ------------------------------------------------------------

    def show_event(self, journal: Journal, event_id: str, now: datetime) -> bool:
        """Show ``event_id``; False if it no longer exists (the page is left empty)."""
        try:
            event = journal.get_event(event_id)
        except NotFound:
            self.clear()
            return False
        self.event_id = event.id
        self.title.setText(event.title)
        self.summary.setText(self._summary(event))
        history = journal.stage_history(event.id)
        self.timeline.show_history(history, now)
        self.journey.show_history(history)
        self._fill_entries(journal, event.id)
        self.trends.set_journal(journal, event.id)
        self._fill_reminders(event.id)
        self.setAccessibleName(tr("Event: %1").replace("%1", event.title))
        return True

    def _summary(self, event: Event) -> str:
        happened = tr("It happened on %1.").replace("%1", medium_date(event.occurred_on))
        if event.stage is None:
            return happened + " " + tr("You have not said where you are with it yet.")
        stage = self._content.stage(event.stage)
        today = tr("Today you are at stage %1: %2.").replace("%1", str(stage.number))
        return f"{happened} {today.replace('%2', stage.name)}"

    def _fill_entries(self, journal: Journal, event_id: str) -> None:
        self.entries.clear()
        summaries = journal.list_summaries(ENTRIES_SHOWN, event_id=event_id)
        for summary in summaries:
            title = summary.title or summary.preview or tr("Untitled")
            item = QListWidgetItem(f"{format_when(summary.created_at)}   {title}")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.entries.addItem(item)
        total = journal.count_entries(event_id=event_id)
        self.entries.setVisible(bool(summaries))
        self.entries_empty.setVisible(not summaries)
        self.entries_empty.setText(
            tr("Nothing written about it yet. “New entry about it” starts one.")
            if not summaries
            else ""
        )
        if total > len(summaries):
            self.entries_empty.setText(
                tr("The newest %1 of %2; the entry list shows them all.")
                .replace("%1", str(len(summaries)))
                .replace("%2", str(total))
            )
            self.entries_empty.show()

    def _fill_reminders(self, event_id: str) -> None:
        times = list(self._follow_ups(event_id))
        if not times:
            self.reminders.setText(
                tr("No follow-up reminders. Reminders (Journal menu) can add one.")
            )
            return
        lines = [
            tr("Next: %1").replace("%1", format_when(t)) if t else tr("Paused, or already past")
            for t in times
        ]
        self.reminders.setText("\n".join(lines))

    def _open_item(self, item: QListWidgetItem) -> None:
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(entry_id, str):
            self.open_entry_requested.emit(entry_id)

    def clear(self) -> None:
        """Forget the event (the journal locked, or the event was deleted)."""
        self.event_id = None
        self.setAccessibleName(tr("Event"))  # it named the event: no trace after a lock
        self.title.setText("")
        self.summary.setText("")
        self.entries.clear()
        self.reminders.setText("")
        self.timeline.show_history([], datetime.now().astimezone())
        self.journey.show_history([])
        self.trends.set_journal(None)
