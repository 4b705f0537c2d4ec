"""Automatic backups: the user's settings and the once-a-day, keep-N policy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from reflect.core.clock import Clock
from reflect.core.errors import UserError
from reflect.core.journal import settings
from reflect.core.journal.repository import Journal
from reflect.core.portability.backup.format import (
    NAME_PREFIX,
    SUFFIX,
    BackupInfo,
    Progress,
    create_backup,
    read_backup_info,
)
from reflect.core.vault.lifecycle import Vault

DEFAULT_KEEP = settings.DEFAULT_BACKUPS_KEPT
SETTING_FOLDER = settings.BACKUP_FOLDER.key
SETTING_KEEP = settings.BACKUP_KEEP.key
SETTING_ENABLED = settings.BACKUP_ENABLED.key
SETTING_LAST = settings.BACKUP_LAST.key


@dataclass(frozen=True)
class BackupSettings:
    """The user's automatic-backup choices, stored inside the vault."""

    enabled: bool = True
    folder: Path | None = None  # None: the default folder (AppPaths.backups)
    keep: int = DEFAULT_KEEP

    @classmethod
    def load(cls, journal: Journal) -> BackupSettings:
        enabled = journal.get_setting(SETTING_ENABLED, True)
        folder = journal.get_setting(SETTING_FOLDER, None)
        keep = journal.get_setting(SETTING_KEEP, DEFAULT_KEEP)
        return cls(
            enabled=bool(enabled) if isinstance(enabled, bool) else True,
            folder=Path(folder) if isinstance(folder, str) and folder else None,
            keep=keep
            if isinstance(keep, int) and not isinstance(keep, bool) and keep >= 1
            else DEFAULT_KEEP,
        )

    def save(self, journal: Journal) -> None:
        if self.keep < 1:
            raise ValueError("keep must be at least 1")
        with journal.transaction():
            journal.set_setting(SETTING_ENABLED, self.enabled)
            journal.set_setting(SETTING_FOLDER, str(self.folder) if self.folder else None)
            journal.set_setting(SETTING_KEEP, self.keep)


class AutoBackup:
    """When to make an automatic backup and which old ones to remove.

    A backup is due on close when backups are on and none was made yet on the
    current local calendar day (so at most one a day). Only backups of this vault
    in the chosen folder are ever pruned; other files there are never touched.
    """

    def __init__(self, clock: Clock, default_folder: Path, *, tz: tzinfo | None = None) -> None:
        self._clock = clock
        self._default_folder = Path(default_folder)
        self._tz = tz

    def folder(self, settings: BackupSettings) -> Path:
        return settings.folder or self._default_folder

    def _local_day(self, when: datetime) -> date:
        return when.astimezone(self._tz).date()

    def last_backup(self, journal: Journal) -> datetime | None:
        raw = journal.get_setting(SETTING_LAST, None)
        if not isinstance(raw, str):
            return None
        try:
            when = datetime.fromisoformat(raw)
        except ValueError:
            return None
        return when if when.tzinfo is not None else None

    def is_due(self, journal: Journal) -> bool:
        settings = BackupSettings.load(journal)
        if not settings.enabled:
            return False
        last = self.last_backup(journal)
        return last is None or self._local_day(last) != self._local_day(self._clock.now())

    def run_if_due(self, vault: Vault, *, progress: Progress | None = None) -> BackupInfo | None:
        """Back up and prune if due; returns the new backup or ``None``."""
        if not self.is_due(vault.journal):
            return None
        return self.run_now(vault, progress=progress)

    def run_now(self, vault: Vault, *, progress: Progress | None = None) -> BackupInfo:
        """Back up into the chosen folder now, record it and prune old ones."""
        settings = BackupSettings.load(vault.journal)
        folder = self.folder(settings)
        info = create_backup(vault, folder, clock=self._clock, tz=self._tz, progress=progress)
        vault.journal.set_setting(SETTING_LAST, info.created.isoformat())
        self.prune(folder, info.vault_id, settings.keep)
        return info

    def next_due(self, journal: Journal) -> datetime | None:
        """Local midnight after the last backup (for showing "next backup")."""
        last = self.last_backup(journal)
        if last is None:
            return None
        local = last.astimezone(self._tz)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        return midnight

    @staticmethod
    def list_backups(folder: Path, vault_id: str | None = None) -> list[BackupInfo]:
        """This folder's Reflect backups (of ``vault_id`` if given), newest first."""
        found: list[BackupInfo] = []
        try:
            candidates = list(Path(folder).glob(f"{NAME_PREFIX}*{SUFFIX}"))
        except OSError:
            return []
        for path in candidates:
            try:
                info = read_backup_info(path)
            except UserError:
                continue  # not ours to judge or remove
            if vault_id is None or info.vault_id == vault_id:
                found.append(info)
        found.sort(key=lambda i: (i.created, i.path.name), reverse=True)
        return found

    def prune(self, folder: Path, vault_id: str, keep: int) -> list[Path]:
        """Remove all but the newest ``keep`` backups of ``vault_id``; returns what went."""
        removed: list[Path] = []
        for info in self.list_backups(folder, vault_id)[max(keep, 1) :]:
            try:
                info.path.unlink()
            except OSError:
                continue  # a backup we could not remove is harmless; try next time
            removed.append(info.path)
        return removed
