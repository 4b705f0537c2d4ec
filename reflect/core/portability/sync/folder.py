"""Keeping a journal in step with other computers through a folder the user syncs.

``SyncFolder(folder).sync(vault)``: read every other computer's file in the
folder (skipping, with a reason, any that cannot be used), merge them into the
journal in one transaction, and write this computer's file anew. The journal's
database never lives in the folder; only the sealed files do.

``join`` makes a second computer's journal from the folder; ``catch_up`` takes a
passphrase or recovery key changed on another computer
(``SyncReport.key_changed_elsewhere``).

Which computer changed the journal's passphrase or key last is told by a stamp
every file carries (``files.KeyFile``): a computer whose ``vault.json`` changed
since it last wrote its file takes a stamp above every one it has seen, and a
computer that finds a newer stamp asks its user, once, for that passphrase.

A file under this computer's own name that it did not write, and that is not an
old one of its own put back, was written by a journal folder copied by hand: this
copy then takes a name of its own and takes in the twin's records whole (``_twin``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any

from reflect.core.clock import Clock
from reflect.core.errors import ReflectError, UserError, WrongPassphrase, WrongRecoveryKey
from reflect.core.journal import settings
from reflect.core.journal.repository import Journal
from reflect.core.language import QT_TR_NOOP, tr_core
from reflect.core.portability.sync import files, own_file
from reflect.core.portability.sync.apply import apply_state
from reflect.core.portability.sync.journal_state import computer_of, read_state
from reflect.core.portability.sync.merge import (
    MergeReport,
    State,
    is_past_of,
    merge_states,
    needed_ids,
    restamped,
    settled,
)
from reflect.core.vault import crypto
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.header import Header
from reflect.core.vault.lifecycle import Vault

NOTHING_TO_JOIN = QT_TR_NOOP(
    "This folder holds no Reflect journal yet. On the computer where you already use "
    "Reflect, choose Settings > Two computers and this same folder first, and wait "
    "until your sync tool has copied its file here."
)
JOIN_WRONG_PASSPHRASE = QT_TR_NOOP(
    "That passphrase doesn't open the journal in this folder. Use the passphrase of "
    "your journal on the other computer, or its recovery key."
)
JOIN_WRONG_RECOVERY_KEY = QT_TR_NOOP(
    "That recovery key doesn't open the journal in this folder. If you made a new "
    "recovery key on the other computer, use that one, or the passphrase."
)
CATCH_UP_FAILED = QT_TR_NOOP(
    "The other computer's file could not be opened with that passphrase, so nothing "
    "was changed. Check that its sync has finished, then try again."
)


@dataclass
class SyncReport:
    """What one sync changed here, and the files it left out (with why).

    ``key_changed_elsewhere``: another computer changed the passphrase or the
    recovery key; ask the user once for that passphrase (``SyncFolder.catch_up``).
    """

    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    key_changed_elsewhere: bool = False
    others: int = 0  # how many other computers' files were merged
    twin_found: bool = False  # a hand-made copy of this journal wrote under its name


class SyncFolder:
    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    @staticmethod
    def computer_of(vault: Vault) -> str:
        """This journal copy's computer id (its file's name in the folder)."""
        with vault.journal.connection() as conn:
            return computer_of(conn)

    def leave(self, vault: Vault) -> None:
        """Stop keeping in step here: this computer's file leaves the folder (the
        other computers keep everything it brought them). A read-only folder keeps
        the file, which harms nothing."""
        with contextlib.suppress(OSError):
            (self.folder / files.file_name(self.computer_of(vault))).unlink(missing_ok=True)
        settings.SYNC_FOLDER.write(vault.journal, None)

    def changes_from_others(self, computer: str) -> dict[str, tuple[int, int]]:
        """What a file watcher compares: the other computers' files, not this one's.

        ``computer``: this journal copy's id (``computer_of``), read by the caller
        while no sync holds the journal, so that a watcher never waits for one."""
        return files.others_snapshot(self.folder, computer)

    def sync(self, vault: Vault) -> SyncReport:
        """Merge the other computers' files into ``vault`` and write this one's.

        The journal is held (its transaction, which the window's own reads wait
        for) only while records are read, merged and written: the other
        computers' files are read and opened before, this computer's file is
        sealed and written after. A file whose base was merged here before is
        opened in part, and only the records it changed, or that one side holds
        and the other does not, are read from the journal (``needed_ids``)."""
        keys = files.Keys.of(vault.derive_key, vault.key_check)
        header = vault.header()
        journal = vault.journal
        report = SyncReport()
        computer = self.computer_of(vault)
        merged_bases = settings.SYNC_MERGED_BASES.read(journal)
        reading = files.read_others(self.folder, computer, keys, header.vault_id, merged_bases)
        own_bytes = self._own_file(computer)
        with journal.transaction(), journal.connection() as conn:
            own = _own_key_file(journal, header, reading)
            _sort_out_keys(reading, own, report)
            twin = self._twin(journal, computer, keys, header.vault_id, own_bytes)
            only = None
            if twin is None and not any(other.whole for other in reading.found):
                held, tombstones = own_file.held(conn)
                carried = ((set(o.state.records), o.holds) for o in reading.found)
                only = needed_ids(held, tombstones, carried)
            before = state = read_state(conn, only=only)
            if twin is not None and not is_past_of(twin.state, state):
                # A copy of this journal writes under this computer's name: this copy
                # takes a name of its own, and takes in the twin's records whole.
                computer = _new_name(conn)
                state, step = merge_states(state, twin.state, twin=True)
                _count(report, step)
                counter = int(conn.execute("SELECT counter FROM sync_meta").fetchone()[0]) + 1
                conn.execute("UPDATE sync_meta SET counter = ?", (counter,))
                state = restamped(state, computer, counter)
                report.twin_found = True
            for other in reading.found:
                state, step = merge_states(state, other.state, unchanged=other.unchanged)
                _count(report, step)
            report.others = len(reading.found)
            written = apply_state(conn, settled(state, computer), before)
            merged_bases.update({other.computer: other.base for other in reading.found})
            settings.SYNC_MERGED_BASES.write(journal, merged_bases)
            now = journal.clock.now().astimezone(UTC).isoformat(timespec="seconds")
            settings.SYNC_LAST.write(journal, now)
            base, mine, holds = own_file.own_changes(
                conn, journal, computer, own, own_bytes, written
            )
        if base is None:  # the base is written anew: every record in it, none after
            base = files.seal_base(mine, computer, keys)
            settings.SYNC_BASE.write(journal, own_file.base_record(base, own, set()))
            mine = State({}, mine.context, mine.peers)
        sealed = files.seal_over(base, mine, holds, int(mine.context.get(computer, 0)), keys, own)
        # Remembered before the file is written: a crash between the two leaves the
        # old file, which is only an earlier moment of this journal (not a twin's).
        settings.SYNC_OWN_FILE.write(journal, hashlib.sha256(sealed).hexdigest())
        if report.updated or report.deleted or report.conflicts or report.twin_found:
            with contextlib.suppress(ReflectError):  # a full disk: locking tries again
                journal.checkpoint()  # no old text left behind in the write-ahead log
        files.write(self.folder, computer, sealed)
        return report

    def _own_file(self, computer: str) -> bytes | None:
        """The file under this computer's name as it is in the folder (read in bounded
        size, like the others': it may not be the one this computer wrote)."""
        path = self.folder / files.file_name(computer)
        try:
            if not path.is_file() or path.is_symlink():
                return None
            if path.stat().st_size > files.MAX_FILE_BYTES:
                return None
            return path.read_bytes()
        except OSError:
            return None

    def _twin(
        self, journal: Journal, computer: str, keys: files.Keys, vault_id: str, data: bytes | None
    ) -> files.SyncFile | None:
        """The file under this computer's name, if another copy of the journal may
        have written it (the caller asks ``is_past_of``).

        This copy remembers (a hash of) the file it wrote last. A different file
        under its name is either an old one the sync tool put back (only an
        earlier moment of this journal: nothing to do) or a twin's."""
        if data is None or hashlib.sha256(data).hexdigest() == settings.SYNC_OWN_FILE.read(journal):
            return None
        try:
            found = files.open_sealed(data, keys, vault_id)
        except files.SkippedFile:
            return None
        return found if found.computer == computer else None

    def catch_up(self, vault: Vault, passphrase: str) -> SyncReport:
        """Take the passphrase or recovery key another computer changed, then sync.

        ``passphrase`` is the one now used there. Raises ``WrongPassphrase`` if it
        does not open that computer's key file; nothing changes then.
        """
        header = vault.header()
        own = files.KeyFile(header, settings.SYNC_KEY_STAMP.read(vault.journal))
        for path, key_file in files.key_files(self.folder):
            if key_file.header.vault_id != header.vault_id or not key_file.newer_than(own):
                continue
            key = key_file.header.open_with(passphrase)  # WrongPassphrase
            try:
                files.open_sealed(path.read_bytes(), files.Keys.from_data_key(key), header.vault_id)
            except (files.SkippedFile, OSError):
                raise UserError(tr_core(CATCH_UP_FAILED)) from None
            try:
                vault.adopt_header(key_file.header, key)
            finally:
                crypto.wipe(key)
            _remember_key_file(vault.journal, key_file)
            break
        return self.sync(vault)

    def join(
        self,
        target: str | os.PathLike[str],
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        kdf: KdfParams | None = None,
        clock: Clock | None = None,
    ) -> Vault:
        """A journal in ``target`` (a new or empty folder) made from the one in this folder.

        Give the passphrase used on the other computer, or the journal's recovery
        key (the app then asks for a passphrase, as after any recovery-key unlock).
        The new journal is this computer's own and in step from the start.
        """
        if (passphrase is None) == (recovery_key is None):
            raise ValueError("give exactly one of passphrase or recovery_key")
        key_file, key = self._open_any(passphrase, recovery_key)
        target = Path(target)
        existed = target.exists()
        vault = Vault.create_joined(
            target, key_file.header, key, recovery=recovery_key is not None, kdf=kdf, clock=clock
        )
        try:
            _remember_key_file(vault.journal, key_file)
            settings.SYNC_FOLDER.write(vault.journal, str(self.folder))
            self.sync(vault)
        except BaseException:
            vault.lock()
            _remove_made(target, existed)
            raise
        return vault

    def _open_any(
        self, passphrase: str | None, recovery_key: str | None
    ) -> tuple[files.KeyFile, bytearray]:
        """The newest key file in the folder that the passphrase or key opens, with the key."""
        found = files.key_files(self.folder)
        if not found:
            raise UserError(tr_core(NOTHING_TO_JOIN))
        typed = None if recovery_key is None else crypto.parse_recovery_key(recovery_key)
        tried: set[str] = set()
        for path, key_file in found:
            if key_file.digest in tried:
                continue  # the same vault.json on several computers: one Argon2id is enough
            tried.add(key_file.digest)
            key = _unwrap(key_file.header, passphrase, typed)
            if key is None:
                continue
            keys = files.Keys.from_data_key(key)
            with contextlib.suppress(files.SkippedFile, OSError):
                files.open_sealed(path.read_bytes(), keys, key_file.header.vault_id)
                return key_file, key
            crypto.wipe(key)
        if typed is not None:
            crypto.wipe(typed)
            raise WrongRecoveryKey(tr_core(JOIN_WRONG_RECOVERY_KEY))
        raise WrongPassphrase(tr_core(JOIN_WRONG_PASSPHRASE))


def _count(report: SyncReport, step: MergeReport) -> None:
    report.added += step.added
    report.updated += step.updated
    report.deleted += step.deleted
    report.conflicts += step.conflicts


def _new_name(conn: Any) -> str:
    """A new random computer id for this journal copy (its file's new name)."""
    conn.execute("UPDATE sync_meta SET computer = lower(hex(randomblob(16)))")
    return computer_of(conn)


def _unwrap(header: Header, passphrase: str | None, typed: bytearray | None) -> bytearray | None:
    if typed is not None:
        return bytearray(typed) if crypto.key_check(typed) == header.key_check else None
    try:
        return header.open_with(passphrase or "")
    except WrongPassphrase:
        return None


def _digest(header: Header) -> str:
    return hashlib.sha256(header.to_bytes()).hexdigest()


def _own_key_file(journal: Journal, header: Header, reading: files.Reading) -> files.KeyFile:
    """This computer's key file; a ``vault.json`` changed here since the last sync
    takes a stamp above every one seen, so the other computers learn of it."""
    stamp = settings.SYNC_KEY_STAMP.read(journal)
    published = settings.SYNC_KEY_PUBLISHED.read(journal)
    digest = _digest(header)
    if published != digest:
        if published is not None:
            seen = [f.key_file.stamp for f in reading.found]
            seen += [s.sealed_under.stamp for _p, s in reading.skipped if s.sealed_under]
            stamp = max([stamp, *seen]) + 1
        _remember_key_file(journal, files.KeyFile(header, stamp))
    return files.KeyFile(header, stamp)


def _remember_key_file(journal: Journal, key_file: files.KeyFile) -> None:
    settings.SYNC_KEY_STAMP.write(journal, key_file.stamp)
    settings.SYNC_KEY_PUBLISHED.write(journal, key_file.digest)


def _sort_out_keys(reading: files.Reading, own: files.KeyFile, report: SyncReport) -> None:
    """Skipped files with their reasons; whether another computer's key is newer."""
    for other in reading.found:
        if other.key_file.digest != own.digest and other.key_file.newer_than(own):
            report.key_changed_elsewhere = True  # a new passphrase there, same key
    for path, skip in reading.skipped:
        reason = skip.reason
        if skip.sealed_under is not None:
            if skip.sealed_under.newer_than(own):
                report.key_changed_elsewhere = True
            else:
                reason = tr_core(files.KEY_CHANGED_HERE)
        report.skipped.append((path, reason))


def _remove_made(target: Path, existed: bool) -> None:
    """Undo a join that failed after making its journal: the folder was empty."""
    if existed:
        for child in target.iterdir():
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
    else:
        shutil.rmtree(target, ignore_errors=True)
