"""The left side of the therapist export dialog: what to share and how.

Scope (one event, a date range, tags, or entries picked by hand), options (check-in
chart, stage timeline), format, cover title, optional PDF password, and the
always-hide list. It only turns widget state into an ``ExportSelection``; the
dialog does the rest.
"""

from __future__ import annotations

from datetime import date, tzinfo
from enum import IntEnum

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import InvalidInput
from reflect.core.journal.repository import Journal
from reflect.core.journal.settings import ALWAYS_REDACT
from reflect.core.language import tr_core
from reflect.core.portability.exporters.therapist import (
    DEFAULT_TITLE,
    ExportFormat,
    ExportSelection,
    format_day,
)
from reflect.ui.common.dates import date_pattern, medium_date

ALWAYS_REDACT_KEY = ALWAYS_REDACT.key
#: (format, file suffix); the words for each are ``ExportChoices.format_words``
FORMATS: tuple[tuple[ExportFormat, str], ...] = (
    ("pdf", "pdf"),
    ("html", "html"),
    ("markdown", "md"),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportScope(IntEnum):
    """What the export takes its entries from (the scope buttons' ids and pages)."""

    EVENT = 0
    DATE_RANGE = 1
    TAGS = 2
    PICKED = 3


class ExportChoices(QScrollArea):
    """Scrollable panel of export choices."""

    selection_changed = Signal()  # anything that changes which entries or what they show
    format_changed = Signal()
    always_list_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportChoices")
        self.setAccessibleName(self.tr("What to share"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self._heading(self.tr("What to share")))
        left_layout.addLayout(self._scope_buttons())
        left_layout.addWidget(self._scope_pages())
        self._add_extras(left_layout)
        left_layout.addWidget(self._heading(self.tr("The file")))
        left_layout.addLayout(self._file_form())
        left_layout.addStretch(1)
        self._panel = left
        self.setWidget(left)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

        self._connect_changes()

    def minimumSizeHint(self) -> QSize:
        """As wide as the choices need (a longer language, larger text): with no
        sideways scroll bar, a narrower column would cut them off at the side."""
        hint = super().minimumSizeHint()
        panel = self.widget()
        inner = panel.minimumSizeHint().width() if panel is not None else 0
        side = self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(340, inner + side), hint.height())

    # --- layout ---------------------------------------------------------------------

    def _scope_buttons(self) -> QVBoxLayout:
        """One event, a date range, tags, or entries picked by hand."""
        self.scope_group = QButtonGroup(self)
        scopes = (
            (ExportScope.EVENT, "scopeEvent", self.tr("One event")),
            (ExportScope.DATE_RANGE, "scopeRange", self.tr("A date range")),
            (ExportScope.TAGS, "scopeTags", self.tr("Entries with tags")),
            (ExportScope.PICKED, "scopePicked", self.tr("Entries I pick")),
        )
        scope_box = QVBoxLayout()
        for scope, name, label in scopes:
            button = QRadioButton(label, self)
            self._named(button, name, label)
            self.scope_group.addButton(button, scope)
            scope_box.addWidget(button)
        return scope_box

    def _scope_pages(self) -> QStackedWidget:
        """The page under the scope buttons that narrows the chosen scope."""
        self.scope_stack = QStackedWidget(self)
        self.event_combo = QComboBox(self)
        self._named(self.event_combo, "exportEventCombo", self.tr("Event"))
        self.start_date = QDateEdit(self)
        self.end_date = QDateEdit(self)
        for widget, name, label in (
            (self.start_date, "exportStartDate", self.tr("From")),
            (self.end_date, "exportEndDate", self.tr("Until")),
        ):
            widget.setCalendarPopup(True)
            widget.setDisplayFormat(date_pattern())
            self._named(widget, name, label)
        range_page = QWidget(self)
        range_form = QFormLayout(range_page)
        range_form.setContentsMargins(0, 0, 0, 0)
        range_form.addRow(self.tr("From"), self.start_date)
        range_form.addRow(self.tr("Until"), self.end_date)
        self.tag_list = QListWidget(self)
        self._named(self.tag_list, "exportTagList", self.tr("Tags to include"))
        self.entry_picker = QListWidget(self)
        self._named(self.entry_picker, "exportEntryPicker", self.tr("Entries to include"))
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_combo.setMinimumContentsLength(16)
        event_page = QWidget(self)
        event_layout = QVBoxLayout(event_page)
        event_layout.setContentsMargins(0, 0, 0, 0)
        event_layout.addWidget(self.event_combo)
        event_layout.addStretch(1)
        for page in (event_page, range_page, self.tag_list, self.entry_picker):
            self.scope_stack.addWidget(page)
        # Tall enough for a few tags or entries; the event and date pages sit at the top.
        self.scope_stack.setFixedHeight(130)
        return self.scope_stack

    def _add_extras(self, layout: QVBoxLayout) -> None:
        self.trends_check = QCheckBox(self.tr("Add a chart of my check-ins"), self)
        self._named(self.trends_check, "exportTrendsCheck", self.tr("Add a chart of my check-ins"))
        self.timeline_check = QCheckBox(self.tr("Add my stage timeline"), self)
        self._named(self.timeline_check, "exportTimelineCheck", self.tr("Add my stage timeline"))
        self.weekly_check = QCheckBox(
            self.tr("…with the weekly questions (PHQ-2, GAD-2) and support ratings"), self
        )
        self._named(self.weekly_check, "exportWeeklyCheck", self.tr("Add the weekly questions too"))
        self.weekly_check.setEnabled(False)  # only with the chart of check-ins
        self.trends_check.toggled.connect(self.weekly_check.setEnabled)
        weekly_row = QHBoxLayout()
        weekly_row.setContentsMargins(24, 0, 0, 0)
        weekly_row.addWidget(self.weekly_check)
        layout.addWidget(self.trends_check)
        layout.addLayout(weekly_row)
        layout.addWidget(self.timeline_check)

    def format_words(self) -> dict[str, tuple[str, str]]:
        """Each file format as the menu names it and as the save dialog's filter
        does (a ``tr`` call each, so that the catalogues carry them)."""
        return {
            "pdf": (self.tr("PDF"), self.tr("PDF (*.pdf)")),
            "html": (self.tr("Web page (HTML)"), self.tr("Web page (*.html)")),
            "markdown": (self.tr("Markdown text"), self.tr("Markdown (*.md)")),
        }

    def _file_form(self) -> QFormLayout:
        """Title, format, PDF password and the always-hide words."""
        self.format_combo = QComboBox(self)
        self._named(self.format_combo, "exportFormatCombo", self.tr("File format"))
        words = self.format_words()
        for key, _suffix in FORMATS:
            self.format_combo.addItem(words[key][0], key)
        self.title_field = QLineEdit(self)
        self._named(self.title_field, "exportTitleField", self.tr("Title on the cover"))
        self.title_field.setText(tr_core(DEFAULT_TITLE))
        self.password_field = QLineEdit(self)
        self._named(self.password_field, "exportPasswordField", self.tr("PDF password, optional"))
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setPlaceholderText(self.tr("Optional"))
        self.password_hint = QLabel(
            self.tr("If you set one, tell it to your therapist in person, not in the same email."),
            self,
        )
        self.password_hint.setWordWrap(True)
        self.password_hint.setObjectName("exportPasswordHint")
        self.always_field = QLineEdit(self)
        self._named(self.always_field, "alwaysRedactField", self.tr("Always hide these words"))
        self.always_field.setPlaceholderText(self.tr("Names, places, a hospital: comma between"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_field)
        form.addRow(self.tr("Format"), self.format_combo)
        self.password_label = QLabel(self.tr("Password"), self)
        form.addRow(self.password_label, self.password_field)
        form.addRow("", self.password_hint)
        form.addRow(self.tr("Always hide"), self.always_field)
        always_hint = QLabel(
            self.tr("Words here are hidden in every export, in any spelling or case."), self
        )
        always_hint.setWordWrap(True)
        form.addRow("", always_hint)
        return form

    def _connect_changes(self) -> None:
        self.scope_group.idToggled.connect(self._scope_toggled)
        self.event_combo.currentIndexChanged.connect(self.selection_changed)
        self.start_date.dateChanged.connect(self.selection_changed)
        self.end_date.dateChanged.connect(self.selection_changed)
        self.tag_list.itemChanged.connect(self.selection_changed)
        self.entry_picker.itemChanged.connect(self.selection_changed)
        self.trends_check.toggled.connect(self.selection_changed)
        self.weekly_check.toggled.connect(self.selection_changed)
        self.timeline_check.toggled.connect(self.selection_changed)
        self.title_field.editingFinished.connect(self.selection_changed)
        self.always_field.editingFinished.connect(self.always_list_edited)
        self.format_combo.currentIndexChanged.connect(self.format_changed)

    def _named(self, widget: QWidget, name: str, accessible: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def set_busy(self, busy: bool) -> None:
        """Nothing can change while the file is being written."""
        self._panel.setEnabled(not busy)
        pdf = self.format_combo.currentData() == "pdf"
        self.password_field.setEnabled(pdf)
        self.password_label.setEnabled(pdf)
        self.password_hint.setVisible(pdf)

    def fill(self, journal: Journal, tz: tzinfo | None) -> None:
        """Offer the journal's events, tags and entries; restore the always-hide list."""
        events = journal.list_events()
        for event in events:
            when = medium_date(event.occurred_on)
            self.event_combo.addItem(f"{event.title} · {when}", event.id)
        summaries = journal.list_summaries(500, 0)
        today = journal.clock.now().astimezone(tz).date()
        oldest = summaries[-1].created_at.astimezone(tz).date() if summaries else today
        self.start_date.setDate(_qdate(max(oldest, date(today.year, today.month, 1))))
        self.end_date.setDate(_qdate(today))
        for tag in journal.all_tags():
            row = QListWidgetItem(tag.name)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.tag_list.addItem(row)
        for summary in summaries:
            day = format_day(summary.created_at.astimezone(tz).date())
            row = QListWidgetItem(f"{day} — {summary.title or self.tr('Untitled entry')}")
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.entry_picker.addItem(row)
        always = ALWAYS_REDACT.read(journal)
        self.always_field.setText(", ".join(str(t) for t in always if isinstance(t, str)))
        first = self.scope_group.button(ExportScope.EVENT if events else ExportScope.DATE_RANGE)
        self.scope_group.blockSignals(True)
        first.setChecked(True)
        self.scope_group.blockSignals(False)
        self.scope_stack.setCurrentIndex(self.scope_group.checkedId())
        self.scope_group.button(ExportScope.EVENT).setEnabled(bool(events))

    # -- reading the widgets --------------------------------------------------

    def always_list(self) -> list[str]:
        """The user's always-hide words, as typed (empty items dropped)."""
        return [t.strip() for t in self.always_field.text().split(",") if t.strip()]

    def choose_event(self, event_id: str) -> bool:
        """Export one event (from its page). False if it is not offered."""
        index = self.event_combo.findData(event_id)
        if index < 0:
            return False
        self.scope_group.button(ExportScope.EVENT).setChecked(True)
        self.event_combo.setCurrentIndex(index)
        return True

    def selection(self) -> ExportSelection:
        """What the widgets currently describe.

        Raises:
            InvalidInput: tags or hand-picked entries are chosen but none is ticked.
        """
        checked = self.scope_group.checkedId()
        # Nothing checked (the dialog is being emptied): hand-picked, none ticked.
        scope = ExportScope(checked) if checked >= 0 else ExportScope.PICKED
        fmt: ExportFormat = self.format_combo.currentData()
        common = {
            "title": self.title_field.text().strip(),  # empty: the export's own default
            "include_trends": self.trends_check.isChecked(),
            "include_weekly": self.trends_check.isChecked() and self.weekly_check.isChecked(),
            "include_stage_timeline": self.timeline_check.isChecked(),
            "format": fmt,
        }
        if scope is ExportScope.EVENT:
            return ExportSelection(event_id=self.event_combo.currentData(), **common)  # type: ignore[arg-type]
        if scope is ExportScope.DATE_RANGE:
            start, end = _pydate(self.start_date.date()), _pydate(self.end_date.date())
            return ExportSelection(start=min(start, end), end=max(start, end), **common)  # type: ignore[arg-type]
        widget, role = (
            (self.tag_list, Qt.ItemDataRole.DisplayRole)
            if scope is ExportScope.TAGS
            else (self.entry_picker, Qt.ItemDataRole.UserRole)
        )
        ticked = tuple(self._checked_texts(widget, role))
        if not ticked:
            raise InvalidInput(self.tr("Tick at least one item on the left to include it."))
        if scope is ExportScope.TAGS:
            return ExportSelection(tags=ticked, **common)  # type: ignore[arg-type]
        return ExportSelection(entry_ids=ticked, **common)  # type: ignore[arg-type]

    @staticmethod
    def _checked_texts(widget: QListWidget, role: Qt.ItemDataRole) -> list[str]:
        return [
            str(widget.item(i).data(role))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _scope_toggled(self, scope: int, checked: bool) -> None:
        if checked:
            self.scope_stack.setCurrentIndex(scope)
            self.selection_changed.emit()
