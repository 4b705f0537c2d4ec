"""The Qt binding in use does not corrupt the interpreter (a crash would lose typing)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_value = Signal(int)


def test_emitting_signals_does_not_leak_references_to_true(qapp: object) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to True per emit, then aborts."""
    emitter = _Emitter()
    emitter.plain.connect(lambda: None)
    emitter.with_value.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.plain.emit()
        emitter.with_value.emit(1)
    assert sys.getrefcount(True) - before >= 0


def test_typing_does_not_leak_references_to_none(qtbot: object) -> None:
    """PySide6 6.12.0 drops a reference to None per void Qt call: a crash mid-sentence."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)  # type: ignore[attr-defined]
    before = sys.getrefcount(None)
    for _ in range(300):
        QTest.keyClick(editor, Qt.Key.Key_A)
        editor.setPlaceholderText("...")
    assert sys.getrefcount(None) - before > -100
