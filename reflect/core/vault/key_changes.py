"""Changing a vault's keys: a new passphrase, a reset one, a new recovery key.

The part of ``Vault`` (``lifecycle``) that rewrites ``vault.json`` or re-keys the
database; ``key_rotation`` explains the order that makes a new recovery key safe.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

from reflect.core.errors import VaultError, WrongPassphrase
from reflect.core.fileio import atomic_write
from reflect.core.journal.repository import Journal
from reflect.core.language import tr_core
from reflect.core.vault import crypto, db, messages
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.header import HEADER_FILENAME, NEXT_HEADER_FILENAME, Header, read_header
from reflect.core.vault.key_rotation import KeyRotation


class KeyChanges:
    """Mixed into ``Vault``: what it needs from the vault is declared here."""

    _path: Path
    _data_key: bytearray | None
    _rewrap_kdf: KdfParams | None
    _opened_with_recovery_key: bool
    _interrupted_rotation: KeyRotation | None
    _mutex: threading.RLock

    @property
    def journal(self) -> Journal:
        raise NotImplementedError

    def _key(self) -> bytearray:
        raise NotImplementedError

    def _params_for_new_header(self) -> KdfParams:
        return self._rewrap_kdf or crypto.calibrate()

    def _verify_passphrase(self, passphrase: str) -> Header:
        header = read_header(self._path)
        key = header.open_with(passphrase)
        try:
            if bytes(key) != bytes(self._key()):
                raise WrongPassphrase()
        finally:
            crypto.wipe(key)
        return header

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under ``new``; entries are not re-encrypted.

        The header is replaced atomically, so at every moment exactly one of the
        two passphrases opens the vault.
        """
        with self._mutex:
            header = self._verify_passphrase(old)
            fresh = Header.seal(header.vault_id, new, self._key(), self._params_for_new_header())
            atomic_write(self._path / HEADER_FILENAME, fresh.to_bytes())

    def reset_passphrase(self, new: str) -> None:
        """Set a new passphrase after opening with the recovery key (header may be gone)."""
        with self._mutex:
            if not self._opened_with_recovery_key:
                raise WrongPassphrase(tr_core(messages.NEEDS_CURRENT_PASSPHRASE))
            try:
                vault_id = read_header(self._path).vault_id
            except VaultError:
                vault_id = db.new_id()
            fresh = Header.seal(vault_id, new, self._key(), self._params_for_new_header())
            atomic_write(self._path / HEADER_FILENAME, fresh.to_bytes())
            with contextlib.suppress(FileNotFoundError):
                (self._path / NEXT_HEADER_FILENAME).unlink()

    def rotate_recovery_key(self, passphrase: str) -> str:
        """Prepare and commit in one call, for scripts; the app shows the key between."""
        rotation = self.prepare_recovery_key(passphrase)
        key = rotation.recovery_key
        self.commit_recovery_key(rotation)
        return key

    def prepare_recovery_key(self, passphrase: str) -> KeyRotation:
        """A new data key and its header, in memory only; nothing on disk changes.

        Show ``rotation.recovery_key`` to the user, and commit only once they have
        kept it. Raises ``WrongPassphrase``. Slow (two key derivations).
        """
        with self._mutex:
            header = self._verify_passphrase(passphrase)
            new_key = crypto.new_data_key()
            fresh = Header.seal(header.vault_id, passphrase, new_key, self._params_for_new_header())
            return KeyRotation(new_key, fresh)

    def commit_recovery_key(self, rotation: KeyRotation) -> None:
        """Switch the journal to the new key: write the next header, re-key, promote.

        The old recovery key stops working. Slow: the whole database is rewritten.
        For an interrupted rotation that was already re-keyed, the user has now
        confirmed the key: its header is promoted.
        """
        with self._mutex:
            if not rotation.rekeyed:
                atomic_write(self._path / NEXT_HEADER_FILENAME, rotation.header.to_bytes())
                with self.journal.connection() as conn:
                    conn.execute(f"PRAGMA rekey = \"x'{bytes(rotation.new_key).hex()}'\"")
                    db.checkpoint(conn)
                os.replace(self._path / NEXT_HEADER_FILENAME, self._path / HEADER_FILENAME)
                old = self._key()
                self._data_key = bytearray(rotation.new_key)
                crypto.wipe(old)
            elif (self._path / NEXT_HEADER_FILENAME).exists():
                os.replace(self._path / NEXT_HEADER_FILENAME, self._path / HEADER_FILENAME)
            self._settled(rotation)

    def keep_old_recovery_key(self, rotation: KeyRotation) -> None:
        """Give up a prepared (or interrupted, not yet re-keyed) rotation.

        The old recovery key keeps working; the new one never will.
        """
        with self._mutex:
            if rotation.rekeyed:
                raise VaultError(tr_core(messages.ALREADY_REKEYED))
            if rotation is self._interrupted_rotation:
                with contextlib.suppress(FileNotFoundError):
                    (self._path / NEXT_HEADER_FILENAME).unlink()
            self._settled(rotation)

    def _settled(self, rotation: KeyRotation) -> None:
        rotation.wipe()
        if rotation is self._interrupted_rotation:
            self._interrupted_rotation = None

    def adopt_header(self, header: Header, data_key: bytearray) -> None:
        """Take the ``vault.json`` another computer of this journal wrote.

        Its passphrase was changed there (same key: only the header is replaced,
        atomically), or its recovery key (a new key: the database is re-keyed the
        safe way, as for a new recovery key here). ``data_key`` is the key the
        user's passphrase unwrapped from ``header``; it is copied, not kept.
        """
        with self._mutex:
            if bytes(data_key) == bytes(self._key()):
                atomic_write(self._path / HEADER_FILENAME, header.to_bytes())
                return
        self.commit_recovery_key(KeyRotation(bytearray(data_key), header))
