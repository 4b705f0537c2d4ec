"""Spelling in the entry editor: the underline, suggestions, "Add to my words", F7.

The rules (what is a word, what is known, what to suggest) are
``reflect.core.spelling``'s; this module decides when to ask and shows the
answers. The dictionary is read on a background thread the first time a
journal opens, so unlocking never waits for it; underlines appear when it is
ready. The user's own words come from the journal (``spelling.my_words``) and are
dropped from memory, with every word the checker has seen, when the journal locks.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextBlock, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from reflect.core.errors import UserError
from reflect.core.journal.my_words import add_my_word, read_my_words
from reflect.core.journal.repository import Journal
from reflect.core.journal.settings import SPELL_CHECK, spelling_wanted
from reflect.core.spelling.checker import SpellChecker
from reflect.core.spelling.dictionary import load_dictionary
from reflect.core.spelling.words import Word
from reflect.ui.journal.markdown_highlighter import MarkdownHighlighter

# Until translations arrive (issue 15), entries are checked in English.
LANGUAGE = "en"
SUGGESTIONS_SHOWN = 6

# Languages whose words this process has read: switching back on needs no wait.
_READY: set[str] = set()

Loader = Callable[[str, Callable[[], None]], None]
"""Reads a language's dictionary, then calls back on the UI thread."""


class SpellingAssistant(QObject):
    """As-you-type spell checking for one editor body.

    Signals:
        message: a sentence for the status line ("No spelling mistakes found.").
        error: a ``UserError``'s message (the word could not be added).
    """

    message = Signal(str)
    error = Signal(str)
    _loaded = Signal()

    def __init__(
        self,
        body: QPlainTextEdit,
        highlighter: MarkdownHighlighter,
        *,
        loader: Loader | None = None,
    ) -> None:
        super().__init__(body)
        self._body = body
        self._highlighter = highlighter
        self._loader = loader or self._load_in_background
        self._journal: Journal | None = None
        self._checker: SpellChecker | None = None
        self._loading = False
        self.menu: QMenu | None = None
        """The suggestions menu last shown (tests look at it)."""

        self.toggle_action = QAction(self.tr("Check &spelling"), self)
        self.toggle_action.setObjectName("spellCheckAction")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setChecked(spelling_wanted(None))
        self.toggle_action.toggled.connect(self._toggled_by_user)
        self.next_action = QAction(self.tr("&Next spelling mistake"), self)
        self.next_action.setObjectName("nextMisspellingAction")
        self.next_action.setShortcut(QKeySequence("F7"))
        self.next_action.triggered.connect(self.next_misspelling)
        self._loaded.connect(self._apply)

        body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        body.customContextMenuRequested.connect(self._show_menu_at)
        body.cursorPositionChanged.connect(self._cursor_moved)

    # --- journal and switching ----------------------------------------------

    @property
    def checker(self) -> SpellChecker | None:
        """The checker in use, or None (off, locked, or the dictionary still loading)."""
        return self._checker

    def set_journal(self, journal: Journal | None) -> None:
        """Follow the open journal's choice and words; None (locked) forgets them all."""
        self._journal = journal
        self.reload()

    def reload(self) -> None:
        """Read the on/off choice and the user's words from the journal again."""
        journal = self._journal
        wanted = journal is not None and spelling_wanted(journal)
        self.toggle_action.blockSignals(True)
        self.toggle_action.setChecked(wanted if journal is not None else spelling_wanted(None))
        self.toggle_action.blockSignals(False)
        self.toggle_action.setEnabled(journal is not None)
        self.next_action.setEnabled(wanted)
        if not wanted:
            self._use(None)
        elif LANGUAGE in _READY:
            self._apply()
        elif not self._loading:
            self._loading = True
            self._loader(LANGUAGE, self._loaded.emit)

    def _apply(self) -> None:
        """The dictionary is ready: check with it, if still wanted."""
        self._loading = False
        _READY.add(LANGUAGE)
        journal = self._journal
        if journal is None or not self.toggle_action.isChecked():
            return
        checker = SpellChecker(load_dictionary(LANGUAGE), read_my_words(journal))
        self._use(checker)

    def _use(self, checker: SpellChecker | None) -> None:
        # A new checker per journal: its memory of words seen is journal text.
        self._checker = checker
        self._highlighter.set_spelling(checker, lambda: self._body.textCursor().position())

    def _toggled_by_user(self, on: bool) -> None:
        if self._journal is None:
            return
        SPELL_CHECK.write(self._journal, on)
        self.reload()

    @staticmethod
    def _load_in_background(language: str, done: Callable[[], None]) -> None:
        def run() -> None:
            # The word lists are a few hundred thousand objects that live as long as
            # the process: the collector need not walk them, while they are made (a
            # 30 ms pause) or ever after (70 ms while scrolling, bench_ui).
            gc.disable()
            try:
                load_dictionary(language).suggester()
            finally:
                gc.freeze()
                gc.enable()
            try:
                done()
            except RuntimeError:  # the editor was closed while the words were read
                pass

        threading.Thread(target=run, name="reflect-spelling", daemon=True).start()

    # --- the word being typed -----------------------------------------------

    def _cursor_moved(self) -> None:
        """The cursor left the word it was typing: underline it now if it is wrong."""
        skipped = self._highlighter.typing_skipped
        if skipped is None:
            return
        number, start, end = skipped
        cursor = self._body.textCursor()
        block = cursor.block()
        if block.blockNumber() == number and start <= cursor.positionInBlock() <= end:
            return
        self._highlighter.typing_skipped = None
        target = self._body.document().findBlockByNumber(number)
        if target.isValid():
            self._highlighter.rehighlightBlock(target)

    # --- suggestions --------------------------------------------------------

    def misspelled_at(self, position: int) -> tuple[QTextBlock, Word] | None:
        """The misspelled word at a document position (its block and span), if any."""
        if self._checker is None:
            return None
        block = self._body.document().findBlock(position)
        offset = position - block.position()
        for word in self._checker.misspelled(block.text()):
            if word.start <= offset <= word.end:
                return block, word
        return None

    def build_menu(self, position: int) -> QMenu:
        """The editor's usual menu, with suggestions for the word at ``position`` on top."""
        menu = self._body.createStandardContextMenu()
        menu.setObjectName("editorContextMenu")
        found = self.misspelled_at(position)
        if found is not None and self._checker is not None:
            block, word = found
            standard = menu.actions()
            top: list[QAction] = []
            for suggestion in self._checker.suggestions(word.text, SUGGESTIONS_SHOWN):
                action = QAction(suggestion, menu)
                action.setObjectName("spellingSuggestion")
                action.triggered.connect(
                    lambda _=False, s=suggestion: self._replace(block, word, s)
                )
                top.append(action)
            if not top:
                none = QAction(self.tr("No suggestions"), menu)
                none.setEnabled(False)
                top.append(none)
            gap = QAction(menu)
            gap.setSeparator(True)
            top.append(gap)
            add = QAction(self.tr("Add “{word}” to my words").format(word=word.text), menu)
            add.setObjectName("addToMyWords")
            add.triggered.connect(lambda _=False, w=word.text: self.add_word(w))
            top.append(add)
            if standard:
                menu.insertActions(standard[0], top)
                menu.insertSeparator(standard[0])
            else:
                menu.addActions(top)
        return menu

    def _show_menu_at(self, point: QPoint) -> None:
        position = self._body.cursorForPosition(point).position()
        self._popup(self.build_menu(position), point)

    def _popup(self, menu: QMenu, point: QPoint) -> None:
        if self.menu is not None:
            self.menu.close()
        self.menu = menu
        menu.aboutToHide.connect(menu.deleteLater)
        menu.destroyed.connect(lambda *_: self._forget_menu(menu))
        menu.popup(self._body.viewport().mapToGlobal(point))

    def _forget_menu(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None

    def _replace(self, block: QTextBlock, word: Word, replacement: str) -> None:
        """Put ``replacement`` in place of ``word``, as one step Ctrl+Z undoes."""
        if not block.isValid() or block.text()[word.start : word.end] != word.text:
            return  # the paragraph changed while the menu was open
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + word.start)
        cursor.setPosition(block.position() + word.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        self._body.setTextCursor(cursor)

    def add_word(self, word: str) -> None:
        """Keep ``word`` in the journal's own list; it is no longer underlined anywhere."""
        if self._journal is None or self._checker is None:
            return
        try:
            words = add_my_word(self._journal, word)
        except UserError as error:
            self.error.emit(error.message)
            return
        self._checker.set_personal_words(words)
        self._highlighter.rehighlight()

    # --- F7 -----------------------------------------------------------------

    def next_misspelling(self) -> bool:
        """Select the next misspelled word after the cursor (wrapping round to the
        start) and offer its suggestions. False when there is none."""
        if self._checker is None or self._body.isReadOnly():
            return False
        document = self._body.document()
        start = self._body.textCursor().selectionEnd()
        block = document.findBlock(start)
        offset = start - block.position()
        blocks = document.blockCount()
        for step in range(blocks + 1):  # every paragraph once, then the start of the first
            words = self._checker.misspelled(block.text())
            if step == 0:
                words = [w for w in words if w.start >= offset]
            elif step == blocks:
                words = [w for w in words if w.start < offset]
            if words:
                self._select(block, words[0])
                return True
            block = block.next() if block.next().isValid() else document.firstBlock()
        self.message.emit(self.tr("No spelling mistakes found."))
        return False

    def _select(self, block: QTextBlock, word: Word) -> None:
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + word.start)
        cursor.setPosition(block.position() + word.end, QTextCursor.MoveMode.KeepAnchor)
        self._body.setTextCursor(cursor)
        self._body.ensureCursorVisible()
        self._body.setFocus(Qt.FocusReason.ShortcutFocusReason)
        rect = self._body.cursorRect(cursor)
        menu = self.build_menu(block.position() + word.start)
        first = menu.actions()[0]
        if first.objectName() == "spellingSuggestion":
            menu.setActiveAction(first)  # F7 then Enter takes the best suggestion
        self._popup(menu, rect.bottomLeft())
