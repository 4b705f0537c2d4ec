"""Start at login: one small, removable entry per platform, nothing else.

* Linux (and other XDG desktops): ``$XDG_CONFIG_HOME/autostart/<APP_ID>.desktop``;
  inside a Flatpak, the desktop's Background portal instead (background_portal.py).
* Windows: a value named "Reflect" under ``HKCU\\Software\\Microsoft\\Windows\\
  CurrentVersion\\Run`` (per user; no administrator rights).
* macOS: ``~/Library/LaunchAgents/<APP_ID>.plist``, loaded by launchd at the next login.

Each starts Reflect with ``--background``: into the tray (or minimised), locked, so
reminders keep their times. None of them holds anything but the command line.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from reflect.core.app_id import APP_ID
from reflect.core.errors import UserError
from reflect.core.fileio import atomic_write

BACKGROUND_FLAG = "--background"
RUN_VALUE_NAME = "Reflect"


class Autostart(Protocol):
    """What the reminders dialog needs: ask, switch on, switch off."""

    def is_enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...


def launch_command() -> list[str]:
    """How to start this Reflect again, in the background."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is Reflect
        return [sys.executable, BACKGROUND_FLAG]
    python = Path(sys.executable)
    if os.name == "nt":
        # pythonw.exe starts without a console window flashing up at login.
        windowed = python.with_name("pythonw.exe")
        python = windowed if windowed.exists() else python
    return [str(python), "-m", "reflect", BACKGROUND_FLAG]


# --- Linux / XDG ----------------------------------------------------------------------

_DESKTOP_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_exec(args: Sequence[str]) -> str:
    """An ``Exec=`` value per the Desktop Entry spec: arguments with reserved
    characters double-quoted with ``"`, `$``, backtick and backslash escaped, then
    the string-level escaping of backslashes, and ``%`` doubled."""
    parts = []
    for arg in args:
        arg = arg.replace("%", "%%")
        if any(ch in _DESKTOP_RESERVED for ch in arg):
            inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
            arg = f'"{inner}"'
        parts.append(arg.replace("\\", "\\\\"))
    return " ".join(parts)


def xdg_config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    # The spec says to ignore a relative path.
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".config"


class XdgAutostart:
    """``<APP_ID>.desktop`` in the XDG autostart folder."""

    def __init__(self, command: Sequence[str] | None = None, folder: Path | None = None) -> None:
        self._command = list(command) if command is not None else launch_command()
        self.path = (folder or xdg_config_home() / "autostart") / f"{APP_ID}.desktop"

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self) -> None:
        text = "\n".join(
            (
                "[Desktop Entry]",
                "Type=Application",
                "Name=Reflect",
                "Comment=Starts Reflect quietly so that reminders can arrive",
                f"Exec={desktop_exec(self._command)}",
                f"Icon={APP_ID}",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            )
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, text.encode("utf-8"), mode=0o644)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# --- macOS -------------------------------------------------------------------------------


class LaunchAgentAutostart:
    """``~/Library/LaunchAgents/<APP_ID>.plist``, run at login by launchd."""

    def __init__(self, command: Sequence[str] | None = None, home: Path | None = None) -> None:
        self._command = list(command) if command is not None else launch_command()
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self) -> None:
        plist = {
            "Label": APP_ID,
            "ProgramArguments": self._command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, plistlib.dumps(plist), mode=0o644)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# --- Windows ------------------------------------------------------------------------------


class RunKey(Protocol):
    """The per-user Run key (a fake in tests)."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def _winreg() -> Any:
    # Only on Windows; typed as Any so type checks pass on every platform.
    return importlib.import_module("winreg")


class WinRegRunKey:
    """``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` through winreg,
    imported only when used (it exists only on Windows)."""

    KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"

    def get(self, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        winreg = _winreg()
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, self.KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


class WindowsAutostart:
    """A "Reflect" value in the per-user Run key."""

    def __init__(self, command: Sequence[str] | None = None, key: RunKey | None = None) -> None:
        self._command = list(command) if command is not None else launch_command()
        self._key: RunKey = key or WinRegRunKey()

    @property
    def command_line(self) -> str:
        return subprocess.list2cmdline(self._command)

    def is_enabled(self) -> bool:
        return self._key.get(RUN_VALUE_NAME) is not None

    def enable(self) -> None:
        try:
            self._key.set(RUN_VALUE_NAME, self.command_line)
        except OSError as exc:
            raise UserError(
                "Reflect could not add itself to the programs that start at login. "
                "Nothing else was changed."
            ) from exc

    def disable(self) -> None:
        try:
            self._key.delete(RUN_VALUE_NAME)
        except OSError as exc:
            raise UserError(
                "Reflect could not remove itself from the programs that start at login. "
                "You can remove it in Task Manager, under Startup apps."
            ) from exc


def for_platform(platform: str | None = None, *, flatpak: bool | None = None) -> Autostart:
    """The start-at-login switch for this computer."""
    from reflect.app.background_portal import PortalAutostart, in_flatpak
    from reflect.core.paths import AppPaths

    platform = platform or sys.platform
    if platform == "win32":
        return WindowsAutostart()
    if platform == "darwin":
        return LaunchAgentAutostart()
    if in_flatpak() if flatpak is None else flatpak:
        # The manifest's command; the portal runs it inside the sandbox.
        state = AppPaths.for_user().config / "start-at-login"
        return PortalAutostart(["reflect", BACKGROUND_FLAG], state)
    return XdgAutostart()
