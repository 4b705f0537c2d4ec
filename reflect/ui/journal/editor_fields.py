"""Small fields of the entry editor: tags with completion, and the event selector."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from reflect.core.journal.models import Event
from reflect.core.journal.repository import normalize_tags


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the earlier ones."""

    def __init__(self, field: QLineEdit) -> None:
        self._names = QStringListModel()
        super().__init__(self._names, field)
        self._field = field
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)

    def set_tags(self, names: Sequence[str]) -> None:
        self._names.setStringList(list(names))

    def tags(self) -> list[str]:
        return self._names.stringList()

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data())
        earlier = [t.strip() for t in self._field.text().split(",")[:-1] if t.strip()]
        return ", ".join([*earlier, chosen]) + ", "


class TagsField(QLineEdit):
    """Tags as comma-separated words; the journal trims and de-duplicates them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryTags")
        self.setAccessibleName(self.tr("Tags"))
        self.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.setToolTip(self.tr("Words to find this entry by later, such as sleep or review"))
        self.tag_completer = TagCompleter(self)
        self.setCompleter(self.tag_completer)

    def tags(self) -> list[str]:
        return normalize_tags(self.text().split(","))

    def set_tags(self, tags: Sequence[str]) -> None:
        # setText also clears the field's undo history.
        self.setText(", ".join(tags))

    def wipe(self) -> None:
        self.setText("")
        self.tag_completer.set_tags([])


class EventSelector(QComboBox):
    """Which event (if any) an entry is about. The first item means "none"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryEvent")
        self.setAccessibleName(self.tr("Event this entry is about"))
        self.setToolTip(self.tr("Link this entry to an event, or leave it on its own"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(280)
        self.set_events([])

    def set_events(self, events: Sequence[Event]) -> None:
        keep = self.event_id()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self.tr("No particular event"), None)
            for event in events:
                self.addItem(event.title, event.id)
            self.select_event(keep)
        finally:
            self.blockSignals(False)

    def event_id(self) -> str | None:
        value = self.currentData()
        return value if isinstance(value, str) else None

    def select_event(self, event_id: str | None) -> None:
        index = self.findData(event_id) if event_id is not None else 0
        self.setCurrentIndex(max(index, 0))

    def wipe(self) -> None:
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self.tr("No particular event"), None)
        finally:
            self.blockSignals(False)
