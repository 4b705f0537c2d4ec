"""The recovery guide in the running app, built on the first unlock.

The stage guide, the prompt panel beside the editor, check-ins, exercises,
trends, events and the support panel; and the flows between them and the
journal page: a prompt goes into the open entry, a stage prompt starts a new
entry in front, an exercise's entry is shown in the list and the editor alike.

Nothing here holds journal text while locked: the guide is told the journal is
gone before the vault locks, and its windows are hidden and emptied.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal

from reflect.ui.common import icons
from reflect.ui.common.page_window import PageWindow

if TYPE_CHECKING:
    from reflect.app.controller import AppController
    from reflect.app.entry_notes import EntryNotes
    from reflect.core.journal.repository import Journal
    from reflect.core.reminders.schedule import Rule
    from reflect.ui.guide.controller import GuideController
    from reflect.ui.journal.journal_view import JournalView


class GuideWiring(QObject):
    """Attaches the guide to the journal page and keeps the two in step."""

    # An event changed in the journal (possibly on a worker thread: queued to the UI).
    _events_changed = Signal()

    def __init__(self, controller: AppController, journal: Callable[[], Journal | None]) -> None:
        super().__init__(controller)
        self.controller = controller
        self._journal = journal
        self.guide: GuideController | None = None
        self.entry_notes: EntryNotes | None = None
        self.view: JournalView | None = None
        self.stage_window: PageWindow | None = None
        self.trends_window: PageWindow | None = None
        self.event_window: PageWindow | None = None
        self._unsubscribe_events: Callable[[], object] = _nothing
        self._events_changed.connect(self._refresh_event_views, Qt.ConnectionType.QueuedConnection)

    # --- the journal opens and closes ------------------------------------------------

    def journal_opened(self, journal: Journal) -> None:
        self.build()
        assert self.guide is not None
        self.guide.set_journal(journal)
        # Any event added, renamed, moved or deleted, from any window: every view
        # that lists events follows (queued, so a change on a worker is safe).
        self._unsubscribe_events = journal.subscribe_events(self._events_changed.emit)

    def journal_closing(self) -> None:
        self._unsubscribe_events()
        self._unsubscribe_events = _nothing
        if self.guide is not None:
            self.guide.set_journal(None)

    def hide_windows(self) -> None:
        for window in (self.stage_window, self.trends_window, self.event_window):
            if window is not None:
                window.hide()

    def open_target(self, rule: Rule) -> bool:
        """Go where a reminder points (check-in, event, new entry); False before unlock."""
        from reflect.core.reminders.schedule import Target

        journal = self._journal()
        if journal is None or self.guide is None or self.view is None:
            return False
        from reflect.core.reminders.store import event_for

        event_id = event_for(journal, rule)  # a follow-up keeps its event in the vault
        if rule.target is Target.CHECKIN:
            self.guide.open_checkin()
        elif event_id is not None:
            self.guide.open_event_dialog(event_id)
        elif rule.target is Target.WRITE:
            self.view.new_entry()
        return True

    # --- building ---------------------------------------------------------------------

    def build(self) -> bool:
        """Build the guide beside the journal page once; True the first time."""
        if self.guide is not None:
            return False
        from reflect.core.guide.content import load_content
        from reflect.ui.guide.controller import GuideController
        from reflect.ui.journal.journal_view import JournalView

        view = self.controller.journal_view
        assert isinstance(view, JournalView)
        self.view = view
        shell = self.controller.shell
        guide = GuideController(
            load_content(), shell, country_memory=self.controller.services.settings
        )
        self.guide = guide
        self.controller.persistent_dialogs.append(guide.support_window)
        self._place_prompt_panel(view, guide)
        from reflect.app.entry_notes import EntryNotes

        self.entry_notes = EntryNotes(
            view.editor, guide.content, self._journal, open_support=guide.show_support,
            parent=self,
        )  # fmt: skip
        self._connect(view, guide)
        self.stage_window = PageWindow(
            guide.stage_view, self.tr("Stage guide"), "stageWindow", shell
        )
        self.trends_window = PageWindow(
            guide.trends_view, self.tr("Check-ins over time"), "trendsWindow", shell
        )
        self.controller.persistent_dialogs.extend([self.stage_window, self.trends_window])
        guide.show_stage_view_requested.connect(lambda: _show(self.stage_window))
        guide.show_trends_requested.connect(lambda: _show(self.trends_window))
        # "Event", never the event's own title: window titles reach the task bar.
        self.event_window = PageWindow(
            guide.event_page, self.tr("Event"), "eventPageWindow", shell, size=(920, 880)
        )
        self.controller.persistent_dialogs.append(self.event_window)
        guide.show_event_page_requested.connect(lambda: _show(self.event_window))
        self._connect_event_page(view, guide)
        for action in (guide.checkin_action, guide.stage_view_action):
            view.add_toolbar_action(action)
        guide.checkin_action.setIcon(icons.icon("chart"))
        guide.stage_view_action.setIcon(icons.icon("calendar"))
        guide.support_action.setIcon(icons.icon("support"))
        view.add_toolbar_action(guide.support_action, right=True)
        return True

    def _connect_event_page(self, view: JournalView, guide: GuideController) -> None:
        """The event's page is reached from the entry's event and the list's menu;
        what it asks for happens in the main window, in front."""
        view.editor.event_page_requested.connect(guide.show_event_page)
        view.entry_list.tag_filter.event_page_requested.connect(guide.show_event_page)
        page = guide.event_page

        def in_front() -> None:
            # The guide's windows sit above the journal window: step them aside, as
            # "Write with this prompt" does; the menus or the event's button return.
            for window in (self.event_window, self.stage_window):
                if window is not None:
                    window.hide()
            self.controller.shell.bring_to_front()

        def open_entry(entry_id: str) -> None:
            view.show_entry(entry_id)
            in_front()
            view.editor.focus_body()

        def new_entry(event_id: str) -> None:
            view.new_entry(event_id)
            in_front()

        page.open_entry_requested.connect(open_entry)
        page.new_entry_requested.connect(new_entry)
        # A check-in, an exercise, the export or the event dialog opens over the
        # journal window; the page steps aside so it is never hidden behind it.
        for asked in (
            page.checkin_requested,
            page.exercise_requested,
            page.export_requested,
            page.edit_requested,
        ):
            asked.connect(lambda *_: in_front())

    def _place_prompt_panel(self, view: JournalView, guide: GuideController) -> None:
        # The prompt panel sits beside the editor; prompts become headings there.
        view.splitter.addWidget(guide.prompt_panel)
        # The editor takes the room; the prompt panel stays a quiet column beside it.
        width = guide.prompt_panel.fontMetrics().averageCharWidth() * 38
        guide.prompt_panel.frame.setMinimumWidth(width)
        guide.prompt_panel.setMaximumWidth(int(width * 1.3))
        # In a narrow window (200% text on a laptop) the card folds to "Show a prompt"
        # so that the editor keeps a usable width; it comes back when there is room.
        view.installEventFilter(self)
        view.splitter.setStretchFactor(0, 0)
        view.splitter.setStretchFactor(1, 1)
        view.splitter.setStretchFactor(2, 0)
        view.splitter.setCollapsible(2, False)

    def _connect(self, view: JournalView, guide: GuideController) -> None:
        guide.prompt_chosen.connect(self._insert_prompt)
        guide.prompt_for_new_entry.connect(self._write_with_prompt)
        # The prompt panel follows the entry on screen, not only the last one saved.
        view.editor.entry_opened.connect(
            lambda _id: guide.prompt_panel.set_event(view.editor.current_event_id())
        )
        guide.opening_dialog.connect(view.save_pending)
        guide.prompt_panel.just_write_requested.connect(view.editor.focus_body)
        view.editor.entry_saved.connect(
            lambda _id: guide.prompt_panel.set_event(view.editor.current_event_id())
        )
        guide.entry_saved.connect(self._exercise_saved)

    # --- keeping the journal page in step ---------------------------------------------

    def _refresh_event_views(self) -> None:
        """The journal page's event names, after one was added, renamed or deleted
        (the guide follows the journal's events itself)."""
        if self._journal() is None:
            return
        if self.view is not None:
            self.view.editor.refresh_choices()
            self.view.entry_list.entries_changed()

    def refresh_list(self) -> None:
        if self.view is not None:
            self.view.entry_list.entries_changed()

    def refresh_after_merge(self) -> None:
        """Another computer's records came in (a sync or a merged backup): every view
        follows, and the open entry shows the stored version if nothing unsaved is
        on screen (``EntryEditor.reload_if_changed_elsewhere``)."""
        self._refresh_event_views()
        if self.guide is not None and self._journal() is not None:
            self.guide.refresh_after_change()
        if self.view is not None and self.view.editor.reload_if_changed_elsewhere():
            # The list highlights what the editor shows (it may now be a kept copy).
            self.view.entry_list.entries_changed(self.view.editor.current_entry_id())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and self.view is not None
            and watched is self.view
            and self.guide is not None
        ):
            view, panel = self.view, self.guide.prompt_panel
            # A comfortable line for writing is about 50 characters; below that, fold.
            editor_needs = view.editor.fontMetrics().averageCharWidth() * 50
            room = view.width() - view.entry_list.minimumSizeHint().width() - editor_needs
            panel.set_narrow(room < panel.frame.minimumWidth() + 48)
        return False

    def _insert_prompt(self, text: str, prompt_id: str) -> None:
        """From the prompt panel beside the editor: into the open entry, visibly."""
        if self.view is None:
            return
        self.view.editor.insert_prompt(text, prompt_id)
        if self.entry_notes is not None:
            self.entry_notes.prompt_inserted(prompt_id)

    def _write_with_prompt(self, text: str, prompt_id: str, event_id: object) -> None:
        """From the stage guide: a new entry under the prompt, in front, cursor ready.

        The open entry is never written into from another window. A new entry is
        stored only from its first keystroke, so starting one over a blank, unsaved
        entry leaves nothing empty behind; it belongs to the guide's chosen event.
        """
        view = self.view
        if view is None:
            return
        view.new_entry(event_id if isinstance(event_id, str) else None)
        if self.stage_window is not None:
            self.stage_window.hide()  # it sits above the journal window; Ctrl+Shift+G returns
        self.controller.shell.bring_to_front()
        view.editor.insert_prompt(text, prompt_id)
        if self.entry_notes is not None:
            self.entry_notes.prompt_inserted(prompt_id)

    def _exercise_saved(self, entry_id: str) -> None:
        """Show what the exercise wrote, in the list and the editor alike."""
        if self.view is not None:
            self.view.show_entry(entry_id, changed_elsewhere=True)
            self.controller.shell.bring_to_front()


def _show(window: PageWindow | None) -> None:
    if window is not None:
        window.show()
        window.raise_()
        window.activateWindow()


def _nothing() -> None:
    return None
