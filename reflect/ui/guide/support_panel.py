"""The Support panel: the user's own people and crisis lines for their country.

It works with or without an open journal. Locked, it shows only the lines (they
are shipped content, not journal data); unlocked, it adds the user's contacts
and the safety plan. The chosen country is remembered outside the vault (a
``CountryMemory``, the app's settings file), so the right lines show while the
journal is locked too: a country is not private.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import UserError
from reflect.core.guide.content import Content, SupportLine
from reflect.core.guide.rules import default_country
from reflect.core.journal.models import Contact
from reflect.core.journal.repository import Journal
from reflect.core.journal.settings import SUPPORT_COUNTRY_0_1
from reflect.ui.common.dates import medium_date
from reflect.ui.common.page import scrolling_column
from reflect.ui.guide.common import button, card, label, tr

# Where Reflect 0.1 kept the choice (inside the vault); still read as a fallback.
COUNTRY_SETTING = SUPPORT_COUNTRY_0_1.key


class CountryMemory(Protocol):
    """Where the chosen support country is kept (the app's settings file)."""

    support_country: str | None


@dataclass
class RememberedCountry:
    """A ``CountryMemory`` that lives as long as the widget (tests, demos)."""

    support_country: str | None = None


def initial_country(
    content: Content, locale_country: str, memory: CountryMemory, journal: Journal | None
) -> str:
    """The remembered choice, else one saved in the vault by 0.1, else the locale's."""
    saved = memory.support_country
    if saved is None and journal is not None:
        saved = SUPPORT_COUNTRY_0_1.read(journal)
    codes = [code for code, _ in content.countries()]
    return default_country(locale_country, codes, saved)


def country_combo(content: Content, name: str) -> QComboBox:
    """A combo box of every country with lines ("Another country" last)."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(tr("Country"))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for code, country in content.countries():
        combo.addItem(country, code)
    return combo


def system_country() -> str:
    """The ISO country code of the system locale ("" when Qt cannot tell)."""
    return QLocale.territoryToCode(QLocale().territory())


class LinesList(QWidget):
    """Crisis and support lines for one country, each with the date it was checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportLines")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)

    def show_lines(self, lines: list[SupportLine]) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # at once; deleteLater waits for the event loop
                widget.deleteLater()
        for line in lines:
            frame, box = card(self, name=f"line-{line.id}")
            frame.setAccessibleName(f"{line.name}: {line.contact}")
            box.addWidget(label(line.name, role="heading"))
            box.addWidget(label(line.contact, selectable=True, name=f"lineContact-{line.id}"))
            details = [line.hours, line.notes]
            box.addWidget(label("\n".join(d for d in details if d)))
            box.addWidget(
                label(
                    tr("Number last checked %1").replace("%1", medium_date(line.checked)),
                    role="muted",
                )
            )
            self._layout.addWidget(frame)
            frame.show()


class ContactDialog(QDialog):
    """Add or edit one of the user's own contacts."""

    def __init__(self, contact: Contact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(tr("Someone I can turn to"))
        form = QFormLayout(self)
        self.name = QLineEdit(contact.name if contact else "")
        self.role = QLineEdit(contact.role if contact else "")
        self.role.setPlaceholderText(tr("peer supporter, therapist, chief, a friend..."))
        self.phone = QLineEdit(contact.phone if contact else "")
        self.notes = QPlainTextEdit(contact.notes if contact else "")
        self.notes.setFixedHeight(80)
        for widget, name, text in (
            (self.name, "contactName", tr("Name")),
            (self.role, "contactRole", tr("Who they are to you")),
            (self.phone, "contactPhone", tr("Phone or how to reach them")),
            (self.notes, "contactNotes", tr("Notes")),
        ):
            widget.setObjectName(name)
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class SupportPanel(QWidget):
    """Support, one click from every screen. ``set_journal(None)`` when locked.

    Signals:
        safety_plan_requested: the user wants to write or open their safety plan.
        crisis_requested: the user chose "I'm having thoughts of ending my life".
    """

    safety_plan_requested = Signal()
    crisis_requested = Signal()

    def __init__(
        self,
        content: Content,
        *,
        locale_country: str | None = None,
        country_memory: CountryMemory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportPanel")
        self._memory: CountryMemory = country_memory or RememberedCountry()
        self.setAccessibleName(tr("Support"))
        self._content = content
        self._journal: Journal | None = None
        self._locale_country = system_country() if locale_country is None else locale_country

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, layout = scrolling_column(
            tr("Support lines and people"), margins=(20, 18, 20, 18), spacing=12, parent=self
        )
        outer.addWidget(scroll)

        layout.addWidget(label(tr("Support"), role="title"))
        layout.addWidget(label(content.texts["cannot_send_help"], name="cannotSendHelp"))
        self.crisis_button = button(
            content.texts["crisis_choice"],
            name="crisisButton",
            role="primary",
        )
        self.crisis_button.clicked.connect(self.crisis_requested)
        layout.addWidget(self.crisis_button)

        # --- the user's own people (journal only) ---
        layout.addWidget(label(tr("My people"), role="heading"))
        self.locked_note = label(
            tr("Unlock your journal to see the people you added here."),
            role="muted",
            name="supportLockedNote",
        )
        layout.addWidget(self.locked_note)
        self.contacts = QListWidget()
        self.contacts.setObjectName("supportContacts")
        self.contacts.setAccessibleName(tr("My people"))
        self.contacts.setMinimumHeight(60)
        self.contacts.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        # Long lines (a longer language, a long note) wrap rather than scroll sideways.
        self.contacts.setWordWrap(True)
        self.contacts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contacts.itemDoubleClicked.connect(lambda _item: self._edit_contact())
        layout.addWidget(self.contacts)
        self.contacts_row = self._contact_buttons()
        layout.addWidget(self.contacts_row)
        self.error_label = label(role="error", name="supportError")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        # --- lines by country ---
        layout.addWidget(label(tr("Lines you can call"), role="heading"))
        country_row = QHBoxLayout()
        country_row.addWidget(label(tr("Country")))
        self.country = country_combo(content, "supportCountry")
        country_row.addWidget(self.country, 1)
        layout.addLayout(country_row)
        self.lines = LinesList()
        layout.addWidget(self.lines)
        layout.addWidget(label(tr("When to see a professional"), role="heading"))
        layout.addWidget(label(content.texts["when_to_get_help"], name="whenToGetHelp"))
        layout.addWidget(label(content.texts["scope"], role="muted"))
        layout.addStretch(1)

        self._select_country(self._initial_country())
        self.country.currentIndexChanged.connect(self._country_changed)
        self._show_journal_parts()

    # --- public ---------------------------------------------------------------

    def _contact_buttons(self) -> QWidget:
        """Add, Edit, Remove on one line; the safety plan on a line of its own, since
        four buttons do not fit one line in a longer language or at large text (the
        pseudo-language test found it)."""
        self.add_button = button(tr("Add someone..."), name="addContact")
        self.edit_button = button(tr("Edit..."), name="editContact")
        self.remove_button = button(tr("Remove"), name="removeContact")
        self.plan_button = button(tr("My safety plan"), name="safetyPlanButton")
        self.add_button.clicked.connect(self._add_contact)
        self.edit_button.clicked.connect(self._edit_contact)
        self.remove_button.clicked.connect(self._remove_contact)
        self.plan_button.clicked.connect(self.safety_plan_requested)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        plan_row = QHBoxLayout()
        plan_row.setContentsMargins(0, 0, 0, 0)
        plan_row.addWidget(self.plan_button)
        plan_row.addStretch(1)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addLayout(plan_row)
        holder = QWidget()
        holder.setLayout(column)
        return holder

    def set_journal(self, journal: Journal | None) -> None:
        """Show (journal) or hide (None, e.g. when locked) the user's own part."""
        self._journal = journal
        self.contacts.clear()
        self._select_country(self._initial_country())
        self._show_journal_parts()

    def country_code(self) -> str:
        return str(self.country.currentData())

    def current_lines(self) -> list[SupportLine]:
        return self._content.lines_for(self.country_code())

    def showEvent(self, event: QShowEvent) -> None:
        # The crisis card may have changed the country since this panel was built.
        self._select_country(self._initial_country())
        super().showEvent(event)

    # --- internals --------------------------------------------------------------

    def _initial_country(self) -> str:
        return initial_country(self._content, self._locale_country, self._memory, self._journal)

    def _select_country(self, code: str) -> None:
        index = self.country.findData(code)
        self.country.blockSignals(True)
        self.country.setCurrentIndex(max(index, 0))
        self.country.blockSignals(False)
        self.lines.show_lines(self.current_lines())

    def _country_changed(self) -> None:
        self.lines.show_lines(self.current_lines())
        self._memory.support_country = self.country_code()

    def _show_journal_parts(self) -> None:
        unlocked = self._journal is not None
        self.locked_note.setVisible(not unlocked)
        self.contacts.setVisible(unlocked)
        self.contacts_row.setVisible(unlocked)
        if unlocked:
            self._reload_contacts()

    def _reload_contacts(self) -> None:
        self.contacts.clear()
        if self._journal is None:
            return
        contacts = self._journal.list_contacts()
        for contact in contacts:
            parts = [contact.name, contact.role, contact.phone]
            item = QListWidgetItem("  ·  ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, contact)
            self.contacts.addItem(item)
        if not contacts:
            item = QListWidgetItem(tr("No one added yet. A peer supporter, a friend, your EAP..."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.contacts.addItem(item)
        has = bool(contacts)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _selected(self) -> Contact | None:
        item = self.contacts.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, Contact) else None

    def _save(self, dialog: ContactDialog, contact_id: str | None) -> None:
        if self._journal is None:
            return
        try:
            self._journal.save_contact(
                dialog.name.text().strip(),
                dialog.role.text().strip(),
                dialog.phone.text().strip(),
                dialog.notes.toPlainText().strip(),
                id=contact_id,
            )
        except UserError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.error_label.hide()
        self._reload_contacts()

    def open_contact_dialog(self, contact: Contact | None = None) -> ContactDialog:
        """The add/edit dialog (shown non-modally so tests can fill it in)."""
        dialog = ContactDialog(contact, self)
        dialog.accepted.connect(lambda: self._save(dialog, contact.id if contact else None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _add_contact(self) -> None:
        self.open_contact_dialog()

    def _edit_contact(self) -> None:
        if (contact := self._selected()) is not None:
            self.open_contact_dialog(contact)

    def _remove_contact(self) -> None:
        if self._journal is not None and (contact := self._selected()) is not None:
            self._journal.delete_contact(contact.id)
            self._reload_contacts()
