"""The journal page: the entry list on the left, the editor on the right, a calm toolbar.

The view wires the two halves together and owns the page-wide actions (new entry,
delete, search, lock, quick hide, settings, help). It holds no rules: saving rules
live in the editor, what counts as an identifier in ``reflect.core.privacy.redact``.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reflect.core.clock import Clock
from reflect.core.errors import NotFound, UserError
from reflect.core.journal.repository import Journal
from reflect.ui.common.icons import icon
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.toolbar_fit import ToolbarFit
from reflect.ui.help_dialog import HelpDialog
from reflect.ui.journal.editor import AUTOSAVE_MS, MAX_INTERVAL_MS, EntryEditor
from reflect.ui.journal.entry_calendar import FindingByDate
from reflect.ui.journal.entry_delegate import format_when
from reflect.ui.journal.entry_list import SEARCH_DELAY_MS, EntryListPanel
from reflect.ui.journal.entry_list_model import PAGE_SIZE
from reflect.ui.journal.focus_mode import FocusMode


def legal_caution_for_delete() -> str:
    """The guide's wording on deleting entries once a claim may be coming."""
    from reflect.core.guide.content import load_content

    return load_content().texts["legal_caution_delete"].strip()


class JournalView(QWidget):
    """List (left) and editor (right) in a splitter, with the page's toolbar."""

    lock_requested = Signal()
    quick_hide_requested = Signal()
    settings_requested = Signal()

    def __init__(
        self,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        dialogs: Dialogs | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        max_interval_ms: int = MAX_INTERVAL_MS,
        search_delay_ms: int = SEARCH_DELAY_MS,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalView")
        self._clock = clock
        self._dialogs = dialogs or Dialogs()
        self._journal: Journal | None = None
        self._help: HelpDialog | None = None

        self.entry_list = EntryListPanel(
            self, search_delay_ms=search_delay_ms, page_size=page_size, today=self.today
        )
        self.editor = EntryEditor(
            clock, self, autosave_ms=autosave_ms, max_interval_ms=max_interval_ms
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("journalSplitter")
        self.splitter.addWidget(self.entry_list)
        self.splitter.addWidget(self.editor)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._fitted = False

        self._build_actions()
        self._build_toolbar()
        self.focus = FocusMode(self.splitter, self.editor, self.toolbar, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.entry_list.entry_activated.connect(self._open_entry)
        self.entry_list.open_requested.connect(lambda _id: self.editor.focus_body())
        self.entry_list.delete_requested.connect(self.delete_entry)
        self.editor.entry_saved.connect(self._entry_saved)
        chain = (*self.entry_list.tab_chain(), *self.editor.tab_chain())
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self._set_journal_actions_enabled(False)

    def showEvent(self, event: QShowEvent) -> None:
        # Sizes follow the font actually in use (the stylesheet sets it at polish time),
        # so a larger font gets a wider list instead of cut-off dates.
        if not self._fitted:
            self._fitted = True
            self._fit_to_font()
        super().showEvent(event)

    def _fit_to_font(self) -> None:
        metrics = self.entry_list.fontMetrics()
        char = metrics.averageCharWidth()
        list_width = max(300, char * 40)
        self.entry_list.setMinimumWidth(max(240, char * 26))
        self.splitter.setSizes([list_width, max(self.width() - list_width, char * 40)])
        side = max(20, round(metrics.height() * 1.15))
        self.toolbar.setIconSize(QSize(side, side))
        self.editor.fit_to_font()

    # --- actions and toolbar ------------------------------------------------

    def _action(
        self, text: str, name: str, icon_name: str, keys: QKeySequence | str | None, slot: Any
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setObjectName(name)
        if keys:
            sequence = QKeySequence(keys)
            action.setShortcut(sequence)
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shown})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("New entry"), "newEntryAction", "new-entry", "Ctrl+N", lambda: self.new_entry()
        )
        self.delete_action = self._action(
            self.tr("Delete entry…"), "deleteEntryAction", "", None, lambda: self.delete_entry()
        )
        self.find_action = self._action(
            self.tr("Search entries"),
            "findAction",
            "search",
            "Ctrl+F",
            self.entry_list.focus_search,
        )
        self.lock_action = self._action(
            self.tr("Lock"), "lockAction", "lock", "Ctrl+L", self.lock_requested.emit
        )
        self.lock_action.setToolTip(self.tr("Lock the journal now (Ctrl+L)"))
        self.quick_hide_action = self._action(
            self.tr("Hide now"),
            "quickHideAction",
            "eye-off",
            "Ctrl+Shift+H",
            self.quick_hide_requested.emit,
        )
        self.quick_hide_action.setToolTip(self.tr("Lock and minimise at once (Ctrl+Shift+H)"))
        self.settings_action = self._action(
            self.tr("Settings"),
            "settingsAction",
            "settings",
            "Ctrl+,",
            self.settings_requested.emit,
        )
        self.help_action = self._action(self.tr("Help"), "helpAction", "help", "F1", self.show_help)
        self.dates = FindingByDate(self.entry_list, self.today, self)
        self.journal_actions = [
            self.new_action,
            self.delete_action,
            self.find_action,
            self.dates.go_to_action,
        ]

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Journal"), self)
        self.toolbar.setObjectName("journalToolbar")
        self.toolbar.setAccessibleName(self.tr("Journal tools"))
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.new_action)
        self._left_anchor = QAction(self.toolbar)
        self._left_anchor.setSeparator(True)
        self._left_anchor.setVisible(False)
        self.toolbar.addAction(self._left_anchor)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._spacer = self.toolbar.addWidget(spacer)
        self._right_anchor = self.quick_hide_action
        self.toolbar.addActions(
            [self.quick_hide_action, self.lock_action, self.settings_action, self.help_action]
        )
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("…", ""))
        first = (self.help_action, self.settings_action, self.quick_hide_action, self.lock_action)
        self._toolbar_fit = ToolbarFit(self.toolbar, first=first, last=(self.new_action,))

    def add_toolbar_action(self, action: QAction, *, right: bool = False) -> None:
        """Add a feature's button: after New entry (left) or before Hide now (right)."""
        self.toolbar.insertAction(self._right_anchor if right else self._left_anchor, action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(action.text().replace("…", ""))
        if action.parent() is None or action.parent() is self.toolbar:
            self.addAction(action)

    def menu_actions(self) -> dict[str, list[QAction]]:
        """Actions for the shell's menus, grouped by menu."""
        return {
            "Journal": [
                self.new_action,
                self.delete_action,
                self.lock_action,
                self.quick_hide_action,
                self.settings_action,
            ],
            "Edit": [
                self.find_action,
                self.dates.go_to_action,
                *self.editor.format_actions,
                self.editor.spelling.next_action,
            ],
            "View": [
                self.focus.action,
                self.dates.calendar_action,
                self.editor.preview_action,
                self.editor.spelling.toggle_action,
            ],
            "Help": [self.help_action],
        }

    def _set_journal_actions_enabled(self, enabled: bool) -> None:
        for action in self.journal_actions:
            action.setEnabled(enabled)

    # --- journal lifecycle --------------------------------------------------

    def open_journal(self, journal: Journal) -> None:
        """After unlocking: fill the list and open the newest entry (or a blank one)."""
        self._journal = journal
        self.editor.set_journal(journal)
        self.entry_list.set_journal(journal)
        self._set_journal_actions_enabled(True)
        newest = self.entry_list.model.entry_id_at(0)
        if newest is None:
            self.editor.new_entry()
        else:
            self.editor.open_entry(newest)
            self.entry_list.select_entry(newest)
            self.editor.focus_body()

    def focus_writing(self) -> None:
        """Put the cursor at the end of the entry's text: the page says "just start typing",
        and what is typed then continues the entry instead of pushing its first line down."""
        self.editor.focus_body()
        self.editor.body.moveCursor(QTextCursor.MoveOperation.End)

    def save_pending(self) -> None:
        """Flush the editor's unsaved changes now (before lock, quit or switching)."""
        self.editor.save_pending()

    def today(self) -> date:
        """Today on this computer's calendar, by the journal's clock."""
        return self._clock.now().astimezone().date()

    def clear(self) -> None:
        """Wipe journal text from every widget, undo stacks and models included."""
        self.focus.set_on(False)  # after unlocking, the whole page comes back
        self._journal = None
        self.editor.clear()
        self.entry_list.clear()
        self._set_journal_actions_enabled(False)
        QToolTip.hideText()

    def reload_spelling(self) -> None:
        """Spelling on or off, or the user's words, changed in Settings."""
        self.editor.spelling.reload()

    def set_editor_font(self, font: QFont) -> None:
        self.editor.set_font(font)
        if self._fitted:
            self._fit_to_font()

    # --- behaviour ----------------------------------------------------------

    def new_entry(self, event_id: str | None = None) -> None:
        if self._journal is None:
            return
        self.entry_list.select_entry(None)
        self.editor.new_entry(event_id)

    def show_entry(self, entry_id: str, *, changed_elsewhere: bool = False) -> None:
        """Open ``entry_id`` in the editor, select it in the list, and bring it forward.

        The one way to move to an entry from outside the list, so that the list
        and the editor always show the same entry (typing can never go into an
        entry other than the highlighted one). ``changed_elsewhere``: an exercise or
        an import just wrote it; reload it even if it is already open.
        """
        if self._journal is None:
            return
        try:
            self.editor.open_entry(entry_id, reload=changed_elsewhere)
        except NotFound:
            self.entry_list.refresh()
            return
        self.entry_list.entries_changed(entry_id)
        self.editor.refresh_choices()
        self.editor.focus_body()

    def _open_entry(self, entry_id: str) -> None:
        try:
            self.editor.open_entry(entry_id)
        except NotFound:
            self.entry_list.refresh()

    def _entry_saved(self, entry_id: str) -> None:
        self.entry_list.entries_changed(entry_id)
        self.editor.tags.tag_completer.set_tags(self.entry_list.tag_names())

    def delete_entry(self, entry_id: str | None = None) -> bool:
        """Ask, then delete ``entry_id`` (default: the open entry). True if deleted."""
        journal = self._journal
        target = entry_id or self.editor.current_entry_id()
        if journal is None or target is None:
            return False
        try:
            entry = journal.get_entry(target)
        except NotFound:
            self.entry_list.refresh()
            return False
        text = self.tr(
            "The entry from {when} will be removed from this computer for good. "
            "This can't be undone."
        ).format(when=format_when(entry.created_at))
        if entry.event_id is not None:
            from reflect.core.guide.rules import delete_needs_legal_caution

            try:
                event = journal.get_event(entry.event_id)
                history = journal.stage_history(entry.event_id)
            except NotFound:
                event, history = None, []
            if delete_needs_legal_caution(event, history):
                text = f"{text}\n\n{legal_caution_for_delete()}"
        confirmed = self._dialogs.confirm(
            self,
            self.tr("Delete this entry?"),
            text,
            ok_text=self.tr("Delete entry"),
            cancel_text=self.tr("Keep it"),
            destructive=True,
        )
        if not confirmed:
            return False
        was_open = target == self.editor.current_entry_id()
        if was_open:
            self.editor.forget_entry()
        else:
            self.editor.save_pending()
        row = self.entry_list.model.row_of(target)
        try:
            journal.delete_entry(target)
        except UserError as error:
            self._dialogs.error(self, self.tr("The entry was not deleted"), error.message)
            return False
        self.entry_list.entries_changed(self.editor.current_entry_id())
        self.editor.refresh_choices()
        if was_open:
            self._open_after_delete(row or 0)
        return True

    def _open_after_delete(self, row: int) -> None:
        model = self.entry_list.model
        count = model.rowCount()
        if count == 0:
            self.editor.new_entry()
            return
        next_id = model.entry_id_at(min(row, count - 1))
        if next_id is not None:
            self.editor.open_entry(next_id)
            self.entry_list.select_entry(next_id)

    def show_help(self) -> None:
        if self._help is not None:
            self._help.deleteLater()  # rebuilt: the actions (and their keys) may have grown
        self._help = HelpDialog(self, actions=self.window().findChildren(QAction))
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()
