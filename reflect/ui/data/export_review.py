"""The identifier review of the therapist export: one row per distinct text, hide or keep.

All findings of the same text ("Sam" in three entries) share one row, one kind and
one decision, so a name is never hidden in one entry and printed in the next.
Every row starts as "hide" (ticked). A row counts as looked at once the user
selects it (the preview jumps to its first place) or changes its tick, or after
"I've checked them all". The dialog asks for an explicit confirmation before writing while any
row has not been looked at. Holds no rules: what counts as an identifier comes from
reflect.core.privacy.redact, what a decision does from reflect.core.portability.exporters.therapist.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTextEdit, QWidget

from reflect.core.portability.exporters.therapist import COVER_FIELD, ReviewItem, group_key

Key = tuple[str, str, int, int]

_KIND_WORDS = {
    "listed": QT_TRANSLATE_NOOP("ExportReview", "on your always-hide list"),
    "name": QT_TRANSLATE_NOOP("ExportReview", "a name"),
    "date": QT_TRANSLATE_NOOP("ExportReview", "a date"),
    "age": QT_TRANSLATE_NOOP("ExportReview", "an age over 89"),
    "phone": QT_TRANSLATE_NOOP("ExportReview", "a phone number"),
    "email": QT_TRANSLATE_NOOP("ExportReview", "an email address"),
    "ssn": QT_TRANSLATE_NOOP("ExportReview", "an ID number"),
    "id": QT_TRANSLATE_NOOP("ExportReview", "an ID number"),
    "address": QT_TRANSLATE_NOOP("ExportReview", "an address"),
    "zip": QT_TRANSLATE_NOOP("ExportReview", "a ZIP code"),
    "postcode": QT_TRANSLATE_NOOP("ExportReview", "a postcode"),
    "place": QT_TRANSLATE_NOOP("ExportReview", "a place"),
    "url": QT_TRANSLATE_NOOP("ExportReview", "a web address"),
    "ip": QT_TRANSLATE_NOOP("ExportReview", "an IP address"),
}
# Readable on light and dark backgrounds: the text colour is set with the background.
HIDDEN_BACKGROUND = QColor("#fde7a6")
KEPT_BACKGROUND = QColor("#cfe3f7")
_MARK_TEXT = QColor("#1f2328")
_CONTEXT = 28


def kind_words(kind: str) -> str:
    """'a phone number': what a finding is, in plain words."""
    fallback = str(QT_TRANSLATE_NOOP("ExportReview", "an identifier"))
    return QCoreApplication.translate("ExportReview", str(_KIND_WORDS.get(kind, fallback)))


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
        self._groups: list[list[ReviewItem]] = []
        self._reviewed: set[int] = set()  # id() of the groups looked at
        self._details: dict[int, tuple[str, str, str]] = {}
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
        """Show ``items``, one row per distinct text; earlier decisions carry over.

        Args:
            items: findings from ``review_items``.
            where: entry id -> short place description ("Monday 2 March 2026").
            texts: (entry id, field) -> the text the finding is in, for context.
            kept: keys the user had chosen to keep visible.
            reviewed: keys the user had already looked at.
        """
        keep, seen = set(kept), set(reviewed)
        groups: dict[str, list[ReviewItem]] = {}
        for item in items:
            groups.setdefault(group_key(item.finding.text), []).append(item)
        self._items = list(items)
        self._groups = list(groups.values())
        self._reviewed = {id(g) for g in self._groups if all(i.key in seen for i in g)}
        self._filling = True
        self._details = {}
        self.clear()
        for index, group in enumerate(self._groups):
            first = group[0]
            finding = first.finding
            source = texts.get((first.entry_id, first.field), "")
            before = source[max(0, finding.start - _CONTEXT) : finding.start]
            after = source[finding.end : finding.end + _CONTEXT]
            context = " ".join(f"…{before}[{finding.text}]{after}…".split())
            place = where.get(first.entry_id, "")
            if first.entry_id == COVER_FIELD:
                place = self.tr("Document title")
            elif first.field == "title":
                place = self.tr("{0}, entry title").format(place)
            more = len(group) - 1
            also = (
                ""
                if more == 0
                else (
                    self.tr("  (and 1 more place)")
                    if more == 1
                    else self.tr("  (and {0} more places)").format(more)
                )
            )
            self._details[index] = (
                finding.text,
                kind_words(finding.kind),
                f"{place}: {context}{also}",
            )
            row = QListWidgetItem()
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            hidden = not all(i.key in keep for i in group)
            row.setCheckState(Qt.CheckState.Checked if hidden else Qt.CheckState.Unchecked)
            row.setToolTip(self.tr("Ticked: hidden in the export. Unticked: shown as written."))
            row.setData(Qt.ItemDataRole.UserRole, index)
            self._label(row)
            self.addItem(row)
        self._filling = False

    # -- state ----------------------------------------------------------------

    def row_count(self) -> int:
        """Distinct texts to decide on (what the user counts)."""
        return len(self._groups)

    def kept_keys(self) -> set[Key]:
        """Findings the user chose to leave visible (every place of an unticked row)."""
        kept: set[Key] = set()
        for i in range(self.count()):
            if self.item(i).checkState() == Qt.CheckState.Unchecked:
                kept |= {item.key for item in self._groups[i]}
        return kept

    def unreviewed_count(self) -> int:
        """How many rows the user has not looked at yet."""
        return sum(1 for g in self._groups if id(g) not in self._reviewed)

    def reviewed_keys(self) -> set[Key]:
        return {i.key for g in self._groups if id(g) in self._reviewed for i in g}

    def mark_all_reviewed(self) -> None:
        self._reviewed = {id(g) for g in self._groups}
        self.reviewed_changed.emit()

    def set_all(self, hidden: bool) -> None:
        """Tick or untick every row (counts as looking at them)."""
        self._filling = True
        state = Qt.CheckState.Checked if hidden else Qt.CheckState.Unchecked
        for index in range(self.count()):
            self.item(index).setCheckState(state)
            self._label(self.item(index))
        self._filling = False
        self._reviewed = {id(g) for g in self._groups}
        self.decisions_changed.emit()

    def review_item(self, row: int) -> ReviewItem:
        """The first place of the row's text."""
        return self._groups[row][0]

    def items_of_row(self, row: int) -> list[ReviewItem]:
        return list(self._groups[row])

    # -- signals --------------------------------------------------------------

    def _label(self, row: QListWidgetItem) -> None:
        """Say the decision in words too: a tick alone is easy to misread when tired."""
        text, kind, where = self._details[row.data(Qt.ItemDataRole.UserRole)]
        state = (
            self.tr("Hidden")
            if row.checkState() == Qt.CheckState.Checked
            else self.tr("Shown as written")
        )
        # The quotation marks are the language's own („…“, « … »).
        said = self.tr("{state}: “{text}”").format(state=state, text=text)
        row.setText(f"{said}  ·  {kind}\n{where}")

    def _changed(self, row: QListWidgetItem) -> None:
        if self._filling:
            return
        self._filling = True
        self._label(row)
        self._filling = False
        self._reviewed.add(id(self._groups[row.data(Qt.ItemDataRole.UserRole)]))
        self.decisions_changed.emit()

    def _selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None or self._filling:
            return
        group = self._groups[current.data(Qt.ItemDataRole.UserRole)]
        self._reviewed.add(id(group))
        self.reviewed_changed.emit()
        self.item_chosen.emit(group[0])


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
