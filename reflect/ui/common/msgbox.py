"""The one way Reflect asks, tells and picks files: the ``Dialogs`` seam.

Widgets receive a ``Dialogs`` instance and never call ``QMessageBox`` or
``QFileDialog`` themselves, so tests swap in ``tests.helpers.fakes.FakeDialogs``
(qutebrowser's ``misc/msgbox.py`` idea). File dialogs are always Qt's own,
non-native ones: a native dialog would add the file to the desktop's "recent
files" list, which would leak that a journal export exists and where.

Qt's own file dialog keeps a history of the folders it visited in the shared
``QtProject`` settings (``~/.config/QtProject.conf`` on Linux, the registry on
Windows, a preferences file on macOS). Reflect keeps none:
``keep_no_file_dialog_history`` points those settings at a path that cannot be
written where the system allows it (Linux and other Unix), and every file
dialog here removes the history when it closes (everywhere else).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reflect.core.errors import UserError

_QT_SETTINGS_ORG = "QtProject"
_FILE_DIALOG_GROUP = "FileDialog"


def keep_no_file_dialog_history() -> None:
    """Stop Qt's file dialog from writing visited folders to disk (Linux, Unix).

    Call once at start, before any file dialog. Only Qt's shared settings move:
    Reflect's own settings file has an explicit path. On Windows and macOS the
    native settings store ignores this, so ``_forgetting_history`` cleans up there.
    """
    if os.name == "posix" and sys.platform != "darwin":
        # A folder under a character device can never be created: writes fail quietly.
        unwritable = str(Path(os.devnull) / "reflect-keeps-no-qt-history")
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, unwritable)


@contextmanager
def _forgetting_history() -> Iterator[None]:
    try:
        yield
    finally:
        shared = QSettings(QSettings.Scope.UserScope, _QT_SETTINGS_ORG)
        if _FILE_DIALOG_GROUP in shared.childGroups():
            shared.remove(_FILE_DIALOG_GROUP)
            shared.sync()


class Dialogs:
    """Message boxes and file pickers (replaced by ``FakeDialogs`` in tests)."""

    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        ok_text: str,
        cancel_text: str,
        destructive: bool = False,
    ) -> bool:
        """Ask a yes/no question; True only if the user chose ``ok_text``.

        For a destructive action the safe choice (cancel) is the default button, so
        a hurried Enter never deletes anything.
        """
        box = QMessageBox(parent)
        box.setObjectName("confirmDialog")
        box.setWindowTitle(title)
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
        ok = box.addButton(
            ok_text,
            QMessageBox.ButtonRole.DestructiveRole
            if destructive
            else QMessageBox.ButtonRole.AcceptRole,
        )
        cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel if destructive else ok)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is ok

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        # Warning, not Critical: a calm icon for problems the user can act on.
        QMessageBox.warning(parent, title, text)

    def save_file(
        self, parent: QWidget | None, title: str, suggested_name: str, filter: str
    ) -> Path | None:
        with _forgetting_history():
            name, _ = QFileDialog.getSaveFileName(
                parent,
                title,
                str(Path.home() / suggested_name),
                filter,
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        return Path(name) if name else None

    def open_file(self, parent: QWidget | None, title: str, filter: str) -> Path | None:
        with _forgetting_history():
            name, _ = QFileDialog.getOpenFileName(
                parent,
                title,
                str(Path.home()),
                filter,
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        return Path(name) if name else None

    def open_folder(self, parent: QWidget | None, title: str) -> Path | None:
        with _forgetting_history():
            name = QFileDialog.getExistingDirectory(
                parent,
                title,
                str(Path.home()),
                options=QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
            )
        return Path(name) if name else None


__all__ = ["Dialogs", "keep_no_file_dialog_history"]


def error_text(exc: BaseException, fallback: str) -> str:
    """What to tell the user about ``exc``: a ``UserError`` speaks for itself."""
    return exc.message if isinstance(exc, UserError) else fallback
