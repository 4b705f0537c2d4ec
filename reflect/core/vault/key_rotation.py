"""A new recovery key, made so that no crash leaves the user without a key that works.

Rotating the recovery key means a new data key: the database is re-keyed with it
(``PRAGMA rekey``) and a new header wraps it. The order is what makes it safe:

1. **Prepare** (``Vault.prepare_recovery_key``): a new data key and its header,
   sealed under the passphrase, in memory only. The app shows the key; the user
   confirms they have kept it. Nothing on disk has changed, so a crash or a
   cancel here leaves the old recovery key working.
2. **Commit** (``Vault.commit_recovery_key``): the header is written beside the
   current one as ``vault.json.next`` (its presence means "the user was shown
   this key"), the database is re-keyed, and the header is promoted.

A crash inside step 2 leaves ``vault.json.next``. The next passphrase unlock
finds it and reports it as ``Vault.interrupted_rotation``:

- the database was not re-keyed yet: the old recovery key still works, and the
  app shows the new key again and asks whether to finish or keep the old key;
- the database was re-keyed: the journal opens with the next header, and the
  app shows the new key again and asks the user to confirm they have it; only
  then is the header promoted, so a lock or crash first shows it once more.

A recovery key that is only half in place gets its own message rather than
"damaged" (``REPLACED_KEY_MESSAGE``, ``UNFINISHED_KEY_MESSAGE``).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from reflect.core.errors import VaultCorrupt, VaultError, WrongRecoveryKey
from reflect.core.vault import crypto
from reflect.core.vault.header import NEXT_HEADER_FILENAME, Header, read_header

REPLACED_KEY_MESSAGE = (
    "That recovery key was replaced by a newer one when you made a new recovery key. "
    "Use the newer key, or unlock with your passphrase."
)
UNFINISHED_KEY_MESSAGE = (
    "That is the new recovery key Reflect was setting up when it stopped. Unlock with "
    "your passphrase to finish setting it up, or use your previous recovery key."
)


@dataclass(eq=False)
class KeyRotation:
    """A new data key and the header that wraps it, on its way in.

    ``rekeyed`` is true only for an interrupted rotation found already applied to
    the database: the app then needs only the user's confirmation.
    """

    new_key: bytearray
    header: Header
    rekeyed: bool = False

    def __repr__(self) -> str:  # never show key material
        return f"<KeyRotation rekeyed={self.rekeyed}>"

    @property
    def recovery_key(self) -> str:
        """The new key as the user writes it down."""
        return crypto.format_recovery_key(self.new_key)

    def wipe(self) -> None:
        crypto.wipe(self.new_key)


def pending_rotation(folder: Path, data_key: bytearray, passphrase: str) -> KeyRotation | None:
    """A committed rotation that never reached the re-key, or None (stale ones go)."""
    next_path = folder / NEXT_HEADER_FILENAME
    if not next_path.exists():
        return None
    try:
        header = read_header(folder, NEXT_HEADER_FILENAME)
        if header.key_check != crypto.key_check(data_key):
            return KeyRotation(header.open_with(passphrase), header)
    except VaultError:
        pass  # unreadable, or sealed under another passphrase: it cannot be finished
    with contextlib.suppress(FileNotFoundError):
        next_path.unlink()
    return None


def refused_recovery_key(matched: set[str], checks: dict[str, str]) -> VaultError:
    """Why the database refused a recovery key that a header knows."""
    if not matched:
        return WrongRecoveryKey()
    if matched == {NEXT_HEADER_FILENAME}:
        return WrongRecoveryKey(UNFINISHED_KEY_MESSAGE)
    if NEXT_HEADER_FILENAME in checks and NEXT_HEADER_FILENAME not in matched:
        return WrongRecoveryKey(REPLACED_KEY_MESSAGE)
    return VaultCorrupt()
