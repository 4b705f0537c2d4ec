"""Putting a restored journal where another one was, so that a crash never leaves none.

Replacing a folder takes two renames (the old one aside, the new one in), and a
crash between them would leave no journal at all: the app would then offer to
create a new one. So the swap is journalled. Before the first rename, an intent
file beside the target names the two folders; after the second, it is removed.
At the next start, ``finish_interrupted_swap`` reads any intent left behind and
completes the swap (the restored journal was verified before the intent was
written) or, if the old journal never moved, drops the staged copy.

``remove_restore_leftovers`` clears staging folders of restores that stopped
before their intent was written (unverified copies, encrypted, of no use).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from reflect.core.fileio import UnsafeFile, atomic_write, fsync_folder, read_small_file

_MAX_INTENT_BYTES = 4096
# The names a swap's two folders can have, after the target's own name: the staging
# folder of a restore (or the finished restore over a damaged journal), and the
# old journal moved aside (or the damaged one, kept).
STAGING_PREFIXES = (".{}.restore-", "{}.restored-")
ASIDE_PREFIXES = (".{}.old-", "{}-damaged-")


def _is_ours(path: Path, target: Path, prefixes: tuple[str, ...]) -> bool:
    return any(path.name.startswith(p.format(target.name)) for p in prefixes)


def intent_path(target: Path) -> Path:
    return target.parent / f".{target.name}.swap"


def swap_in(staging: Path, target: Path, aside: Path, *, keep_aside: bool) -> None:
    """Move ``target`` to ``aside`` and ``staging`` to ``target``, crash-safely.

    ``keep_aside``: the old folder is kept (a damaged journal the user may want);
    otherwise it is deleted once the new one is in place. Raises ``OSError``.
    """
    intent = intent_path(target)
    record = {"staging": staging.name, "aside": aside.name, "keep_aside": keep_aside}
    atomic_write(intent, json.dumps(record).encode())
    os.replace(target, aside)
    try:
        os.replace(staging, target)
    except OSError:
        os.replace(aside, target)  # put the old journal back; the intent is now moot
        intent.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)
    intent.unlink(missing_ok=True)
    if not keep_aside:
        shutil.rmtree(aside, ignore_errors=True)


def finish_interrupted_swap(target: Path) -> bool:
    """Complete or roll back a swap a crash interrupted; True if one was found.

    Safe to call at every start, before anything looks at ``target``.
    """
    intent = intent_path(target)
    try:
        record = json.loads(read_small_file(intent, _MAX_INTENT_BYTES))
        staging = target.parent / Path(str(record["staging"])).name
        aside = target.parent / Path(str(record["aside"])).name
        keep_aside = bool(record.get("keep_aside", False))
    except FileNotFoundError:
        return False
    except (OSError, UnsafeFile, ValueError, KeyError, TypeError, RecursionError):
        return False  # not one of ours: leave it alone
    if not (
        _is_ours(staging, target, STAGING_PREFIXES) and _is_ours(aside, target, ASIDE_PREFIXES)
    ):
        return False  # it names folders Reflect never makes: touch nothing
    if not target.exists() and staging.exists():
        os.replace(staging, target)  # the old journal was moved aside: finish
    elif not target.exists() and aside.exists():
        os.replace(aside, target)  # nothing to finish with: bring the old one back
    elif target.exists() and staging.exists() and not aside.exists():
        shutil.rmtree(staging, ignore_errors=True)  # nothing moved yet: roll back
    fsync_folder(target.parent)
    if aside.exists() and target.exists() and not keep_aside:
        shutil.rmtree(aside, ignore_errors=True)
    intent.unlink(missing_ok=True)
    return True


def recover_after_crash(target: Path) -> None:
    """At start: finish an interrupted swap, then clear restores that never got to one."""
    try:
        finish_interrupted_swap(target)
    except OSError:
        return  # leave everything as it is; the next start tries again
    remove_restore_leftovers(target)


def remove_restore_leftovers(target: Path) -> None:
    """Remove staging folders of restores into ``target`` that never got to the swap."""
    if intent_path(target).exists():
        return  # finish_interrupted_swap decides about these
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(STAGING_PREFIXES[0].format(target.name) + "*"):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
