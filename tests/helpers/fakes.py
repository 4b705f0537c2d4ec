"""Fakes for the UI seams: ``FakeDialogs`` and ``InstantRunner``.

``FakeDialogs`` records every call and answers from a script, so a test can both
drive a flow and assert what the user was told. ``InstantRunner`` runs a task at
once on the calling thread, so a test needs no waiting and no thread is left
behind; it still delivers through the same callbacks as the real runner.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from reflect.ui.common.msgbox import Dialogs


@dataclass
class DialogCall:
    """One dialog the code under test showed."""

    kind: str  # "confirm", "inform", "error", "save_file", "open_file", "open_folder"
    title: str
    text: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class FakeDialogs(Dialogs):
    """Records dialogs and returns scripted answers.

    Args:
        confirm: the answer to every ``confirm`` once the queued ones are used up.
        save_path / open_path / folder: what the file pickers return (None = cancel).
    """

    def __init__(
        self,
        *,
        confirm: bool = True,
        save_path: Path | None = None,
        open_path: Path | None = None,
        folder: Path | None = None,
    ) -> None:
        self.calls: list[DialogCall] = []
        self.default_confirm = confirm
        self.confirm_answers: deque[bool] = deque()
        self.save_path = save_path
        self.open_path = open_path
        self.folder = folder

    # --- scripting ---------------------------------------------------------

    def queue_confirm(self, *answers: bool) -> None:
        """Answer the next ``confirm`` calls with these, in order."""
        self.confirm_answers.extend(answers)

    def of_kind(self, kind: str) -> list[DialogCall]:
        return [c for c in self.calls if c.kind == kind]

    @property
    def errors(self) -> list[DialogCall]:
        return self.of_kind("error")

    @property
    def infos(self) -> list[DialogCall]:
        return self.of_kind("inform")

    @property
    def confirms(self) -> list[DialogCall]:
        return self.of_kind("confirm")

    def all_text(self) -> str:
        """Every title and text shown, joined: handy for "no canary leaked" checks."""
        return "\n".join(f"{c.title}\n{c.text}" for c in self.calls)

    # --- the Dialogs interface -----------------------------------------------

    def confirm(
        self,
        parent: object,
        title: str,
        text: str,
        *,
        ok_text: str,
        cancel_text: str,
        destructive: bool = False,
    ) -> bool:
        self.calls.append(
            DialogCall(
                "confirm",
                title,
                text,
                {"ok_text": ok_text, "cancel_text": cancel_text, "destructive": destructive},
            )
        )
        return self.confirm_answers.popleft() if self.confirm_answers else self.default_confirm

    def inform(self, parent: object, title: str, text: str) -> None:
        self.calls.append(DialogCall("inform", title, text))

    def error(self, parent: object, title: str, text: str) -> None:
        self.calls.append(DialogCall("error", title, text))

    def save_file(
        self, parent: object, title: str, suggested_name: str, filter: str
    ) -> Path | None:
        self.calls.append(
            DialogCall("save_file", title, "", {"suggested_name": suggested_name, "filter": filter})
        )
        return self.save_path

    def open_file(self, parent: object, title: str, filter: str) -> Path | None:
        self.calls.append(DialogCall("open_file", title, "", {"filter": filter}))
        return self.open_path

    def open_folder(self, parent: object, title: str) -> Path | None:
        self.calls.append(DialogCall("open_folder", title))
        return self.folder


class InstantTask:
    """A task that has already run."""

    def __init__(self) -> None:
        self.is_finished = False


class InstantRunner:
    """Runs each task immediately, synchronously, on the calling thread.

    ``hold()`` makes later tasks wait until ``release()``, so a test can look at
    the "busy" state a real, slow task would show (spinner visible, buttons off).
    """

    def __init__(self) -> None:
        self.ran: list[Callable[..., Any]] = []
        self._held = False
        self._pending: list[Callable[[], None]] = []

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> InstantTask:
        task = InstantTask()
        self.ran.append(fn)

        def go() -> None:
            try:
                kwargs = {} if on_progress is None else {"progress": on_progress}
                result = fn(*args, **kwargs)
            except Exception as exc:
                task.is_finished = True
                on_error(exc)
            else:
                task.is_finished = True
                on_done(result)

        if self._held:
            self._pending.append(go)
        else:
            go()
        return task

    def hold(self) -> None:
        self._held = True

    def release(self) -> None:
        """Run every held task now, in order."""
        self._held = False
        pending, self._pending = self._pending, []
        for go in pending:
            go()

    def busy(self) -> bool:
        return bool(self._pending)

    def wait_all(self, timeout_ms: int = 0) -> bool:
        self.release()
        return True


def names(calls: Iterable[DialogCall]) -> list[str]:
    """The titles of some dialog calls (for short assertions)."""
    return [c.title for c in calls]


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    found: list[str] = []
    for row in range(model.rowCount(parent)):
        try:
            columns = max(1, model.columnCount(parent))
        except TypeError:  # QAbstractListModel hides columnCount: one column
            columns = 1
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value is not None:
                    found.append(str(value))
            try:
                nested = columns > 1 and model.hasChildren(index)
            except TypeError:  # list and table models (the calendar's) hide it: flat
                nested = False
            if nested:
                found.extend(_model_texts(model, index))
    return found


def visible_texts(roots: Iterable[QWidget]) -> list[str]:
    """Every text a widget under ``roots`` holds: fields, documents, undo stacks, models.

    Undo history counts too: a document or line edit that can still undo is
    reported with a marker string, because removed text lives on in its undo stack.
    """
    texts: list[str] = []
    for root in roots:
        widgets = [root, *root.findChildren(QWidget)]
        for widget in widgets:
            texts.append(widget.windowTitle())
            texts.append(widget.toolTip())
            texts.append(widget.accessibleName())
            if isinstance(widget, QLineEdit):
                texts.append(widget.text())
                texts.append(widget.placeholderText())
                if widget.isUndoAvailable():
                    texts.append("<line edit has undo history>")
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                doc = widget.document()
                texts.append(doc.toPlainText())
                if doc.isUndoAvailable() or doc.isRedoAvailable():
                    texts.append("<document has undo history>")
            elif isinstance(widget, QLabel):
                texts.append(widget.text())
            elif isinstance(widget, QComboBox):
                texts.extend(widget.itemText(i) for i in range(widget.count()))
                texts.append(widget.currentText())
            elif isinstance(widget, QAbstractSpinBox):
                texts.append(widget.text())
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                texts.extend(_model_texts(widget.model()))
    return texts
