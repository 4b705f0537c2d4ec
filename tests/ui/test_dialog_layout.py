"""Small dialogs have room: margins, no squeezed fields, no cut-off text.

Reflect 0.1's event dialog let its identifier warning squeeze Context over
"Where I am today"; the event, reminder and follow-up dialogs had almost no
margins; date boxes cut their text ("...2 Dec 202").
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from reflect.core.guide.content import load_content
from reflect.core.paths import AppPaths
from reflect.ui.guide.controller import GuideController
from reflect.ui.reminders.followup_dialog import FollowUpDialog
from reflect.ui.reminders.reminder_editor import ReminderEditor

NOW = datetime(2026, 12, 2, 21, 0, tzinfo=UTC)


def _rect_in(dialog: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def _settled(dialog: QDialog) -> None:
    dialog.show()
    for _ in range(3):
        QApplication.processEvents()


def _assert_roomy(dialog: QDialog) -> None:
    layout = dialog.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    assert min(margins.left(), margins.right(), margins.top()) >= 16
    for field in dialog.findChildren(QComboBox) + dialog.findChildren(QAbstractSpinBox):
        if field.isVisible():
            # The field is at least as wide as its text needs.
            assert field.width() >= field.sizeHint().width(), field.objectName()


def test_event_dialog_identifier_warning_squeezes_nothing(qtbot: QtBot, journal) -> None:
    content = load_content()
    window = QWidget()
    qtbot.addWidget(window)
    guide = GuideController(content, window, locale_country="GB", rng=random.Random(1))
    guide.set_journal(journal)
    dialog = guide.open_event_dialog()
    assert dialog is not None
    _settled(dialog)
    context_height = dialog.context.height()
    dialog.title.setText("Mr Jones in bed 4")
    dialog.context.setPlainText("Seen by Dr Smith on 12/03/2026, MRN 1234567")
    _settled(dialog)
    assert dialog.identifier_note.isVisible()
    context, stage = _rect_in(dialog, dialog.context), _rect_in(dialog, dialog.stage)
    note = _rect_in(dialog, dialog.identifier_note)
    assert not context.intersects(stage)
    assert not note.intersects(context)
    assert dialog.context.height() >= min(context_height, 100)
    assert dialog.identifier_note.height() >= dialog.identifier_note.heightForWidth(
        dialog.identifier_note.width()
    )
    _assert_roomy(dialog)
    guide.close_all()


def test_reminder_editor_has_room(qtbot: QtBot) -> None:
    editor = ReminderEditor(NOW, UTC, unlocked=True)
    qtbot.addWidget(editor)
    _settled(editor)
    _assert_roomy(editor)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_follow_up_dialog_has_room_and_shows_whole_dates(qtbot: QtBot, scale: float) -> None:
    dialog = FollowUpDialog("event-1", NOW, UTC)
    qtbot.addWidget(dialog)
    if scale != 1.0:
        font = dialog.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        dialog.setFont(font)
    _settled(dialog)
    _assert_roomy(dialog)


def test_reminders_dialog_has_room(qtbot: QtBot, app_paths: AppPaths) -> None:
    from reflect.core.clock import FakeClock
    from reflect.core.reminders.store import ReminderStore
    from reflect.ui.common.msgbox import Dialogs
    from reflect.ui.reminders.reminders_dialog import RemindersDialog

    dialog = RemindersDialog(
        ReminderStore.in_folder(app_paths.config), FakeClock(NOW), dialogs=Dialogs()
    )
    qtbot.addWidget(dialog)
    _settled(dialog)
    _assert_roomy(dialog)
