"""The merge of one journal's records across computers, by id and version, never by clock.

This is the rule book of "keep in step through a folder" (issue 17), pure and
in memory, so that it can be proved on its own (tests/core/portability/sync):
the sync files and the database wrap it later.

Each computer (a ``Replica``) has a random id and a counter it raises at every
change it makes. A record carries a *version vector*: for each computer that
changed it, that computer's counter at its latest change. A replica also keeps a
*context*, the vector of everything it has seen, so "I have seen this version"
is a comparison of two vectors, with no wall clock anywhere (a clock hours wrong
loses nothing). Merging two replicas' states, record by record:

* one version *dominates* the other (it saw it): it wins;
* neither saw the other (both changed the record while apart):
  - two edits: both are kept. The winner is chosen the same way on every
    computer (the larger canonical form), and the other becomes a *kept copy*
    whose id is derived from the record's id and the losing version, so two
    computers that meet the same conflict make the same copy: a text is kept
    twice, never four times;
  - an edit and a deletion: the edit survives (marked), because the deleting
    computer had not seen it;
* a record one side lacks while the other's context already covers it was
  deleted there and its tombstone purged: it goes. A record neither side has
  seen is new: it comes.

Deletions are tombstones (an id and a version, never content). One is purged
once every computer known to this replica has seen it (``peers``: the latest
context heard from each). Merging is commutative, associative and idempotent,
so syncing again, or an old copy of a file put back, changes nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field, replace
from typing import Any

Vector = Mapping[str, int]

#: The fields a kept copy carries to say where it came from.
KEPT_FROM = "kept_from"
#: Records of a setting that travels (``sync_schema.TRAVELLING_SETTINGS``).
SETTING = "setting"
SURVIVED_DELETION = "survived_deletion"
_COPY_NAMESPACE = uuid.UUID("6b1d7d7e-8d8a-4b8e-9a57-3c1f0e4b2a90")


def dominates(a: Vector, b: Vector) -> bool:
    """``a`` has seen everything ``b`` has (``a >= b`` at every computer)."""
    return all(a.get(computer, 0) >= count for computer, count in b.items())


def joined(*vectors: Vector) -> dict[str, int]:
    """The smallest vector that has seen all of ``vectors``."""
    out: dict[str, int] = {}
    for vector in vectors:
        for computer, count in vector.items():
            if count > out.get(computer, 0):
                out[computer] = count
    return out


@dataclass(frozen=True)
class Record:
    """One record (an entry, an event, a check-in...): ``fields`` is None when deleted."""

    id: str
    kind: str
    version: Mapping[str, int]
    fields: Mapping[str, Any] | None

    @property
    def deleted(self) -> bool:
        return self.fields is None

    def canonical(self) -> str:
        """The same text on every computer for the same record and version."""
        return json.dumps(
            [self.id, self.kind, sorted(self.version.items()), self.fields],
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )


@dataclass
class Replica:
    """One computer's view of the journal."""

    computer: str
    records: dict[str, Record] = field(default_factory=dict)
    context: dict[str, int] = field(default_factory=dict)
    peers: dict[str, dict[str, int]] = field(default_factory=dict)
    """The latest context heard from each computer (this one's included)."""

    # --- changes made on this computer ----------------------------------------

    def put(self, record_id: str, kind: str, fields: Mapping[str, Any]) -> Record:
        """Add or change a record here."""
        return self._change(record_id, kind, dict(fields))

    def delete(self, record_id: str) -> Record | None:
        """Delete a record here: a tombstone, with no content, remembers it."""
        current = self.records.get(record_id)
        if current is None or current.deleted:
            return None
        return self._change(record_id, current.kind, None)

    def _change(self, record_id: str, kind: str, fields: dict[str, Any] | None) -> Record:
        counter = self.context.get(self.computer, 0) + 1
        self.context[self.computer] = counter
        before = self.records.get(record_id)
        version = joined(before.version if before else {}, {self.computer: counter})
        record = Record(record_id, kind, version, fields)
        self.records[record_id] = record
        self.peers[self.computer] = dict(self.context)
        return record

    # --- merging --------------------------------------------------------------

    def merge(self, other: Replica | State) -> MergeReport:
        """Take in another computer's state (its file). Nothing else changes here."""
        theirs = other.state() if isinstance(other, Replica) else other
        merged, report = merge_states(self.state(), theirs)
        settled_state = settled(merged, self.computer)
        self.records = dict(settled_state.records)
        self.context = dict(settled_state.context)
        self.peers = {c: dict(v) for c, v in settled_state.peers.items()}
        return report

    def state(self) -> State:
        return State(
            dict(self.records), dict(self.context), {c: dict(v) for c, v in self.peers.items()}
        )

    def live(self) -> dict[str, Record]:
        return {i: r for i, r in self.records.items() if not r.deleted}


@dataclass(frozen=True)
class State:
    """What a computer's sync file holds."""

    records: Mapping[str, Record]
    context: Mapping[str, int]
    peers: Mapping[str, Mapping[str, int]]


@dataclass
class MergeReport:
    """What a merge changed on one side; a text kept twice counts as a conflict only."""

    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0


def merge_states(
    mine: State, theirs: State, *, twin: bool = False, unchanged: Set[str] = frozenset()
) -> tuple[State, MergeReport]:
    """The merged state, and what changed on ``mine``'s side.

    ``unchanged``: ids ``theirs`` holds just as in a base this side merged whole
    before (``files.SyncFile.unchanged``); their records are left out of ``theirs``,
    and what ``mine`` holds of them stands, as a merge of the whole would decide
    (``mine`` has seen those versions, so it holds them or something later).

    ``twin``: ``theirs`` was written by a copy of this journal that numbered its
    changes under this copy's own computer id (a journal folder copied by hand),
    so versions cannot tell who saw what: every record held differently is kept
    twice, a record one side lacks is kept, and a deletion on one side against
    content on the other keeps the content. Nothing is lost; see ``restamped``."""
    report = MergeReport()
    records: dict[str, Record] = {}
    copies: list[Record] = []
    for record_id in sorted(set(mine.records) | set(theirs.records)):
        a, b = mine.records.get(record_id), theirs.records.get(record_id)
        if b is None and record_id in unchanged:
            chosen, copy = a, None
        elif twin:
            chosen, copy = _merge_twins(a, b)
        else:
            chosen, copy = _merge_one(a, b, mine.context, theirs.context)
        if copy is not None:
            copies.append(copy)
            report.conflicts += 1
        if chosen is not None:
            records[record_id] = chosen
        _count(report, a, chosen)
    seen_before = joined(mine.context, theirs.context)
    for copy in copies:
        existing = records.get(copy.id)
        if existing is not None:  # made before, here or there, perhaps changed since
            kept, _ = _merge_one(existing, copy, {}, {})
            if kept is not None:
                records[copy.id] = kept
        elif not dominates(seen_before, copy.version):  # not made and deleted before
            records[copy.id] = copy  # counted once, as a conflict, not also as new
    context = joined(seen_before, *(copy.version for copy in copies))
    peers = {c: dict(v) for c, v in mine.peers.items()}
    for computer, seen in theirs.peers.items():
        peers[computer] = joined(peers.get(computer, {}), seen)
    return State(records, context, peers), report


def needed_ids(
    held: Set[str], tombstones: Set[str], others: Iterable[tuple[Set[str], Set[str]]]
) -> set[str]:
    """The records of this side a merge with files read in part must look at.

    ``held``: the ids this side holds (tombstones included), ``tombstones`` those
    deleted; ``others``: for each file, the ids of the records it carries and every
    id it holds. Wanted: what a file carries, what this side holds that a file
    does not (new here, or gone there), and every tombstone (forgotten once all
    have seen it). Everything else is held by both just as merged before. (The last
    two overlap: a tombstone the other computer has forgotten is also one held here
    only. tests/core/portability/sync/test_merge_in_part.py proves the whole.)"""
    needed = set(tombstones)
    for carried, holds in others:
        needed |= carried
        needed |= held - holds
    return needed & held


def changed_since(base_context: Vector, versions: Mapping[str, Vector]) -> set[str]:
    """The records whose version is not one ``base_context`` had seen: each was
    changed (here or elsewhere) after a file's base was written."""
    return {i for i, version in versions.items() if not dominates(base_context, version)}


def is_past_of(theirs: State, mine: State) -> bool:
    """Whether ``theirs`` is only an earlier moment of ``mine`` (an old copy of this
    computer's own file): every record in it is one ``mine`` has seen, at the same
    or a later version, and with the same content at the same version."""
    if not dominates(mine.context, theirs.context):
        return False
    for record_id, record in theirs.records.items():
        held = mine.records.get(record_id)
        if held is None:
            continue  # deleted here since, its tombstone forgotten: the context saw it
        if not dominates(held.version, record.version):
            return False
        if held.version == record.version and held.fields != record.fields:
            return False
    return True


def restamped(state: State, computer: str, counter: int) -> State:
    """Every record marked as changed by ``computer`` at ``counter``: after a twin
    was found, the other copy must take in all of this one's records as news,
    whatever the shared versions said."""
    stamp = {computer: counter}
    records = {i: replace(r, version=joined(r.version, stamp)) for i, r in state.records.items()}
    return State(records, joined(state.context, stamp), state.peers)


def _merge_twins(a: Record | None, b: Record | None) -> tuple[Record | None, Record | None]:
    if a is None or b is None:
        return (a if b is None else b), None
    return _concurrent(a, b)


def settled(merged: State, computer: str) -> State:
    """A merge's outcome as ``computer`` keeps it: it has now seen all of it, and
    forgets the tombstones every computer it knows of has seen."""
    peers = {c: dict(v) for c, v in merged.peers.items()}
    peers[computer] = dict(merged.context)
    return without_seen_tombstones(State(merged.records, merged.context, peers))


def without_seen_tombstones(state: State) -> State:
    """``state`` without the tombstones every computer it knows of has seen."""
    contexts = list(state.peers.values())
    kept = {
        i: r
        for i, r in state.records.items()
        if not (r.deleted and all(dominates(c, r.version) for c in contexts))
    }
    return State(kept, state.context, state.peers)


def _merge_one(
    a: Record | None, b: Record | None, seen_a: Vector, seen_b: Vector
) -> tuple[Record | None, Record | None]:
    """(the record to keep or None, a kept copy or None)."""
    if a is None or b is None:
        only = a if b is None else b
        assert only is not None
        other_seen = seen_b if b is None else seen_a
        # The other side has seen this version and no longer has it: deleted
        # there, its tombstone since purged. Otherwise it is new to the other side.
        return (None, None) if dominates(other_seen, only.version) else (only, None)
    if a == b:  # the common case: a record neither side changed
        return a, None
    if dominates(a.version, b.version) and dominates(b.version, a.version):
        return (a if a.canonical() >= b.canonical() else b), None
    if dominates(a.version, b.version):
        return a, None
    if dominates(b.version, a.version):
        return b, None
    return _concurrent(a, b)


def _concurrent(a: Record, b: Record) -> tuple[Record, Record | None]:
    """Both sides changed the record without seeing the other's change (or, for
    twins, cannot tell): nothing either wrote is lost."""
    version = joined(a.version, b.version)
    if a.fields == b.fields:  # the same change, or both deleted: nothing to keep twice
        return replace(a, version=version), None
    if a.deleted or b.deleted:
        survivor = b if a.deleted else a
        fields = {**(survivor.fields or {}), SURVIVED_DELETION: True}
        return replace(survivor, version=version, fields=fields), None
    winner, loser = (a, b) if a.canonical() >= b.canonical() else (b, a)
    if a.kind == SETTING:  # a choice is not kept twice; word lists are joined
        return replace(winner, version=version, fields=_joined_setting(winner, loser)), None
    return replace(winner, version=version), kept_copy(loser)


def _joined_setting(winner: Record, loser: Record) -> dict[str, Any] | None:
    """A setting changed on both computers: a word list (always hide, my words) holds
    the words of both; any other choice is the winner's."""
    fields = dict(winner.fields or {})
    try:
        mine, theirs = json.loads(fields["value"]), json.loads((loser.fields or {})["value"])
    except (KeyError, TypeError, ValueError):
        return fields
    if isinstance(mine, list) and isinstance(theirs, list):
        words = [w for w in (*mine, *theirs) if isinstance(w, str)]
        fields["value"] = json.dumps(sorted(set(words)))
    return fields


def kept_copy(loser: Record) -> Record:
    """The losing side of a conflict as a record of its own, the same on every computer.

    Its version names the copy itself, not the computers that wrote the text: a
    computer that has seen the losing text has not seen the copy, and must take
    it in rather than read its absence as a deletion."""
    copy_id = str(uuid.uuid5(_COPY_NAMESPACE, loser.canonical()))
    fields = {**(loser.fields or {}), KEPT_FROM: loser.id}
    if "source_id" in fields:  # the imported original is the record itself, not its copy
        fields["source_id"] = None
    return Record(copy_id, loser.kind, {f"copy:{copy_id}": 1}, fields)


def _count(report: MergeReport, before: Record | None, after: Record | None) -> None:
    if before == after:
        return
    if after is None or after.deleted:
        if before is not None and not before.deleted:
            report.deleted += 1
    elif before is None or before.deleted:
        report.added += 1
    elif before.fields != after.fields:  # a version learned, the same words: no change
        report.updated += 1


def texts(replicas: Iterable[Replica]) -> list[dict[str, dict[str, Any]]]:
    """Each replica's live records as plain data (tests compare them)."""
    return [{i: dict(r.fields or {}) for i, r in rep.live().items()} for rep in replicas]
