"""The whole app wired together: guide, data tools and reminders around the journal."""

from __future__ import annotations

from datetime import UTC, date, time
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.features import Features
from reflect.app.services import Services
from reflect.core.clock import FakeClock
from reflect.core.reminders import schedule as sc
from reflect.core.vault.lifecycle import Vault
from reflect.ui.journal.journal_view import JournalView
from tests.app.conftest import unlock
from tests.helpers.fakes import visible_texts

CANARY = "zqfeatcanary91"


def _actions(controller: AppController) -> dict[str, QAction]:
    return {a.objectName(): a for a in controller.shell.findChildren(QAction) if a.objectName()}


def _menu_titles(controller: AppController) -> list[str]:
    return [a.text().replace("&", "") for a in controller.shell.menuBar().actions()]


def test_unlocking_brings_the_guide_and_the_data_tools(
    wired: tuple[AppController, Features], qtbot: QtBot
) -> None:
    controller, features = wired
    unlock(controller, qtbot)
    assert controller.state == "journal"
    assert _menu_titles(controller)[:6] == ["Journal", "Edit", "View", "Guide", "Exercises", "Help"]
    actions = _actions(controller)
    for name in (
        "exportAction",
        "importAction",
        "backupAction",
        "dataExportAction",
        "remindersAction",
        "checkInAction",
        "triggeredTodayAction",
        "stageViewAction",
        "supportAction",
        "newEntryAction",
        "lockAction",
    ):
        assert name in actions, name
        assert actions[name].isEnabled(), name
    view = controller.journal_view
    assert isinstance(view, JournalView)
    assert features.guide is not None
    assert view.splitter.indexOf(features.guide.prompt_panel) == 2


def test_no_two_actions_share_a_shortcut(
    wired: tuple[AppController, Features], qtbot: QtBot
) -> None:
    """An ambiguous shortcut silently does nothing in Qt: F1 must still open Help."""
    controller, _ = wired
    unlock(controller, qtbot)
    seen: dict[str, str] = {}
    for action in controller.shell.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            if text:
                assert text not in seen, f"{text}: {seen[text]} and {action.objectName()}"
                seen[text] = action.objectName()
    assert seen["F1"] == "helpAction"


def test_a_chosen_prompt_becomes_a_heading_in_the_editor(
    wired: tuple[AppController, Features], qtbot: QtBot
) -> None:
    controller, features = wired
    unlock(controller, qtbot)
    assert features.guide is not None
    view = controller.journal_view
    assert isinstance(view, JournalView)
    view.new_entry()
    features.guide.prompt_chosen.emit("What helped today?", "test-prompt")
    assert "## What helped today?" in view.editor.body.toPlainText()


def test_after_lock_no_window_of_the_app_holds_journal_text(
    wired: tuple[AppController, Features], qtbot: QtBot, services: Services
) -> None:
    controller, features = wired
    unlock(controller, qtbot)
    assert controller.vault is not None and features.guide is not None
    journal = controller.vault.journal
    event = journal.add_event(title=f"event {CANARY}", occurred_on=date(2026, 3, 1), stage=2)
    journal.add_entry(title=f"title {CANARY}", body=f"body {CANARY}", event_id=event.id)
    journal.add_checkin(distress=4, note=f"note {CANARY}", event_id=event.id)
    journal.save_contact(f"contact {CANARY}")
    features.guide.set_journal(journal)  # pick up what was just written
    features.guide.stage_view_action.trigger()
    features.guide.trends_action.trigger()
    features.guide.support_action.trigger()
    view = controller.journal_view
    assert isinstance(view, JournalView)
    view.entry_list.entries_changed()
    before = "\n".join(visible_texts(QApplication.topLevelWidgets()))
    assert CANARY in before  # the walk really sees journal text while unlocked
    controller.lock()
    after = "\n".join(visible_texts(QApplication.topLevelWidgets()))
    assert CANARY not in after
    assert controller.shell.windowTitle() == "Reflect"


def test_a_reminder_clicked_while_locked_opens_its_place_after_unlock(
    wired: tuple[AppController, Features], qtbot: QtBot, clock: FakeClock
) -> None:
    controller, features = wired
    rule = sc.recurring(time(8, 0), clock.now(), UTC, checkin=True)
    features.store.update(lambda s: s.put(rule))
    features.open_reminder(rule.id)
    assert controller.state == "unlock"  # nothing opens before the journal does
    unlock(controller, qtbot)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    assert any(d.objectName() == "checkInDialog" and d.isVisible() for d in dialogs)


def test_a_follow_up_clicked_while_locked_opens_its_event_from_the_vault(
    wired: tuple[AppController, Features], qtbot: QtBot, clock: FakeClock
) -> None:
    """The file no longer knows the event (audit item 6); the vault does, after unlock."""
    from datetime import date

    from reflect.core.reminders import store as rs

    controller, features = wired
    unlock(controller, qtbot)
    assert controller.vault is not None
    journal = controller.vault.journal
    event = journal.add_event(title="The night shift", occurred_on=date(2026, 2, 1))
    rule = rs.private_follow_up(journal, sc.follow_up(event.id, date(2026, 3, 9), clock.now(), UTC))
    features.store.update(lambda s: s.put(rule))
    controller.lock()
    features.open_reminder(rule.id)
    unlock(controller, qtbot)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    opened = [d for d in dialogs if d.objectName() == "eventDialog" and d.isVisible()]
    assert opened and opened[0].title.text() == "The night shift"  # type: ignore[attr-defined]


def test_closing_makes_the_daily_automatic_backup(
    wired: tuple[AppController, Features], qtbot: QtBot, services: Services
) -> None:
    controller, _ = wired
    unlock(controller, qtbot)
    controller.shell.close()
    backups = list(services.paths.backups.glob("*.reflectbackup"))
    assert len(backups) == 1
    assert CANARY.encode() not in backups[0].read_bytes()
    # It is a real backup of this journal: the passphrase still opens the vault.
    Vault.unlock(services.vault_path, "quiet harbour lantern 42").lock()


def test_new_event_offers_follow_up_reminders(
    wired: tuple[AppController, Features], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller, features = wired
    unlock(controller, qtbot)
    offered: list[str] = []
    monkeypatch.setattr(
        "reflect.ui.reminders.followup_dialog.offer_event_followups",
        lambda parent, event_id, store, clock, journal: _record(offered, event_id, []),
    )
    assert features.guide is not None
    features.guide.event_created.emit("an-event-id")
    assert offered == ["an-event-id"]


def _unnamed_controls(root: QWidget) -> list[str]:
    """Focusable controls a screen reader could not name (buttons speak their text)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton

    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if type(widget).__name__ in {"QScrollBar", "QSplitterHandle", "QToolBarExtension"}:
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in {
            "QComboBox",
            "QSpinBox",
            "QAbstractSpinBox",
            "QDateEdit",
            "QTimeEdit",
        }:
            continue  # the inner line edit of a named spin box or combo box
        named = bool(widget.accessibleName().strip())
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            named = True
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_on_every_page_has_a_name_for_screen_readers(
    wired: tuple[AppController, Features], qtbot: QtBot
) -> None:
    controller, features = wired
    controller.shell.show()
    assert controller.unlock_page is not None
    assert _unnamed_controls(controller.unlock_page) == []
    unlock(controller, qtbot)
    assert _unnamed_controls(controller.shell) == []
    assert features.stage_window is not None and features.trends_window is not None
    for window in (features.stage_window, features.trends_window):
        window.show()
        assert _unnamed_controls(window) == [], window.objectName()


def _record(log: list[Any], item: Any, answer: Any) -> Any:
    """A fake callback: note what it was given, answer as the real one would."""
    log.append(item)
    return answer
