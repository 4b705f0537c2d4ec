"""Save an unencrypted copy of the whole journal (JSON or Markdown files).

This is the one place Reflect writes journal text in the clear, so the dialog
says so plainly and the buttons stay off until the user ticks that they
understand. Files go only where the user chose (``reflect.core.portability.exporters.data``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.core.journal.repository import Journal
from reflect.core.portability.exporters.data import export_json, export_markdown
from reflect.ui.common.msgbox import Dialogs, error_text
from reflect.ui.common.task_status import TaskStatus
from reflect.ui.common.tasks_protocol import TaskRunnerLike


class DataExportDialog(QDialog):
    """Export everything as one JSON file or as a folder of Markdown files."""

    def __init__(
        self,
        journal: Journal,
        runner: TaskRunnerLike,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._runner = runner
        self._dialogs = dialogs
        self._target: Path | None = None
        self.setObjectName("dataExportDialog")
        self.setWindowTitle(self.tr("Export all your entries"))
        self.setAccessibleName(self.tr("Export all your entries"))
        self.resize(540, 360)

        self.warning = QLabel(
            self.tr(
                "These copies are not encrypted. Anyone who can open the file can read "
                "every entry. Save them only somewhere you trust, and delete them when you "
                "no longer need them. For a safe copy, use Backups instead."
            ),
            self,
        )
        self.warning.setObjectName("dataExportWarning")
        self.warning.setAccessibleName(self.tr("Warning: not encrypted"))
        self.warning.setWordWrap(True)
        font = self.warning.font()
        font.setBold(True)  # the one thing on this page that must not be missed
        self.warning.setFont(font)
        self.understand = QCheckBox(self.tr("I understand these files are not encrypted"), self)
        self.understand.setObjectName("understandCheck")
        self.understand.setAccessibleName(self.tr("I understand these files are not encrypted"))
        self.understand.toggled.connect(self._refresh)

        self.json_button = QPushButton(self.tr("Save as one JSON file…"), self)
        self.json_button.setObjectName("exportJsonButton")
        self.json_button.setAccessibleName(self.tr("Save as one JSON file"))
        self.json_button.clicked.connect(self.export_json)
        self.markdown_button = QPushButton(self.tr("Save as Markdown files…"), self)
        self.markdown_button.setObjectName("exportMarkdownButton")
        self.markdown_button.setAccessibleName(self.tr("Save as Markdown files"))
        self.markdown_button.clicked.connect(self.export_markdown)
        row = QHBoxLayout()
        row.addWidget(self.json_button)
        row.addWidget(self.markdown_button)
        row.addStretch(1)

        explain = QLabel(
            self.tr(
                "JSON keeps everything (entries, events, check-ins) and can be imported back "
                "into Reflect. Markdown gives one readable file per entry."
            ),
            self,
        )
        explain.setWordWrap(True)

        self.task = TaskStatus(
            self, "dataExport", status=self.tr("Export status"), progress=self.tr("Export progress")
        )
        self.message, self.progress = self.task.message, self.task.progress

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("dataExportCloseButton")
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.warning)
        layout.addWidget(self.understand)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.message)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.task.stop_button)
        layout.addLayout(progress_row)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._refresh()

    def _refresh(self, *_: object) -> None:
        ready = self.understand.isChecked() and not self.task.busy
        self.json_button.setEnabled(ready)
        self.markdown_button.setEnabled(ready)
        self.close_button.setEnabled(not self.task.busy)
        self.progress.setVisible(self.task.busy)

    def _today(self) -> str:
        return self._journal.clock.now().astimezone().strftime("%Y-%m-%d")

    def export_json(self) -> None:
        path = self._dialogs.save_file(
            self,
            self.tr("Save an unencrypted copy"),
            self.tr("reflect-export-{day}.json").format(day=self._today()),
            "JSON (*.json)",
        )
        if path is not None:
            self._run(export_json, path)

    def export_markdown(self) -> None:
        parent = self._dialogs.open_folder(self, self.tr("Choose where to put the Markdown files"))
        if parent is None:
            return
        target = parent / f"Reflect entries {self._today()}"
        n = 2
        while target.exists():
            target = parent / f"Reflect entries {self._today()} ({n})"
            n += 1
        self._run(export_markdown, target)

    def _run(self, fn: Callable[..., int], path: Path) -> None:
        self._target = path
        self.task.start(self.tr("Saving…"))
        self._refresh()
        self._runner.run(
            self.task.stoppable(fn),
            self._journal,
            path,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self.task.on_progress,
        )

    def _done(self, count: int) -> None:
        saved = self.tr("Saved %Ln entry(s) to {0}.", "", count).format(self._target)
        self.task.finish(saved + " " + self.tr("Remember: this copy is not encrypted."))
        self._refresh()

    def _failed(self, exc: BaseException) -> None:
        self.task.finish(
            error_text(exc, self.tr("Reflect hit an internal problem. Nothing was saved."))
        )
        self._refresh()

    def reject(self) -> None:
        if not self.task.busy:
            super().reject()
