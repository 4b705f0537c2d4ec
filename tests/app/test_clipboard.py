"""What counts as Reflect's own copy, so that locking takes it back (audit item 17)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from reflect.app import clipboard as clipboard_module
from reflect.app.clipboard import ClipboardGuard

pytestmark = pytest.mark.usefixtures("qapp")


class NoFocus:
    """The application as it is when none of its windows has keyboard focus."""

    @staticmethod
    def focusWindow() -> None:
        return None


@pytest.fixture(autouse=True)
def no_window_has_focus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipboard_module, "QGuiApplication", NoFocus)


class SystemClipboard(QObject):
    """The parts of QClipboard the guard uses, with the owner the system reports."""

    dataChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self.owned_by_reflect = False

    def put(self, text: str, *, by_reflect: bool) -> None:
        self._text, self.owned_by_reflect = text, by_reflect
        self.dataChanged.emit()

    def text(self) -> str:
        return self._text

    def ownsClipboard(self) -> bool:
        return self.owned_by_reflect

    def clear(self) -> None:
        self.put("", by_reflect=False)


def test_a_copy_made_while_no_reflect_window_has_focus_is_still_cleared_on_lock() -> None:
    clipboard = SystemClipboard()
    guard = ClipboardGuard(clipboard)  # type: ignore[arg-type]
    clipboard.put("the night shift, in my words", by_reflect=True)
    assert guard.clear_if_ours()
    assert clipboard.text() == ""


def test_text_another_program_copied_is_left_alone() -> None:
    clipboard = SystemClipboard()
    guard = ClipboardGuard(clipboard)  # type: ignore[arg-type]
    clipboard.put("the night shift, in my words", by_reflect=True)
    clipboard.put("a recipe", by_reflect=False)  # copied later, elsewhere
    assert not guard.clear_if_ours()
    assert clipboard.text() == "a recipe"
