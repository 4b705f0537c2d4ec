"""The seams the app is built from, in one dataclass.

``main`` builds the real ones; tests build one over temp folders with a fake
clock, ``FakeDialogs`` and ``InstantRunner`` (see tests/app/conftest.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reflect.app.settings import Settings
from reflect.core.clock import Clock
from reflect.core.paths import AppPaths
from reflect.core.vault.crypto import KdfParams
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.tasks_protocol import TaskRunnerLike


@dataclass
class Services:
    """Everything the controller needs from the outside world.

    Attributes:
        paths: Reflect's folders on this computer.
        clock: the source of "now" (a FakeClock in tests).
        dialogs: message boxes and file pickers.
        tasks: runs slow work off the UI thread.
        settings: the non-sensitive QSettings wrapper.
        vault_path: the vault folder to open (or create on first run).
        kdf: Argon2id parameters for new headers; None = calibrate on this machine.
        unlock_hint: a passphrase to show on the unlock page (the ``--demo`` vault only).
    """

    paths: AppPaths
    clock: Clock
    dialogs: Dialogs
    tasks: TaskRunnerLike
    settings: Settings
    vault_path: Path
    kdf: KdfParams | None = None
    unlock_hint: str | None = None
