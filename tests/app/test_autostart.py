"""Start at login: the Linux .desktop file for real, macOS plist and Windows Run key."""

from __future__ import annotations

import configparser
import os
import plistlib
import shlex
import sys
from pathlib import Path

import pytest

from reflect.app import autostart
from reflect.core.app_id import APP_ID
from reflect.core.errors import UserError
from tests.helpers.reminder_fakes import FakeRegistry


def test_linux_autostart_is_written_and_removed() -> None:
    home = Path(os.environ["HOME"])
    switch = autostart.XdgAutostart()
    expected = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / f"{APP_ID}.desktop"
    assert switch.path == expected
    assert expected.is_relative_to(home)
    assert not switch.is_enabled()

    switch.enable()
    assert switch.is_enabled()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(expected, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Reflect"
    assert desktop["Terminal"] == "false"
    args = shlex.split(desktop["Exec"])
    assert args == [sys.executable, "-m", "reflect", "--background"]

    switch.enable()  # twice is fine
    switch.disable()
    assert not switch.is_enabled()
    assert not expected.exists()
    switch.disable()  # and so is removing twice


def test_linux_autostart_ignores_a_relative_xdg_config_home(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")
    assert autostart.XdgAutostart().path == (
        Path(os.environ["HOME"]) / ".config" / "autostart" / f"{APP_ID}.desktop"
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["/usr/bin/python3", "-m", "reflect"], "/usr/bin/python3 -m reflect"),
        (["/home/Dr Ann/venv/bin/python"], '"/home/Dr Ann/venv/bin/python"'),
        (["/opt/50%/python"], "/opt/50%%/python"),
        (['/a "b"/$c'], '"/a \\\\"b\\\\"/\\\\$c"'),
    ],
)
def test_desktop_exec_quoting(args: list[str], expected: str) -> None:
    assert autostart.desktop_exec(args) == expected


def test_the_desktop_file_holds_nothing_but_the_command() -> None:
    switch = autostart.XdgAutostart(command=["/opt/reflect/Reflect", "--background"])
    switch.enable()
    text = switch.path.read_text()
    assert "Exec=/opt/reflect/Reflect --background" in text
    keys = {line.split("=", 1)[0] for line in text.splitlines() if "=" in line}
    assert keys == {
        "Type", "Name", "Comment", "Exec", "Icon", "Terminal", "X-GNOME-Autostart-enabled"
    }  # fmt: skip


def test_macos_launch_agent(tmp_path: Path) -> None:
    switch = autostart.LaunchAgentAutostart(home=tmp_path)
    assert not switch.is_enabled()
    switch.enable()
    path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert switch.is_enabled()
    data = plistlib.loads(path.read_bytes())
    assert data["Label"] == APP_ID
    assert data["RunAtLoad"] is True
    assert data["ProgramArguments"][-1] == "--background"
    assert data["ProgramArguments"][0] == sys.executable
    switch.disable()
    assert not path.exists()


def test_macos_uses_home() -> None:
    assert autostart.LaunchAgentAutostart().path.is_relative_to(Path(os.environ["HOME"]))


def test_windows_run_key() -> None:
    registry = FakeRegistry()
    command = ["C:\\Program Files\\Reflect\\Reflect.exe", "--background"]
    switch = autostart.WindowsAutostart(command=command, key=registry)
    assert not switch.is_enabled()
    switch.enable()
    assert registry.values == {"Reflect": '"C:\\Program Files\\Reflect\\Reflect.exe" --background'}
    assert switch.is_enabled()
    switch.disable()
    assert registry.values == {}
    assert not switch.is_enabled()


def test_windows_registry_errors_are_explained() -> None:
    class Refusing(FakeRegistry):
        def set(self, name: str, value: str) -> None:
            raise PermissionError("denied")

    with pytest.raises(UserError, match="start at login"):
        autostart.WindowsAutostart(command=["x"], key=Refusing()).enable()


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("linux", autostart.XdgAutostart),
        ("freebsd14", autostart.XdgAutostart),
        ("darwin", autostart.LaunchAgentAutostart),
        ("win32", autostart.WindowsAutostart),
    ],
)
def test_for_platform(platform: str, kind: type) -> None:
    assert isinstance(autostart.for_platform(platform), kind)


def test_a_frozen_app_starts_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.launch_command() == [sys.executable, "--background"]
