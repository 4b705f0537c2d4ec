"""When to lock: idle time, and the desktop session locking or going to sleep.

``IdleLocker`` follows KeePassXC's ``InactivityTimer``: an application-wide
event filter notes the time of every key, mouse button, wheel and touch event;
a periodic check compares "now" (from the injected clock) with that time. Using
the clock rather than a single long QTimer means a laptop that slept for an hour
locks as soon as it wakes, and tests move a ``FakeClock`` and call ``check()``.

``SessionLockWatcher`` reports the session locking or sleeping where the desktop
says so:

- Linux (D-Bus, via QtDBus): ``org.freedesktop.ScreenSaver.ActiveChanged`` (KDE
  and others) and ``org.gnome.ScreenSaver.ActiveChanged`` on the session bus;
  ``org.freedesktop.login1.Manager.PrepareForSleep`` and
  ``org.freedesktop.login1.Session.Lock`` on the system bus. A missing bus means
  no listener, silently: the idle lock still works.
- Windows: ``WM_WTSSESSION_CHANGE`` (``WTS_SESSION_LOCK``) after
  ``WTSRegisterSessionNotification`` on the main window, and ``WM_POWERBROADCAST``
  (``PBT_APMSUSPEND``), seen by a Qt native event filter.
- macOS: ``com.apple.screenIsLocked``, ``NSWorkspaceWillSleepNotification`` and
  ``NSWorkspaceScreensDidSleepNotification``, observed through PyObjC.
- Everywhere: ``QGuiApplication.applicationStateChanged`` to
  ``ApplicationSuspended`` (what Qt reports when the OS suspends the app).

The Windows and macOS translation lives in ``native_session.py``; whatever the
source, ``session_locked`` leads to the one lock path (save first, then lock).
"""

from __future__ import annotations

import sys
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from reflect.core.clock import Clock
from reflect.core.journal.settings import IDLE_MINUTES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from reflect.app.native_session import MacCenters, SessionApi

DEFAULT_IDLE_MINUTES = IDLE_MINUTES.default  # declared in core, with its limits
CHECK_INTERVAL_MS = 10_000

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleLocker(QObject):
    """Emits ``lock_due`` after ``minutes`` without keyboard or mouse activity.

    Signals:
        lock_due: the idle time has passed (emitted once per ``start``).
    """

    lock_due = Signal()

    def __init__(
        self,
        clock: Clock,
        *,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = DEFAULT_IDLE_MINUTES
        self._last = clock.now()
        self._active = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def active(self) -> bool:
        return self._active

    def set_minutes(self, minutes: int) -> None:
        """0 turns the idle lock off."""
        self._minutes = max(0, int(minutes))

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._active:
            app.installEventFilter(self)
        self._active = True
        self.touch()
        self.timer.start()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._active:
            app.removeEventFilter(self)
        self._active = False
        self.timer.stop()

    def touch(self) -> None:
        """Count "now" as activity."""
        self._last = self._clock.now()

    def idle_for(self) -> timedelta:
        return self._clock.now() - self._last

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = self._clock.now()
        return False

    @Slot()
    def check(self) -> bool:
        """Emit ``lock_due`` (and stop) if idle for long enough; True if it did."""
        if not self._active or self._minutes <= 0:
            return False
        if self.idle_for() >= timedelta(minutes=self._minutes):
            self.stop()
            self.lock_due.emit()
            return True
        return False


class SessionLockWatcher(QObject):
    """Emits ``session_locked`` when the desktop locks, sleeps or suspends the app.

    Signals:
        session_locked: lock now.

    Attributes:
        listening: human-readable names of the sources actually connected.
    """

    session_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        self._buses: list[object] = []
        self._native: list[object] = []

    def start(
        self,
        *,
        session_bus: object | None = None,
        system_bus: object | None = None,
        platform: str | None = None,
        window: QWidget | None = None,
        windows_api: SessionApi | None = None,
        mac_centers: MacCenters | None = None,
    ) -> None:
        """Connect every source this system has. The system calls can be injected:
        tests use a private bus, a fake wtsapi32 and fake notification centres."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
            self.listening.append("application state")
        platform = platform or sys.platform
        if platform == "win32":
            self._connect_windows(window, windows_api)
        elif platform == "darwin":
            self._connect_macos(mac_centers)
        else:
            self._connect_dbus(session_bus, system_bus)

    def stop(self) -> None:
        """Stop the native listeners (the app is quitting)."""
        from reflect.app.native_session import MacSessionObserver, WindowsSessionFilter

        app = QCoreApplication.instance()
        for native in self._native:
            if isinstance(native, WindowsSessionFilter):
                native.unregister()
                if app is not None:
                    app.removeNativeEventFilter(native)
            elif isinstance(native, MacSessionObserver):
                native.stop()
        self._native.clear()

    def _connect_windows(self, window: QWidget | None, api: SessionApi | None) -> None:
        from reflect.app.native_session import WindowsSessionFilter

        native = WindowsSessionFilter(self.session_locked.emit, api)
        app = QCoreApplication.instance()
        if app is None:
            return
        app.installNativeEventFilter(native)
        self._native.append(native)
        self.listening.append("WM_POWERBROADCAST suspend")
        try:
            registered = window is not None and native.register(int(window.winId()))
        except OSError:
            registered = False  # no wtsapi32 (very old or stripped systems): suspend still works
        if registered:
            self.listening.append("WTS session lock")

    def _connect_macos(self, centers: MacCenters | None) -> None:
        from reflect.app.native_session import MacSessionObserver

        native = MacSessionObserver(self.session_locked.emit, centers)
        try:
            native.start()
        except ImportError:
            return  # PyObjC missing (a broken install): the idle lock still works
        self._native.append(native)
        self.listening.extend(native.listening)

    def _connect_dbus(self, session_bus: object | None, system_bus: object | None) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        assert isinstance(session, QDBusConnection) and isinstance(system, QDBusConnection)
        if session.isConnected():
            for service, path, interface in (
                ("", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                ("", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
                ("", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
            ):
                # The stubs say the slot is bytes; PySide6 wants SLOT()'s str.
                if session.connect(  # type: ignore[call-overload]
                    service, path, interface, "ActiveChanged", self, SLOT("_active_changed(bool)")
                ):
                    self.listening.append(f"{interface} {path}")
            self._buses.append(session)
        if system.isConnected():
            if system.connect(  # type: ignore[call-overload]
                "",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("_prepare_for_sleep(bool)"),
            ):
                self.listening.append("login1 PrepareForSleep")
            # Any session's Lock: over-locking is harmless, missing ours is not.
            if system.connect(  # type: ignore[call-overload]
                "", "", "org.freedesktop.login1.Session", "Lock", self, SLOT("_session_lock()")
            ):
                self.listening.append("login1 Session.Lock")
            self._buses.append(system)

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.session_locked.emit()

    @Slot()
    def _session_lock(self) -> None:
        self.session_locked.emit()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.session_locked.emit()
