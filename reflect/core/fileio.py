"""Writing files so that a crash or a full disk never leaves a half-written one."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import IO

from reflect.core.errors import StorageFull, UserError
from reflect.core.language import tr_core

_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM}


def atomic_write(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` all at once: a temp file beside it, fsync, rename.

    The old file (if any) stays untouched until the new one is complete. The temp
    file lives in the same folder, so nothing is written anywhere the user did not
    choose; it is removed if anything fails.
    """
    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        tmp = Path(tmp_name)
        try:
            os.chmod(tmp, mode)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        fsync_folder(folder)
    except OSError as exc:
        raise os_error_for_user(exc, path) from exc


PRIVATE_FILE_MODE = 0o600


def create_private(path: Path) -> IO[bytes]:
    """Create ``path`` for writing, readable by this user only whatever the umask.

    Fails if it exists (``FileExistsError``), so nothing is ever overwritten here.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, PRIVATE_FILE_MODE), "wb")


def make_private(path: Path) -> None:
    """Narrow an existing file's permissions to this user (POSIX; best effort).

    For files another library created with the umask's mode (SQLite's database,
    write-ahead log and shared-memory files).
    """
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_FILE_MODE, follow_symlinks=False)


class UnsafeFile(ValueError):
    """A file that should be small and regular is a link, a device, a pipe or too big.

    ``reason`` says which: ``"link"``, ``"not a file"`` or ``"too big"``.
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def read_small_file(path: Path, limit: int) -> bytes:
    """Read a small file Reflect wrote itself (a header, the reminders file).

    Only a regular file of at most ``limit`` bytes is read: a symlink is not
    followed (where the system can refuse one), and a pipe or device is refused
    without blocking, so a tampered folder cannot hang Reflect or fill its memory.
    Raises ``FileNotFoundError`` when missing, ``UnsafeFile`` for anything
    else than a small regular file, and ``OSError`` when it cannot be read.
    """
    if not hasattr(os, "O_NOFOLLOW") and path.is_symlink():
        raise UnsafeFile(f"{path.name} is a link", "link")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnsafeFile(f"{path.name} is a link", "link") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(f"{path.name} is not a regular file", "not a file")
        if info.st_size > limit:
            raise UnsafeFile(f"{path.name} is larger than {limit} bytes", "too big")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise UnsafeFile(f"{path.name} is larger than {limit} bytes", "too big")
        return b"".join(chunks)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def os_error_for_user(exc: OSError, path: Path) -> UserError:
    """Explain a failed write in words a user can act on."""
    if exc.errno in _NO_SPACE:
        return StorageFull(
            tr_core(
                "Reflect could not write to {folder}: the disk is full or the folder "
                "cannot be written to. Free some space or choose another folder; nothing "
                "was changed."
            ).format(folder=path.parent)
        )
    return UserError(
        tr_core(
            "Reflect could not write to {folder} ({reason}). "
            "Nothing was changed; try another folder."
        ).format(folder=path.parent, reason=exc.strerror or exc)
    )


def try_lock_file(path: Path) -> IO[bytes] | None:
    """Open ``path`` and take an exclusive OS lock on it, without waiting.

    Returns the open handle: the lock lasts until it is closed, and the operating
    system releases it if the process dies, so a crash never leaves a stale lock.
    Returns ``None`` when another process (or another handle) holds it. Errors
    opening the file (a read-only folder) propagate as ``OSError``.
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    handle = os.fdopen(fd, "a+b")  # the caller keeps it open to hold the lock
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle
