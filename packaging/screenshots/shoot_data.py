"""Screenshots of the import, backup and data-export dialogs, in light and dark.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/shoot_data.py

Writes ``data-<screen>-<theme>.png`` for: import-preview, import-done, backup,
backup-restore, export. Everything happens in a temp folder with a cheap KDF and
the Day One sample from tests/data/dayone.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _shots import NowRunner, grab, use_language_from_env
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from reflect.core.clock import FakeClock
from reflect.core.portability.backup import AutoBackup, create_backup
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.common import theme
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.data.backup_dialog import BackupDialog
from reflect.ui.data.data_export_dialog import DataExportDialog
from reflect.ui.data.import_dialog import ImportDialog

ROOT = Path(__file__).resolve().parents[2]
DAYONE = ROOT / "tests" / "data" / "dayone" / "Tagebuch.json"
PASSPHRASE = "velvet orchard compass thunder"


def shoot(out: Path, theme_name: str, work: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, theme_name)
    clock = FakeClock(datetime(2026, 11, 21, 13, 30, tzinfo=UTC))
    runner = NowRunner()
    dialogs = Dialogs()
    vault, _ = Vault.create(
        work / f"vault-{theme_name}", PASSPHRASE, kdf=KdfParams.cheap_for_tests(), clock=clock
    )
    try:
        vault.journal.add_entry("After the review", "It went better than I feared.")

        importer = ImportDialog(vault.journal, runner, dialogs)  # type: ignore[arg-type]
        importer.load_preview(DAYONE)
        grab(importer, out / f"data-import-preview-{theme_name}.png")
        importer.start_import()
        grab(importer, out / f"data-import-done-{theme_name}.png")
        importer.close()

        auto = AutoBackup(clock, work / f"backups-{theme_name}")
        backups = BackupDialog(vault, auto, runner, dialogs)  # type: ignore[arg-type]
        backups.backup_now()
        grab(backups, out / f"data-backup-{theme_name}.png")
        info = create_backup(vault, work / f"other-{theme_name}", clock=clock)
        backups._restore_info = None
        backups.message.clear()
        # Show the restore panel as it looks after picking a file.
        from reflect.core.portability.backup import read_backup_info

        backups._restore_info = read_backup_info(info.path)
        backups.restore_info.setText(
            backups.tr(
                "Backup made on {0}. Enter the passphrase you used then, or your recovery key."
            ).format("21 November 2026, 13:30")
        )
        backups.secret.setText("********")
        backups._refresh()
        backups._fit()
        grab(backups, out / f"data-backup-restore-{theme_name}.png")
        backups.close()

        export = DataExportDialog(vault.journal, runner, dialogs)  # type: ignore[arg-type]
        grab(export, out / f"data-export-{theme_name}.png")
        export.close()
    finally:
        vault.lock()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--themes", default="light,dark")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    use_language_from_env(app)
    theme.ensure_readable_font(app)
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * args.scale)
    app.setFont(font)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reflect-shots-") as tmp:
        for theme_name in args.themes.split(","):
            shoot(args.out, theme_name, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
