"""Screenshots of the app's own screens, in light and dark.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/shoot_app.py
    # --scale 2 doubles the font size (to check layouts for large text);
    # --out DIR writes somewhere else (default: packaging/screenshots/)

Writes ``app-<screen>-<theme>.png`` for: welcome, caution, passphrase, recovery,
unlock, wrong-passphrase, settings, about, about-notices. Everything happens in a temp folder with a
cheap KDF; the recovery key shown is a real one of a throwaway vault.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _shots import NowRunner, grab, use_language_from_env
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from reflect.core.clock import FakeClock
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.about_dialog import AboutDialog
from reflect.ui.access.first_run import FirstRunPage
from reflect.ui.access.unlock import UnlockPage
from reflect.ui.common import theme
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.shell import ShellWindow
from reflect.ui.settings_dialog import SettingsDialog

PASSPHRASE = "velvet orchard compass thunder"
SIZE = (1000, 720)


def shoot(out: Path, theme_name: str, scale: float, work: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, theme_name)
    clock = FakeClock()
    kdf = KdfParams.cheap_for_tests()
    runner = NowRunner()
    dialogs = Dialogs()
    suffix = f"-{theme_name}" + ("" if scale == 1 else f"-x{scale:g}")

    def name(screen: str) -> Path:
        return out / f"app-{screen}{suffix}.png"

    # --- first run ---
    shell = ShellWindow()
    shell.resize(*SIZE)
    vault_path = work / f"first-{theme_name}-{scale:g}"
    first = FirstRunPage(
        vault_path=vault_path, kdf=kdf, clock=clock, dialogs=dialogs, runner=runner
    )
    shell.show_page(first)
    grab(shell, name("welcome"))
    first.go_to("caution")
    first.caution_ack.setChecked(True)
    grab(shell, name("caution"))
    first.go_to("passphrase")
    first.form.new.setText(PASSPHRASE)
    first.form.confirm.setText(PASSPHRASE)
    grab(shell, name("passphrase"))
    first._create()
    grab(shell, name("recovery"))
    vault = first.pending_vault()
    assert vault is not None

    # --- settings (over the unlocked vault) ---
    settings = SettingsDialog(
        vault,
        runner=runner,
        dialogs=dialogs,
        theme=theme_name,
        default_font=app.font(),
        on_theme=lambda _n: None,
        on_prefs=lambda _p: None,
        parent=shell,
    )
    grab(settings, name("settings"))
    settings.close()
    vault.lock()

    # --- unlock ---
    unlock = UnlockPage(vault_path=vault_path, kdf=kdf, clock=clock, dialogs=dialogs, runner=runner)
    shell.show_page(unlock)
    grab(shell, name("unlock"))
    unlock.passphrase.setText("orchard compass")
    unlock.unlock()
    grab(shell, name("wrong-passphrase"))

    # --- Help > About Reflect (its first tab, then the third-party notices) ---
    about = AboutDialog(shell)
    grab(about, name("about"))
    about.tabs.setCurrentIndex(2)
    grab(about, name("about-notices"))
    about.close()
    shell.close()


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
            shoot(args.out, theme_name, args.scale, Path(tmp))
    _ = Vault  # the vaults above are real ones, created by the first-run page
    return 0


if __name__ == "__main__":
    sys.exit(main())
