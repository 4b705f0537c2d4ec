"""The session-lock listener against a real, private D-Bus daemon (skipped without one)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from reflect.app.locking import SessionLockWatcher

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="dbus-daemon not installed"),
]


@pytest.mark.parametrize(
    ("path", "member"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged"),
    ],
)
def test_the_screen_saver_starting_locks_and_ending_does_not(
    qtbot: QtBot, bus_address: str, path: str, member: str
) -> None:
    name = f"reflect-test-{path.count('gnome')}"
    bus = QDBusConnection.connectToBus(bus_address, name)
    try:
        assert bus.isConnected()
        watcher = SessionLockWatcher()
        watcher.start(session_bus=bus, system_bus=QDBusConnection("no-such-bus"))
        assert any(path in source for source in watcher.listening)
        emitted: list[bool] = []
        watcher.session_locked.connect(lambda: emitted.append(True))
        send = ["dbus-send", f"--bus={bus_address}", "--type=signal", path, member]
        # "Screen saver ended" first, then "started": the bus keeps their order, so
        # exactly one lock means the first was ignored and the second obeyed.
        subprocess.run([*send, "boolean:false"], check=True, timeout=10)
        with qtbot.waitSignal(watcher.session_locked, timeout=10_000):
            subprocess.run([*send, "boolean:true"], check=True, timeout=10)
        assert emitted == [True]
    finally:
        QDBusConnection.disconnectFromBus(name)
