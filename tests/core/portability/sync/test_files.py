"""The sync folder is hostile: files there are sealed, nameless, and checked whole.

Each file that cannot be used (damaged, cut short, forged, enormous, from a newer
Reflect or another journal, half-written) is skipped with a plain reason, and
nothing of what is in it is believed.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from reflect.core.portability.sync import files
from reflect.core.portability.sync.merge import Replica

KEY = files.Keys.from_data_key(bytes(range(32)))
SECRET_WORDS = "Okonjo and the night of the handover"


def _state(computer: str = "a" * 32) -> tuple[Replica, bytes]:
    replica = Replica(computer)
    replica.put("e1", "entry", {"title": "Private", "body": SECRET_WORDS})
    replica.put("e2", "entry", {"body": "another"})
    replica.delete("e2")
    return replica, files.seal(replica.state(), computer, 7, KEY)


def test_a_file_opens_whole_with_the_journals_key() -> None:
    replica, data = _state()
    opened = files.open_sealed(data, KEY)
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
        (lambda d: d[:13] + b"\x00\x02" + d[15:], "newer Reflect"),
        (lambda d: b"", "damaged"),
    ],
)
def test_a_spoiled_file_is_skipped_with_a_reason(spoil: object, reason: str) -> None:
    _replica, data = _state()
    with pytest.raises(files.SkippedFile) as skipped:
        files.open_sealed(spoil(data), KEY)  # type: ignore[operator]
    assert reason in skipped.value.reason


def test_a_file_of_another_journal_says_so() -> None:
    _replica, data = _state()
    with pytest.raises(files.SkippedFile) as skipped:
        files.open_sealed(data, files.Keys.from_data_key(secrets.token_bytes(32)))
    assert "another journal" in skipped.value.reason


def test_a_forged_file_is_not_believed(tmp_path: Path) -> None:
    """A file whose tag matches but whose sealed part someone else wrote, or one
    computer's file put under another's name, is skipped."""
    _replica, data = _state()
    header = data[: files.HEADER_SIZE]
    forged = header + secrets.token_bytes(len(data) - files.HEADER_SIZE)
    (tmp_path / ("b" * 32 + ".reflectsync")).write_bytes(forged)
    (tmp_path / ("c" * 32 + ".reflectsync")).write_bytes(data)  # a's file under c's name
    found, skipped = files.read_others(tmp_path, "f" * 32, KEY)
    assert found == []
    assert [p.name[:1] for p, _why in skipped] == ["b", "c"]


def test_an_enormous_file_is_skipped_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / ("d" * 32 + ".reflectsync")
    with big.open("wb") as handle:
        handle.truncate(files.MAX_FILE_BYTES + 1)  # sparse: nothing is really written
    found, skipped = files.read_others(tmp_path, "f" * 32, KEY)
    assert found == [] and "larger" in skipped[0][1]


def test_a_payload_that_inflates_beyond_reason_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_PAYLOAD_BYTES", 100)
    _replica, data = _state()
    with pytest.raises(files.SkippedFile) as skipped:
        files.open_sealed(data, KEY)
    assert "larger" in skipped.value.reason


def test_only_other_computers_whole_files_are_read(tmp_path: Path) -> None:
    _mine, my_data = _state("a" * 32)
    _other, other_data = _state("b" * 32)
    files.write(tmp_path, "a" * 32, my_data)
    files.write(tmp_path, "b" * 32, other_data)
    (tmp_path / (".bbbb.reflectsync.tmp")).write_bytes(other_data[:10])  # a write in progress
    (tmp_path / "notes.txt").write_text("the user's own file")
    (tmp_path / "holiday.reflectsync").write_bytes(b"x")  # not a name Reflect writes
    found, skipped = files.read_others(tmp_path, "a" * 32, KEY)
    assert [f.computer for f in found] == ["b" * 32]
    assert skipped == []
