"""Screenshots of the reminders dialog, its editor, the follow-up offer and the banner,
light and dark.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/shoot_reminders.py

Writes ``packaging/screenshots/reminders-<view>-<theme>.png`` (``--out`` for another
folder). The schedule lives in a temporary folder that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import tempfile
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _shots import use_language_from_env
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from reflect.core.clock import FakeClock
from reflect.core.reminders import schedule as sc
from reflect.core.reminders.store import ReminderStore
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.theme import apply_theme
from reflect.ui.reminders.followup_dialog import FollowUpDialog
from reflect.ui.reminders.notify import BannerNotifier
from reflect.ui.reminders.reminder_editor import ReminderEditor
from reflect.ui.reminders.reminders_dialog import RemindersDialog

HERE = Path(__file__).resolve().parent
ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 23, 18, 30, tzinfo=ZONE)
EVENT_ID = "0b7e7d0e-4c1a-4f0e-9d7e-2a8f5b6c1d2e"


class _NoAutostart:
    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None: ...

    def disable(self) -> None: ...


def demo_schedule() -> sc.Schedule:
    now = NOW.astimezone(ZONE)
    rules = [
        sc.recurring(time(8, 0), now, ZONE, weekdays=range(5), skip_if_wrote_today=True),
        sc.recurring(time(21, 0), now, ZONE, checkin=True, wording="moment"),
        sc.recurring(time(10, 0), now, ZONE, weekdays={6}, wording="here"),
        sc.one_off(date(2026, 11, 26), time(13, 15), now, ZONE),
        sc.follow_up(EVENT_ID, date(2026, 11, 30), now, ZONE),
        dataclasses.replace(sc.recurring(time(22, 30), now, ZONE), paused=True),
    ]
    quiet = sc.QuietHours(enabled=True, start=time(22, 0), end=time(7, 0))
    return sc.Schedule(rules=tuple(rules), quiet=quiet, keep_in_tray=True)


def shoot(app: QApplication, out: Path, theme: str, folder: Path) -> list[Path]:
    apply_theme(app, theme)
    clock = FakeClock(NOW.astimezone(ZONE))
    store = ReminderStore(folder / f"reminders-{theme}.json")
    store.save(demo_schedule())
    written = []

    dialog = RemindersDialog(
        store, clock, dialogs=Dialogs(), autostart=_NoAutostart(), zone=lambda: ZONE
    )
    dialog.list.setCurrentRow(0)
    dialog.show()
    app.processEvents()
    written.append(_save(dialog.grab(), out / f"reminders-dialog-{theme}.png"))
    dialog.close()

    editor = ReminderEditor(clock.now(), ZONE, unlocked=True)
    editor.repeat.setCurrentIndex(3)
    editor.time.setText("13:15")
    editor.note.setText("Call my peer supporter")
    editor.show()
    app.processEvents()
    written.append(_save(editor.grab(), out / f"reminders-editor-{theme}.png"))
    editor.close()

    offer = FollowUpDialog(EVENT_ID, clock.now(), ZONE)
    offer.checks[sc.FollowUp.ONE_WEEK].setChecked(True)
    offer.show()
    app.processEvents()
    written.append(_save(offer.grab(), out / f"reminders-followup-{theme}.png"))
    offer.close()

    window = QMainWindow()
    window.setWindowTitle("Reflect")
    body = QLabel("")
    body.setMinimumSize(720, 200)
    window.setCentralWidget(body)
    window.resize(720, 200)
    banner = BannerNotifier(window, alert=lambda _w: None)
    window.show()
    banner.show("rule", sc.WORDINGS["quiet-minutes"])
    app.processEvents()
    written.append(_save(window.grab(), out / f"reminders-banner-{theme}.png"))
    window.close()
    return written


def _save(pixmap: object, path: Path) -> Path:
    pixmap.save(str(path))  # type: ignore[attr-defined]
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    use_language_from_env(app)
    with tempfile.TemporaryDirectory() as folder:
        for theme in ("light", "dark"):
            for path in shoot(app, args.out, theme, Path(folder)):
                print(path)


if __name__ == "__main__":
    main()
