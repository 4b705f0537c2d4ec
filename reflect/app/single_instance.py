"""One Reflect per vault, without sockets: a file lock plus a "please raise" file.

How it works:

- Every vault path gets a small folder ``<data>/instances/<digest>/`` (the digest
  is a SHA-256 of the resolved vault path, so the folder name reveals nothing).
  It is outside the vault folder on purpose: first run must be able to create
  the vault in an empty folder.
- The first process takes an exclusive OS lock on ``instance.lock`` in it (flock
  on POSIX, msvcrt on Windows; the OS releases it if the process dies, so a
  crash never leaves a stale lock) and keeps it until it exits.
- A second process for the same vault cannot take the lock. It writes an empty
  file ``raise-<pid>-<random>`` in the folder and exits 0, saying so on stdout.
- The first process watches the folder with ``QFileSystemWatcher``; a new
  ``raise-*`` file makes it delete the file and bring its window to the front.

The vault's own ``.lock`` (``VaultInUse``) still guards the database itself, for
processes that do not share this instances folder (another user's data folder).
No local server and no sockets of any kind: Reflect never opens one.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from reflect.core.fileio import try_lock_file

if TYPE_CHECKING:
    from PySide6.QtCore import QFileSystemWatcher

REQUEST_PREFIX = "raise-"
LOCK_NAME = "instance.lock"


def instance_folder(data_dir: Path, vault_path: Path) -> Path:
    digest = hashlib.sha256(str(vault_path.resolve()).encode("utf-8")).hexdigest()[:24]
    return data_dir / "instances" / digest


class InstanceLock:
    """The "I am the Reflect for this vault" lock."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        """True if this process now owns the vault; False if another one does."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle = try_lock_file(self.folder / LOCK_NAME)
        if handle is None:
            return False
        self._handle = handle
        self.take_requests()  # stale requests from before we started mean nothing
        return True

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def take_requests(self) -> int:
        """Delete pending raise requests; returns how many there were."""
        count = 0
        try:
            names = list(self.folder.iterdir())
        except OSError:
            return 0
        for path in names:
            if path.name.startswith(REQUEST_PREFIX):
                try:
                    path.unlink()
                    count += 1
                except OSError:
                    pass  # already taken
        return count


def request_raise(folder: Path) -> Path:
    """From a second process: ask the running one to come to the front."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / f"{REQUEST_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    path.write_bytes(b"")
    return path


def watch_requests(lock: InstanceLock, on_request: Callable[[], None]) -> QFileSystemWatcher:
    """Watch the folder with QFileSystemWatcher; call ``on_request()`` for each request.

    Returns the watcher (keep a reference). Imported lazily: the second process
    never needs Qt.
    """
    from PySide6.QtCore import QFileSystemWatcher

    watcher = QFileSystemWatcher([str(lock.folder)])

    def changed(_path: str) -> None:
        if lock.take_requests():
            on_request()

    watcher.directoryChanged.connect(changed)
    return watcher
