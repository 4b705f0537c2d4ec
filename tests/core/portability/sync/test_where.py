"""Where the journal and its sync folder may be: the known sync tools' folders,
and a sync folder that holds the journal (or sits inside it) refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.core.portability.sync.where import folder_problem, sync_tool_around


@pytest.mark.parametrize(
    ("parts", "tool"),
    [
        (("Dropbox", "Reflect"), "Dropbox"),
        (("Dropbox (Personal)", "journal"), "Dropbox"),
        (("OneDrive - St Mary's Hospital Trust", "Documents", "Reflect"), "OneDrive"),
        (("OneDrive",), "OneDrive"),
        (("Library", "Mobile Documents", "com~apple~CloudDocs", "Reflect"), "iCloud Drive"),
        (("Nextcloud", "Notes"), "Nextcloud"),
        (("ownCloud",), "ownCloud"),
        (("Google Drive", "My Drive", "j"), "Google Drive"),
        (("pCloud Drive", "j"), "pCloud"),
    ],
)
def test_a_journal_inside_a_known_sync_folder_is_noticed(
    tmp_path: Path, parts: tuple[str, ...], tool: str
) -> None:
    folder = tmp_path.joinpath(*parts)
    folder.mkdir(parents=True)
    assert sync_tool_around(folder) == tool


def test_a_syncthing_folder_is_known_by_its_marker(tmp_path: Path) -> None:
    shared = tmp_path / "Sync"
    (shared / ".stfolder").mkdir(parents=True)
    (shared / "deep" / "journal").mkdir(parents=True)
    assert sync_tool_around(shared / "deep" / "journal") == "Syncthing"


@pytest.mark.parametrize(
    "parts",
    [("Dropboxes", "journal"), ("Dropped", "j"), ("Documents", "Reflect"), ("my onedrive notes",)],
)
def test_ordinary_folders_are_not_taken_for_sync_folders(
    tmp_path: Path, parts: tuple[str, ...]
) -> None:
    folder = tmp_path.joinpath(*parts)
    folder.mkdir(parents=True)
    assert sync_tool_around(folder) is None


def test_a_sync_folder_must_neither_hold_the_journal_nor_sit_in_it(tmp_path: Path) -> None:
    journal = tmp_path / "Reflect" / "journal"
    journal.mkdir(parents=True)
    assert folder_problem(tmp_path / "Reflect", journal) is not None  # holds it
    assert folder_problem(journal, journal) is not None
    assert folder_problem(journal / "sync", journal) is not None  # inside it
    (tmp_path / "Syncthing").mkdir()
    assert folder_problem(tmp_path / "Syncthing", journal) is None
    assert folder_problem(tmp_path / "Reflect-sync", journal) is None
