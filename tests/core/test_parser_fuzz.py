"""Fuzzers for every file Reflect reads that someone else could have written.

Backups (container and manifest), vault headers and the reminders file: random
and mutated input either parses or fails with the one error the caller expects,
never anything else, never a hang. The suite runs a few examples each;
``.ci/run`` runs them again with ``REFLECT_FUZZ_EXAMPLES`` (bounded, printed).
"""

from __future__ import annotations

import json
import os
import struct
from datetime import UTC
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core.clock import FakeClock
from reflect.core.errors import UserError, VaultCorrupt, VaultTooNew
from reflect.core.portability import backup
from reflect.core.portability.backup import create_backup, read_backup_info, restore_backup
from reflect.core.reminders import store as rs
from reflect.core.reminders.schedule import Schedule, fire_at
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.header import Header
from reflect.core.vault.lifecycle import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("REFLECT_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CHEAP = KdfParams.cheap_for_tests()

json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=20),
)
json_values = st.recursive(
    json_leaves,
    lambda kids: st.one_of(
        st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=12), kids, max_size=6)
    ),
    max_leaves=30,
)


def _mutate(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for position, value in edits:
        if out:
            out[position % len(out)] = value
    return bytes(out)


edits = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8)


# --- vault headers ---------------------------------------------------------------


@pytest.fixture(scope="module")
def real_header(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("header") / "journal"
    Vault.create(folder, PASSPHRASE, kdf=CHEAP)[0].lock()
    return (folder / "vault.json").read_bytes()


@FUZZ
@given(change=edits, junk=st.binary(max_size=200))
def test_a_mutated_header_parses_or_is_damage(
    real_header: bytes, change: list[tuple[int, int]], junk: bytes
) -> None:
    for data in (_mutate(real_header, change), junk, real_header[: len(junk)]):
        try:
            Header.parse(data)
        except (VaultCorrupt, VaultTooNew):
            pass


@FUZZ
@given(doc=json_values, field=st.sampled_from(["version", "kdf", "wrapped_key", "vault_id"]))
def test_a_header_with_any_field_replaced_parses_or_is_damage(
    real_header: bytes, doc: object, field: str
) -> None:
    header = json.loads(real_header)
    header[field] = doc
    try:
        parsed = Header.parse(json.dumps(header).encode())
    except (VaultCorrupt, VaultTooNew):
        return
    parsed.kdf.validate()  # whatever parses is within the limits Reflect accepts


# --- backups -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_backup(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    base = tmp_path_factory.mktemp("backup")
    vault, _ = Vault.create(base / "journal", PASSPHRASE, kdf=CHEAP)
    vault.journal.add_entry(title="Fuzzed", body="text")
    info = create_backup(vault, base / "backups", clock=FakeClock())
    vault.lock()
    return info.path.read_bytes()


BACKUP_ERRORS = (backup.NotABackup, backup.BackupDamaged, backup.BackupTooNew, UserError)


@FUZZ
@given(change=edits)
def test_a_mutated_backup_is_refused_with_a_backup_error_and_restores_nothing(
    real_backup: bytes, change: list[tuple[int, int]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    base = tmp_path_factory.mktemp("case")
    path = base / "mutated.reflectbackup"
    # Keep the edits in the container's head, where parsing happens.
    head = len(backup.MAGIC) + 6 + 600
    path.write_bytes(_mutate(real_backup[:head], change) + real_backup[head:])
    try:
        restore_backup(path, base / "restored", passphrase=PASSPHRASE)
    except BACKUP_ERRORS:
        assert not (base / "restored").exists()


@FUZZ
@given(manifest=json_values, version=st.integers(0, 2**16 - 1))
def test_any_manifest_is_read_or_refused_as_a_backup_error(
    manifest: object, version: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    body = json.dumps(manifest).encode()
    path = tmp_path_factory.mktemp("manifest") / "x.reflectbackup"
    path.write_bytes(backup.MAGIC + struct.pack(">HI", version, len(body)) + body + b"\0" * 64)
    try:
        read_backup_info(path)
    except BACKUP_ERRORS:
        pass


# --- the reminders file -------------------------------------------------------------


@pytest.mark.logs_warning
@FUZZ
@given(
    rules=st.lists(
        st.dictionaries(
            st.sampled_from(
                ["id", "kind", "at", "weekdays", "on_day", "zone", "follow_system_zone",
                 "checkin", "skip_if_wrote_today", "wording", "event_id", "paused",
                 "snoozed_until", "handled_until", "last_fired"]
            ),
            st.one_of(json_values, st.sampled_from(
                ["one_off", "recurring", "follow_up", "09:00", "2026-03-02", "9999-12-31",
                 "2026-03-02T09:00:00+00:00", "Europe/London", "Mars/Base", "write"]
            )),
        ),
        max_size=5,
    ),
)  # fmt: skip
def test_any_reminders_file_loads_what_it_can_and_never_raises(
    rules: list[object], tmp_path_factory: pytest.TempPathFactory
) -> None:
    doc = json.loads(rs.dumps(Schedule()))
    doc["rules"] = rules
    path = tmp_path_factory.mktemp("reminders") / "reminders.json"
    path.write_text(json.dumps(doc))
    store = rs.ReminderStore(path)
    schedule = store.schedule  # never raises
    for rule in schedule.rules:
        fire_at(rule, UTC, schedule.quiet)  # whatever loaded can be scheduled
    assert len(schedule.rules) + max(store.set_aside, 0) == len(rules)


@pytest.mark.logs_warning
@FUZZ
@given(data=st.binary(max_size=300))
def test_any_bytes_as_the_reminders_file_never_raise(
    data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path: Path = tmp_path_factory.mktemp("raw") / "reminders.json"
    path.write_bytes(data)
    assert isinstance(rs.ReminderStore(path).schedule, Schedule)
