"""Fuzzed input: an import either succeeds completely or fails with ImportFailed, nothing else.

One journal is shared by all examples of a test (a vault per example would be
slow); each example checks the change in entry count, so a partial import shows.
"""

from __future__ import annotations

import io
import json
import os
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core.journal.repository import Journal
from reflect.core.portability.importers import ImportFailed, import_path, preview_path

DAYONE = Path(__file__).resolve().parents[3] / "tests" / "data" / "dayone"
pytestmark = pytest.mark.fuzz

FUZZ = settings(
    max_examples=int(os.environ.get("REFLECT_FUZZ_EXAMPLES", "80")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

KEYS = [
    "uuid", "creationDate", "modifiedDate", "timeZone", "text", "tags", "photos", "audios",
    "identifier", "date", "time", "title", "body", "starred", "format", "version", "entries",
    "events", "checkins", "id", "created_at", "updated_at", "event_id", "occurred_on",
    "stage", "status", "stage_history", "recorded_at", "distress", "sleep", "support",
    "metadata", "triggered", "note",
]  # fmt: skip
PLAUSIBLE = [
    "2024-01-05T03:02:50Z", "2024-01-05", "10:00", "25:61", "Europe/Berlin", "../../etc/x",
    "reflect-export", "# Title\nbody", "![](dayone-moment://ABC)", "0123456789ABCDEF", "@tag",
    "active", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+14:00", "\ud800", "",
]  # fmt: skip

leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.sampled_from(PLAUSIBLE),
    st.text(max_size=30),
)
json_values = st.recursive(
    leaves,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), children, max_size=6
        ),
    ),
    max_leaves=25,
)
entry_like = st.dictionaries(st.sampled_from(KEYS), json_values, max_size=8)
shaped = st.one_of(
    st.fixed_dictionaries({"metadata": st.just({}), "entries": st.lists(entry_like, max_size=4)}),
    st.fixed_dictionaries({"entries": st.lists(entry_like, max_size=4)}),
    st.fixed_dictionaries(
        {
            "format": st.just("reflect-export"),
            "version": st.sampled_from([1, 1, 0, 2, "1", True]),
            "entries": st.lists(entry_like, max_size=3),
            "events": st.lists(entry_like, max_size=2),
            "checkins": st.lists(entry_like, max_size=2),
        }
    ),
    json_values,
)


def _check(journal: Journal, path: Path) -> None:
    before = journal.count_entries()
    try:
        preview_path(path, journal)
    except ImportFailed as exc:
        assert exc.message.endswith("Nothing was imported.")
    try:
        report = import_path(journal, path)
    except ImportFailed:
        assert journal.count_entries() == before
    else:
        assert journal.count_entries() == before + report.imported


@FUZZ
@given(doc=shaped)
def test_any_json_structure_imports_fully_or_not_at_all(
    journal: Journal, tmp_path: Path, doc: Any
) -> None:
    path = tmp_path / "input.json"
    path.write_text(json.dumps(doc, allow_nan=True))
    _check(journal, path)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_any_bytes_import_fully_or_not_at_all(
    journal: Journal, tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "input.json"
    path.write_bytes(data)
    _check(journal, path)


@FUZZ
@given(
    members=st.lists(
        st.tuples(
            st.one_of(
                st.sampled_from(
                    [
                        "Journal.json",
                        "../x.json",
                        "a/b.json",
                        "photos/x.jpeg",
                        ".hidden.json",
                        "C:\\x.json",
                        "/abs.json",
                    ]
                ),
                # zipfile cuts names at NUL, which would make the *writer* fail
                st.text(min_size=1, max_size=12)
                .filter(lambda s: "\x00" not in s)
                .map(lambda s: s + ".json"),
            ),
            st.one_of(shaped.map(lambda d: json.dumps(d).encode()), st.binary(max_size=200)),
        ),
        max_size=4,
    ),
    compression=st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2]),
)
def test_any_zip_imports_fully_or_not_at_all(
    journal: Journal, tmp_path: Path, members: list[tuple[str, bytes]], compression: int
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate member names are part of the fuzz
        for name, data in members:
            archive.writestr(name, data)
    path = tmp_path / "input.zip"
    path.write_bytes(buffer.getvalue())
    _check(journal, path)


def _real_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(DAYONE / "Tagebuch.json", "Tagebuch.json")
    return buffer.getvalue()


REAL_ZIP = _real_zip()


@FUZZ
@given(
    flips=st.lists(
        st.tuples(st.integers(0, len(REAL_ZIP) - 1), st.integers(1, 255)), min_size=1, max_size=6
    ),
    cut=st.integers(0, len(REAL_ZIP)),
)
def test_a_damaged_real_zip_imports_fully_or_not_at_all(
    journal: Journal, tmp_path: Path, flips: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(REAL_ZIP)
    for offset, mask in flips:
        data[offset] ^= mask
    path = tmp_path / "input.zip"
    path.write_bytes(bytes(data[: max(cut, 2)]) if cut % 3 == 0 else bytes(data))
    _check(journal, path)


@FUZZ
@given(
    files=st.dictionaries(
        st.text(alphabet="abc-_ ", min_size=1, max_size=6).map(lambda s: s + ".md"),
        st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)),
        max_size=4,
    ),
    front=st.text(max_size=80),
)
def test_any_markdown_folder_imports_fully_or_not_at_all(
    journal: Journal, tmp_path_factory: Any, files: dict[str, bytes], front: str
) -> None:
    folder = tmp_path_factory.mktemp("md")
    for name, data in files.items():
        (folder / name).write_bytes(b"---\n" + front.encode("utf-8", "replace") + b"\n---\n" + data)
    _check(journal, folder)
