"""The merge rules of issue 17, proved on their own before any file or database.

Property tests run two and three computers through random edits, deletions,
offline stretches and syncs in any order (old copies of a file included), then
let everyone meet. Afterwards every computer holds the same records, and every
text that was ever saved and not replaced or deleted by a computer that had seen
it is still there, as the record or as a kept copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.core.portability.sync.merge import (
    KEPT_FROM,
    SURVIVED_DELETION,
    Record,
    Replica,
    State,
    dominates,
    texts,
)


@dataclass
class World:
    """Replicas, the texts ever saved, and which of them a later change replaced."""

    replicas: list[Replica]
    saved: dict[str, tuple[str, dict[str, int]]] = field(default_factory=dict)
    replaced: set[str] = field(default_factory=set)
    snapshots: list[tuple[int, State]] = field(default_factory=list)
    next_text: int = 0

    def _before_change(self, who: Replica, record_id: str) -> None:
        current = who.records.get(record_id)
        if current is None:
            return
        for text, (rid, version) in self.saved.items():
            if rid == record_id and dominates(current.version, version):
                self.replaced.add(text)

    def put(self, index: int, record_id: str) -> None:
        who = self.replicas[index]
        self._before_change(who, record_id)
        text = f"t{self.next_text}"
        self.next_text += 1
        record = who.put(record_id, "entry", {"body": text})
        self.saved[text] = (record_id, dict(record.version))

    def delete(self, index: int, record_id: str) -> None:
        who = self.replicas[index]
        if record_id in who.live():
            self._before_change(who, record_id)
            who.delete(record_id)

    def sync(self, i: int, j: int) -> None:
        if i != j:
            self.snapshots.append((j, self.replicas[j].state()))
            self.replicas[i].merge(self.replicas[j])

    def old_copy(self, i: int, pick: int) -> None:
        """The sync tool puts back an old copy of another computer's file."""
        if self.snapshots:
            j, state = self.snapshots[pick % len(self.snapshots)]
            if j != i:
                self.replicas[i].merge(state)

    def meet(self) -> None:
        for _ in range(3):
            for i in range(len(self.replicas)):
                for j in range(len(self.replicas)):
                    self.sync(i, j)


RECORD_IDS = ["r0", "r1", "r2"]

operations = st.lists(
    st.one_of(
        st.tuples(st.just("put"), st.integers(0, 2), st.sampled_from(RECORD_IDS)),
        st.tuples(st.just("delete"), st.integers(0, 2), st.sampled_from(RECORD_IDS)),
        st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2)),
        st.tuples(st.just("old"), st.integers(0, 2), st.integers(0, 50)),
    ),
    max_size=40,
)


def run(computers: int, steps: list[tuple[str, int, Any]]) -> World:
    world = World([Replica(f"computer-{n}") for n in range(computers)])
    for action, who, what in steps:
        who %= computers
        if action == "put":
            world.put(who, what)
        elif action == "delete":
            world.delete(who, what)
        elif action == "sync":
            world.sync(who, what % computers)
        else:
            world.old_copy(who, what)
    world.meet()
    return world


def present(world: World) -> set[str]:
    return {fields["body"] for fields in texts(world.replicas[:1])[0].values()}


@settings(max_examples=300, deadline=None)
@given(st.integers(2, 3), operations)
def test_everyone_ends_with_the_same_records_and_no_text_is_lost(
    computers: int, steps: list[tuple[str, int, Any]]
) -> None:
    world = run(computers, steps)
    views = texts(world.replicas)
    assert all(view == views[0] for view in views)
    kept = {text for text in world.saved if text not in world.replaced}
    assert kept <= present(world), sorted(kept - present(world))


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 3), operations, st.integers(0, 50))
def test_syncing_again_or_an_old_file_put_back_changes_nothing(
    computers: int, steps: list[tuple[str, int, Any]], pick: int
) -> None:
    world = run(computers, steps)
    before = [dict(r.records) for r in world.replicas]
    world.meet()
    for i in range(computers):
        world.old_copy(i, pick)
    assert [dict(r.records) for r in world.replicas] == before


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 3), operations)
def test_tombstones_are_forgotten_once_everyone_has_seen_them(
    computers: int, steps: list[tuple[str, int, Any]]
) -> None:
    world = run(computers, steps)
    world.meet()
    assert not any(r.deleted for rep in world.replicas for r in rep.records.values())


def test_both_changed_the_same_entry_both_texts_are_kept_once() -> None:
    """Each computer meets the conflict on its own; the copy is the same on both,
    so after they meet the text is kept twice, never four times."""
    home, laptop = Replica("home"), Replica("laptop")
    home.put("e", "entry", {"body": "first"})
    laptop.merge(home)
    home.put("e", "entry", {"body": "written at home"})
    laptop.put("e", "entry", {"body": "written on the train"})
    report = home.merge(laptop)
    laptop.merge(home.state())
    assert report.conflicts == 1
    for _ in range(2):
        home.merge(laptop)
        laptop.merge(home)
    for replica in (home, laptop):
        live = replica.live()
        assert sorted(f["body"] for f in texts([replica])[0].values()) == [
            "written at home",
            "written on the train",
        ]
        (copy,) = [r for r in live.values() if r.fields and KEPT_FROM in r.fields]
        assert copy.fields is not None and copy.fields[KEPT_FROM] == "e"
    assert home.live() == laptop.live()


def test_a_deletion_removes_only_what_the_deleting_computer_had_seen() -> None:
    home, laptop = Replica("home"), Replica("laptop")
    home.put("seen", "entry", {"body": "a"})
    home.put("unseen", "entry", {"body": "b"})
    laptop.merge(home)
    laptop.delete("seen")
    laptop.delete("unseen")
    home.put("unseen", "entry", {"body": "b, added to on the other computer"})
    home.merge(laptop)
    laptop.merge(home)
    for replica in (home, laptop):
        live = replica.live()
        assert "seen" not in live
        survivor = live["unseen"]
        assert survivor.fields == {
            "body": "b, added to on the other computer",
            SURVIVED_DELETION: True,
        }


def test_a_clock_hours_wrong_changes_nothing_because_none_is_read() -> None:
    """Versions are counters per computer: an edit made "earlier" by a computer
    whose clock is wrong still wins over what it had seen."""
    late, early = Replica("clock-right"), Replica("clock-three-hours-behind")
    late.put("e", "entry", {"body": "v1", "updated_at": "2026-12-03T12:00:00+00:00"})
    early.merge(late)
    early.put("e", "entry", {"body": "v2", "updated_at": "2026-12-03T09:00:00+00:00"})
    late.merge(early)
    assert late.live()["e"].fields == {
        "body": "v2",
        "updated_at": "2026-12-03T09:00:00+00:00",
    }


def test_a_record_keeps_its_kind_and_a_copy_is_stable() -> None:
    loser = Record("e", "entry", {"a": 2}, {"body": "x"})
    assert Record("e", "entry", {"a": 2}, {"body": "x"}).canonical() == loser.canonical()


def test_an_old_file_put_back_does_not_bring_a_deleted_entry_back() -> None:
    """After everyone has seen a deletion its tombstone is forgotten; an old copy
    of a file that still holds the entry must not resurrect it."""
    home, laptop = Replica("home"), Replica("laptop")
    home.put("e", "entry", {"body": "an entry I later delete"})
    laptop.merge(home)
    old_laptop_file = laptop.state()
    home.delete("e")
    for _ in range(2):
        laptop.merge(home)
        home.merge(laptop)
    assert "e" not in home.records and "e" not in laptop.records  # tombstones forgotten
    report = home.merge(old_laptop_file)
    assert "e" not in home.live() and report.added == 0
