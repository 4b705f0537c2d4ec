"""Start at login in a Flatpak: the Background portal, never an autostart file.

The decision (what is asked, what an answer means, what the user is told) is
tested with a fake transport; the D-Bus call itself against a stand-in portal on
a private bus (tests/helpers/fake_portal.py), as the desktop would answer it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection

from reflect.app import autostart
from reflect.app.background_portal import PortalAutostart, QtDBusPortal, in_flatpak
from reflect.core.errors import UserError

HELPER = Path(__file__).parents[1] / "helpers" / "fake_portal.py"
COMMAND = ["reflect", "--background"]


class FakePortal:
    def __init__(self, answer: tuple[int, dict[str, Any]] | None) -> None:
        self.answer = answer
        self.asked: list[dict[str, Any]] = []

    def request_background(self, options: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        self.asked.append(options)
        return self.answer


def test_granted_start_at_login_is_remembered_and_switched_off_again(tmp_path: Path) -> None:
    portal = FakePortal((0, {"background": True, "autostart": True}))
    switch = PortalAutostart(COMMAND, tmp_path / "start-at-login", portal)
    assert not switch.is_enabled()
    switch.enable()
    assert switch.is_enabled()
    assert portal.asked[0]["autostart"] is True
    assert portal.asked[0]["commandline"] == COMMAND
    assert "reminders" in portal.asked[0]["reason"]
    assert (tmp_path / "start-at-login").read_text() == "on\n"  # nothing else in it
    portal.answer = (0, {"background": True, "autostart": False})
    switch.disable()
    assert portal.asked[1]["autostart"] is False
    assert not switch.is_enabled()
    assert not (tmp_path / "start-at-login").exists()


@pytest.mark.parametrize(
    "answer",
    [(0, {"background": True, "autostart": False}), (1, {}), (2, {})],
    ids=["refused", "cancelled", "other"],
)
def test_a_refusal_is_explained_and_leaves_it_off(
    tmp_path: Path, answer: tuple[int, dict[str, Any]]
) -> None:
    switch = PortalAutostart(COMMAND, tmp_path / "start-at-login", FakePortal(answer))
    with pytest.raises(UserError, match="did not allow Reflect to start at login"):
        switch.enable()
    assert not switch.is_enabled()


def test_no_portal_changes_nothing_and_says_so(tmp_path: Path) -> None:
    state = tmp_path / "start-at-login"
    state.write_text("on\n")
    switch = PortalAutostart(COMMAND, state, FakePortal(None))
    with pytest.raises(UserError, match="did not answer"):
        switch.disable()
    assert switch.is_enabled()  # what was on stays on


def test_inside_a_flatpak_no_autostart_file_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert in_flatpak({"FLATPAK_ID": "io.github.reflectjournal.Reflect"}, tmp_path / "none")
    assert not in_flatpak({}, tmp_path / "none")
    (tmp_path / ".flatpak-info").write_text("[Application]\n")
    assert in_flatpak({}, tmp_path / ".flatpak-info")
    switch = autostart.for_platform("linux", flatpak=True)
    assert isinstance(switch, PortalAutostart)
    assert not isinstance(autostart.for_platform("linux", flatpak=False), PortalAutostart)


# --- over D-Bus -----------------------------------------------------------------------

needs_dbus = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or shutil.which("gdbus") is None,
    reason="dbus-daemon and gdbus are needed",
)


def _start_portal(address: str, code: int, autostart_on: bool, log: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(HELPER), address, str(code), str(autostart_on).lower(), str(log)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


@needs_dbus
@pytest.mark.gui
@pytest.mark.parametrize(("code", "granted"), [(0, True), (0, False), (1, False)])
def test_the_request_travels_over_dbus_and_the_answer_comes_back(
    qapp: object, bus_address: str, tmp_path: Path, code: int, granted: bool
) -> None:
    log = tmp_path / "portal.log"
    portal = _start_portal(bus_address, code, granted, log)
    name = f"reflect-portal-{code}-{granted}"
    bus = QDBusConnection.connectToBus(bus_address, name)
    try:
        switch = PortalAutostart(
            COMMAND, tmp_path / "start-at-login", QtDBusPortal(bus, timeout_ms=10_000)
        )
        if code == 0 and granted:
            switch.enable()
            assert switch.is_enabled()
        else:
            with pytest.raises(UserError, match="did not allow"):
                switch.enable()
            assert not switch.is_enabled()
        [sent] = [json.loads(line) for line in log.read_text().splitlines()]
        assert sent["autostart"] is True
        assert sent["commandline"] == COMMAND
        assert sent["dbus-activatable"] is False
        assert sent["handle_token"].startswith("reflect_")
    finally:
        QDBusConnection.disconnectFromBus(name)
        portal.terminate()
        portal.wait(timeout=10)
        assert portal.stdout is not None
        portal.stdout.close()


@needs_dbus
@pytest.mark.gui
def test_with_no_portal_on_the_bus_the_user_is_told(
    qapp: object, bus_address: str, tmp_path: Path
) -> None:
    bus = QDBusConnection.connectToBus(bus_address, "reflect-no-portal")
    try:
        switch = PortalAutostart(COMMAND, tmp_path / "s", QtDBusPortal(bus, timeout_ms=2_000))
        with pytest.raises(UserError, match="did not answer"):
            switch.enable()
    finally:
        QDBusConnection.disconnectFromBus("reflect-no-portal")
