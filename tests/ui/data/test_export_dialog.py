"""The therapist export dialog: choose, review, preview, save (only where chosen)."""

from __future__ import annotations

import io
import os
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.errors import StorageFull
from reflect.core.journal.repository import Journal
from reflect.core.journal.settings import ALWAYS_REDACT
from reflect.ui.data.export_dialog import ExportDialog
from tests.helpers.fakes import FakeDialogs, InstantRunner

ALWAYS_REDACT_KEY = ALWAYS_REDACT.key

BODY_ONE = "I keep thinking about Mrs Halvorsen. She came back on 14/02/2026."
BODY_TWO = "Dr Okafor said to ring him on 020 7946 0958. Riverside felt quiet."
SECRETS = ("Halvorsen", "14/02/2026", "Okafor", "020 7946 0958")


def _at(day: int) -> datetime:
    return datetime(2026, 3, day, 12, tzinfo=UTC)


@pytest.fixture
def filled(journal: Journal, clock: FakeClock) -> dict[str, str]:
    clock.set(_at(1))
    event = journal.add_event("Night shift", date(2026, 2, 27), stage=2)
    one = journal.add_entry("After the review", BODY_ONE, ["work"], event.id, created_at=_at(2))
    two = journal.add_entry("Coffee", BODY_TWO, ["support"], event.id, created_at=_at(5))
    other = journal.add_entry("Garden", "Planted tulips.", ["home"], created_at=_at(6))
    for day, distress in ((2, 8), (4, 6)):
        clock.set(_at(day))
        journal.add_checkin(distress, event_id=event.id)
    clock.set(_at(9))
    return {"event": event.id, "one": one.id, "two": two.id, "other": other.id}


@pytest.fixture
def dialog(
    qtbot: QtBot,
    journal: Journal,
    filled: dict[str, str],
    runner: InstantRunner,
    dialogs: FakeDialogs,
) -> ExportDialog:
    widget = ExportDialog(
        journal, runner, dialogs, tz=UTC, stage_names={2: "Intrusive reflections"}
    )
    qtbot.addWidget(widget)
    return widget


def _preview(dialog: ExportDialog) -> str:
    return dialog.preview.toPlainText()


def test_names_and_defaults(dialog: ExportDialog) -> None:
    assert dialog.objectName() == "exportDialog"
    assert dialog.windowTitle() == "Export for your therapist"
    assert dialog.format_combo.currentData() == "pdf"
    assert dialog.scope_group.checkedId() == 0  # the event, since there is one
    for name in ("exportPreview", "identifierReview", "exportSaveButton", "alwaysRedactField"):
        widget = dialog.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name


def test_preview_shows_the_event_with_identifiers_hidden(dialog: ExportDialog) -> None:
    text = _preview(dialog)
    assert "After the review" in text and "Coffee" in text
    assert "Garden" not in text  # not part of the event
    assert "Stage 2: Intrusive reflections" in text
    for secret in SECRETS:
        assert secret not in text
    assert "Mrs [name]" in text and "[phone]" in text
    assert dialog.review.count() == 4
    assert dialog.review.item(0).text().startswith("Hidden: “Halvorsen”")
    assert "4 still to look at" in dialog.review_status.text()
    assert len(dialog.preview.extraSelections()) >= 4  # every placeholder is highlighted


def test_unticking_shows_the_word_as_written(dialog: ExportDialog) -> None:
    dialog.review.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert "Mrs Halvorsen" in _preview(dialog)
    assert dialog.review.item(0).text().startswith("Shown as written")
    assert "3 still to look at" in dialog.review_status.text()


def test_selecting_a_row_jumps_to_it_and_counts_as_looked_at(dialog: ExportDialog) -> None:
    dialog.review.setCurrentRow(3)
    assert dialog.preview.textCursor().selectedText() == "[phone]"
    assert "3 still to look at" in dialog.review_status.text()


def test_saving_unreviewed_needs_confirmation_and_can_go_back(
    dialog: ExportDialog, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialogs.save_path = tmp_path / "out.pdf"
    dialogs.queue_confirm(False)
    dialog.save_button.click()
    assert len(dialogs.confirms) == 1
    assert "4 of the highlighted items" in dialogs.confirms[0].text
    assert dialogs.of_kind("save_file") == []
    assert not (tmp_path / "out.pdf").exists()


def test_after_checking_all_no_confirmation_is_needed(
    dialog: ExportDialog, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("markdown"))
    dialog.checked_button.click()
    dialogs.save_path = tmp_path / "notes.md"
    dialog.save_button.click()
    assert dialogs.confirms == []
    assert (tmp_path / "notes.md").is_file()


def test_markdown_export_is_written_only_where_chosen(
    dialog: ExportDialog, dialogs: FakeDialogs, runner: InstantRunner, tmp_path: Path
) -> None:
    target = tmp_path / "chosen" / "for-therapist"  # no suffix: one is added
    target.parent.mkdir()
    temp_root = Path(tempfile.gettempdir())
    before = set(temp_root.iterdir())
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("markdown"))
    dialog.review.mark_all_reviewed()
    dialogs.save_path = target
    dialog.save_button.click()
    written = target.with_name("for-therapist.md")
    assert os.listdir(target.parent) == ["for-therapist.md"]
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Reflections to talk through")
    assert text == _preview(dialog) or text.strip() == _preview(dialog).strip()
    for secret in SECRETS:
        assert secret not in text
    assert set(temp_root.iterdir()) - before == set()
    assert len(runner.ran) == 1  # the writing went through the task runner
    assert "Saved to" in dialog.message.text() and "not encrypted" in dialog.message.text()
    assert (
        dialogs.of_kind("save_file")[0].extra["suggested_name"]
        == "reflect-for-therapist-2026-03-09.md"
    )


def test_html_export_is_inert(dialog: ExportDialog, dialogs: FakeDialogs, tmp_path: Path) -> None:
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
    dialog.review.mark_all_reviewed()
    dialogs.save_path = tmp_path / "notes.html"
    dialog.save_button.click()
    page = (tmp_path / "notes.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "http" not in page.replace("http-equiv", "")
    assert "Coffee" in page and "Okafor" not in page


def test_pdf_with_password(dialog: ExportDialog, dialogs: FakeDialogs, tmp_path: Path) -> None:
    dialog.trends_check.setChecked(True)
    dialog.password_field.setText("harbour light")
    dialog.review.mark_all_reviewed()
    dialogs.save_path = tmp_path / "notes.pdf"
    dialog.save_button.click()
    reader = PdfReader(io.BytesIO((tmp_path / "notes.pdf").read_bytes()))
    assert reader.is_encrypted and not reader.decrypt("wrong")
    reader = PdfReader(io.BytesIO((tmp_path / "notes.pdf").read_bytes()))
    assert reader.decrypt("harbour light")
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "After the review" in text and "Check-ins" in text
    for secret in SECRETS:
        assert secret not in text
    assert "needs the password" in dialog.message.text()


def test_always_hide_list_is_saved_in_the_vault_and_applied(
    dialog: ExportDialog, journal: Journal
) -> None:
    assert "Riverside" in _preview(dialog)
    dialog.always_field.setText("riverside, Planted")
    dialog.always_field.editingFinished.emit()
    assert journal.get_setting(ALWAYS_REDACT_KEY) == ["Planted", "riverside"]
    assert "Riverside" not in _preview(dialog)


def test_always_hide_this_word_button(dialog: ExportDialog, journal: Journal) -> None:
    dialog.review.setCurrentRow(2)  # "Okafor"
    dialog.always_button.click()
    assert journal.get_setting(ALWAYS_REDACT_KEY) == ["Okafor"]
    assert "Okafor" in dialog.always_field.text()


def test_other_scopes(dialog: ExportDialog, filled: dict[str, str]) -> None:
    dialog.scope_group.button(3).setChecked(True)  # entries I pick
    assert not dialog.save_button.isEnabled()
    assert "Tick at least one" in _preview(dialog)
    picker = dialog.entry_picker
    row = next(i for i in range(picker.count()) if "Garden" in picker.item(i).text())
    picker.item(row).setCheckState(Qt.CheckState.Checked)
    assert "Planted tulips." in _preview(dialog) and "Coffee" not in _preview(dialog)
    assert dialog.save_button.isEnabled()
    dialog.scope_group.button(2).setChecked(True)  # tags
    tags = dialog.tag_list
    row = next(i for i in range(tags.count()) if tags.item(i).text() == "support")
    tags.item(row).setCheckState(Qt.CheckState.Checked)
    assert "Coffee" in _preview(dialog) and "After the review" not in _preview(dialog)


def test_a_failed_write_is_explained_and_nothing_is_left(
    qtbot: QtBot, journal: Journal, filled: dict[str, str], runner: InstantRunner,
    dialogs: FakeDialogs, tmp_path: Path,
) -> None:  # fmt: skip
    def full_disk(*_: object) -> bytes:
        raise StorageFull("Reflect could not write there: the disk is full. Nothing was changed.")

    widget = ExportDialog(journal, runner, dialogs, tz=UTC, renderers={"pdf": full_disk})
    qtbot.addWidget(widget)
    widget.review.mark_all_reviewed()
    (tmp_path / "share").mkdir()
    dialogs.save_path = tmp_path / "share" / "x.pdf"
    widget.save_button.click()
    assert dialogs.errors and "disk is full" in dialogs.errors[0].text
    assert widget.save_button.isEnabled() and widget.close_button.isEnabled()
    assert list((tmp_path / "share").iterdir()) == []


def test_closing_drops_the_plaintext(dialog: ExportDialog) -> None:
    dialog.reject()
    assert _preview(dialog) == ""
    assert dialog.review.count() == 0


def test_nothing_journal_related_reaches_dialog_titles(
    dialog: ExportDialog, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialogs.queue_confirm(False)
    dialog.save_button.click()
    for secret in (*SECRETS, "After the review"):
        assert secret not in dialogs.all_text()


def test_one_name_one_verdict_and_one_label_across_the_export(
    qtbot: QtBot, journal: Journal, clock: FakeClock, runner: InstantRunner, dialogs: FakeDialogs
) -> None:
    clock.set(_at(1))
    event = journal.add_event("A hard week", date(2026, 2, 27))
    # "Sam" after "Dr" is caught; "Sam" at the start of a sentence is not, on its own.
    journal.add_entry(
        "Monday", "Dr Sam Whitlock covered the ward.", [], event.id, created_at=_at(2)
    )
    journal.add_entry("Tuesday", "Sam said it was not my fault.", [], event.id, created_at=_at(3))
    journal.add_entry("Friday", "I thanked Sam again today.", [], event.id, created_at=_at(4))
    clock.set(_at(9))
    dialog = ExportDialog(journal, runner, dialogs, tz=UTC)
    qtbot.addWidget(dialog)
    text = _preview(dialog)
    assert "Sam" not in text and "Whitlock" not in text  # hidden in every entry
    rows = [dialog.review.item(i).text() for i in range(dialog.review.count())]
    sam_rows = [r for r in rows if "“Sam”" in r]
    assert len(sam_rows) <= 1  # one row for every "Sam", not one per entry
    labels = {line.split("·")[1].split("\n")[0].strip() for line in rows if "“Sam" in line}
    assert len(labels) == 1  # one label ("a name"), never "a place" for the same word
    # One decision shows it everywhere it appears.
    row = next(i for i in range(dialog.review.count()) if "“Sam" in dialog.review.item(i).text())
    dialog.review.item(row).setCheckState(Qt.CheckState.Unchecked)
    shown = _preview(dialog)
    assert shown.count("Sam") >= 3 or "Sam Whitlock" in shown


def test_the_count_reads_right_for_one(
    qtbot: QtBot, journal: Journal, clock: FakeClock, runner: InstantRunner, dialogs: FakeDialogs
) -> None:
    clock.set(_at(1))
    journal.add_entry("Monday", "Call me on 07700 900123 if needed.", [], created_at=_at(2))
    clock.set(_at(9))
    dialog = ExportDialog(journal, runner, dialogs, tz=UTC)
    qtbot.addWidget(dialog)
    dialog.scope_group.button(dialog.scope_group.checkedId()).click()
    status = dialog.review_status.text()
    assert status.startswith("1 possible identifier.")
    assert "identifiers" not in status


def test_the_preview_loads_no_file_named_in_the_html(dialog: ExportDialog, tmp_path: Path) -> None:
    """Audit item 14: sanitising is the first wall; the preview itself is the second."""
    from PySide6.QtGui import QImage

    bait = tmp_path / "photo.png"
    image = QImage(300, 300, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(bait))
    dialog.preview.setHtml(f'<p>x</p><img src="{bait}">')
    assert dialog.preview.document().size().height() < 150
    assert {url.toString() for url in dialog.preview.refused} == {str(bait)}


def test_weekly_questions_are_offered_with_the_chart_and_reach_the_pdf(
    dialog: ExportDialog,
    dialogs: FakeDialogs,
    journal: Journal,
    clock: FakeClock,
    filled: dict[str, str],
    tmp_path: Path,
) -> None:
    clock.set(_at(4))
    event_id = journal.list_events()[0].id  # the export is of this event, as it opens
    journal.add_checkin(5, event_id=event_id, phq2=3, gad2=2, support={"outside_work": 4})
    weekly = dialog.choices.weekly_check
    assert not weekly.isEnabled()  # only together with the chart of check-ins
    dialog.trends_check.setChecked(True)
    assert weekly.isEnabled()
    weekly.setChecked(True)
    assert dialog.selection().include_weekly
    dialog.review.mark_all_reviewed()
    dialogs.save_path = tmp_path / "weekly.pdf"
    dialog.save_button.click()
    reader = PdfReader(io.BytesIO((tmp_path / "weekly.pdf").read_bytes()))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Weekly questions" in text and "not a diagnosis" in text
    assert "Support: Outside work (0–4)" in text
    dialog.trends_check.setChecked(False)
    assert not dialog.selection().include_weekly
