"""The merge rules through real journals: random writing on two or three
computers, merged through their databases in any order, then everyone meets.

Afterwards every journal holds the same entries, check-ins and events, and every
entry text that was saved and not replaced or deleted by a computer that had seen
it is still there (as the entry or as a kept copy).
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core.clock import FakeClock
from reflect.core.errors import NotFound
from reflect.core.portability.sync.apply import apply_state
from reflect.core.portability.sync.journal_state import computer_of, read_state
from reflect.core.portability.sync.merge import (
    dominates,
    merge_states,
    settled,
)
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault


def exchange(mine: Vault, theirs: Vault) -> None:
    """``mine`` takes in ``theirs``'s state, as a sync of its file would."""
    with theirs.journal.connection() as conn:
        other = read_state(conn)
    with mine.journal.transaction(), mine.journal.connection() as conn:
        before = read_state(conn)
        merged, _report = merge_states(before, other)
        apply_state(conn, settled(merged, computer_of(conn)), before)


def view(vault: Vault) -> tuple[list[tuple[str, str]], list[tuple[str, int]]]:
    entries = sorted((e.id, e.body) for e in vault.journal.list_entries(limit=1000))
    with vault.journal.connection() as conn:
        checkins = sorted(
            (str(r[0]), int(r[1])) for r in conn.execute("SELECT id, distress FROM checkins")
        )
    return entries, checkins


steps = st.lists(
    st.one_of(
        st.tuples(st.just("write"), st.integers(0, 2), st.integers(0, 3)),
        st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 3)),
        st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 3)),
        st.tuples(st.just("checkin"), st.integers(0, 2), st.integers(0, 10)),
        st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2)),
        # Two computers change the same entry while apart (their oldest shared one).
        st.tuples(st.just("both"), st.integers(0, 2), st.integers(0, 2)),
    ),
    max_size=25,
)


class Journals:
    """Two or three computers' journals, the texts ever saved, and which of them a
    later change by a computer that had seen them replaced."""

    def __init__(self, folder: Path, computers: int) -> None:
        clock = FakeClock()
        self.vaults = [
            Vault.create(
                folder / f"v{n}",
                "a passphrase of words",
                kdf=KdfParams.cheap_for_tests(),
                clock=clock,
            )[0]
            for n in range(computers)
        ]
        self.saved: dict[str, tuple[str, dict[str, int]]] = {}
        self.replaced: set[str] = set()
        self.counter = 0

    def version_of(self, v: Vault, entry_id: str) -> dict[str, int]:
        with v.journal.connection() as conn:
            record = read_state(conn).records.get(entry_id)
        return {} if record is None else dict(record.version)

    def live_ids(self, v: Vault) -> list[str]:
        return sorted(e.id for e in v.journal.list_entries(limit=1000))

    def _before_change(self, v: Vault, entry_id: str) -> None:
        current = self.version_of(v, entry_id)
        for text, (rid, version) in self.saved.items():
            if rid == entry_id and dominates(current, version):
                self.replaced.add(text)

    def _text(self) -> str:
        self.counter += 1
        return f"text {self.counter}"

    def write(self, v: Vault) -> None:
        text = self._text()
        entry = v.journal.add_entry("", text, [])
        self.saved[text] = (entry.id, self.version_of(v, entry.id))

    def edit(self, v: Vault, entry_id: str) -> None:
        self._before_change(v, entry_id)
        text = self._text()
        try:
            v.journal.update_entry(entry_id, body=text)
        except NotFound:
            return
        self.saved[text] = (entry_id, self.version_of(v, entry_id))

    def delete(self, v: Vault, entry_id: str) -> None:
        self._before_change(v, entry_id)
        v.journal.delete_entry(entry_id)

    def step(self, action: str, who: int, what: int) -> None:
        n = len(self.vaults)
        v, other = self.vaults[who % n], self.vaults[what % n]
        ids = self.live_ids(v)
        if action == "write":
            self.write(v)
        elif action == "edit" and ids:
            self.edit(v, ids[what % len(ids)])
        elif action == "delete" and ids:
            self.delete(v, ids[what % len(ids)])
        elif action == "checkin":
            v.journal.add_checkin(what)
        elif action == "both" and other is not v:
            shared = sorted(set(ids) & set(self.live_ids(other)))
            if shared:
                self.edit(v, shared[0])
                self.edit(other, shared[0])
        elif action == "sync" and other is not v:
            exchange(v, other)

    def meet(self) -> None:
        for _ in range(3):
            for a in self.vaults:
                for b in self.vaults:
                    if a is not b:
                        exchange(a, b)

    def lock(self) -> None:
        for v in self.vaults:
            v.lock()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2, 3), steps)
def test_real_journals_converge_and_keep_every_text(
    computers: int, plan: list[tuple[str, int, int]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        world = Journals(Path(folder), computers)
        try:
            for action, who, what in plan:
                world.step(action, who, what)
            world.meet()
            views = [view(v) for v in world.vaults]
            assert all(each == views[0] for each in views)
            present = {body for _id, body in views[0][0]}
            kept = {t for t in world.saved if t not in world.replaced}
            assert kept <= present, sorted(kept - present)
        finally:
            world.lock()


def test_an_event_and_what_points_at_it_travel_together() -> None:
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock()
        home, laptop = (
            Vault.create(
                Path(folder) / n,
                "a passphrase of words",
                kdf=KdfParams.cheap_for_tests(),
                clock=clock,
            )[0]
            for n in ("home", "laptop")
        )
        try:
            event = home.journal.add_event("The night shift", date(2026, 3, 1))
            home.journal.set_stage(event.id, 3)
            entry = home.journal.add_entry("", "About that night.", [], event.id)
            home.journal.add_checkin(6, event_id=event.id)
            exchange(laptop, home)
            copied = laptop.journal.get_entry(entry.id)
            assert copied.event_id == event.id
            events: Any = laptop.journal.list_events()
            assert [e.title for e in events] == ["The night shift"]
            assert events[0].stage == 3
        finally:
            home.lock()
            laptop.lock()
