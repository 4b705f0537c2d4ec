"""One Reflect per vault: a second launch raises the first window and exits 0.

The second side is a real process (``python -m reflect --vault DIR``); the first
side is this test process holding the instance lock and watching for requests,
the same code ``main`` runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.main import ALREADY_RUNNING
from reflect.app.single_instance import (
    REQUEST_PREFIX,
    InstanceLock,
    instance_folder,
    request_raise,
    watch_requests,
)
from reflect.core.paths import AppPaths

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support"),
]


def test_a_second_lock_on_the_same_vault_fails(tmp_path: Path) -> None:
    folder = instance_folder(tmp_path / "data", tmp_path / "journal")
    first, second = InstanceLock(folder), InstanceLock(folder)
    assert first.acquire()
    try:
        assert not second.acquire()
    finally:
        first.release()
    assert second.acquire()  # released: the next start may take it
    second.release()


def test_different_vaults_do_not_share_a_lock(tmp_path: Path) -> None:
    a = InstanceLock(instance_folder(tmp_path, tmp_path / "one"))
    b = InstanceLock(instance_folder(tmp_path, tmp_path / "two"))
    assert a.acquire() and b.acquire()
    a.release()
    b.release()


def test_the_folder_name_reveals_nothing(tmp_path: Path) -> None:
    folder = instance_folder(tmp_path, tmp_path / "my private journal")
    assert "private" not in folder.name and len(folder.name) == 24


def test_stale_requests_are_ignored_on_start(tmp_path: Path) -> None:
    folder = tmp_path / "inst"
    request_raise(folder)
    lock = InstanceLock(folder)
    assert lock.acquire()
    assert not any(p.name.startswith(REQUEST_PREFIX) for p in folder.iterdir())
    lock.release()


def test_second_launch_raises_the_running_window(
    controller: AppController, qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.for_user()  # the test's own (redirected) home, as the child sees it
    vault = tmp_path / "journal"
    lock = InstanceLock(instance_folder(paths.data, vault))
    assert lock.acquire()
    raised: list[bool] = []

    def bring_to_front() -> None:
        controller.shell.bring_to_front()
        raised.append(True)

    watcher = watch_requests(lock, bring_to_front)
    controller.start()
    controller.shell.showMinimized()
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run(
            [sys.executable, "-m", "reflect", "--vault", str(vault), "--self-quit-after-start"],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == ALREADY_RUNNING
        assert "window shown" not in result.stdout  # it never opened a window of its own
        qtbot.waitUntil(lambda: bool(raised), timeout=10_000)
        assert not controller.shell.isMinimized()
        assert not any(p.name.startswith(REQUEST_PREFIX) for p in lock.folder.iterdir())
    finally:
        del watcher
        lock.release()
