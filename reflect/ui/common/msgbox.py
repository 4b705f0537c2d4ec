"""The one way Reflect asks, tells and picks files: the ``Dialogs`` seam.

Widgets receive a ``Dialogs`` instance and never call ``QMessageBox`` or
``QFileDialog`` themselves, so tests swap in ``tests.helpers.fakes.FakeDialogs``
(qutebrowser's ``misc/msgbox.py`` idea). File dialogs are always Qt's own,
non-native ones: a native dialog would add the file to the desktop's "recent
files" list, which would leak that a journal export exists and where.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reflect.core.errors import UserError


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
        name, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            str(Path.home() / suggested_name),
            filter,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        return Path(name) if name else None

    def open_file(self, parent: QWidget | None, title: str, filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            str(Path.home()),
            filter,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        return Path(name) if name else None

    def open_folder(self, parent: QWidget | None, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent,
            title,
            str(Path.home()),
            options=QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
        )
        return Path(name) if name else None


__all__ = ["Dialogs"]


def error_text(exc: BaseException, fallback: str) -> str:
    """What to tell the user about ``exc``: a ``UserError`` speaks for itself."""
    return exc.message if isinstance(exc, UserError) else fallback
