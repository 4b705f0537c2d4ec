"""Screenshots of one journal on two computers, in light and dark.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/shoot_sync.py

Writes ``sync-<screen>-<theme>.png`` for: two-computers (Settings, in step with
one other computer), join (first run on the second computer, a folder chosen),
catch-up (the passphrase changed on the other computer), merge-backup (the
preview of a backup from an old laptop) and kept-copy (an entry changed on both
computers, with the note that links its two versions). Everything happens in
a temp folder with a cheap KDF.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _shots import NowRunner, grab, use_language_from_env
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from reflect.app.kept_copies import KeptCopyNotes
from reflect.core.clock import FakeClock
from reflect.core.portability.backup import create_backup
from reflect.core.sync import SyncFolder
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.catch_up_dialog import CatchUpDialog
from reflect.ui.access.join_page import JoinPage
from reflect.ui.common import theme
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.data.merge_backup_dialog import MergeBackupDialog
from reflect.ui.data.two_computers import SyncStatus, TwoComputersGroup
from reflect.ui.journal.editor import EntryEditor
from reflect.ui.settings_dialog import SettingsDialog

PASSPHRASE = "velvet orchard compass thunder"
KDF = KdfParams.cheap_for_tests()


def shoot(out: Path, theme_name: str, work: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, theme_name)
    clock = FakeClock(datetime(2026, 11, 21, 13, 30, tzinfo=UTC))
    runner, dialogs = NowRunner(), Dialogs()
    shared = work / f"Syncthing-{theme_name}" / "Reflect"
    shared.mkdir(parents=True)
    vault, _key = Vault.create(work / f"home-{theme_name}", PASSPHRASE, kdf=KDF, clock=clock)
    try:
        entry = vault.journal.add_entry("After the review", "It went better than I feared.")
        SyncFolder(shared).sync(vault)

        settings = SettingsDialog(
            vault, runner=runner, dialogs=dialogs, theme=theme_name, default_font=app.font(),
            on_theme=lambda _n: None, on_prefs=lambda _p: None,
        )  # fmt: skip
        now = clock.now().astimezone()
        status = SyncStatus(folder=shared, others=1, last=now - timedelta(minutes=2))
        group = TwoComputersGroup(
            status=lambda: status, now=lambda: now, choose=lambda: None,
            sync_now=lambda: None, stop=lambda: None, parent=settings,
        )  # fmt: skip
        settings.add_group(group)
        settings.show()
        QApplication.processEvents()
        bar = settings.groups_area.verticalScrollBar()
        bar.setValue(bar.maximum())  # the group is the last one
        grab(settings, out / f"sync-two-computers-{theme_name}.png")
        settings.close()

        join = JoinPage(
            vault_path=work / f"laptop-{theme_name}", kdf=KDF, clock=clock,
            dialogs=dialogs, runner=runner,
        )  # fmt: skip
        join.choose_folder(shared)
        join.secret.setText("********")
        grab(join, out / f"sync-join-{theme_name}.png", (760, 560))
        join.close()

        catch_up = CatchUpDialog(vault, shared, runner=runner)  # type: ignore[arg-type]
        grab(catch_up, out / f"sync-catch-up-{theme_name}.png")
        catch_up.close()

        laptop = SyncFolder(shared).join(
            work / f"old-laptop-{theme_name}", passphrase=PASSPHRASE, kdf=KDF, clock=clock
        )
        laptop.journal.add_entry("On the train", "Written on the old laptop.")
        laptop.journal.update_entry(entry.id, body="It went better than I feared. Sam came.")
        backup = create_backup(laptop, work / f"usb-{theme_name}", clock=clock).path
        laptop.lock()
        vault.journal.update_entry(entry.id, body="It went better than I feared, mostly.")
        merge = MergeBackupDialog(
            vault, runner, dialogs, clock=clock,  # type: ignore[arg-type]
            default_backups=work / f"backups-{theme_name}",
        )  # fmt: skip
        merge.choose_backup(backup)
        merge.go()
        grab(merge, out / f"sync-merge-backup-{theme_name}.png")
        merge.go()  # merge it: the entry is now kept twice

        editor = EntryEditor(clock, use_default_finder=False)
        editor.set_journal(vault.journal)
        KeptCopyNotes(editor, lambda: vault.journal, editor.open_entry, parent=editor)
        (copy_id,) = vault.journal.kept_copies_of(entry.id)
        editor.open_entry(copy_id)
        grab(editor, out / f"sync-kept-copy-{theme_name}.png", (760, 520))
        editor.set_journal(None)
        editor.close()
        merge.close()
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
