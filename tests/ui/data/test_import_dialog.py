"""The import dialog: pick, preview, import with progress, calm errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.core.journal.repository import Journal
from reflect.ui.data.data_export_dialog import DataExportDialog
from reflect.ui.data.import_dialog import ImportDialog
from tests.helpers.fakes import FakeDialogs, InstantRunner

DAYONE = Path(__file__).resolve().parents[3] / "tests" / "data" / "dayone"

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(
    qtbot: QtBot, journal: Journal, runner: InstantRunner, dialogs: FakeDialogs
) -> ImportDialog:
    widget = ImportDialog(journal, runner, dialogs)
    qtbot.addWidget(widget)
    return widget


def test_nothing_can_be_imported_before_a_file_is_chosen(dialog: ImportDialog) -> None:
    assert not dialog.import_button.isEnabled()
    assert "Choose a file" in dialog.summary.text()


def test_choosing_a_file_shows_a_preview_then_import_brings_entries_in(
    dialog: ImportDialog, dialogs: FakeDialogs, journal: Journal, qtbot: QtBot
) -> None:
    dialogs.open_path = DAYONE / "Tagebuch.json"
    dialog.choose_file_button.click()
    assert dialogs.calls[0].kind == "open_file"
    assert dialog.summary.text().startswith("6 entries from Day One, written between")
    assert dialog.titles.count() == 5
    assert dialog.titles.item(0).text() == "👋 Dies ist dein Day One"
    assert "1 empty entry was left out." in dialog.message.text()
    assert dialog.import_button.isEnabled()
    assert journal.count_entries() == 0  # a preview writes nothing

    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    assert signal.args == [6]
    assert journal.count_entries() == 6
    assert dialog.message.text() == "Imported 6 entries."
    assert dialog.progress.value() == 6
    assert not dialog.import_button.isEnabled()
    assert dialog.close_button.text() == "Done"


def test_a_second_import_of_the_same_file_says_it_is_all_there(
    dialog: ImportDialog, journal: Journal
) -> None:
    dialog.load_preview(DAYONE / "MyJournal.json")
    dialog.start_import()
    dialog.load_preview(DAYONE / "MyJournal.json")
    assert "already in your journal" in dialog.summary.text()
    assert "Everything in this file is already in your journal." in dialog.message.text()
    assert not dialog.import_button.isEnabled()


def test_a_bad_file_is_explained_calmly_and_nothing_is_imported(
    dialog: ImportDialog, journal: Journal, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("{ half a file")
    dialog.load_preview(bad)
    assert dialog.summary.text() == "Reflect can't import this."
    assert "isn't valid JSON" in dialog.message.text()
    assert "Nothing was imported" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert journal.count_entries() == 0


def test_a_folder_can_be_chosen(dialog: ImportDialog, dialogs: FakeDialogs, tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text("# After the M&M\n\nIt was fair.")
    dialogs.folder = tmp_path / "notes"
    dialog.choose_folder_button.click()
    assert dialog.summary.text().startswith("1 entry from Markdown files, written on")
    assert dialog.titles.item(0).text() == "After the M&M"


def test_buttons_are_off_while_the_import_runs(
    dialog: ImportDialog, runner: InstantRunner, journal: Journal
) -> None:
    dialog.load_preview(DAYONE / "Tagebuch.json")
    runner.hold()
    dialog.start_import()
    assert not dialog.import_button.isEnabled()
    assert not dialog.close_button.isEnabled()
    assert dialog.progress.isVisible() or dialog.progress.isVisibleTo(dialog)
    dialog.reject()  # closing mid-import is refused: the import must finish or roll back
    runner.release()
    assert journal.count_entries() == 6
    assert dialog.close_button.isEnabled()


def test_an_import_can_be_stopped_and_imports_nothing(
    dialog: ImportDialog, runner: InstantRunner, journal: Journal
) -> None:
    dialog.load_preview(DAYONE / "Tagebuch.json")
    runner.hold()
    dialog.start_import()
    assert dialog.task.stop_button.isVisibleTo(dialog)
    dialog.task.stop_button.click()
    runner.release()
    assert journal.count_entries() == 0  # one transaction: all or nothing
    assert "Stopped. Nothing was changed." in dialog.message.text()
    assert not dialog.task.stop_button.isVisibleTo(dialog)


def test_data_export_needs_the_user_to_acknowledge_it_is_unencrypted(
    qtbot: QtBot, journal: Journal, runner: InstantRunner, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    journal.add_entry("one", "text")
    widget = DataExportDialog(journal, runner, dialogs)
    qtbot.addWidget(widget)
    assert "not encrypted" in widget.warning.text()
    assert not widget.json_button.isEnabled()
    widget.understand.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    dialogs.save_path = out / "copy.json"
    widget.json_button.click()
    assert (out / "copy.json").exists()
    assert "Saved 1 entry to" in widget.message.text()
    dialogs.folder = out
    widget.markdown_button.click()
    [folder] = [p for p in out.iterdir() if p.is_dir()]
    assert folder.name.startswith("Reflect entries ")
    assert len(list(folder.iterdir())) == 1


def test_data_export_errors_are_shown_and_nothing_half_written(
    qtbot: QtBot, journal: Journal, runner: InstantRunner, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    widget = DataExportDialog(journal, runner, dialogs)
    qtbot.addWidget(widget)
    widget.understand.setChecked(True)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dialogs.save_path = blocker / "copy.json"
    widget.json_button.click()
    assert "Reflect could not write" in widget.message.text()
    assert widget.json_button.isEnabled()
