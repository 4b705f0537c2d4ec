# Over 400 lines because: the app's one state machine, every transition read together.
"""The app's state machine: first run -> unlock -> journal, and back to unlock on lock.

States:

- ``first_run``: no vault at the configured path; the first-run page creates one.
- ``unlock``: a vault exists and is locked.
- ``journal``: unlocked; the journal page is shown and the lock triggers are armed.

Locking (``lock()``), in this order: finish any running task (so no callback
lands on a torn-down page), save pending edits, ask the before-lock hooks for
work that needs the key (the daily automatic backup), close every open dialog,
drop our reference to the vault, clear the journal page (text, models, undo
history), clear the clipboard if it still holds text copied inside Reflect,
then show the unlock page. The vault itself locks (closes the database, wipes
the key, releases the folder lock) at once, or, when a hook asked for work,
on a worker thread right after that work: the screen is locked immediately and
never waits for a backup. ``vault_released`` is set once the vault is locked;
unlocking again waits for it, and quitting waits for the work to finish.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from reflect.app.clipboard import ClipboardGuard
from reflect.app.locking import IdleLocker, SessionLockWatcher
from reflect.app.services import Services
from reflect.core.journal.settings import VaultPrefs, read_prefs
from reflect.core.vault.lifecycle import Vault
from reflect.ui.common import theme
from reflect.ui.common.shell import JournalViewLike, ShellWindow

if TYPE_CHECKING:
    from reflect.core.guide.content import Content
    from reflect.ui.access.first_run import FirstRunPage
    from reflect.ui.access.unlock import UnlockPage
    from reflect.ui.common.page_window import PageWindow
    from reflect.ui.settings_dialog import SettingsDialog

JournalViewFactory = Callable[[Services], JournalViewLike]
MenuExtender = Callable[[dict[str, list[QAction]]], None]
# Work that must run with the key still held, on a worker thread, before the vault
# locks (e.g. the daily backup). It reports its own errors; it must not raise.
LockJob = Callable[[Vault], None]
BeforeLockHook = Callable[[Vault, bool], "LockJob | None"]
# How long unlocking or quitting waits for lock jobs (a backup of a large journal).
LOCK_JOB_TIMEOUT_S = 600


class AppState(StrEnum):
    """Which page the window shows (a str, so tests and signals read it plainly)."""

    FIRST_RUN = "first_run"
    UNLOCK = "unlock"
    JOURNAL = "journal"


def _real_journal_view(services: Services) -> JournalViewLike:
    # Imported on first unlock, not at start-up: the unlock window must open fast.
    from reflect.ui.journal.journal_view import JournalView

    return JournalView(services.clock, dialogs=services.dialogs)


class AppController(QObject):
    """Builds the window and moves between its states.

    Signals:
        state_changed(str): an ``AppState`` value ("first_run", "unlock", "journal").
        unlocked: the journal page is showing an open vault.
        locked: the journal has just been locked.

    Attributes:
        menu_extenders: called with the journal page's menus before they are shown,
            so features (reflect/app/features.py) can add theirs.
        before_lock_hooks: called with the vault after pending edits are saved and
            before it locks, and whether the app is closing; each may return a
            ``LockJob`` to run off the UI thread before the vault locks.
        vault_released: set when no vault of this controller holds the key or the
            folder lock (cleared while lock jobs run).
        persistent_dialogs: windows that outlive a lock (hidden, not destroyed).
    """

    state_changed = Signal(str)
    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        services: Services,
        *,
        journal_view_factory: JournalViewFactory = _real_journal_view,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._journal_view_factory = journal_view_factory
        self.shell = ShellWindow()
        self.state: AppState | None = None
        self.vault: Vault | None = None
        self.prefs: VaultPrefs | None = None
        self.journal_view: JournalViewLike | None = None
        self.first_run: FirstRunPage | None = None
        self.unlock_page: UnlockPage | None = None
        self.clipboard = ClipboardGuard(parent=self)
        self.idle = IdleLocker(services.clock, parent=self)
        self.session = SessionLockWatcher(self)
        self._support_dialog: PageWindow | None = None
        self._shut_down = False
        self.menu_extenders: list[MenuExtender] = []
        self.before_lock_hooks: list[BeforeLockHook] = []
        self.settings_extenders: list[Callable[[SettingsDialog], None]] = []
        self.persistent_dialogs: list[QDialog] = []
        self.vault_released = threading.Event()
        self.vault_released.set()
        self._home_vault = services.vault_path

        self.quit_action = QAction(self.tr("Quit"), self.shell)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.shell.close)
        self.shell.set_app_actions([self.quit_action])

        from reflect.app.global_keys import GlobalKeys

        self.keys = GlobalKeys(self.shell, lock=self.lock, quick_hide=self.quick_hide, parent=self)
        self.keys.install()
        self.idle.lock_due.connect(self.lock)
        self.session.session_locked.connect(self.lock)
        self.shell.minimized.connect(self._minimized)
        self.shell.closing.connect(self.shutdown)
        geometry = services.settings.geometry
        if geometry is not None:
            self.shell.restoreGeometry(geometry)
        self.shell.fit_to_screen()

    # --- start ---------------------------------------------------------------------

    def start(self) -> None:
        """Show the first-run page or the unlock page, depending on the vault folder.

        A restore that a crash interrupted is finished (or rolled back) first, so
        the journal is where it belongs before anything looks for it.
        """
        from reflect.core.portability.backup.swap import recover_after_crash

        recover_after_crash(self.services.vault_path)
        if Vault.exists(self.services.vault_path):
            self.show_unlock()
        else:
            self.show_first_run()

    def watch_session(self) -> None:
        """Listen for the desktop locking or sleeping (call once the window is up)."""
        self.session.start(window=self.shell)

    def _set_state(self, state: AppState) -> None:
        self.state = state
        self.state_changed.emit(str(state))

    def show_first_run(self) -> None:
        from reflect.ui.access.first_run import FirstRunPage

        s = self.services
        if self.first_run is None:
            self.first_run = FirstRunPage(
                vault_path=s.vault_path, kdf=s.kdf, clock=s.clock, dialogs=s.dialogs, runner=s.tasks
            )
            self.first_run.completed.connect(self._first_run_done)
            self.first_run.restored.connect(self._first_run_restored)
            self.first_run.support_requested.connect(self.show_support)
        self.shell.set_menus({})
        self.shell.show_page(self.first_run)
        self._set_state(AppState.FIRST_RUN)

    def open_journal_at(self, path: Path) -> None:
        """Switch to the journal in ``path`` (locking the open one first, backup and all).

        Used for a journal restored from a backup as a separate journal, and to go
        back to the usual one. The choice lasts until Reflect quits: the next start
        opens the usual journal again.
        """
        if self.state is AppState.JOURNAL:
            self.lock_and_release()
        self.services.vault_path = Path(path)
        if self.unlock_page is not None:
            page, self.unlock_page = self.unlock_page, None
            page.reset()
            self.shell.pages.removeWidget(page)
            page.deleteLater()
        self.start()

    def _dispose_first_run(self) -> None:
        page = self.first_run
        self.first_run = None
        if page is not None:
            page.wipe()
            self.shell.pages.removeWidget(page)
            page.deleteLater()

    def _first_run_done(self, vault: Vault) -> None:
        self._dispose_first_run()
        self.open_vault(vault)

    def _first_run_restored(self, _path: object) -> None:
        """A journal came back from a backup on first run: unlock it as usual."""
        self._dispose_first_run()
        self.show_unlock()
        assert self.unlock_page is not None
        self.unlock_page.show_notice(
            self.tr(
                "Your journal was restored from the backup. Unlock it with the passphrase "
                "you used when the backup was made, or with your recovery key."
            )
        )

    def show_unlock(self) -> None:
        from reflect.ui.access.unlock import UnlockPage

        s = self.services
        if self.unlock_page is None:
            self.unlock_page = UnlockPage(
                vault_path=s.vault_path,
                kdf=s.kdf,
                clock=s.clock,
                dialogs=s.dialogs,
                runner=s.tasks,
                hint=s.unlock_hint,
                wait_for_release=self.wait_until_released,
                home=s.vault_path == self._home_vault,
            )
            self.unlock_page.unlocked.connect(self.open_vault)
            self.unlock_page.other_journal_requested.connect(self.open_journal_at)
            self.unlock_page.home_journal_requested.connect(
                lambda: self.open_journal_at(self._home_vault)
            )
            self.unlock_page.support_requested.connect(self.show_support)
        self.unlock_page.reset()
        self.shell.set_menus({})
        self.shell.show_page(self.unlock_page)
        self._set_state(AppState.UNLOCK)
        self.unlock_page.passphrase.setFocus()

    # --- the open journal --------------------------------------------------------------

    def open_vault(self, vault: Vault) -> None:

        self.vault = vault
        view = self._ensure_journal_view()
        self.prefs = read_prefs(vault.journal)
        view.open_journal(vault.journal)
        self._apply_prefs(self.prefs)
        menus = view.menu_actions()
        for extend in self.menu_extenders:
            extend(menus)
        self.shell.set_menus(menus)
        assert isinstance(view, QWidget)
        self.shell.show_page(view)
        # Switching pages hands focus to the next widget in the chain (the search
        # box); typing must go where the page invites it, into the entry.
        view.focus_writing()
        self._set_state(AppState.JOURNAL)
        self.idle.start()
        self.unlocked.emit()
        self.show_interrupted_recovery_key()

    def show_interrupted_recovery_key(self) -> QDialog | None:
        """A new recovery key that a crash interrupted: show it again before anything else."""
        rotation = self.vault.interrupted_rotation if self.vault is not None else None
        if self.vault is None or rotation is None:
            return None
        from reflect.ui.access.new_recovery_key import NewRecoveryKeyDialog

        dialog = NewRecoveryKeyDialog.for_interrupted(
            self.vault,
            rotation,
            runner=self.services.tasks,
            dialogs=self.services.dialogs,
            parent=self.shell,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _ensure_journal_view(self) -> JournalViewLike:
        if self.journal_view is None:
            view = self._journal_view_factory(self.services)
            view.lock_requested.connect(self.lock)
            view.quick_hide_requested.connect(self.quick_hide)
            view.settings_requested.connect(self.show_settings)
            self.journal_view = view
        return self.journal_view

    def _apply_prefs(self, prefs: VaultPrefs) -> None:
        self.prefs = prefs
        self.idle.set_minutes(prefs.idle_minutes)
        if self.journal_view is not None:
            self.journal_view.reload_spelling()
        if self.journal_view is not None and (prefs.font_family or prefs.font_size):
            from reflect.ui.settings_dialog import prefs_font

            self.journal_view.set_editor_font(prefs_font(prefs, self._default_font()))

    @staticmethod
    def _default_font() -> QFont:
        return QApplication.font()

    # --- locking ---------------------------------------------------------------------

    def lock(self, *, closing: bool = False) -> None:
        """Save, lock the vault, wipe every widget, show the unlock page."""
        if self.state is not AppState.JOURNAL or self.vault is None:
            return
        self.idle.stop()
        self.services.tasks.wait_all(60_000)
        view = self.journal_view
        jobs: list[LockJob] = []
        try:
            if view is not None:
                view.save_pending()
            for hook in self.before_lock_hooks:
                job = hook(self.vault, closing)
                if job is not None:
                    jobs.append(job)
        finally:
            self._close_dialogs()
            vault, self.vault = self.vault, None
            try:
                if view is not None:
                    view.clear()
                self.clipboard.clear_if_ours()
                self.show_unlock()
            finally:
                if vault is not None:
                    self._lock_vault(vault, jobs)
            self.locked.emit()

    def _lock_vault(self, vault: Vault, jobs: list[LockJob]) -> None:
        """Lock now, or after ``jobs`` on a worker thread (the screen is locked already)."""
        if not jobs:
            vault.lock()
            return
        self.vault_released.clear()
        released = self.vault_released

        def run_then_lock(vault: Vault) -> None:
            try:
                for job in jobs:
                    job(vault)
            finally:
                vault.lock()
                released.set()

        self.services.tasks.run(run_then_lock, vault, on_done=_ignore, on_error=_raise_later)

    def wait_until_released(self, timeout_s: float = LOCK_JOB_TIMEOUT_S) -> bool:
        """Block until lock jobs are done and the vault is locked (worker threads only,
        or when the app is closing and must not leave the key behind)."""
        return self.vault_released.wait(timeout_s)

    def lock_and_release(self) -> None:
        """Lock, and return only once the vault folder is free (to replace it)."""
        self.lock()
        self.services.tasks.wait_all(LOCK_JOB_TIMEOUT_S * 1000)

    def quick_hide(self) -> None:
        """Ctrl+Shift+H: lock and get out of sight at once."""
        self.lock()
        self.shell.showMinimized()

    def _minimized(self) -> None:
        if (
            self.state is AppState.JOURNAL
            and self.prefs is not None
            and self.prefs.lock_on_minimise
        ):
            self.lock()

    def _close_dialogs(self) -> None:
        """Close and destroy every dialog, so none keeps journal text on screen."""
        for widget in QApplication.topLevelWidgets():
            if self._of_another_window(widget):
                continue  # two apps in one process (the two-computer tests)
            if widget in self.persistent_dialogs:
                assert isinstance(widget, QDialog)
                widget.hide()
            elif isinstance(widget, QDialog) and widget is not self._support_dialog:
                widget.done(QDialog.DialogCode.Rejected)
                widget.hide()
                widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _of_another_window(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, ShellWindow):
                return parent is not self.shell
            parent = parent.parentWidget()
        return False

    def shutdown(self) -> None:
        """The window is closing: save, lock, forget secrets, remember the geometry.

        Safe to call more than once (closing the window, then the app quitting).
        """
        if self._shut_down:
            return
        self._shut_down = True
        self.services.tasks.wait_all(60_000)
        if self.state is AppState.JOURNAL:
            self.lock(closing=True)
        # A backup started by this lock (or an earlier one) finishes before we go.
        self.services.tasks.wait_all(LOCK_JOB_TIMEOUT_S * 1000)
        if self.first_run is not None:
            pending = self.first_run.pending_vault()
            if pending is not None:
                pending.lock()
            self.first_run.wipe()
        if self.unlock_page is not None:
            self.unlock_page.reset()
        self.clipboard.clear_if_ours()
        self.idle.stop()
        self.session.stop()
        self.keys.uninstall()
        self.services.settings.geometry = self.shell.saveGeometry()
        self.services.settings.sync()

    # --- settings and support ---------------------------------------------------------

    def _set_language(self, code: str) -> None:
        """Remembered outside the vault; used from the next start (see main)."""
        self.services.settings.language = code
        self.services.settings.sync()

    def show_settings(self) -> QDialog | None:
        if self.vault is None or self.state is not AppState.JOURNAL:
            return None
        from reflect.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.vault,
            runner=self.services.tasks,
            dialogs=self.services.dialogs,
            theme=self.services.settings.theme,
            default_font=self._default_font(),
            on_theme=self.set_theme,
            on_prefs=self._apply_prefs,
            language=self.services.settings.language,
            on_language=self._set_language,
            parent=self.shell,
        )
        for extend in self.settings_extenders:
            extend(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_theme(self, name: str) -> None:
        self.services.settings.theme = name
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, name)

    def show_support(self) -> QDialog:
        """Crisis lines (and, when unlocked, the user's own people): never needs the key."""
        from reflect.ui.common.page_window import PageWindow

        if self._support_dialog is not None:
            self._support_dialog.bring_forward()
            return self._support_dialog
        dialog = PageWindow(
            self._support_widget(), self.tr("Support"), "supportDialog", self.shell,
            size=(640, 680),
        )  # fmt: skip
        dialog.finished.connect(self._support_closed)
        self._support_dialog = dialog
        dialog.show()
        return dialog

    def _support_closed(self) -> None:
        dialog, self._support_dialog = self._support_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _support_widget(self) -> QWidget:
        # The content ships with the app and is checked by the tests: no fallback copy.
        from reflect.core.guide.content import load_content
        from reflect.ui.guide.support_panel import SupportPanel

        content = load_content()
        panel = SupportPanel(content, country_memory=self.services.settings)
        panel.set_journal(None)
        panel.crisis_requested.connect(lambda: self._crisis(content))
        return panel

    def _crisis(self, content: Content) -> None:
        from reflect.core.guide.rules import CrisisReason
        from reflect.ui.guide.support_card import SupportCard

        card = SupportCard(
            content,
            CrisisReason.STATED,
            None,
            country_memory=self.services.settings,
            from_support=True,
            parent=self.shell,
        )
        card.support_requested.connect(self.show_support)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.show()


def _ignore(_result: object) -> None:
    return None


def _raise_later(error: BaseException) -> None:
    # A lock job reports its own errors; anything else is a bug and must be seen.
    raise error
