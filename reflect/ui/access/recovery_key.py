"""Showing a recovery key: big monospace groups, Copy, Print, Save as PDF, "I kept it".

Used by first run and by Settings > New recovery key. The key is a secret as
strong as the passphrase, so:

- Copy marks the clipboard data as a secret for clipboard managers (KDE
  ``x-kde-passwordManagerHint``, macOS concealed type, Windows
  ``ExcludeClipboardContentFromMonitorProcessing``, as KeePassXC does) and clears
  the clipboard after 60 seconds if it still holds the key. The app also clears
  it when it locks or quits (reflect.app.clipboard).
- Save as PDF renders in memory and writes only to the path the user picked,
  atomically; the PDF holds the key and how to use it, nothing else.
- ``clear()`` removes the key from every widget once the user has moved on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QMimeData,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
)
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from reflect.core.errors import UserError
from reflect.core.fileio import atomic_write
from reflect.ui.common.button_row import ButtonRowLayout
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.safe_document import SafeDocument

CLIPBOARD_CLEAR_MS = 60_000

_SECRET_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SecretClipboard(QObject):
    """Copies a secret and takes it back off the clipboard later, if still there.

    Only a hash of what was copied is kept, so this object holds no secret.
    """

    def __init__(self, parent: QObject | None = None, *, clear_after_ms: int = CLIPBOARD_CLEAR_MS):
        super().__init__(parent)
        self._digest: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        for kind, value in _SECRET_HINTS.items():
            data.setData(kind, QByteArray(value))
        QGuiApplication.clipboard().setMimeData(data)
        self._digest = _digest(text)
        self.timer.start()

    def holds_ours(self) -> bool:
        current = QGuiApplication.clipboard().text()
        return self._digest is not None and bool(current) and _digest(current) == self._digest

    def clear_if_ours(self) -> None:
        if self.holds_ours():
            QGuiApplication.clipboard().clear()
        self._digest = None
        self.timer.stop()


def grouped(key: str) -> str:
    """``AAAA-BBBB-...`` as two lines of four groups, spaced for reading aloud."""
    groups = [g for g in key.replace(" ", "").split("-") if g]
    half = (len(groups) + 1) // 2
    return "   ".join(groups[:half]) + "\n" + "   ".join(groups[half:])


def recovery_key_html(key: str, title: str, instructions: list[str]) -> str:
    """The printable page: a title, the key in large monospace, and instructions."""
    from html import escape

    lines = grouped(key).split("\n")
    key_html = "<br>".join(escape(line).replace(" ", "&nbsp;") for line in lines)
    paras = "".join(f"<p>{escape(p)}</p>" for p in instructions)
    return (
        "<html><body style='font-family: sans-serif; font-size: 11pt;'>"
        f"<h1 style='font-size: 18pt;'>{escape(title)}</h1>"
        "<p style='font-family: monospace; font-size: 17pt; font-weight: 600;"
        f" margin: 18px 0;'>{key_html}</p>"
        f"{paras}</body></html>"
    )


def render_pdf(html: str) -> bytes:
    """The page as PDF bytes, made in memory (no temp file)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("Reflect recovery key")
    writer.setCreator("Reflect")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
        )
    )
    _print_document(html, writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data().data())


def _print_document(html: str, device: QPagedPaintDevice) -> None:
    doc = SafeDocument()
    doc.setHtml(html)
    doc.print_(device)


class RecoveryKeyPanel(QWidget):
    """The key, what it is for, three ways to keep it, and the "I kept it" box.

    Signals:
        kept_changed(bool): the "I have kept it" checkbox changed.
    """

    kept_changed = Signal(bool)

    def __init__(
        self,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        clipboard: SecretClipboard | None = None,
        printer: Callable[[str, QWidget], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyPanel")
        self._dialogs = dialogs
        self._key = ""
        self.clipboard = clipboard or SecretClipboard(self)
        self._printer = printer or _print_with_dialog

        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setProperty("role", "mono")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("recoveryKeyCopy")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("recoveryKeyPrint")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.setObjectName("recoveryKeySavePdf")
        for button in (self.copy_button, self.print_button, self.pdf_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.status = QLabel(self)
        self.status.setObjectName("recoveryKeyStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)

        self.kept = QCheckBox(self.tr("I have kept my recovery key somewhere safe"), self)
        self.kept.setObjectName("recoveryKeyKept")
        self.kept.setAccessibleName(self.kept.text())

        buttons = ButtonRowLayout()
        for action in (self.copy_button, self.print_button, self.pdf_button):
            buttons.add_leading(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addWidget(self.kept)

        self.copy_button.clicked.connect(self._copy)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.kept.toggled.connect(self.kept_changed)

    # --- state -------------------------------------------------------------------

    def set_key(self, key: str) -> None:
        self._key = key
        self.key_label.setText(grouped(key))
        self.status.setText("")
        self.kept.setChecked(False)

    def clear(self) -> None:
        """Forget the key: label, status and the flag."""
        self._key = ""
        self.key_label.setText("")
        self.status.setText("")
        self.kept.setChecked(False)

    def instructions(self) -> list[str]:
        return [
            self.tr(
                "This recovery key opens your Reflect journal if you forget your passphrase. "
                "Anyone who has it can read your journal, so keep it as carefully as a "
                "house key: on paper in a safe place, or in a password manager."
            ),
            self.tr(
                "To use it, open Reflect, choose \u201cUse recovery key\u201d on the unlock "
                "screen, type the key (the dashes and spaces do not matter), then choose a "
                "new passphrase."
            ),
            self.tr("If you make a new recovery key later in Settings, this one stops working."),
        ]

    # --- actions -----------------------------------------------------------------

    def _copy(self) -> None:
        if not self._key:
            return
        self.clipboard.copy(self._key)
        self.status.setText(
            self.tr(
                "Copied. Paste it into your password manager now: Reflect clears the "
                "clipboard in one minute, and when it locks."
            )
        )

    def _html(self) -> str:
        return recovery_key_html(self._key, self.tr("Reflect recovery key"), self.instructions())

    def _print(self) -> None:
        if self._key and self._printer(self._html(), self):
            self.status.setText(self.tr("Sent to the printer."))

    def _save_pdf(self) -> None:
        if not self._key:
            return
        path = self._dialogs.save_file(
            self,
            self.tr("Save recovery key as PDF"),
            self.tr("reflect-recovery-key.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            atomic_write(path, render_pdf(self._html()))
        except UserError as exc:
            self._dialogs.error(self, self.tr("Could not save the PDF"), exc.message)
            return
        except OSError as exc:
            self._dialogs.error(
                self,
                self.tr("Could not save the PDF"),
                self.tr("Reflect could not write that file ({reason}). Try another folder.").format(
                    reason=exc.strerror or exc.__class__.__name__
                ),
            )
            return
        self.status.setText(self.tr("Saved to {path}.").format(path=str(path)))


def _print_with_dialog(html: str, parent: QWidget) -> bool:
    """Ask which printer, then print; False if the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # lazy: slow import

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print recovery key"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _print_document(html, printer)
    return True
