"""Start at login inside a Flatpak: the Background portal, not an autostart file.

A Flatpak app's ``~/.config`` is its own private folder, so the XDG autostart file
``XdgAutostart`` writes would never be read by the desktop. The sandbox asks the
desktop instead, through ``org.freedesktop.portal.Background.RequestBackground``
with ``autostart`` set (the desktop may ask the user; GNOME does). The portal
answers on a Request object's ``Response`` signal.

The portal has no "is it on?" question, so the answer the desktop last gave is
kept in a one-word file in Reflect's config folder (inside the sandbox), holding
no journal text. ``PortalAutostart`` holds the decision (what to ask, what the
answer means, what to say when it is refused) and is tested with a fake
transport; ``QtDBusPortal`` only carries the call.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import SLOT, QEventLoop, QObject, QTimer, Slot

from reflect.core.errors import UserError
from reflect.core.fileio import atomic_write

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
BACKGROUND = "org.freedesktop.portal.Background"
REQUEST = "org.freedesktop.portal.Request"
# How long to wait for the desktop's answer (it may be waiting for the user).
ANSWER_TIMEOUT_MS = 120_000
REASON = "Reflect starts quietly at login, locked, so that your reminders arrive on time."


def in_flatpak(environ: Mapping[str, str] | None = None, info: Path | None = None) -> bool:
    """True inside a Flatpak sandbox (it always has /.flatpak-info)."""
    environ = os.environ if environ is None else environ
    return bool(environ.get("FLATPAK_ID")) or (info or Path("/.flatpak-info")).exists()


class PortalTransport(Protocol):
    """Sends RequestBackground; returns the Response's (code, results), or None if
    no portal answered."""

    def request_background(self, options: dict[str, Any]) -> tuple[int, dict[str, Any]] | None: ...


class PortalAutostart:
    """The start-at-login switch for a Flatpak."""

    def __init__(
        self, command: Sequence[str], state_file: Path, transport: PortalTransport | None = None
    ) -> None:
        self._command = list(command)
        self.state_file = state_file
        self._transport: PortalTransport = transport or QtDBusPortal()

    def is_enabled(self) -> bool:
        try:
            return self.state_file.read_text(encoding="ascii").strip() == "on"
        except (OSError, UnicodeDecodeError):
            return False

    def enable(self) -> None:
        self._ask(autostart=True)

    def disable(self) -> None:
        self._ask(autostart=False)

    def _ask(self, *, autostart: bool) -> None:
        options: dict[str, Any] = {
            "reason": REASON,
            "autostart": autostart,
            "commandline": self._command,
            "dbus-activatable": False,
        }
        answer = self._transport.request_background(options)
        if answer is None:
            raise UserError(
                "Your desktop did not answer Reflect's request to start at login (its "
                "background portal is missing or busy). Nothing was changed; you can try "
                "again, or add Reflect to your desktop's startup programs yourself."
            )
        code, results = answer
        granted = code == 0 and bool(results.get("autostart", False))
        if autostart and not granted:
            self._remember(on=False)
            raise UserError(
                "Your desktop did not allow Reflect to start at login. You can allow it in "
                "your desktop's settings for Reflect (often under Apps, as running in the "
                "background), then tick this box again."
            )
        self._remember(on=autostart and granted)

    def _remember(self, *, on: bool) -> None:
        if on:
            self.state_file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.state_file, b"on\n", mode=0o600)
        else:
            self.state_file.unlink(missing_ok=True)


class QtDBusPortal(QObject):
    """RequestBackground over the session bus, waiting (in a local event loop, so the
    window keeps turning) for the Request's Response."""

    def __init__(self, bus: object | None = None, timeout_ms: int = ANSWER_TIMEOUT_MS) -> None:
        super().__init__()
        self._bus = bus
        self._timeout_ms = timeout_ms
        self._answer: tuple[int, dict[str, Any]] | None = None
        self._loop: QEventLoop | None = None

    def request_background(self, options: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        assert isinstance(bus, QDBusConnection)
        if not bus.isConnected():
            return None
        # Subscribe to the answer before asking, at the path the portal will use
        # (the spec's handle_token scheme), so a quick answer cannot be missed. Any
        # sender, as Qt's own portal file dialog does: the path holds a random token.
        token = "reflect_" + secrets.token_hex(8)
        sender = bus.baseService().lstrip(":").replace(".", "_")
        handle = f"{PORTAL_PATH}/request/{sender}/{token}"
        if not bus.connect(  # type: ignore[call-overload]
            "", handle, REQUEST, "Response", self, SLOT("_response(uint,QVariantMap)")
        ):
            return None
        self._answer = None
        try:
            portal = QDBusInterface(PORTAL_SERVICE, PORTAL_PATH, BACKGROUND, bus)
            reply = portal.call("RequestBackground", "", {**options, "handle_token": token})
            if reply.type() == QDBusMessage.MessageType.ErrorMessage:
                return None
            loop = self._loop = QEventLoop()
            QTimer.singleShot(self._timeout_ms, loop.quit)
            if self._answer is None:
                loop.exec()
            return self._answer
        finally:
            self._loop = None
            bus.disconnect(  # type: ignore[call-overload]
                "", handle, REQUEST, "Response", self, SLOT("_response(uint,QVariantMap)")
            )

    @Slot("uint", "QVariantMap")
    def _response(self, code: int, results: dict[str, Any]) -> None:
        self._answer = (int(code), dict(results))
        if self._loop is not None:
            self._loop.quit()
