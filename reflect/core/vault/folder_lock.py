"""The folder lock: one process at a time has a vault open.

An OS file lock on ``.lock``, so the OS releases it even if the process dies.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

from reflect.core.errors import VaultInUse, VaultReadOnly
from reflect.core.fileio import os_error_for_user, try_lock_file

LOCK_FILENAME = ".lock"

T = TypeVar("T")


class FolderLock:
    """An OS file lock on ``.lock``: released by the OS even if the process dies."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_FILENAME
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            handle = try_lock_file(self._path)
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise VaultReadOnly() from exc
            raise os_error_for_user(exc, self._path) from exc
        if handle is None:
            raise VaultInUse()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def check_free(self) -> None:
        """Raise ``VaultInUse`` if another process holds the folder; hold nothing after."""
        self.acquire()
        self.release()

    def open_holding(self, opener: Callable[[], T]) -> T:
        """Take the lock, run ``opener``; if it fails, let the lock go and re-raise.

        Create, unlock and recovery unlock all open under the lock this way, so a
        refused passphrase or a damaged file never leaves the folder locked.
        """
        self.acquire()
        try:
            return opener()
        except BaseException:
            self.release()
            raise
