"""The sync folder is hostile: files there are sealed, nameless, and checked whole.

Each file that cannot be used (damaged, cut short, forged, enormous, from a newer
Reflect or another journal, half-written) is skipped with a plain reason, and
nothing of what is in it is believed.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from reflect.core.portability.sync import files, sealed
from reflect.core.portability.sync.merge import Replica
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.header import Header

DATA_KEY = bytes(range(32))
KEY = files.Keys.from_data_key(DATA_KEY)
JOURNAL = "journal-one"
KEY_FILE = files.KeyFile(
    Header.seal(JOURNAL, "a passphrase", DATA_KEY, KdfParams.cheap_for_tests()), 0
)
SECRET_WORDS = "Okonjo and the night of the handover"


def _state(computer: str = "a" * 32) -> tuple[Replica, bytes]:
    replica = Replica(computer)
    replica.put("e1", "entry", {"title": "Private", "body": SECRET_WORDS})
    replica.put("e2", "entry", {"body": "another"})
    replica.delete("e2")
    return replica, files.seal(replica.state(), computer, 7, KEY, KEY_FILE)


def test_a_file_opens_whole_with_the_journals_key() -> None:
    replica, data = _state()
    opened = files.open_sealed(data, KEY, JOURNAL)
    assert opened.computer == "a" * 32 and opened.sequence == 7
    assert opened.state.records == replica.state().records
    assert opened.state.context == replica.context


def test_nothing_in_the_file_or_its_name_is_plaintext(tmp_path: Path) -> None:
    _replica, data = _state()
    for secret in (SECRET_WORDS, "Okonjo", "Private", "entry", "e1"):
        assert secret.encode() not in data
    path = files.write(tmp_path, "a" * 32, data)
    assert path.name == "a" * 32 + ".reflectsync"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (lambda d: d[: len(d) // 2], "damaged"),  # copied only in part
        (lambda d: d[:-1] + bytes([d[-1] ^ 1]), "damaged"),  # one bit changed
        (lambda d: d[:40] + bytes([d[40] ^ 1]) + d[41:], "damaged"),  # in the sealed part
        (lambda d: b"NOT-A-SYNC-FILE" + d[15:], "damaged"),
        (
            lambda d: d[:13] + (files.FORMAT_VERSION + 1).to_bytes(2, "big") + d[15:],
            "newer Reflect",
        ),
        (lambda d: b"", "damaged"),
    ],
)
def test_a_spoiled_file_is_skipped_with_a_reason(spoil: object, reason: str) -> None:
    _replica, data = _state()
    with pytest.raises(files.SkippedFile) as skipped:
        files.open_sealed(spoil(data), KEY, JOURNAL)  # type: ignore[operator]
    assert reason in skipped.value.reason


def test_a_file_of_another_journal_says_so() -> None:
    _replica, data = _state()
    with pytest.raises(files.SkippedFile) as skipped:
        files.open_sealed(data, files.Keys.from_data_key(secrets.token_bytes(32)), "journal-two")
    assert "another journal" in skipped.value.reason


def test_a_file_of_this_journal_under_another_key_carries_its_key_file() -> None:
    """The recovery key was changed on one computer: the other learns which key
    file is newer, without being able to read the records."""
    _replica, data = _state()
    with pytest.raises(files.SkippedFile) as skipped:
        files.open_sealed(data, files.Keys.from_data_key(secrets.token_bytes(32)), JOURNAL)
    assert skipped.value.sealed_under == KEY_FILE
    assert "changed on another computer" in skipped.value.reason


def test_the_key_file_is_bound_to_the_sealed_part() -> None:
    """A file whose stamp or key file someone changed does not open (so a forged
    stamp cannot make a computer take another key file)."""
    _replica, data = _state()
    stamp_at = len(files.MAGIC) + 2
    raised = data[:stamp_at] + (99).to_bytes(8, "big") + data[stamp_at + 8 :]
    assert files.peek(raised)[0].stamp == 99
    other = Header.seal(JOURNAL, "another passphrase", DATA_KEY, KdfParams.cheap_for_tests())
    header_at = stamp_at + 12
    swapped = (
        data[:header_at] + other.to_bytes() + data[header_at + len(KEY_FILE.header.to_bytes()) :]
    )
    for spoiled in (raised, swapped):
        with pytest.raises(files.SkippedFile) as skipped:
            files.open_sealed(spoiled, KEY, JOURNAL)
        assert "damaged" in skipped.value.reason


def test_a_forged_file_is_not_believed(tmp_path: Path) -> None:
    """A file whose tag matches but whose sealed part someone else wrote, or one
    computer's file put under another's name, is skipped."""
    _replica, data = _state()
    sealed_at = files.peek(data)[1] + 12
    forged = data[:sealed_at] + secrets.token_bytes(len(data) - sealed_at)
    (tmp_path / ("b" * 32 + ".reflectsync")).write_bytes(forged)
    (tmp_path / ("c" * 32 + ".reflectsync")).write_bytes(data)  # a's file under c's name
    reading = files.read_others(tmp_path, "f" * 32, KEY, JOURNAL)
    assert reading.found == []
    assert [p.name[:1] for p, _why in reading.skipped] == ["b", "c"]


def test_an_enormous_file_is_skipped_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / ("d" * 32 + ".reflectsync")
    with big.open("wb") as handle:
        handle.truncate(files.MAX_FILE_BYTES + 1)  # sparse: nothing is really written
    reading = files.read_others(tmp_path, "f" * 32, KEY, JOURNAL)
    assert reading.found == [] and "larger" in reading.skipped[0][1].reason


def test_a_payload_that_inflates_beyond_reason_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sealed, "MAX_PAYLOAD_BYTES", 100)
    _replica, data = _state()
    with pytest.raises(files.SkippedFile) as skipped:
        files.open_sealed(data, KEY, JOURNAL)
    assert "larger" in skipped.value.reason


def test_only_other_computers_whole_files_are_read(tmp_path: Path) -> None:
    _mine, my_data = _state("a" * 32)
    _other, other_data = _state("b" * 32)
    files.write(tmp_path, "a" * 32, my_data)
    files.write(tmp_path, "b" * 32, other_data)
    (tmp_path / (".bbbb.reflectsync.tmp")).write_bytes(other_data[:10])  # a write in progress
    (tmp_path / "notes.txt").write_text("the user's own file")
    (tmp_path / "holiday.reflectsync").write_bytes(b"x")  # not a name Reflect writes
    reading = files.read_others(tmp_path, "a" * 32, KEY, JOURNAL)
    assert [f.computer for f in reading.found] == ["b" * 32]
    assert reading.skipped == []
