"""Notifiers: only allowed words, tray when there is one, banner otherwise."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.errors import BugError
from reflect.core.reminders import schedule as sc
from reflect.ui.reminders import notify
from tests.helpers.reminder_fakes import FakeTray, RecordingNotifier

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

RULE = "0b7e7d0e-4c1a-4f0e-9d7e-2a8f5b6c1d2e"
WHEN = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def due(wording: str = "quiet-minutes", target: sc.Target = sc.Target.NOTE) -> sc.Due:
    return sc.Due(RULE, target, None, wording, WHEN)


def test_a_notifier_refuses_any_words_off_the_allow_list(qtbot: QtBot) -> None:
    notifier = RecordingNotifier()
    with pytest.raises(BugError):
        notifier.show(RULE, "Call Dr Okafor about bed 12")
    assert notifier.shown == []


def test_the_recording_notifier_receives_only_allowed_texts(qtbot: QtBot) -> None:
    notifier = RecordingNotifier()
    for wording in sc.WORDINGS:
        notifier.notify_due(due(wording))
    notifier.notify_missed(sc.Missed((RULE,), WHEN))
    assert [n.text for n in notifier.shown] == [*sc.WORDINGS.values(), sc.MISSED_TEXT]
    assert {n.title for n in notifier.shown} == {"Reflect"}
    assert notifier.shown[-1].rule_id == notify.MISSED


def test_without_a_tray_the_chooser_falls_back_to_the_banner(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    assert not notify.tray_available()  # offscreen has no tray
    with pytest.raises(notify.NotifierUnavailable):
        notify.TrayNotifier(QIcon())
    chosen = notify.choose_notifier(window, QIcon())
    assert isinstance(chosen, notify.BannerNotifier)


def test_with_a_tray_the_chooser_uses_it(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    chosen = notify.choose_notifier(
        window,
        QIcon(),
        tray=lambda icon: notify.TrayNotifier(icon, available=lambda: True, tray_factory=FakeTray),
    )
    assert isinstance(chosen, notify.TrayNotifier)
    chosen.close()


def make_tray(qtbot: QtBot) -> tuple[notify.TrayNotifier, FakeTray]:
    notifier = notify.TrayNotifier(QIcon(), available=lambda: True, tray_factory=FakeTray)
    assert isinstance(notifier.tray, FakeTray)
    return notifier, notifier.tray


def test_the_tray_shows_generic_words_and_a_click_opens_the_reminder(qtbot: QtBot) -> None:
    notifier, tray = make_tray(qtbot)
    assert tray.visible
    assert tray.tooltip == "Reflect"
    opened: list[str] = []
    notifier.activated.connect(lambda rule_id: opened.append(rule_id))
    notifier.notify_due(due("here"))
    assert tray.messages == [("Reflect", "Reflect is here when you want it")]
    tray.messageClicked.emit()
    assert opened == [RULE]
    notifier.notify_missed(sc.Missed((RULE,), WHEN))
    tray.messageClicked.emit()
    assert opened == [RULE, notify.MISSED]
    notifier.close()
    assert not tray.visible


def test_the_tray_menu_opens_snoozes_and_quits(qtbot: QtBot) -> None:
    notifier, tray = make_tray(qtbot)
    events: list[object] = []
    notifier.open_requested.connect(lambda: events.append("open"))
    notifier.quit_requested.connect(lambda: events.append("quit"))
    notifier.snooze_requested.connect(lambda rule_id, choice: events.append((rule_id, choice)))
    assert tray.menu is not None
    labels = [a.text() for a in tray.menu.actions()]
    assert labels == ["Open Reflect", "", "Quit Reflect"]
    notifier.notify_due(due())
    tray.menu.aboutToShow.emit()
    actions = {a.text(): a for a in tray.menu.actions()}
    assert list(actions) == ["Open Reflect", "Remind me again", "", "Quit Reflect"]
    later = actions["Remind me again"].menu()
    assert isinstance(later, QMenu)
    assert [a.text() for a in later.actions()] == [
        "In 10 minutes",
        "In an hour",
        "Tomorrow morning",
    ]
    later.actions()[1].trigger()
    actions["Open Reflect"].trigger()
    actions["Quit Reflect"].trigger()
    tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert events == [(RULE, "1h"), "open", "quit", "open"]


def banner_rig(qtbot: QtBot) -> tuple[QWidget, notify.BannerNotifier, list[QWidget]]:
    window = QMainWindow()
    window.resize(700, 400)
    qtbot.addWidget(window)
    alerts: list[QWidget] = []
    notifier = notify.BannerNotifier(window, alert=alerts.append)
    window.show()
    return window, notifier, alerts


def test_the_banner_shows_generic_words_and_alerts_the_taskbar(qtbot: QtBot) -> None:
    window, notifier, alerts = banner_rig(qtbot)
    banner = notifier.banner
    assert not banner.isVisible()
    opened: list[str] = []
    notifier.activated.connect(lambda rule_id: opened.append(rule_id))
    notifier.notify_due(due("moment"))
    assert banner.isVisible()
    assert banner.text.text() == "A moment for yourself, if you'd like one"
    assert alerts == [window]
    assert banner.geometry().width() == window.width() - 24
    banner.open_button.click()
    assert opened == [RULE]
    assert not banner.isVisible()


def test_the_banner_snoozes_and_dismisses(qtbot: QtBot) -> None:
    _window, notifier, _ = banner_rig(qtbot)
    snoozed: list[tuple[str, str]] = []
    notifier.snooze_requested.connect(lambda rule_id, choice: snoozed.append((rule_id, choice)))
    notifier.notify_due(due())
    notifier.banner.snooze_actions[sc.Snooze.TOMORROW_MORNING].trigger()
    assert snoozed == [(RULE, "morning")]
    assert not notifier.banner.isVisible()
    notifier.notify_due(due())
    notifier.banner.dismiss_button.click()
    assert not notifier.banner.isVisible()


def test_the_missed_summary_banner_offers_no_snooze(qtbot: QtBot) -> None:
    window, notifier, _ = banner_rig(qtbot)
    notifier.notify_missed(sc.Missed((RULE, RULE), WHEN))
    assert notifier.banner.text.text() == sc.MISSED_TEXT
    assert not notifier.banner.snooze_button.isVisible()
    assert notifier.banner.open_button.text() == "See them"
    window.resize(900, 400)
    assert notifier.banner.width() == 900 - 24


def test_system_zone_is_a_real_zone(qtbot: QtBot) -> None:
    zone = notify.system_zone()
    assert datetime(2026, 1, 1, tzinfo=zone).utcoffset() is not None


def test_a_reminder_speaks_the_users_language(speak: Callable[[str], None]) -> None:
    """The allow-list is checked in English; what shows is the user's language
    (a German user's notification read "Time for a few quiet minutes" before)."""
    speak("de")
    notifier = RecordingNotifier()
    notifier.notify_due(due("quiet-minutes"))
    notifier.notify_missed(sc.Missed((RULE,), WHEN))
    assert [n.text for n in notifier.shown] == [
        "Zeit für ein paar ruhige Minuten",
        "Während Reflect geschlossen war, kamen einige Erinnerungen",
    ]
    with pytest.raises(BugError):  # a translation is never a way round the list
        notifier.show(RULE, "Zeit für ein paar ruhige Minuten")
