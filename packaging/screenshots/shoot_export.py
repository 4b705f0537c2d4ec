"""Screenshots of the therapist export dialog with its identifier review, light and dark.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/shoot_export.py
    # --scale 1.5 enlarges the font (to check layouts for large text);
    # --out DIR writes somewhere else (default: packaging/screenshots/)

Writes ``export-dialog-<theme>.png``. Everything happens in a throwaway vault in a
temp folder; all names and numbers in it are invented.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _shots import NowRunner, grab, use_language_from_env
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from reflect.core.clock import FakeClock
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.common import theme
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.data.export_dialog import ExportDialog

PASSPHRASE = "velvet orchard compass thunder"
SIZE = (1100, 760)


def shoot(out: Path, theme_name: str, work: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, theme_name)
    clock = FakeClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    vault, _ = Vault.create(
        work / f"vault-{theme_name}", PASSPHRASE, kdf=KdfParams.cheap_for_tests(), clock=clock
    )
    try:
        journal = vault.journal
        event = journal.add_event("The night on the ward", date(2026, 2, 27), stage=2)
        journal.add_entry(
            "After the review",
            "I keep thinking about Mrs Halvorsen. She came back on 14/02/2026 and I was the "
            "one who had sent her home.\n\n## What I would say to a friend\n\nThat one "
            "decision at 3am does not undo ten years of care.",
            ["work"],
            event.id,
            created_at=datetime(2026, 3, 2, 21, 0, tzinfo=UTC),
        )
        journal.add_entry(
            "Coffee with a colleague",
            "Dr Okafor listened without fixing anything. He said to ring him on 020 7946 0958 "
            "any time. I felt lighter walking back past St Mary's Hospital.",
            ["support"],
            event.id,
            created_at=datetime(2026, 3, 5, 18, 30, tzinfo=UTC),
        )
        journal.set_setting("redact.always", ["Riverside"])
        for day, distress in ((2, 8), (3, 7), (5, 5)):
            clock.set(datetime(2026, 3, day, 20, 0, tzinfo=UTC))
            journal.add_checkin(distress, event_id=event.id, sleep=2)
        clock.set(datetime(2026, 3, 6, 9, 0, tzinfo=UTC))

        dialog = ExportDialog(journal, NowRunner(), Dialogs(), tz=UTC)  # type: ignore[arg-type]
        dialog.trends_check.setChecked(True)
        dialog.review.setCurrentRow(1)  # show the preview jumping to a finding
        item = dialog.review.item(2)
        from PySide6.QtCore import Qt

        item.setCheckState(Qt.CheckState.Unchecked)  # one kept, to show both highlights
        grab(dialog, out / f"export-dialog-{theme_name}.png", SIZE)
        dialog.close()
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
