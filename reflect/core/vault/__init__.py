"""The vault: a folder holding the encrypted journal and the header that unlocks it.

- ``lifecycle``: ``Vault`` (create, unlock, lock, change passphrase, rotate the
  recovery key).
- ``header``: ``vault.json``, the data key wrapped under the passphrase.
- ``folder_lock``: one process at a time holds the vault folder.
- ``crypto``: Argon2id key derivation, AES-GCM key wrapping, recovery keys.
- ``db``: the SQLCipher connection, its settings and schema migrations.
- ``passphrase_policy``: what passphrase is refused, and why.

The public API (``from reflect.core.vault import Vault, WrongPassphrase,
VaultError``) is re-exported here. ``Vault`` is loaded on first use: the journal
imports ``vault.db``, and ``vault.lifecycle`` imports the journal, so importing
it eagerly here would make a cycle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.core.errors import VaultError, WrongPassphrase

if TYPE_CHECKING:
    from reflect.core.vault.lifecycle import Vault

__all__ = ["Vault", "VaultError", "WrongPassphrase"]


def __getattr__(name: str) -> object:
    if name == "Vault":
        from reflect.core.vault.lifecycle import Vault

        return Vault
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
