"""Fakes for the reminder seams: a timer fired by hand, a tray, a recording notifier,
and a registry for the Windows autostart code. Nothing here sleeps or waits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from reflect.ui.reminders.notify import Notifier


class PlainSignal:
    """A signal in plain Python.

    PySide6 6.12 on Python 3.11 drops a reference to ``True`` on every
    ``SignalInstance.emit()`` made from Python, and aborts the interpreter once the
    count reaches zero; a fake timer fired thousands of times would do exactly that.
    """

    def __init__(self) -> None:
        self._slots: list[Callable[[], object]] = []

    def connect(self, slot: Callable[[], object]) -> None:
        self._slots.append(slot)

    def emit(self) -> None:
        for slot in list(self._slots):
            slot()


class FakeTimer:
    """Stands in for the scheduler's QTimer: records what it was armed with; a test
    calls ``fire()`` after moving the fake clock."""

    def __init__(self) -> None:
        self.timeout = PlainSignal()
        self.single_shot = False
        self.interval_ms: int | None = None
        self.starts: list[int] = []
        self._active = False

    def setSingleShot(self, single: bool) -> None:
        self.single_shot = single

    def start(self, msec: int) -> None:
        self.interval_ms = msec
        self.starts.append(msec)
        self._active = True

    def stop(self) -> None:
        self._active = False

    def isActive(self) -> bool:
        return self._active

    def fire(self) -> None:
        assert self._active, "the scheduler left its timer stopped"
        if self.single_shot:
            self._active = False
        self.timeout.emit()


@dataclass
class RecordedNotice:
    rule_id: str
    title: str
    text: str


class RecordingNotifier(Notifier):
    """A notifier that only writes down what it would have shown (after the same
    allow-list check every real notifier goes through)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[RecordedNotice] = []

    def _display(self, rule_id: str, title: str, text: str) -> None:
        self.shown.append(RecordedNotice(rule_id, title, text))


class FakeTray(QObject):
    """A ``QSystemTrayIcon`` stand-in for desktops the test machine does not have."""

    messageClicked = Signal()
    activated = Signal(QSystemTrayIcon.ActivationReason)

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = icon
        self.messages: list[tuple[str, str]] = []
        self.menu: QMenu | None = None
        self.tooltip = ""
        self.visible = False

    def showMessage(self, title: str, text: str, icon: QIcon, msecs: int) -> None:
        self.messages.append((title, text))

    def setContextMenu(self, menu: QMenu) -> None:
        self.menu = menu

    def setToolTip(self, tip: str) -> None:
        self.tooltip = tip

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False


@dataclass
class FakeRegistry:
    """The part of ``winreg`` the autostart code uses, over a dict."""

    values: dict[str, str] = field(default_factory=dict)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def delete(self, name: str) -> None:
        self.values.pop(name, None)
