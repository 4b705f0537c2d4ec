"""``reflect`` and ``python -m reflect``: arguments, one instance per vault, the window.

Start-up is kept fast on purpose: nothing heavy is imported at module level, so
``reflect --version`` answers without loading Qt, and the unlock window appears
before the journal page, zxcvbn, the guide or the printing support are loaded
(they are imported when first needed).

Flags:
    --vault DIR     open (or create) the journal in DIR instead of the default one.
    --demo          a throwaway journal with made-up entries in a temp folder; its
                    passphrase is shown on the unlock page; deleted on exit
                    (also on Ctrl+C or SIGTERM).
    --background    start minimised (used when starting with the computer).
    --version       print the version and exit.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from reflect import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from reflect.app.single_instance import InstanceLock
    from reflect.core.paths import AppPaths

ALREADY_RUNNING = (
    "Reflect is already open for this journal; its window has been brought to the front."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reflect",
        description="Reflect: a private, offline, encrypted journal.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen (a temp journal, search, PDF) and exit",
    )
    parser.add_argument(
        "--report",
        metavar="FILE",
        help="with --self-test: also write its lines to FILE (Windows builds have no console)",
    )
    parser.add_argument("--vault", metavar="DIR", help="open or create the journal in this folder")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="try Reflect with a throwaway journal of made-up entries (deleted on exit)",
    )
    parser.add_argument(
        "--background", action="store_true", help="start minimised, without taking focus"
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="use this language for this run (e.g. en; 'pseudo' checks translations and layouts)",
    )
    # For tests and timing: quit as soon as the first window is on screen.
    parser.add_argument("--self-quit-after-start", action="store_true", help=argparse.SUPPRESS)
    # For tests: say on stdout when the first window is on screen, and keep running.
    parser.add_argument("--report-start", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run Reflect; returns the process exit code."""
    started = time.perf_counter()
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.version:
        print(f"Reflect {__version__}")  # noqa: T201 - a command-line answer
        return 0
    if args.self_test:
        from reflect.app.selftest import run

        return run(Path(args.report) if args.report else None)
    if args.demo and args.vault:
        print("reflect: use either --demo or --vault, not both", file=sys.stderr)  # noqa: T201 - a command-line answer
        return 2

    import shutil
    import tempfile

    from reflect.app.single_instance import InstanceLock, instance_folder, request_raise
    from reflect.core.paths import AppPaths

    paths = AppPaths.for_user()
    lock: InstanceLock | None = None
    if not args.demo:
        vault_path = Path(args.vault).expanduser() if args.vault else paths.default_vault
        lock = InstanceLock(instance_folder(paths.data, vault_path))
        if not lock.acquire():
            request_raise(lock.folder)
            print(ALREADY_RUNNING)  # noqa: T201 - a command-line answer
            return 0
    # The application object comes before the demo folder: if Qt cannot start (no
    # display), it aborts the process, and no temp folder must be left behind.
    app = _application()
    demo_dir: Path | None = None
    try:
        hint = None
        if args.demo:
            from reflect.app.demo import create_demo_vault

            demo_dir = Path(tempfile.mkdtemp(prefix="reflect-demo-"))
            vault_path = demo_dir / "journal"
            lock = InstanceLock(demo_dir / "instance")
            lock.acquire()
            hint = create_demo_vault(vault_path)
        assert lock is not None
        return _run_gui(app, args, paths, vault_path, lock, hint=hint, started=started)
    finally:
        if lock is not None:
            lock.release()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from reflect.core.app_id import APP_ID

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Reflect")
    app.setDesktopFileName(APP_ID)
    # No setApplicationDisplayName: some platforms append it to window titles.
    return app


def _run_gui(
    app: QApplication,
    args: argparse.Namespace,
    paths: AppPaths,
    vault_path: Path,
    lock: InstanceLock,
    *,
    hint: str | None,
    started: float,
) -> int:
    from PySide6.QtCore import QTimer

    from reflect.app.controller import AppController
    from reflect.app.services import Services
    from reflect.app.settings import Settings
    from reflect.app.single_instance import watch_requests
    from reflect.app.tasks import TaskRunner
    from reflect.core.clock import SystemClock
    from reflect.ui.common.msgbox import Dialogs, keep_no_file_dialog_history
    from reflect.ui.common.theme import apply_theme, ensure_readable_font

    keep_no_file_dialog_history()
    settings = Settings(paths.config)
    translators = _install_language(app, args.language, settings.language)
    ensure_readable_font(app)
    apply_theme(app, settings.theme)

    tasks = TaskRunner()
    kdf = None
    if hint is not None:
        from reflect.app.demo import DEMO_KDF

        kdf = DEMO_KDF
    services = Services(
        paths=paths,
        clock=SystemClock(),
        dialogs=Dialogs(),
        tasks=tasks,
        settings=settings,
        vault_path=vault_path,
        kdf=kdf,
        unlock_hint=hint,
    )
    controller = AppController(services)
    from reflect.app.features import Features

    features = Features(controller)
    controller.start()
    watcher = watch_requests(lock, controller.shell.bring_to_front)

    app.aboutToQuit.connect(controller.shutdown)
    _quit_on_signals(app)

    if args.background:
        controller.shell.showMinimized()
    else:
        controller.shell.show()
    QTimer.singleShot(0, controller.watch_session)
    QTimer.singleShot(0, features.start)
    if args.self_quit_after_start or args.report_start:

        def report() -> None:
            elapsed_ms = (time.perf_counter() - started) * 1000
            print(f"reflect: window shown ({controller.state}) after {elapsed_ms:.0f} ms")  # noqa: T201 - a command-line answer
            sys.stdout.flush()
            if args.self_quit_after_start:
                app.quit()

        QTimer.singleShot(0, report)
    code = app.exec()
    controller.shutdown()
    features.shutdown()
    tasks.wait_all(60_000)
    del watcher, translators
    return int(code)


def _install_language(
    app: QApplication,
    asked: str | None,
    setting: str,
    system_languages: Sequence[str] | None = None,
) -> list[object]:
    """Choose the language (``--language``, else Settings, else the system's
    preferred languages) and load it before any window exists: the unlock screen
    speaks it too."""
    from PySide6.QtCore import QLocale

    from reflect.core import language
    from reflect.ui.common.translations import install

    # --language may name a language still being written (to review it); the
    # setting and the system only ever choose an offered one.
    if asked in language.known_codes():
        code = str(asked)
    else:
        if system_languages is None:
            system_languages = QLocale.system().uiLanguages()
        code = language.choose(setting, system_languages)
    language.set_current(code)
    return list(install(app, code))


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C and SIGTERM quit cleanly, so the shutdown (and demo clean-up) runs.

    Python only runs signal handlers between bytecodes; a slow no-op timer gives
    it the chance while Qt's loop is waiting.
    """
    from PySide6.QtCore import QTimer

    def handler(_signum: int, _frame: FrameType | None) -> None:
        app.quit()

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)
    pulse = QTimer(app)
    pulse.setInterval(300)
    pulse.timeout.connect(lambda: None)
    pulse.start()


if __name__ == "__main__":
    sys.exit(main())
