"""Why a file in the sync folder was left out, in the words the user reads.

A file that cannot be used is skipped (``SkippedFile``) and changes nothing; the
reason is shown in Settings > Two computers and under the entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.core.language import QT_TR_NOOP

if TYPE_CHECKING:
    from reflect.core.portability.sync.sealed import KeyFile

DAMAGED = QT_TR_NOOP(
    "This file is damaged or was changed by something other than Reflect, so it was skipped."
)
NEWER = QT_TR_NOOP(
    "This file was made by a newer Reflect, so it was skipped. Install the latest Reflect."
)
OTHER_JOURNAL = QT_TR_NOOP("This file belongs to another journal, so it was skipped.")
KEY_CHANGED_THERE = QT_TR_NOOP(
    "Your passphrase or recovery key was changed on another computer. Enter the passphrase "
    "you use there once, and this computer will be in step again."
)
KEY_CHANGED_HERE = QT_TR_NOOP(
    "This file was written before this computer changed the journal's recovery key. "
    "It will be in step once Reflect has been opened on that computer and its passphrase "
    "entered there."
)
TOO_LARGE = QT_TR_NOOP("This file is far larger than a journal could make, so it was skipped.")

UNREADABLE = QT_TR_NOOP("Reflect could not read this file, so it was skipped.")


class SkippedFile(Exception):
    """A file in the folder that was left out; ``reason`` says why in plain words.

    ``sealed_under``: for a file of this journal sealed under another key, its
    key file and stamp (which of the two computers changed the key last decides
    who asks for the passphrase)."""

    def __init__(self, reason: str, sealed_under: KeyFile | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.sealed_under = sealed_under
