"""The journal's one SQLCipher connection, its lock and its transactions.

All SQL runs under one lock: the vault is unlocked in a worker thread and used
from the UI thread, and SQLite connections must not be used concurrently. The
entry and guide repositories share one ``JournalConnection``, so a transaction
spans both (finishing an exercise writes an entry and clears a draft together).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from reflect.core.clock import Clock, SystemClock
from reflect.core.errors import VaultLocked
from reflect.core.vault import db
from reflect.core.vault.db import to_db_time


class JournalConnection:
    """The open connection (until ``close``), the clock, and the write discipline."""

    def __init__(self, conn: db.Connection, clock: Clock | None = None) -> None:
        self._conn: db.Connection | None = conn
        self._clock: Clock = clock or SystemClock()
        self.lock = threading.RLock()
        self._tx_depth = 0
        self._scrub_pending = False

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def current(self) -> db.Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    def now(self) -> str:
        return to_db_time(self._clock.now())

    @contextmanager
    def read(self) -> Iterator[db.Connection]:
        with self.lock:
            conn = self.current()
            try:
                yield conn
            except db.DatabaseError as exc:
                raise db.translate_error(exc) from exc

    @contextmanager
    def connection(self) -> Iterator[db.Connection]:
        """The raw connection, under the journal's lock, for core modules with SQL of
        their own (backups, restoring exported records, re-keying). Everything else
        uses the repositories."""
        with self.read() as conn:
            yield conn

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen together or not at all (nesting joins the outer one)."""
        with self.lock:
            conn = self.current()
            if self._tx_depth:
                self._tx_depth += 1
                try:
                    yield
                finally:
                    self._tx_depth -= 1
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except db.DatabaseError as exc:
                raise db.translate_error(exc) from exc
            self._tx_depth = 1
            try:
                yield
            except BaseException:
                self._tx_depth = 0
                self._scrub_pending = False
                conn.execute("ROLLBACK")
                raise
            self._tx_depth = 0
            try:
                conn.execute("COMMIT")
            except db.DatabaseError as exc:
                self._scrub_pending = False
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise db.translate_error(exc) from exc
            if self._scrub_pending:
                self._scrub_now(conn)

    @contextmanager
    def write(self) -> Iterator[db.Connection]:
        with self.transaction(), self.read() as conn:
            yield conn

    def close(self) -> None:
        """Checkpoint the WAL away and close; every later call raises ``VaultLocked``.

        Closing always succeeds: if the checkpoint fails (a full disk), committed
        data stays safe in the WAL and the next unlock folds it in.
        """
        with self.lock:
            if self._conn is None:
                return
            try:
                db.checkpoint(self._conn)
            except db.DatabaseError:
                pass
            finally:
                self._conn.close()
                self._conn = None

    def checkpoint(self) -> None:
        """Fold the WAL into the database and truncate it (after deletes, before backups)."""
        with self.read() as conn:
            db.checkpoint(conn)

    def scrub(self) -> None:
        """After text was changed or deleted: leave no old copy in the write-ahead log.

        ``secure_delete`` already zeroes freed space in the database; the log still
        holds the pages as they were until a checkpoint. Inside a transaction the
        checkpoint waits for the commit. A failed one (a full disk) is not an
        error: the change is saved, and locking checkpoints again.
        """
        with self.lock:
            conn = self.current()
            if self._tx_depth:
                self._scrub_pending = True
                return
            self._scrub_now(conn)

    def _scrub_now(self, conn: db.Connection) -> None:
        self._scrub_pending = False
        with contextlib.suppress(db.DatabaseError):
            db.checkpoint(conn)


class Repository:
    """A set of tables behind the shared connection (entries, or the guide's)."""

    def __init__(self, connection: JournalConnection) -> None:
        self._c = connection

    def _read(self) -> AbstractContextManager[db.Connection]:
        return self._c.read()

    def _write(self) -> AbstractContextManager[db.Connection]:
        return self._c.write()

    def _scrub(self) -> None:
        self._c.scrub()

    def _now(self) -> str:
        return self._c.now()
