"""Two Reflect processes, two journals, one shared folder: what one writes, the other shows.

Both apps run on one private Xvfb display (``python -m reflect --vault DIR``), as
two computers would, with the folder a sync tool would carry between them. Keys
go to each window by its process (xdotool), and what reached each journal is
read back from its database. Issue 17's real-window proof.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from pathlib import Path

from reflect.core.journal import settings
from reflect.core.sync import SyncFolder
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.e2e.test_real_window import (  # noqa: F401 - display is a fixture
    PASSPHRASE,
    RunningApp,
    _poll,
    _stored_bodies,
    _wait,
    display,
    pytestmark,
)


class App(RunningApp):
    """A running Reflect whose window is found by its process, not by its title
    (two windows called "Reflect" are on the screen)."""

    def window(self) -> str | None:
        found = subprocess.run(
            ["xdotool", "search", "--all", "--onlyvisible", "--pid", str(self.proc.pid), "--name",
             "^Reflect$"],
            env=self.env, capture_output=True, text=True,
        )  # fmt: skip
        ids = found.stdout.split()
        return ids[0] if ids else None

    def focus(self) -> None:
        window = self.window()
        assert window is not None
        self.xdo("windowraise", window)
        self.xdo("windowfocus", "--sync", window)  # no window manager on Xvfb: focus directly

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        _wait(lambda: self.window() is None, 10, "the killed app's window to go")

    def unlock_own(self) -> None:
        _wait(lambda: self.window() is not None, 45, "the unlock window")
        self.focus()
        self.xdo("type", "--delay", "5", PASSPHRASE)
        self.xdo("key", "Return")
        _wait(self.holds_vault, 30, "the journal to unlock")


def test_what_one_window_writes_appears_in_the_other(
    display: str,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    shared = tmp_path / "Syncthing" / "Reflect"
    shared.mkdir(parents=True)
    home, recovery = Vault.create(tmp_path / "home", PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    settings.SYNC_FOLDER.write(home.journal, str(shared))
    SyncFolder(shared).sync(home)
    home.lock()
    SyncFolder(shared).join(
        tmp_path / "laptop", passphrase=PASSPHRASE, kdf=KdfParams.cheap_for_tests()
    ).lock()

    first = App(tmp_path / "home", display)
    second = App(tmp_path / "laptop", display)
    try:
        first.unlock_own()
        second.unlock_own()
        first.focus()
        words = "Written at home in a real window"
        first.xdo("key", "ctrl+n")
        first.xdo("type", "--delay", "15", words)
        _wait(lambda: words in _stored_bodies(tmp_path / "home", recovery), 20, "autosave")
        first.xdo("key", "ctrl+l")  # locking takes the last words to the folder
        # The laptop's watcher sees home's file change, waits for a still keyboard,
        # merges off the UI thread: the entry is in its journal, and its list.
        arrived = _poll(lambda: words in _stored_bodies(tmp_path / "laptop", recovery), 60)
        second.focus()
        second.screenshot(tmp_path / "two-windows.png")  # the laptop's list, to look at
        assert arrived, f"never reached the other journal (screen: {tmp_path})"
        reply = "And read on the laptop"
        second.xdo("key", "ctrl+n")
        second.xdo("type", "--delay", "15", reply)
        _wait(lambda: reply in _stored_bodies(tmp_path / "laptop", recovery), 20, "autosave")
        second.xdo("key", "ctrl+l")
        first.focus()
        first.xdo("type", "--delay", "5", PASSPHRASE)
        first.xdo("key", "Return")  # home unlocks, and syncs right after
        _wait(lambda: reply in _stored_bodies(tmp_path / "home", recovery), 60, "the reply at home")
    finally:
        first.kill()
        second.kill()
    for folder in ("home", "laptop"):
        vault = Vault.unlock(tmp_path / folder, PASSPHRASE)
        try:
            assert sorted(e.body for e in vault.journal.list_entries()) == sorted([words, reply])
            assert vault.integrity_problems() == []
        finally:
            vault.lock()
