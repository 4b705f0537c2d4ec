"""Windows and macOS telling Reflect that the session locks or the computer sleeps.

Qt reports neither, so each system is asked in its own terms. This layer only
translates; the decision (save first, then lock) is ``AppController.lock``,
reached through ``SessionLockWatcher.session_locked`` as on Linux.

- Windows (after KeePassXC's ``ScreenLockListenerWin``): the main window is
  registered with ``WTSRegisterSessionNotification`` so it receives
  ``WM_WTSSESSION_CHANGE``; ``WTS_SESSION_LOCK`` means the user locked the
  session (Win+L, or the screen saver's lock). ``WM_POWERBROADCAST`` with
  ``PBT_APMSUSPEND`` is sent to every top-level window before the computer
  suspends. A Qt native event filter sees both.
- macOS: ``com.apple.screenIsLocked`` on the distributed notification centre
  (the screen locks), and ``NSWorkspaceWillSleepNotification`` and
  ``NSWorkspaceScreensDidSleepNotification`` on NSWorkspace's centre (the Mac
  sleeps; the display sleeps, which locks the screen when the user's setting
  asks for a password at once). Observed through PyObjC.

Both take their system calls as injected objects, so the translation is tested
here with fakes; the real calls are made only on their own system.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from ctypes import wintypes
from typing import Any, Protocol

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray

# --- Windows ------------------------------------------------------------------------

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0
WINDOWS_EVENT_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")


def windows_message_locks(message: int, wparam: int) -> bool:
    """True for the two messages that mean "lock now"."""
    if message == WM_WTSSESSION_CHANGE:
        return wparam == WTS_SESSION_LOCK
    if message == WM_POWERBROADCAST:
        return wparam == PBT_APMSUSPEND
    return False


class SessionApi(Protocol):
    """wtsapi32's two calls (a fake in tests)."""

    def register(self, hwnd: int) -> bool: ...

    def unregister(self, hwnd: int) -> None: ...


class Wtsapi32:
    """The real calls, loaded only on Windows."""

    def __init__(self) -> None:
        windll: Any = getattr(ctypes, "windll")  # noqa: B009 - exists only on Windows
        self._dll = windll.wtsapi32
        self._dll.WTSRegisterSessionNotification.argtypes = [wintypes.HWND, wintypes.DWORD]
        self._dll.WTSRegisterSessionNotification.restype = wintypes.BOOL
        self._dll.WTSUnRegisterSessionNotification.argtypes = [wintypes.HWND]
        self._dll.WTSUnRegisterSessionNotification.restype = wintypes.BOOL

    def register(self, hwnd: int) -> bool:
        return bool(self._dll.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION))

    def unregister(self, hwnd: int) -> None:
        self._dll.WTSUnRegisterSessionNotification(hwnd)


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Calls ``on_lock`` when a message says the session locked or the PC suspends.

    Never consumes a message: Qt and Windows go on handling each one as before.
    """

    def __init__(self, on_lock: Callable[[], None], api: SessionApi | None = None) -> None:
        super().__init__()
        self._on_lock = on_lock
        self._api = api
        self._hwnd: int | None = None
        self.registered = False

    def register(self, hwnd: int) -> bool:
        """Ask for session notifications for ``hwnd`` (the main window's handle)."""
        api = self._api if self._api is not None else Wtsapi32()
        self._api = api
        self._hwnd = hwnd
        self.registered = api.register(hwnd)
        return self.registered

    def unregister(self) -> None:
        if self.registered and self._api is not None and self._hwnd is not None:
            self._api.unregister(self._hwnd)
        self.registered = False

    def nativeEventFilter(
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        kind = bytes(eventType.data() if isinstance(eventType, QByteArray) else eventType)
        if kind in WINDOWS_EVENT_TYPES and message:
            msg = wintypes.MSG.from_address(int(message))
            if windows_message_locks(int(msg.message), int(msg.wParam or 0)):
                self._on_lock()
        return False, 0


# --- macOS -------------------------------------------------------------------------

SCREEN_LOCKED = "com.apple.screenIsLocked"
WILL_SLEEP = "NSWorkspaceWillSleepNotification"
SCREENS_DID_SLEEP = "NSWorkspaceScreensDidSleepNotification"


class NotificationCenter(Protocol):
    """The part of NSNotificationCenter used here (a fake in tests)."""

    def addObserver_selector_name_object_(
        self, observer: object, selector: str, name: str, obj: object
    ) -> None: ...

    def removeObserver_(self, observer: object) -> None: ...


class MacCenters(Protocol):
    def workspace(self) -> NotificationCenter: ...

    def distributed(self) -> NotificationCenter: ...

    def observer(self, on_notification: Callable[[str], None]) -> object:
        """An object with a ``notified:`` method that passes the name on."""
        ...


SELECTOR = "notified:"


class MacSessionObserver:
    """Calls ``on_lock`` on a screen lock, a sleep, or the displays sleeping."""

    def __init__(self, on_lock: Callable[[], None], centers: MacCenters | None = None) -> None:
        self._on_lock = on_lock
        self._centers = centers
        self._observer: object | None = None
        self.listening: list[str] = []

    def start(self) -> None:
        centers = self._centers if self._centers is not None else PyObjCCenters()
        self._centers = centers
        self._observer = centers.observer(self._notified)
        distributed, workspace = centers.distributed(), centers.workspace()
        distributed.addObserver_selector_name_object_(self._observer, SELECTOR, SCREEN_LOCKED, None)
        for name in (WILL_SLEEP, SCREENS_DID_SLEEP):
            workspace.addObserver_selector_name_object_(self._observer, SELECTOR, name, None)
        self.listening = [SCREEN_LOCKED, WILL_SLEEP, SCREENS_DID_SLEEP]

    def stop(self) -> None:
        if self._centers is not None and self._observer is not None:
            self._centers.distributed().removeObserver_(self._observer)
            self._centers.workspace().removeObserver_(self._observer)
        self._observer = None
        self.listening = []

    def _notified(self, name: str) -> None:
        if name in (SCREEN_LOCKED, WILL_SLEEP, SCREENS_DID_SLEEP):
            self._on_lock()


class PyObjCCenters:
    """The real centres, through PyObjC (installed on macOS only)."""

    def __init__(self) -> None:
        import importlib

        self._appkit: Any = importlib.import_module("AppKit")
        self._foundation: Any = importlib.import_module("Foundation")

    def workspace(self) -> NotificationCenter:
        center: NotificationCenter = self._appkit.NSWorkspace.sharedWorkspace().notificationCenter()
        return center

    def distributed(self) -> NotificationCenter:
        centers = self._foundation.NSDistributedNotificationCenter
        center: NotificationCenter = centers.defaultCenter()
        return center

    def observer(self, on_notification: Callable[[str], None]) -> object:
        return _objc_observer_class(self._foundation).alloc().initWithCallback_(on_notification)


_OBSERVER_CLASS: Any = None


def _objc_observer_class(foundation: Any) -> Any:
    """An NSObject subclass, defined once per process (Objective-C classes cannot be
    redefined), whose ``notified:`` passes the notification's name to a callback."""
    global _OBSERVER_CLASS
    if _OBSERVER_CLASS is None:
        import importlib

        objc: Any = importlib.import_module("objc")

        class ReflectSessionObserver(foundation.NSObject):  # type: ignore[misc]
            def initWithCallback_(self, callback: Callable[[str], None]) -> Any:
                self = objc.super(ReflectSessionObserver, self).init()
                if self is not None:
                    self._callback = callback
                return self

            def notified_(self, notification: Any) -> None:
                self._callback(str(notification.name()))

        _OBSERVER_CLASS = ReflectSessionObserver
    return _OBSERVER_CLASS
