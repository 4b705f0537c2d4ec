"""Showing a reminder: the system tray where there is one, else an in-app banner.

Every notifier shows only words from ``reflect.core.reminders.schedule.ALLOWED_TEXTS``:
``Notifier.show`` refuses anything else, so no title, note or event can reach a
lock screen or the notification history the desktop keeps. Backends are chosen
the way qutebrowser and Vorta do it: the tray notifier's constructor raises when
the platform has no tray or no tray messages, and ``choose_notifier`` falls back
to the banner (which also flashes the taskbar entry with ``QApplication.alert``).

A click on a notification emits ``activated(rule_id)`` (``MISSED`` for the missed
summary). What happens next, unlocking first if needed, is the app's business.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimeZone, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QWidget,
)

from reflect.core.errors import BugError
from reflect.core.reminders import schedule as sc

#: The rule id ``activated`` carries for the "while you were away" summary.
MISSED = "missed"
_CONTEXT = "Reminders"


def system_zone() -> tzinfo:
    """The computer's time zone as an IANA zone (so DST is known), from Qt, which
    knows it on every platform; a fixed offset if the name is unknown to zoneinfo."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")


def allowed_text(text: str) -> str:
    """``text`` translated for display, after checking it is on the allow-list."""
    if text not in sc.ALLOWED_TEXTS:
        raise BugError("A reminder tried to show words that are not on the allow-list.")
    return QCoreApplication.translate(_CONTEXT, text)


class NotifierUnavailable(Exception):
    """This way of notifying does not work on this platform or desktop."""


class Notifier(QObject):
    """Base of every notifier. Subclasses implement ``_display`` only.

    Signals:
        activated(str): the user clicked a reminder (its rule id, or ``MISSED``).
        snooze_requested(str, str): rule id and a ``Snooze`` value.
        open_requested(): bring Reflect to the front.
        quit_requested(): quit from the tray menu.
    """

    activated = Signal(str)
    snooze_requested = Signal(str, str)
    open_requested = Signal()
    quit_requested = Signal()

    def notify_due(self, due: sc.Due) -> None:
        self.show(due.rule_id, due.text)

    def notify_missed(self, missed: sc.Missed) -> None:
        self.show(MISSED, missed.text)

    def show(self, rule_id: str, text: str) -> None:
        """Show ``text`` (which must be an allowed wording) for ``rule_id``."""
        self._display(rule_id, allowed_text(sc.NOTICE_TITLE), allowed_text(text))

    def close(self) -> None:
        """Take down anything on screen (on quit)."""

    def _display(self, rule_id: str, title: str, text: str) -> None:
        raise NotImplementedError


# --- The system tray ----------------------------------------------------------------


class TrayLike(Protocol):
    """What ``TrayNotifier`` uses of ``QSystemTrayIcon`` (tests pass a fake)."""

    @property
    def messageClicked(self) -> SignalInstance: ...

    @property
    def activated(self) -> SignalInstance: ...

    def showMessage(self, title: str, text: str, icon: QIcon, msecs: int) -> None: ...

    def setContextMenu(self, menu: QMenu) -> None: ...

    def setToolTip(self, tip: str) -> None: ...

    def show(self) -> None: ...

    def hide(self) -> None: ...


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


class TrayNotifier(Notifier):
    """Notifications through the system tray icon, which also carries a small menu
    (open, snooze the last reminder, quit) for "keep running in the tray".

    Raises:
        NotifierUnavailable: the desktop has no tray, or its tray cannot show messages.
    """

    def __init__(
        self,
        app_icon: QIcon,
        *,
        available: Callable[[], bool] = tray_available,
        tray_factory: Callable[[QIcon, QObject], TrayLike] | None = None,
        parent: QObject | None = None,
    ) -> None:
        if not available():
            raise NotifierUnavailable("no system tray with notifications here")
        super().__init__(parent)
        self._icon = app_icon
        self._last_rule_id: str | None = None
        self.tray: TrayLike = (tray_factory or _real_tray)(app_icon, self)
        self.tray.setToolTip(sc.NOTICE_TITLE)
        self.tray.messageClicked.connect(self._on_message_clicked)
        self.tray.activated.connect(self._on_icon_activated)
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self._build_menu)
        self._build_menu()
        self.tray.setContextMenu(self.menu)
        self.tray.show()

    def close(self) -> None:
        self.tray.hide()

    def _display(self, rule_id: str, title: str, text: str) -> None:
        self._last_rule_id = rule_id
        # The app's own icon, never a warning triangle: nothing here is alarming.
        self.tray.showMessage(title, text, self._icon, 15_000)

    def _on_message_clicked(self) -> None:
        if self._last_rule_id is not None:
            self.activated.emit(self._last_rule_id)

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def _build_menu(self) -> None:
        # Rebuilt each time it opens, from live state (Vorta's tray menu does the same).
        self.menu.clear()
        tr = self.tr
        self.menu.addAction(tr("Open Reflect"), self.open_requested.emit)
        last = self._last_rule_id
        if last is not None and last != MISSED:
            later = self.menu.addMenu(tr("Remind me again"))
            for choice, label in snooze_labels(self).items():
                action = later.addAction(label)
                action.triggered.connect(
                    lambda _=False, c=choice: self.snooze_requested.emit(last, c.value)
                )
        self.menu.addSeparator()
        self.menu.addAction(tr("Quit Reflect"), self.quit_requested.emit)


def _real_tray(app_icon: QIcon, parent: QObject) -> TrayLike:
    return QSystemTrayIcon(app_icon, parent)


def snooze_labels(owner: QObject) -> dict[sc.Snooze, str]:
    return {
        sc.Snooze.TEN_MINUTES: owner.tr("In 10 minutes"),
        sc.Snooze.ONE_HOUR: owner.tr("In an hour"),
        sc.Snooze.TOMORROW_MORNING: owner.tr("Tomorrow morning"),
    }


# --- The in-app banner ----------------------------------------------------------------


class ReminderBanner(QFrame):
    """A quiet strip across the top of the window: the generic words and what to do."""

    def __init__(self, notifier: BannerNotifier, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Reminder"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._notifier = notifier
        self.rule_id: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        self.text = QLabel(self)
        self.text.setObjectName("reminderBannerText")
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("reminderBannerOpen")
        self.open_button.setProperty("role", "primary")
        self.open_button.setAccessibleName(self.tr("Open this reminder"))
        self.open_button.clicked.connect(self._open)
        self.snooze_button = QPushButton(self.tr("Later"), self)
        self.snooze_button.setObjectName("reminderBannerSnooze")
        self.snooze_button.setAccessibleName(self.tr("Remind me again later"))
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.setObjectName("reminderSnoozeMenu")
        self.snooze_actions: dict[sc.Snooze, QAction] = {}
        for choice, label in snooze_labels(self).items():
            action = self.snooze_menu.addAction(label)
            action.triggered.connect(lambda _=False, c=choice: self._snooze(c))
            self.snooze_actions[choice] = action
        self.snooze_button.setMenu(self.snooze_menu)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("reminderBannerDismiss")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this reminder"))
        self.dismiss_button.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            layout.addWidget(button)
        self.hide()

    def present(self, rule_id: str, text: str) -> None:
        self.rule_id = rule_id
        self.text.setText(text)
        self.snooze_button.setVisible(rule_id != MISSED)
        self.open_button.setText(self.tr("See them") if rule_id == MISSED else self.tr("Open"))
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        margin = 12
        width = max(200, host.width() - 2 * margin)
        self.setGeometry(margin, margin, width, self.sizeHint().height())

    def _open(self) -> None:
        self.hide()
        if self.rule_id is not None:
            self._notifier.activated.emit(self.rule_id)

    def _snooze(self, choice: sc.Snooze) -> None:
        self.hide()
        if self.rule_id is not None:
            self._notifier.snooze_requested.emit(self.rule_id, choice.value)


class BannerNotifier(Notifier):
    """The fallback: a banner over the top of ``host`` plus a taskbar alert."""

    def __init__(
        self,
        host: QWidget,
        *,
        alert: Callable[[QWidget], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._alert = alert or (lambda widget: QApplication.alert(widget, 0))
        self.banner = ReminderBanner(self, host)
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.banner.place()
        return False

    def close(self) -> None:
        self.banner.hide()

    def _display(self, rule_id: str, title: str, text: str) -> None:
        self.banner.present(rule_id, text)
        # Ask for attention without stealing focus (taskbar flash / dock bounce).
        self._alert(self._host.window())


def choose_notifier(
    host: QWidget,
    app_icon: QIcon,
    *,
    tray: Callable[[QIcon], Notifier] | None = None,
) -> Notifier:
    """The tray notifier where the desktop has a tray with messages, else the banner."""
    try:
        return (tray or (lambda icon: TrayNotifier(icon, parent=host)))(app_icon)
    except NotifierUnavailable:
        return BannerNotifier(host, parent=host)


__all__ = [
    "MISSED",
    "BannerNotifier",
    "Notifier",
    "NotifierUnavailable",
    "ReminderBanner",
    "TrayNotifier",
    "choose_notifier",
    "system_zone",
    "tray_available",
]
