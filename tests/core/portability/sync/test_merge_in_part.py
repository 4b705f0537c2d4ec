"""A file read in part decides exactly what the file read whole would (issue 17).

A computer's file keeps a base (every record at some moment) and carries the
records changed since; a computer that merged that base whole before opens only
the changes (``SyncFile.unchanged``) and reads only the records of its own that
the merge must look at (``needed_ids``). Random edits, deletions, new bases and
syncs in any order (old copies of a file put back included) on two and three
computers: at every sync, the merge in part gives the same records, context,
what others had seen and the same report as the merge of the whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.core.portability.sync.merge import (
    MergeReport,
    Replica,
    State,
    changed_since,
    merge_states,
    needed_ids,
    settled,
)


@dataclass(frozen=True)
class File:
    """What one computer's file says: its base (a number and the context it was
    written at) and everything it holds now."""

    writer: int
    base: int
    base_context: dict[str, int]
    state: State


@dataclass
class World:
    replicas: list[Replica]
    bases: list[tuple[int, dict[str, int]]] = field(default_factory=list)
    merged: dict[tuple[int, int], int] = field(default_factory=dict)  # (reader, writer) -> base
    files: list[File] = field(default_factory=list)
    next_base: int = 0
    partial_merges: int = 0

    def rebase(self, j: int) -> None:
        self.next_base += 1
        self.bases[j] = (self.next_base, dict(self.replicas[j].context))

    def file_of(self, j: int) -> File:
        base, context = self.bases[j]
        return File(j, base, context, self.replicas[j].state())

    def read(self, i: int, file: File) -> None:
        if i == file.writer:
            return
        mine = self.replicas[i]
        whole, whole_report = merge_states(mine.state(), file.state)
        expected = settled(whole, mine.computer)
        if self.merged.get((i, file.writer)) == file.base:
            got, report = self._in_part(mine, file)
            assert got == expected
            assert report == whole_report
            self.partial_merges += 1
        self.merged[(i, file.writer)] = file.base
        mine.records = dict(expected.records)
        mine.context = dict(expected.context)
        mine.peers = {c: dict(v) for c, v in expected.peers.items()}

    @staticmethod
    def _in_part(mine: Replica, file: File) -> tuple[State, MergeReport]:
        theirs = file.state
        versions = {i: r.version for i, r in theirs.records.items()}
        carried = changed_since(file.base_context, versions)
        unchanged = set(theirs.records) - carried
        in_part = State({i: theirs.records[i] for i in carried}, theirs.context, theirs.peers)
        tombstones = {i for i, r in mine.records.items() if r.deleted}
        only = needed_ids(set(mine.records), tombstones, [(carried, set(theirs.records))])
        before = State(
            {i: r for i, r in mine.records.items() if i in only}, mine.context, mine.peers
        )
        merged, report = merge_states(before, in_part, unchanged=unchanged)
        after = settled(merged, mine.computer)
        # What the journal then holds: the records read, as merged; the rest untouched.
        records = {i: r for i, r in mine.records.items() if i not in only}
        records.update(after.records)
        return State(records, after.context, after.peers), report


RECORDS = ["r0", "r1", "r2", "r3", "r4"]

operations = st.lists(
    st.one_of(
        st.tuples(st.just("put"), st.integers(0, 2), st.sampled_from(RECORDS)),
        st.tuples(st.just("delete"), st.integers(0, 2), st.sampled_from(RECORDS)),
        st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2)),  # one file
        st.tuples(st.just("all"), st.integers(0, 2), st.just(0)),  # every other file
        st.tuples(st.just("rebase"), st.integers(0, 2), st.just(0)),
        st.tuples(st.just("old"), st.integers(0, 2), st.integers(0, 60)),
    ),
    max_size=60,
)


@settings(max_examples=1000, deadline=None)
@given(st.integers(2, 3), operations)
def test_reading_a_file_in_part_decides_what_reading_it_whole_would(
    computers: int, steps: list[tuple[str, int, Any]]
) -> None:
    world = World([Replica(f"computer-{n}") for n in range(computers)])
    world.bases = [(0, {}) for _ in range(computers)]
    texts = 0
    for action, who, what in steps:
        who %= computers
        replica = world.replicas[who]
        if action == "put":
            texts += 1
            replica.put(what, "entry", {"body": f"t{texts}"})
        elif action == "delete":
            replica.delete(what)
        elif action == "rebase":
            world.rebase(who)
        elif action in ("sync", "all"):
            for other in [what % computers] if action == "sync" else range(computers):
                file = world.file_of(other)
                world.files.append(file)
                world.read(who, file)
        elif world.files:  # the sync tool puts back an old copy of a file
            world.read(who, world.files[what % len(world.files)])
    for _ in range(2):
        for i in range(computers):
            for j in range(computers):
                world.read(i, world.file_of(j))


def test_the_property_reads_in_part_often() -> None:
    """The property above would prove nothing if no merge were ever in part."""
    world = World([Replica("computer-0"), Replica("computer-1")])
    world.bases = [(0, {}), (0, {})]
    world.replicas[1].put("r0", "entry", {"body": "one"})
    world.read(0, world.file_of(1))
    world.replicas[1].put("r1", "entry", {"body": "two"})
    world.replicas[1].delete("r0")
    world.read(0, world.file_of(1))
    assert world.partial_merges == 1
    assert set(world.replicas[0].live()) == {"r1"}
