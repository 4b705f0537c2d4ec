"""Settings > Spelling > My words: the words the user taught the spell checker.

They live in the encrypted journal (``spelling.my_words``), never in a system
dictionary file; removing one here underlines it again in the editor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.journal.my_words import read_my_words, remove_my_word
from reflect.core.journal.settings import SettingsTable
from reflect.ui.common.page import label


class MyWordsDialog(QDialog):
    """A list of the user's words with Remove; ``on_change`` runs after each removal."""

    def __init__(
        self,
        journal: SettingsTable,
        on_change: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myWordsDialog")
        self.setWindowTitle(self.tr("My words"))
        self._journal = journal
        self._on_change = on_change

        self.words = QListWidget(self)
        self.words.setObjectName("myWordsList")
        self.words.setAccessibleName(self.tr("My words"))
        self.words.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeMyWord")
        self.remove_button.clicked.connect(self.remove_selected)
        self.empty_note = label(
            self.tr(
                "No words yet. Right-click an underlined word in an entry and choose "
                "“Add to my words”."
            ),
            "muted",
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Words you added are no longer underlined. They are kept inside your "
                    "encrypted journal, not in a dictionary file on this computer."
                ),
                "muted",
            )
        )
        layout.addWidget(self.words, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.words.itemSelectionChanged.connect(self._update_buttons)
        self._fill()
        self.resize(420, 420)

    def _fill(self) -> None:
        self.words.clear()
        self.words.addItems(read_my_words(self._journal))
        empty = self.words.count() == 0
        self.words.setVisible(not empty)
        self.empty_note.setVisible(empty)
        if not empty:
            self.words.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.words.selectedItems()))

    def remove_selected(self) -> None:
        row = self.words.currentRow()
        for item in self.words.selectedItems():
            remove_my_word(self._journal, item.text())
        self._fill()
        if self.words.count():
            self.words.setCurrentRow(min(row, self.words.count() - 1))
            self.words.setFocus(Qt.FocusReason.OtherFocusReason)
        self._on_change()
