"""The identifier review of the therapist export: one row per finding, hide or keep.

Every finding starts as "hide" (ticked). A row counts as looked at once the user
selects it (the preview jumps to it) or changes its tick, or after "I've checked
them all". The dialog asks for an explicit confirmation before writing while any
row has not been looked at. Holds no rules: what counts as an identifier comes from
reflect.core.redact, what a decision does from reflect.core.exporters.therapist.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTextEdit, QWidget

from reflect.core.exporters.therapist import COVER_FIELD, ReviewItem

Key = tuple[str, str, int, int]

_KIND_WORDS = {
    "listed": "on your always-hide list",
    "name": "a name",
    "date": "a date",
    "age": "an age over 89",
    "phone": "a phone number",
    "email": "an email address",
    "ssn": "an ID number",
    "id": "an ID number",
    "address": "an address",
    "zip": "a ZIP code",
    "postcode": "a postcode",
    "place": "a place",
    "url": "a web address",
    "ip": "an IP address",
}
# Readable on light and dark backgrounds: the text colour is set with the background.
HIDDEN_BACKGROUND = QColor("#fde7a6")
KEPT_BACKGROUND = QColor("#cfe3f7")
_MARK_TEXT = QColor("#1f2328")
_CONTEXT = 28


def kind_words(kind: str) -> str:
    """'a phone number': what a finding is, in plain words."""
    return QCoreApplication.translate("ExportReview", _KIND_WORDS.get(kind, "an identifier"))


class ReviewList(QListWidget):
    """Checkable list of findings: ticked means hidden in the export."""

    decisions_changed = Signal()  # a tick changed: the document must be rebuilt
    reviewed_changed = Signal()  # only how many are left to look at changed
    item_chosen = Signal(object)  # the ReviewItem the user selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identifierReview")
        self.setAccessibleName(self.tr("Possible identifiers to review"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self._items: list[ReviewItem] = []
        self._reviewed: set[Key] = set()
        self._details: dict[Key, tuple[str, str, str]] = {}
        self._filling = False
        self.itemChanged.connect(self._changed)
        self.currentItemChanged.connect(self._selected)

    # -- filling --------------------------------------------------------------

    def set_items(
        self,
        items: Sequence[ReviewItem],
        where: dict[str, str],
        texts: dict[tuple[str, str], str],
        *,
        kept: Iterable[Key] = (),
        reviewed: Iterable[Key] = (),
    ) -> None:
        """Show ``items``; earlier decisions for the same keys are carried over.

        Args:
            items: findings from ``review_items``.
            where: entry id -> short place description ("Monday 2 March 2026").
            texts: (entry id, field) -> the text the finding is in, for context.
            kept: keys the user had chosen to keep visible.
            reviewed: keys the user had already looked at.
        """
        keep = set(kept)
        self._items = list(items)
        self._reviewed = {i.key for i in items} & set(reviewed)
        self._filling = True
        self._details = {}
        self.clear()
        for item in self._items:
            finding = item.finding
            source = texts.get((item.entry_id, item.field), "")
            before = source[max(0, finding.start - _CONTEXT) : finding.start]
            after = source[finding.end : finding.end + _CONTEXT]
            context = " ".join(f"…{before}[{finding.text}]{after}…".split())
            place = where.get(item.entry_id, "")
            if item.entry_id == COVER_FIELD:
                place = self.tr("Document title")
            elif item.field == "title":
                place = self.tr("{0}, entry title").format(place)
            self._details[item.key] = (
                finding.text,
                kind_words(finding.kind),
                f"{place}: {context}",
            )
            row = QListWidgetItem()
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            hidden = item.key not in keep
            row.setCheckState(Qt.CheckState.Checked if hidden else Qt.CheckState.Unchecked)
            row.setToolTip(self.tr("Ticked: hidden in the export. Unticked: shown as written."))
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            self._label(row)
            self.addItem(row)
        self._filling = False

    # -- state ----------------------------------------------------------------

    def kept_keys(self) -> set[Key]:
        """Findings the user chose to leave visible (unticked)."""
        return {
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Unchecked
        }

    def unreviewed_count(self) -> int:
        """How many findings the user has not looked at yet."""
        return len({i.key for i in self._items} - self._reviewed)

    def reviewed_keys(self) -> set[Key]:
        return set(self._reviewed)

    def mark_all_reviewed(self) -> None:
        self._reviewed = {i.key for i in self._items}
        self.reviewed_changed.emit()

    def set_all(self, hidden: bool) -> None:
        """Tick or untick every row (counts as looking at them)."""
        self._filling = True
        state = Qt.CheckState.Checked if hidden else Qt.CheckState.Unchecked
        for index in range(self.count()):
            self.item(index).setCheckState(state)
            self._label(self.item(index))
        self._filling = False
        self._reviewed = {i.key for i in self._items}
        self.decisions_changed.emit()

    def review_item(self, row: int) -> ReviewItem:
        return self._items[row]

    # -- signals --------------------------------------------------------------

    def _label(self, row: QListWidgetItem) -> None:
        """Say the decision in words too: a tick alone is easy to misread when tired."""
        text, kind, where = self._details[row.data(Qt.ItemDataRole.UserRole)]
        state = (
            self.tr("Hidden")
            if row.checkState() == Qt.CheckState.Checked
            else self.tr("Shown as written")
        )
        row.setText(f"{state}: “{text}”  ·  {kind}\n{where}")

    def _changed(self, row: QListWidgetItem) -> None:
        if self._filling:
            return
        self._filling = True
        self._label(row)
        self._filling = False
        self._reviewed.add(row.data(Qt.ItemDataRole.UserRole))
        self.decisions_changed.emit()

    def _selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None or self._filling:
            return
        self._reviewed.add(current.data(Qt.ItemDataRole.UserRole))
        self.reviewed_changed.emit()
        self.item_chosen.emit(self._items[self.row(current)])


def highlight(preview: QTextEdit, hidden_labels: Iterable[str], kept_texts: Iterable[str]) -> int:
    """Mark every placeholder and every kept finding in the preview; returns how many."""
    selections: list[QTextEdit.ExtraSelection] = []
    document = preview.document()
    for needles, colour in (
        (set(hidden_labels), HIDDEN_BACKGROUND),
        (set(kept_texts), KEPT_BACKGROUND),
    ):
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        fmt.setForeground(_MARK_TEXT)
        for needle in needles:
            if not needle:
                continue
            cursor = document.find(needle, 0, QTextDocument.FindFlag.FindCaseSensitively)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                cursor = document.find(needle, cursor, QTextDocument.FindFlag.FindCaseSensitively)
    preview.setExtraSelections(selections)
    return len(selections)


def reveal(preview: QTextEdit, anchor: str, needle: str) -> bool:
    """Scroll the preview to ``needle`` after ``anchor`` (an entry heading); select it."""
    document = preview.document()
    start = document.find(anchor, 0) if anchor else QTextCursor(document)
    if start.isNull():
        start = QTextCursor(document)
    found = document.find(needle, start, QTextDocument.FindFlag.FindCaseSensitively)
    if found.isNull():
        found = document.find(needle, 0, QTextDocument.FindFlag.FindCaseSensitively)
    if found.isNull():
        return False
    preview.setTextCursor(found)
    preview.ensureCursorVisible()
    return True
