"""Import entries: pick a file or folder, see what will come in, then bring it in.

Nothing is written until the user presses Import. Reading the preview and the
import itself run off the UI thread; the import happens all at once or not at all
(``reflect.core.portability.importers``), so an error here never leaves half an import.
"""

from __future__ import annotations

import functools
from datetime import date, tzinfo
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.journal.repository import Journal
from reflect.core.portability.importers import (
    FORMAT_NAMES,
    ImportPreview,
    ImportReport,
    import_path,
)
from reflect.core.portability.importers import preview_path as core_preview_path
from reflect.ui.common.dates import medium_date
from reflect.ui.common.msgbox import Dialogs, error_text
from reflect.ui.common.task_status import TaskStatus
from reflect.ui.common.tasks_protocol import TaskRunnerLike

FILE_FILTER = "Journal exports (*.json *.zip *.md *.markdown *.txt);;All files (*)"


def long_date(day: date) -> str:
    return medium_date(day)


class ImportDialog(QDialog):
    """Choose what to import, preview it, import it with progress."""

    imported = Signal(int)  # how many entries came in, so the journal view can refresh

    def __init__(
        self,
        journal: Journal,
        runner: TaskRunnerLike,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._runner = runner
        self._dialogs = dialogs
        self._tz = tz
        self._path: Path | None = None
        self._preview: ImportPreview | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import entries"))
        self.setAccessibleName(self.tr("Import entries"))
        self.resize(560, 460)
        self._build()
        self._refresh()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Bring in entries from jrnl (its JSON export), Day One (its JSON export, "
                "zipped or not), a folder of Markdown files, or a Reflect export. Nothing "
                "changes until you choose Import, and importing the same file twice adds "
                "nothing new."
            ),
            self,
        )
        intro.setObjectName("importIntro")
        intro.setWordWrap(True)

        self.choose_file_button = self._button("chooseFileButton", self.tr("Choose a file…"))
        self.choose_file_button.clicked.connect(self.choose_file)
        self.choose_folder_button = self._button(
            "chooseFolderButton", self.tr("Choose a folder of Markdown files…")
        )
        self.choose_folder_button.clicked.connect(self.choose_folder)
        pickers = QHBoxLayout()
        pickers.addWidget(self.choose_file_button)
        pickers.addWidget(self.choose_folder_button)
        pickers.addStretch(1)

        self.summary = QLabel(self.tr("Choose a file or a folder to see what it holds."), self)
        self.summary.setObjectName("importSummary")
        self.summary.setAccessibleName(self.tr("What will be imported"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.titles = QListWidget(self)
        self.titles.setObjectName("importTitles")
        self.titles.setAccessibleName(self.tr("The first few entries"))
        self.titles.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.titles.setSelectionMode(QListWidget.SelectionMode.NoSelection)

        self.task = TaskStatus(
            self, "import", status=self.tr("Import status"), progress=self.tr("Import progress")
        )
        self.message, self.progress = self.task.message, self.task.progress

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(self.tr("Import these entries"))
        self.import_button.clicked.connect(self.start_import)
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("importCloseButton")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(pickers)
        layout.addWidget(self.summary)
        layout.addWidget(self.titles, 1)
        layout.addWidget(self.message)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.task.stop_button)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        return button

    def _refresh(self) -> None:
        ready = self._preview is not None and self._preview.new_count > 0
        self.import_button.setEnabled(ready and not self.task.busy)
        self.choose_file_button.setEnabled(not self.task.busy)
        self.choose_folder_button.setEnabled(not self.task.busy)
        self.close_button.setEnabled(not self.task.busy)
        self.progress.setVisible(self.task.busy)

    # --- choosing and previewing ------------------------------------------------------

    def choose_file(self) -> None:
        path = self._dialogs.open_file(self, self.tr("Choose a file to import"), FILE_FILTER)
        if path is not None:
            self.load_preview(path)

    def choose_folder(self) -> None:
        path = self._dialogs.open_folder(self, self.tr("Choose a folder of Markdown files"))
        if path is not None:
            self.load_preview(path)

    def load_preview(self, path: Path) -> None:
        """Read ``path`` off the UI thread and show what it holds."""
        self._path = path
        self._preview = None
        self.titles.clear()
        self.summary.setText(self.tr("Reading…"))
        self.message.clear()
        self._set_busy(True, indeterminate=True)
        work = functools.partial(core_preview_path, tz=self._tz)
        self._runner.run(
            work, path, self._journal, on_done=self._show_preview, on_error=self._preview_failed
        )

    def _set_busy(self, busy: bool, *, indeterminate: bool = False) -> None:
        if busy:
            self.task.start(moving=indeterminate)
        else:
            self.task.finish()
        self._refresh()

    def _show_preview(self, preview: ImportPreview) -> None:
        self._preview = preview
        self._set_busy(False)
        self.summary.setText(self.describe(preview))
        self.titles.clear()
        self.titles.addItems(preview.titles)
        notes = list(preview.problems)
        if preview.count and preview.new_count == 0:
            notes.insert(0, self.tr("Everything in this file is already in your journal."))
        self.message.setText("\n".join(notes))
        self._refresh()

    def describe(self, preview: ImportPreview) -> str:
        source = FORMAT_NAMES.get(preview.format, preview.format)
        if preview.count == 0:
            return self.tr("This has no entries to import ({0}).").format(source)
        count = self.tr("%Ln entry(s)", "", preview.count)
        text = self.tr("{0} from {1}").format(count, source)
        if preview.first_date and preview.last_date:
            if preview.first_date == preview.last_date:
                text += self.tr(", written on {0}").format(long_date(preview.first_date))
            else:
                text += self.tr(", written between {0} and {1}").format(
                    long_date(preview.first_date), long_date(preview.last_date)
                )
        text += "."
        if preview.already_imported:
            text += " " + self.tr(
                "{0} of them are already in your journal and will be skipped."
            ).format(preview.already_imported)
        if preview.events or preview.checkins:
            text += " " + self.tr("Also {0} events and {1} check-ins.").format(
                preview.events, preview.checkins
            )
        return text

    def _preview_failed(self, exc: BaseException) -> None:
        self._preview = None
        self._set_busy(False)
        self.summary.setText(self.tr("Reflect can't import this."))
        self.message.setText(
            error_text(
                exc, self.tr("Reflect hit an internal problem reading this. Nothing was imported.")
            )
        )
        self._refresh()

    # --- importing ----------------------------------------------------------------------

    def start_import(self) -> None:
        if self._path is None or self._preview is None or self.task.busy:
            return
        self.message.setText(self.tr("Importing… You can keep this window open."))
        self._set_busy(True)
        work = functools.partial(import_path, tz=self._tz)
        self._runner.run(
            self.task.stoppable(work),
            self._journal,
            self._path,
            on_done=self._imported,
            on_error=self._import_failed,
            on_progress=self.task.on_progress,
        )

    def _imported(self, report: ImportReport) -> None:
        self._preview = None
        self._set_busy(False)
        text = (
            self.tr("Imported 1 entry.")
            if report.imported == 1
            else self.tr("Imported {0} entries.").format(report.imported)
        )
        if report.duplicates_skipped:
            text += " " + self.tr("{0} were already in your journal.").format(
                report.duplicates_skipped
            )
        self.message.setText(text)
        self.close_button.setText(self.tr("Done"))
        self._refresh()
        self.imported.emit(report.imported)

    def _import_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(
            error_text(exc, self.tr("Reflect hit an internal problem. Nothing was imported."))
        )
        self._refresh()

    def reject(self) -> None:
        if self.task.busy:
            return  # the import finishes (or rolls back) first; it cannot be half done
        self.titles.clear()
        super().reject()
