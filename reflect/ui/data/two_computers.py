"""Settings > Two computers: keep this journal in step through a folder.

The group shows what the app's sync wiring (``reflect.app.wiring.sync``) knows:
the folder, a quiet status line ("In step with 1 other computer." and when),
the files it had to skip and why; and offers to choose a folder, to sync now,
and to stop. The wiring does the work; this widget only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from reflect.ui.common.page import label
from reflect.ui.data.backup_dialog import local_time


@dataclass
class SyncStatus:
    """What the group shows (``SyncWiring.status``)."""

    folder: Path | None = None
    running: bool = False
    others: int | None = None  # None: no sync finished since unlock
    last: datetime | None = None  # the last time in step (local time)
    error: str = ""
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)


class TwoComputersGroup(QGroupBox):
    """The Settings group; ``refresh`` redraws it from the wiring's status."""

    def __init__(
        self,
        *,
        status: Callable[[], SyncStatus],
        now: Callable[[], datetime],
        choose: Callable[[], object],
        sync_now: Callable[[], object],
        stop: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Two computers"), parent)
        self.setObjectName("twoComputersGroup")
        self._status = status
        self._now = now
        intro = label(
            self.tr(
                "Write on two computers and keep one journal, through a folder your own "
                "sync tool keeps in step. Help (F1) says how."
            ),
            "muted",
            name="twoComputersIntro",
        )
        self.folder_label = label("", name="syncFolderLabel", selectable=True)
        self.status_label = label("", name="syncStatus")
        self.skipped_label = label("", "error", name="syncSkipped")
        self.choose_button = QPushButton(self.tr("Keep in step through a folder…"))
        self.choose_button.setObjectName("syncChooseFolder")
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("syncNow")
        self.stop_button = QPushButton(self.tr("Stop keeping in step"))
        self.stop_button.setObjectName("syncStop")
        self.stop_button.setAccessibleName(self.tr("Stop keeping in step"))
        for button, slot in (
            (self.choose_button, choose),
            (self.sync_button, sync_now),
            (self.stop_button, stop),
        ):
            button.clicked.connect(lambda _c=False, s=slot: s())
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.folder_label)
        column.addWidget(self.status_label)
        column.addWidget(self.skipped_label)
        column.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        status = self._status()
        kept = status.folder is not None
        self.folder_label.setVisible(kept)
        self.folder_label.setText(self.tr("Folder: {0}").format(status.folder) if kept else "")
        self.status_label.setText(self.status_line(status, self._now()))
        skipped = "\n".join(f"{name}: {reason}" for name, reason in status.skipped)
        self.skipped_label.setText(skipped)
        self.skipped_label.setVisible(bool(skipped))
        self.choose_button.setText(
            self.tr("Choose another folder…") if kept else self.tr("Keep in step through a folder…")
        )
        self.sync_button.setVisible(kept)
        self.sync_button.setEnabled(not status.running)
        self.stop_button.setVisible(kept)

    def status_line(self, status: SyncStatus, now: datetime) -> str:
        """The quiet sentence under the folder: what the user most needs to know."""
        if status.folder is None:
            return self.tr("This journal is not kept in step with another computer.")
        if status.error:
            return self.tr("Not in step: {0}").format(status.error)
        if status.running and status.others is None:
            return self.tr("Getting in step…")
        if status.others is None:
            return self.tr("Not in step yet.")
        if status.others == 0:
            first = self.tr(
                "No other computer has written to this folder yet. Set Reflect up there "
                "with the same folder; your sync tool brings its file here."
            )
        else:
            first = self.tr("In step with %n other computer(s).", "", status.others)
        if status.last is None:
            return first
        minutes = int((now - status.last).total_seconds() // 60)
        if minutes < 1:
            when = self.tr("Last synced just now.")
        elif minutes < 60:
            when = self.tr("Last synced %n minute(s) ago.", "", minutes)
        else:
            when = self.tr("Last synced {0}.").format(local_time(status.last))
        return f"{first} {when}"
