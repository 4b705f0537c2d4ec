"""Add or edit an event: "what happened", kept private and short.

A private title, the date, optional context, where the user is today (a stage,
their choice; the app may suggest one) and, later, how they are moving on. The
title and context are checked on the device for likely patient identifiers and a
gentle note appears; nothing is blocked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import UserError
from reflect.core.guide.content import Content
from reflect.core.guide.rules import suggest_stage
from reflect.core.guide.saves import save_event
from reflect.core.journal.models import Event, EventStatus
from reflect.core.journal.repository import Journal
from reflect.ui.common.dates import date_pattern
from reflect.ui.common.page import comfortable
from reflect.ui.guide.common import button, label, tr
from reflect.ui.journal.identifier_marker import Finder, default_finder


def status_words() -> dict[EventStatus, str]:
    """How each way an event can be going reads (each a ``tr`` call of its own, so
    that the catalogues carry them)."""
    return {
        EventStatus.ACTIVE: tr("Still in the thick of it"),
        EventStatus.DROPPING_OUT: tr("Moved on: stepping away (dropping out)"),
        EventStatus.SURVIVING: tr("Moved on: getting by (surviving)"),
        EventStatus.THRIVING: tr("Moved on: growing from it (thriving)"),
    }


class EventDialog(QDialog):
    """Object name ``eventDialog``. Emits ``event_saved(str)`` with the event id."""

    event_saved = Signal(str)

    def __init__(
        self,
        content: Content,
        journal: Journal,
        event: Event | None = None,
        *,
        finder: Finder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(tr("What happened") if event is None else tr("Edit event"))
        self.setAccessibleName(self.windowTitle())
        self._content = content
        self._journal = journal
        self._event = event
        # The one call site of the identifier check for events (reflect.core.privacy.redact).
        self._finder = finder if finder is not None else default_finder()
        self._today = journal.clock.now().astimezone().date()

        layout = QVBoxLayout(self)
        comfortable(self, layout, min_width=540)
        layout.addWidget(
            label(
                tr(
                    "Only you will see this. A short private name is enough: something you "
                    "will recognise, without patient names or details."
                ),
                role="muted",
            )
        )
        layout.addLayout(self._form(event))
        self.error = label(role="error", name="eventError")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("eventButtons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.title.textChanged.connect(self._check_identifiers)
        self.context.textChanged.connect(self._check_identifiers)
        self.date.dateChanged.connect(self._update_suggestion)
        self.stage.currentIndexChanged.connect(self._update_suggestion)
        self._check_identifiers()
        self._update_suggestion()

    # --- layout ---------------------------------------------------------------------

    def _form(self, event: Event | None) -> QFormLayout:
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_what_and_when(form, event)
        self._add_where_now(form, event)
        return form

    def _add_what_and_when(self, form: QFormLayout, event: Event | None) -> None:
        """The private title (checked for identifiers), the date and the context."""
        self.title = QLineEdit(event.title if event else "")
        self.title.setObjectName("eventTitle")
        self.title.setAccessibleName(tr("Private title"))
        self.title.setPlaceholderText(tr("e.g. The night shift in March"))
        form.addRow(tr("Private title"), self.title)
        self.identifier_note = label(
            self._content.texts["identifier_warning"], role="notice", name="eventIdentifierNote"
        )
        self.identifier_note.hide()
        form.addRow(self.identifier_note)
        self.date = QDateEdit()
        self.date.setObjectName("eventDate")
        self.date.setAccessibleName(tr("When it happened"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_pattern())
        day = event.occurred_on if event else self._today
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.setMaximumDate(QDate(self._today.year, self._today.month, self._today.day))
        form.addRow(tr("When it happened"), self.date)
        self.context = QPlainTextEdit(event.context if event else "")
        self.context.setObjectName("eventContext")
        self.context.setAccessibleName(tr("Context (optional)"))
        self.context.setPlaceholderText(
            tr(
                "Optional. How you felt, what it meant to you. Leave the clinical facts for "
                "the incident report and your adviser."
            )
        )
        self.context.setMinimumHeight(110)
        form.addRow(tr("Context"), self.context)

    def _add_where_now(self, form: QFormLayout, event: Event | None) -> None:
        """The stage (with a suggestion from the date) and how it is going."""
        self.stage = QComboBox()
        self.stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.stage.setObjectName("eventStage")
        self.stage.setAccessibleName(tr("Where I am today"))
        self.stage.addItem(tr("Not sure yet"), None)
        for stage in self._content.stages:
            self.stage.addItem(f"{stage.number}. {stage.name}", stage.number)
        if event is not None and event.stage is not None:
            self.stage.setCurrentIndex(self.stage.findData(event.stage))
        form.addRow(tr("Where I am today"), self.stage)
        self.suggestion = label(role="muted", name="eventStageSuggestion")
        self.use_suggestion = button(tr("Use this"), name="eventUseSuggestion", role="link")
        self.use_suggestion.clicked.connect(self._use_suggestion)
        form.addRow(self.suggestion)
        form.addRow(self.use_suggestion)
        self.status = QComboBox()
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status.setObjectName("eventStatus")
        self.status.setAccessibleName(tr("How it is going"))
        for status, text in status_words().items():
            self.status.addItem(text, status.value)
        if event is not None:
            self.status.setCurrentIndex(self.status.findData(event.status.value))
        form.addRow(tr("How it is going"), self.status)

    # --- behaviour ------------------------------------------------------------------

    def occurred_on(self) -> date:
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def _check_identifiers(self) -> None:
        if self._finder is None:
            return
        text = f"{self.title.text()}\n{self.context.toPlainText()}"
        self.identifier_note.setVisible(bool(self._finder(text)))

    def _update_suggestion(self) -> None:
        suggestion = suggest_stage(
            self.occurred_on(), self._today, current=self.stage.currentData()
        )
        self._suggested = suggestion.stage if suggestion else None
        self.suggestion.setText(tr(suggestion.reason) if suggestion else "")
        self.suggestion.setVisible(suggestion is not None)
        self.use_suggestion.setVisible(suggestion is not None)

    def _use_suggestion(self) -> None:
        if self._suggested is not None:
            self.stage.setCurrentIndex(self.stage.findData(self._suggested))

    def save(self) -> None:
        """Create or update the event; the stage enters the history only when it changes."""
        stage = self.stage.currentData()
        status = EventStatus(self.status.currentData())
        try:
            event = save_event(
                self._journal,
                None if self._event is None else self._event.id,
                title=self.title.text().strip(),
                occurred_on=self.occurred_on(),
                context=self.context.toPlainText().strip(),
                stage=stage,
                status=status,
            )
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self._event = event
        self.event_saved.emit(event.id)
        self.accept()
