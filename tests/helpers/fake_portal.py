"""A stand-in for the desktop's Background portal, run as its own process on a
private D-Bus (tests/app/test_background_portal.py starts it).

Usage: python fake_portal.py <bus address> <answer code> <autostart true|false> <log file>

It owns org.freedesktop.portal.Desktop, answers RequestBackground with the request
handle the spec prescribes, writes the options it received to the log file (one
JSON line), then emits Response on that handle with the given answer (through
gdbus, so that the code is a uint32 as real portals send it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath

ADDRESS, CODE, AUTOSTART, LOG = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "true", sys.argv[4]
app = QCoreApplication(sys.argv[:1])
bus = QDBusConnection.connectToBus(ADDRESS, "fake-portal")


class Background(QObject):
    @Slot(str, "QVariantMap", QDBusMessage, result=QDBusObjectPath)
    def RequestBackground(
        self, parent_window: str, options: dict[str, object], message: QDBusMessage
    ):
        sender = message.service().lstrip(":").replace(".", "_")
        handle = f"/org/freedesktop/portal/desktop/request/{sender}/{options['handle_token']}"
        with open(LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps({"parent_window": parent_window, **options}) + "\n")

        def answer() -> None:
            # gdbus sends the code as the spec's uint32 (PySide6 would send an int32).
            results = f"{{'background': <true>, 'autostart': <{str(AUTOSTART).lower()}>}}"
            subprocess.run(
                [
                    "gdbus",
                    "emit",
                    "--session",
                    "--object-path",
                    handle,
                    "--signal",
                    "org.freedesktop.portal.Request.Response",
                    f"uint32 {CODE}",
                    results,
                ],
                env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": ADDRESS},
                check=True,
                timeout=30,
            )

        QTimer.singleShot(50, answer)
        return QDBusObjectPath(handle)


portal = Background()
assert bus.registerObject(
    "/org/freedesktop/portal/desktop",
    "org.freedesktop.portal.Background",
    portal,
    QDBusConnection.RegisterOption.ExportAllSlots,
)
assert bus.registerService("org.freedesktop.portal.Desktop")
print("ready", flush=True)
app.exec()
