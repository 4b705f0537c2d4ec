"""Markdown formatting commands for the editor toolbar (each one is a single undo step)."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor

_HEADING_PREFIX = re.compile(r"^#{1,6}\s+")


def toggle_wrap(cursor: QTextCursor, marker: str) -> None:
    """Wrap the selection in ``marker`` (``**`` bold, ``*`` italic), or unwrap it.

    With nothing selected, inserts the pair and puts the cursor between them so
    the user can just keep typing.
    """
    cursor.beginEditBlock()
    try:
        if not cursor.hasSelection():
            cursor.insertText(marker + marker)
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
            return
        text = cursor.selectedText()
        size = len(marker)
        if len(text) >= 2 * size and text.startswith(marker) and text.endswith(marker):
            cursor.insertText(text[size:-size])
        else:
            cursor.insertText(f"{marker}{text}{marker}")
    finally:
        cursor.endEditBlock()


def _selected_blocks(cursor: QTextCursor) -> tuple[int, int]:
    doc = cursor.document()
    first = doc.findBlock(cursor.selectionStart()).blockNumber()
    last = doc.findBlock(cursor.selectionEnd()).blockNumber()
    return first, last


def toggle_line_prefix(cursor: QTextCursor, prefix: str) -> None:
    """Add ``prefix`` (``- ``, ``> ``) to every selected line, or remove it if all have it."""
    doc = cursor.document()
    first, last = _selected_blocks(cursor)
    blocks = [doc.findBlockByNumber(n) for n in range(first, last + 1)]
    remove = all(b.text().startswith(prefix) for b in blocks)
    cursor.beginEditBlock()
    try:
        for block in blocks:
            line = QTextCursor(block)
            if remove:
                line.movePosition(
                    QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(prefix)
                )
                line.removeSelectedText()
            else:
                line.insertText(prefix)
    finally:
        cursor.endEditBlock()


def toggle_heading(cursor: QTextCursor, level: int = 2) -> None:
    """Make the current line a heading of ``level``, or a plain line if it already is one."""
    block = cursor.block()
    text = block.text()
    wanted = "#" * level + " "
    existing = _HEADING_PREFIX.match(text)
    line = QTextCursor(block)
    cursor.beginEditBlock()
    try:
        if existing:
            line.movePosition(
                QTextCursor.MoveOperation.Right,
                QTextCursor.MoveMode.KeepAnchor,
                existing.end(),
            )
            line.removeSelectedText()
            if existing.group(0) != wanted:
                line.insertText(wanted)
        else:
            line.insertText(wanted)
    finally:
        cursor.endEditBlock()
