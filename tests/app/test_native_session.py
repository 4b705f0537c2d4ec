"""Windows and macOS locking: the native messages and notifications, with fakes.

The thin layer (reflect/app/native_session.py) is driven here exactly as each
system drives it: a Windows MSG structure handed to the native event filter, a
notification name posted to an observer. What follows is the shared lock path,
so the flow tests check what the user would see: the words typed are saved, the
journal is locked and the window shows no text.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from ctypes import wintypes
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.native_session import (
    PBT_APMSUSPEND,
    SCREEN_LOCKED,
    SCREENS_DID_SLEEP,
    SELECTOR,
    WILL_SLEEP,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WindowsSessionFilter,
    windows_message_locks,
)
from tests.app.conftest import CANARY
from tests.app.test_locking import _entry_bodies, assert_locked_and_wiped, opened

__all__ = ["opened"]  # the fixture, shared with test_locking

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

WTS_SESSION_UNLOCK = 0x8
WTS_CONSOLE_CONNECT = 0x1
PBT_APMRESUMEAUTOMATIC = 0x12
WM_ACTIVATEAPP = 0x001C


class FakeWtsapi:
    def __init__(self, *, works: bool = True) -> None:
        self.works = works
        self.registered: list[int] = []
        self.unregistered: list[int] = []

    def register(self, hwnd: int) -> bool:
        self.registered.append(hwnd)
        return self.works

    def unregister(self, hwnd: int) -> None:
        self.unregistered.append(hwnd)


def _deliver(native: WindowsSessionFilter, message: int, wparam: int) -> object:
    """Hand the filter a MSG as Qt's Windows event dispatcher does: by address."""
    msg = wintypes.MSG()
    msg.message = message
    msg.wParam = wparam
    return native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))


@pytest.mark.parametrize(
    ("message", "wparam", "locks"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, True),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, False),
        (WM_WTSSESSION_CHANGE, WTS_CONSOLE_CONNECT, False),
        (WM_POWERBROADCAST, PBT_APMSUSPEND, True),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, False),
        (WM_ACTIVATEAPP, WTS_SESSION_LOCK, False),  # same number, another message
    ],
)
def test_which_windows_messages_lock(message: int, wparam: int, locks: bool) -> None:
    assert windows_message_locks(message, wparam) is locks
    seen: list[bool] = []
    native = WindowsSessionFilter(lambda: seen.append(True), FakeWtsapi())
    # The filter never swallows a message: Windows and Qt still handle it.
    assert _deliver(native, message, wparam) == (False, 0)
    assert seen == ([True] if locks else [])


def test_other_event_types_and_null_messages_are_ignored() -> None:
    seen: list[bool] = []
    native = WindowsSessionFilter(lambda: seen.append(True), FakeWtsapi())
    msg = wintypes.MSG()
    msg.message, msg.wParam = WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK
    assert native.nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(msg)) == (False, 0)
    assert native.nativeEventFilter(b"windows_generic_MSG", 0) == (False, 0)
    assert seen == []


def test_windows_session_lock_saves_then_locks(
    opened: AppController, qtbot: QtBot, existing_vault: Path
) -> None:
    api = FakeWtsapi()
    opened.session.start(platform="win32", window=opened.shell, windows_api=api)
    assert api.registered == [int(opened.shell.winId())]
    assert {"WTS session lock", "WM_POWERBROADCAST suspend"} <= set(opened.session.listening)
    [native] = opened.session._native
    assert isinstance(native, WindowsSessionFilter)
    with qtbot.waitSignal(opened.locked):
        _deliver(native, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)  # Win+L
    assert_locked_and_wiped(opened)
    assert any(CANARY in body for body in _entry_bodies(existing_vault))  # saved first
    opened.shutdown()
    assert api.unregistered == api.registered  # and the window is let go at quit
    assert opened.session._native == []


def test_windows_suspend_locks_even_if_session_notifications_are_refused(
    opened: AppController, qtbot: QtBot
) -> None:
    api = FakeWtsapi(works=False)
    opened.session.start(platform="win32", window=opened.shell, windows_api=api)
    assert "WTS session lock" not in opened.session.listening
    [native] = opened.session._native
    assert isinstance(native, WindowsSessionFilter)
    with qtbot.waitSignal(opened.locked):
        _deliver(native, WM_POWERBROADCAST, PBT_APMSUSPEND)
    assert_locked_and_wiped(opened)


# --- macOS ------------------------------------------------------------------------


class FakeCenter:
    def __init__(self) -> None:
        self.observers: list[tuple[object, str, str]] = []

    def addObserver_selector_name_object_(
        self, observer: object, selector: str, name: str, obj: object
    ) -> None:
        assert obj is None
        self.observers.append((observer, selector, name))

    def removeObserver_(self, observer: object) -> None:
        self.observers = [o for o in self.observers if o[0] is not observer]

    def post(self, name: str) -> None:
        for observer, selector, observed in list(self.observers):
            if observed == name:
                assert selector == SELECTOR
                observer.notified(name)  # type: ignore[attr-defined]


class FakeObserver:
    def __init__(self, callback: Callable[[str], None]) -> None:
        self.notified = callback


class FakeCenters:
    def __init__(self) -> None:
        self.workspace_center, self.distributed_center = FakeCenter(), FakeCenter()

    def workspace(self) -> FakeCenter:
        return self.workspace_center

    def distributed(self) -> FakeCenter:
        return self.distributed_center

    def observer(self, on_notification: Callable[[str], None]) -> object:
        return FakeObserver(on_notification)


def test_mac_listens_where_each_notification_is_posted(qtbot: QtBot) -> None:
    from reflect.app.locking import SessionLockWatcher

    centers = FakeCenters()
    watcher = SessionLockWatcher()
    watcher.start(platform="darwin", mac_centers=centers)
    assert [name for _o, _s, name in centers.distributed_center.observers] == [SCREEN_LOCKED]
    assert [name for _o, _s, name in centers.workspace_center.observers] == [
        WILL_SLEEP,
        SCREENS_DID_SLEEP,
    ]
    with qtbot.assertNotEmitted(watcher.session_locked):
        centers.distributed_center.post("com.apple.screenIsUnlocked")
        centers.workspace_center.post("NSWorkspaceDidWakeNotification")
    for center, name in (
        (centers.workspace_center, WILL_SLEEP),
        (centers.workspace_center, SCREENS_DID_SLEEP),
    ):
        with qtbot.waitSignal(watcher.session_locked):
            center.post(name)
    watcher.stop()
    assert centers.distributed_center.observers == centers.workspace_center.observers == []


def test_mac_screen_lock_saves_then_locks(
    opened: AppController, qtbot: QtBot, existing_vault: Path
) -> None:
    centers = FakeCenters()
    opened.session.start(platform="darwin", mac_centers=centers)
    assert SCREEN_LOCKED in opened.session.listening
    with qtbot.waitSignal(opened.locked):
        centers.distributed_center.post(SCREEN_LOCKED)  # Ctrl+Cmd+Q, or the screen saver
    assert_locked_and_wiped(opened)
    assert any(CANARY in body for body in _entry_bodies(existing_vault))


def test_without_pyobjc_the_mac_listener_stays_silent(qtbot: QtBot) -> None:
    """A broken install without PyObjC: no crash, no listener; the idle lock remains."""
    from reflect.app.locking import SessionLockWatcher

    watcher = SessionLockWatcher()
    watcher.start(platform="darwin")  # this machine has no AppKit
    assert watcher.listening == ["application state"]
