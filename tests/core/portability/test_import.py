"""Importers on real Day One exports, Markdown folders, jrnl JSON and hostile input."""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from reflect.core.journal.repository import Journal
from reflect.core.portability.importers import ImportFailed, import_path, preview_path

DAYONE = Path(__file__).resolve().parents[3] / "tests" / "data" / "dayone"
BERLIN = ZoneInfo("Europe/Berlin")


def _by_title(journal: Journal) -> dict[str, object]:
    return {(e.title or e.body.splitlines()[0]): e for e in journal.list_entries(1000)}


def _dayone_zip(tmp_path: Path, *names: str, extra: dict[str, bytes] | None = None) -> Path:
    path = tmp_path / "Export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            archive.write(DAYONE / name, name)
        for member, data in (extra or {}).items():
            archive.writestr(member, data)
    return path


# --- Day One -----------------------------------------------------------------------------


def test_real_dayone_export_imports_with_titles_tags_dates_and_media_notes(
    journal: Journal,
) -> None:
    report = import_path(journal, DAYONE / "Tagebuch.json")
    assert report.format == "dayone"
    assert report.imported == 6
    assert report.problems == ["1 empty entry was left out."]
    entries = _by_title(journal)
    test_note = entries["Test note"]
    assert test_note.tags == ["example tag", "another-Example_tag"]  # type: ignore[attr-defined]
    assert test_note.body.startswith("- Bullet list\n- **Bold**")  # type: ignore[attr-defined]
    picture = entries["Note with same picture"]
    assert "[photo not imported]" in picture.body  # type: ignore[attr-defined]
    assert "dayone-moment" not in picture.body  # type: ignore[attr-defined]
    # 2024-07-22T20:19:56Z is 22:19 in Berlin: still the 22nd there.
    welcome = next(e for e in journal.list_entries(100) if "Dies ist dein Day One" in e.body)
    assert welcome.created_at == datetime(2024, 7, 22, 20, 19, 56, tzinfo=UTC)
    assert welcome.created_at.astimezone(BERLIN).date() == date(2024, 7, 22)
    future = entries["Test Entry in future"]
    assert future.created_at.astimezone(BERLIN) == datetime(  # type: ignore[attr-defined]
        2024, 8, 3, 17, 37, 30, tzinfo=BERLIN
    )


def test_dayone_entry_date_is_taken_in_its_own_time_zone(journal: Journal, tmp_path: Path) -> None:
    doc = {
        "metadata": {"version": "1.0"},
        "entries": [
            {
                "uuid": "0123456789ABCDEF0123456789ABCDEF",
                "creationDate": "2024-01-05T03:02:50Z",
                "timeZone": "America/Chicago",
                "text": "# Late night\\. Really\nAfter the code \\- long one",
                "tags": ["reflection"],
                "starred": True,
                "pinned": True,
                "richText": "{not json at all",
            }
        ],
    }
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps(doc))
    preview = preview_path(path)
    assert preview.first_date == date(2024, 1, 4)  # 21:02 on the 4th in Chicago
    import_path(journal, path)
    [entry] = journal.list_entries()
    assert entry.title == "Late night. Really"
    assert entry.body == "After the code - long one"
    assert entry.created_at == datetime(2024, 1, 5, 3, 2, 50, tzinfo=UTC)
    assert entry.tags == ["reflection"]


def test_dayone_media_listed_but_not_linked_become_notes(journal: Journal) -> None:
    import_path(journal, DAYONE / "MyJournal.json")
    [entry] = journal.list_entries()
    assert entry.body.splitlines()[0] == "test text"
    for kind in ("photo", "audio recording", "video", "PDF"):
        assert f"[{kind} not imported]" in entry.body


def test_dayone_zip_with_two_journals_imports_both_and_reimport_adds_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    path = _dayone_zip(
        tmp_path,
        "Tagebuch.json",
        "MyJournal.json",
        extra={"photos/6e8f17a1cd2fd963d5843aca794e2287.jpeg": b"\xff\xd8 not really"},
    )
    preview = preview_path(path, journal)
    assert (preview.format, preview.count, preview.already_imported) == ("dayone", 7, 0)
    assert preview.first_date == date(2018, 4, 21)
    assert preview.last_date == date(2024, 8, 3)
    first = import_path(journal, path)
    assert first.imported == 7
    second = import_path(journal, path)
    assert (second.imported, second.duplicates_skipped) == (0, 7)
    assert journal.count_entries() == 7
    assert preview_path(path, journal).already_imported == 7


@pytest.mark.parametrize(
    ("member", "message"),
    [
        ("../../evil.json", "unsafe file paths"),
        ("/abs/Journal.json", "unsafe file paths"),
    ],
)
def test_zip_with_path_traversal_is_refused(
    journal: Journal, tmp_path: Path, member: str, message: str
) -> None:
    path = tmp_path / "bad.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, (DAYONE / "Tagebuch.json").read_bytes())
    with pytest.raises(ImportFailed) as err:
        import_path(journal, path)
    assert message in err.value.message
    assert "Nothing was imported" in err.value.message
    assert not (tmp_path.parent / "evil.json").exists()
    assert journal.count_entries() == 0


def test_a_zip_member_with_an_empty_name_is_a_clear_failure(
    journal: Journal, tmp_path: Path
) -> None:
    """The audit's IndexError: a member whose name is empty."""
    path = tmp_path / "empty-name.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", (DAYONE / "Tagebuch.json").read_bytes())
        archive.writestr(zipfile.ZipInfo(""), b"{}")
    with pytest.raises(ImportFailed) as err:
        import_path(journal, path)
    assert "damaged" in err.value.message
    assert "Nothing was imported" in err.value.message
    assert journal.count_entries() == 0


def test_zip_bomb_is_refused_without_expanding_it(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b" " * (150 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(ImportFailed) as err:
        import_path(journal, path)
    assert "unsafe" in err.value.message


def test_zip_member_larger_than_declared_is_refused(journal: Journal, tmp_path: Path) -> None:
    data = json.dumps({"metadata": {}, "entries": []}).encode() + b" " * 5000
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("Journal.json", data)
    raw = bytearray(buffer.getvalue())
    # Lower the declared size in the central directory: reading must stop, not trust it.
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 24 : central + 28] = (100).to_bytes(4, "little")
    path = tmp_path / "liar.zip"
    path.write_bytes(bytes(raw))
    with pytest.raises(ImportFailed):
        import_path(journal, path)


def test_zip_with_symlink_member_is_refused(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    info = zipfile.ZipInfo("Journal.json")
    info.external_attr = 0o120777 << 16
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(ImportFailed) as err:
        import_path(journal, path)
    assert "symbolic links" in err.value.message


# --- jrnl (hand-written; the real CLI is exercised in test_import_jrnl.py) ---------------


def test_jrnl_json_uses_local_time_and_drops_tag_symbols(journal: Journal, tmp_path: Path) -> None:
    doc = {
        "tags": {"@sepsis": 1},
        "entries": [
            {
                "title": "Night shift.",
                "body": "Thought about the @sepsis case with #mentor",
                "date": "2024-03-05",
                "time": "22:15",
                "tags": ["@sepsis", "#mentor"],
                "starred": False,
            }
        ],
    }
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps(doc))
    tz = timezone(timedelta(hours=-5))
    report = import_path(journal, path, tz=tz)
    assert (report.format, report.imported) == ("jrnl", 1)
    [entry] = journal.list_entries()
    assert entry.created_at == datetime(2024, 3, 6, 3, 15, tzinfo=UTC)
    assert entry.tags == ["sepsis", "mentor"]
    assert import_path(journal, path, tz=tz).duplicates_skipped == 1


# --- Markdown ------------------------------------------------------------------------------


def test_markdown_folder_with_front_matter_headings_and_plain_files(
    journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    (folder / "2024").mkdir(parents=True)
    (folder / ".obsidian").mkdir()
    (folder / ".obsidian" / "skip.md").write_text("# hidden")
    (folder / "2024" / "a.md").write_text(
        '---\ntitle: "After the review"\ndate: 2024-05-01 21:30\ntags: [work, "peer support"]\n'
        "---\n\nIt went better than I feared.\n"
    )
    (folder / "b.md").write_text("# A heading title\n\nBody of b\n")
    plain = folder / "plain note.markdown"
    plain.write_text("Just words.\n")
    when = datetime(2023, 2, 3, 4, 5, 6, tzinfo=UTC).timestamp()
    os.utime(plain, (when, when))
    (folder / "image.png").write_bytes(b"\x89PNG")
    tz = timezone(timedelta(hours=2))
    report = import_path(journal, folder, tz=tz)
    assert (report.format, report.imported) == ("markdown", 3)
    entries = _by_title(journal)
    review = entries["After the review"]
    assert review.body == "It went better than I feared."  # type: ignore[attr-defined]
    assert review.tags == ["work", "peer support"]  # type: ignore[attr-defined]
    assert review.created_at == datetime(2024, 5, 1, 19, 30, tzinfo=UTC)  # type: ignore[attr-defined]
    assert entries["A heading title"].body == "Body of b"  # type: ignore[attr-defined]
    assert entries["plain note"].created_at == datetime(  # type: ignore[attr-defined]
        2023, 2, 3, 4, 5, 6, tzinfo=UTC
    )
    assert import_path(journal, folder, tz=tz).imported == 0


def test_markdown_folder_with_a_symlink_is_refused(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text("fine")
    outside = tmp_path / "secret.md"
    outside.write_text("outside the folder")
    (folder / "link.md").symlink_to(outside)
    with pytest.raises(ImportFailed) as err:
        import_path(journal, folder)
    assert "symbolic link" in err.value.message
    assert journal.count_entries() == 0


def test_non_utf8_markdown_fails_and_imports_nothing(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text("good file")
    (folder / "b.md").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(ImportFailed) as err:
        import_path(journal, folder)
    assert "UTF-8" in err.value.message
    assert journal.count_entries() == 0


def test_bad_front_matter_date_falls_back_to_file_time_and_says_so(
    journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "note.md"
    path.write_text("---\ndate: the day after\n---\nbody\n")
    report = import_path(journal, path)
    assert report.imported == 1
    assert "last change date" in report.problems[0]


# --- hostile or broken input: clear error, nothing imported --------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "isn't valid JSON"),
        (b"\xff\xfe\x00garbage", "isn't UTF-8"),
        (b"[" * 100000 + b"]" * 100000, "isn't valid JSON"),
        (b'{"something": "else"}', "doesn't recognise"),
        (b'{"metadata": {}, "entries": [{"uuid": 5, "creationDate": "2024"}]}', "id of entry 1"),
        (b'{"metadata": {}, "entries": [{"uuid": "AB", "creationDate": "soon"}]}', "date of"),
        (b'{"entries": [{"date": "2024-13-01", "time": "10:00", "title": "x"}]}', "date of"),
        (b'{"entries": [{"date": "2024-01-01", "time": "10:00", "title": 7}]}', "title"),
        (b'{"format": "reflect-export", "version": 2, "entries": []}', "newer Reflect"),
        (
            b'{"entries": [{"date": "2024-01-01", "time": "10:00", "title": "\\ud800"}]}',
            "invalid characters",
        ),
    ],
)
def test_malformed_files_fail_clearly(
    journal: Journal, tmp_path: Path, content: bytes, message: str
) -> None:
    journal.add_entry("Already here", "untouched")
    path = tmp_path / "input.json"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as err:
        import_path(journal, path)
    assert message in err.value.message
    assert err.value.message.endswith("Nothing was imported.")
    assert journal.count_entries() == 1


def test_one_bad_entry_among_good_ones_imports_nothing(journal: Journal, tmp_path: Path) -> None:
    good = {"date": "2024-01-01", "time": "10:00", "title": "ok", "body": "", "tags": []}
    doc = {"entries": [good, {**good, "title": "ok too"}, {**good, "tags": "not a list"}]}
    path = tmp_path / "j.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(ImportFailed) as err:
        import_path(journal, path)
    assert "entry 3" in err.value.message
    assert journal.count_entries() == 0


def test_a_huge_field_is_refused(journal: Journal, tmp_path: Path) -> None:
    doc = {"entries": [{"date": "2024-01-01", "time": "10:00", "title": "x" * (6 * 1024 * 1024)}]}
    path = tmp_path / "j.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(ImportFailed) as err:
        import_path(journal, path)
    assert "5 MB" in err.value.message


def test_a_huge_file_is_refused_before_reading(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    with open(path, "wb") as handle:  # sparse: 201 MB on paper, nothing on disk
        handle.truncate(201 * 1024 * 1024)
    with pytest.raises(ImportFailed) as err:
        import_path(journal, path)
    assert "larger than Reflect can import" in err.value.message


def test_a_symlinked_file_is_refused(journal: Journal, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    shutil.copy(DAYONE / "Tagebuch.json", real)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with pytest.raises(ImportFailed):
        import_path(journal, link)
    assert journal.count_entries() == 0


def test_a_failure_while_writing_rolls_everything_back(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    original = Journal.add_entry

    def flaky(self: Journal, *args: object, **kwargs: object):
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError("disk went away")
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Journal, "add_entry", flaky)
    with pytest.raises(OSError, match="disk went away"):
        import_path(journal, DAYONE / "Tagebuch.json")
    monkeypatch.undo()
    assert journal.count_entries() == 0


def test_progress_reaches_the_total(journal: Journal) -> None:
    seen: list[tuple[int, int]] = []
    import_path(journal, DAYONE / "Tagebuch.json", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (6, 6)


def test_preview_writes_nothing(journal: Journal) -> None:
    preview = preview_path(DAYONE / "Tagebuch.json", journal)
    assert preview.count == 6
    assert preview.titles[0] == "👋 Dies ist dein Day One"
    assert journal.count_entries() == 0


def test_a_file_of_millions_of_empty_lists_is_refused_before_it_is_parsed(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Audit item 8: a 190 MB file of "[]," took 5 GB of memory before refusal."""
    import json

    from reflect.core.portability.importers import common

    limit = common.MAX_JSON_CONTAINERS
    path = tmp_path / "jrnl.json"
    path.write_bytes(b'{"entries": [' + b"[]," * limit + b"[]]}")
    parsed: list[str] = []

    def spy(text: str, **kwargs: object) -> object:
        parsed.append(text)
        return {}

    monkeypatch.setattr(json, "loads", spy)
    with pytest.raises(ImportFailed) as err:
        import_path(journal, path)
    assert "far more items than a journal export" in err.value.message
    assert parsed == []  # refused before the parser built anything
    assert journal.count_entries() == 0


def test_brackets_inside_entry_text_do_not_count_against_the_limit(
    journal: Journal, tmp_path: Path
) -> None:
    from reflect.core.portability.importers import common

    body = "[" * (common.MAX_JSON_CONTAINERS + 10)  # markdown links, lists: text, not items
    path = tmp_path / "jrnl.json"
    doc = {"entries": [{"date": "2024-01-01", "time": "10:00", "title": "x", "body": body}]}
    path.write_text(__import__("json").dumps(doc))
    assert import_path(journal, path).imported == 1
