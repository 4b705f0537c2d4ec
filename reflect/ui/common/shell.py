"""The main window: a stack of pages (first run, unlock, journal) and the menus.

The window title is always exactly "Reflect": a title is visible in task bars,
window switchers and screen recordings, so it never shows an entry's title, a
path or anything else. ``changeEvent`` puts it back if anything changes it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QWidget

from reflect.ui.common.icons import app_icon

if TYPE_CHECKING:
    from reflect.core.journal.repository import Journal

WINDOW_TITLE = "Reflect"


class JournalViewLike(Protocol):
    """What the shell and the controller need from ``reflect.ui.journal.journal_view``."""

    lock_requested: SignalInstance
    quick_hide_requested: SignalInstance
    settings_requested: SignalInstance

    def open_journal(self, journal: Journal) -> None: ...
    def save_pending(self) -> None: ...
    def clear(self) -> None: ...
    def menu_actions(self) -> dict[str, list[QAction]]: ...
    def set_editor_font(self, font: QFont) -> None: ...
    def reload_spelling(self) -> None: ...
    def focus_writing(self) -> None: ...


class ShellWindow(QMainWindow):
    """Holds the pages; reports minimising and closing to the controller.

    Signals:
        minimized: the window was minimised.
        closing: the window is about to close (save and lock now).
    """

    minimized = Signal()
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide_instead_of_close: Callable[[], bool] = lambda: False
        self.setObjectName("shellWindow")
        self.setWindowTitle(WINDOW_TITLE)
        self.setWindowIcon(app_icon())
        self.setAccessibleName(WINDOW_TITLE)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("shellPages")
        self.setCentralWidget(self.pages)
        self.resize(1100, 720)
        self.setMinimumSize(560, 440)
        self._app_menu_actions: list[QAction] = []
        self._fitted = False
        self._about: QDialog | None = None
        # In Help when the journal is open, in the small Reflect menu while locked
        # (it holds no journal text); macOS moves it to the application menu.
        self.about_action = QAction(self.tr("About Reflect"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    # --- pages ---------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    # --- menus ---------------------------------------------------------------------

    def set_app_actions(self, actions: Sequence[QAction]) -> None:
        """Actions that belong to the app (Quit...), added to the first menu."""
        self._app_menu_actions = list(actions)
        for action in actions:
            self.addAction(action)  # shortcuts work even when the menu bar is empty

    def set_menus(self, menus: Mapping[str, Sequence[QAction]]) -> None:
        """Rebuild the menu bar from ``{"Journal": [...], "Edit": [...], ...}``.

        ``None`` entries in a list become separators. With no menus (locked),
        only a small Reflect menu with the app actions remains.
        """
        bar = self.menuBar()
        bar.clear()
        names = list(menus) or ["Reflect"]
        titles = with_mnemonics([self._menu_title(name) for name in names])
        for index, name in enumerate(names):
            menu = bar.addMenu(titles[index])
            menu.setObjectName(f"menu{name.replace(' ', '')}")
            for action in menus.get(name, []):
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            if name == "Help" or not menus:
                if not menu.isEmpty():
                    menu.addSeparator()
                menu.addAction(self.about_action)
            if index == 0 and self._app_menu_actions:
                menu.addSeparator()
                for action in self._app_menu_actions:
                    menu.addAction(action)

    def _menu_title(self, name: str) -> str:
        """A menu's title in the user's language (``name`` is its key in the code)."""
        titles = {
            "Reflect": self.tr("Reflect"),
            "Journal": self.tr("Journal"),
            "Edit": self.tr("Edit"),
            "View": self.tr("View"),
            "Guide": self.tr("Guide"),
            "Exercises": self.tr("Exercises"),
            "Help": self.tr("Help"),
        }
        return titles.get(name, name)

    def show_about(self) -> None:
        """Help > About Reflect: the version, the licence, the third-party notices."""
        from reflect.ui.about_dialog import AboutDialog

        if self._about is None:
            self._about = AboutDialog(self)
        self._about.show()
        self._about.raise_()
        self._about.activateWindow()

    # --- window events -------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowTitleChange and self.windowTitle() != WINDOW_TITLE:
            self.setWindowTitle(WINDOW_TITLE)
        elif event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.minimized.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hide_instead_of_close():
            # "Keep running in the tray": the journal is locked, the window goes away,
            # reminders keep coming.
            event.ignore()
            self.hide()
            return
        self.closing.emit()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            # Once shown, the window system has added the frame: fit again with it.
            self._fitted = True
            QTimer.singleShot(0, self.fit_to_screen)

    def fit_to_screen(self) -> None:
        """Keep the whole window, title bar included, on its screen's free area.

        A geometry saved on a larger screen, or at a smaller text scale, would
        otherwise put the window (and its Unlock button) partly off-screen: at
        200% on a 1440x900 screen only 720x450 logical pixels are available.
        """
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        border_w, border_h = frame.width() - inner.width(), frame.height() - inner.height()
        width = max(min(inner.width(), free.width() - border_w), 1)
        height = max(min(inner.height(), free.height() - border_h), 1)
        self.setMinimumSize(min(self.minimumWidth(), width), min(self.minimumHeight(), height))
        self.resize(width, height)
        left = min(max(frame.x(), free.left()), free.right() + 1 - (width + border_w))
        top = min(max(frame.y(), free.top()), free.bottom() + 1 - (height + border_h))
        self.move(max(left, free.left()), max(top, free.top()))

    def bring_to_front(self) -> None:
        """Show, un-minimise and activate (a second launch asked for this window)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()


def with_mnemonics(names: Sequence[str]) -> list[str]:
    """Menu titles with an Alt+letter each: the first letter not taken yet ("E&xercises").

    Without one, Alt+J on the journal page typed a "j" into the entry instead of
    opening the Journal menu, as every desktop app's menus do.
    """
    used: set[str] = set()
    titles = []
    for name in names:
        title = name
        for index, char in enumerate(name):
            if char.isalpha() and char.lower() not in used:
                used.add(char.lower())
                title = f"{name[:index]}&{name[index:]}"
                break
        titles.append(title)
    return titles
