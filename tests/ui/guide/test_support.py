"""Support panel (with and without a journal), contacts in the vault, the crisis card."""

from __future__ import annotations

import random
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from reflect.core.guide.content import Content
from reflect.core.guide.rules import CrisisReason
from reflect.core.vault.lifecycle import Vault
from reflect.ui.guide.controller import GuideController
from reflect.ui.guide.support_card import SupportCard
from reflect.ui.guide.support_panel import (
    COUNTRY_SETTING,
    ContactDialog,
    RememberedCountry,
    SupportPanel,
)
from tests.conftest import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


def _texts(widget: QWidget) -> str:
    return "\n".join(w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget))


def _panel(qtbot, content: Content, country: str = "GB") -> SupportPanel:
    panel = SupportPanel(content, locale_country=country)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_panel_without_a_journal_shows_only_the_lines(qtbot, content: Content) -> None:
    panel = _panel(qtbot, content, "GB")
    assert panel.objectName() == "supportPanel"
    assert panel.country_code() == "GB"
    text = _texts(panel)
    assert "116 123" in text  # Samaritans
    assert "Number last checked" in text
    assert content.texts["cannot_send_help"] in text
    assert panel.locked_note.isVisibleTo(panel)
    assert not panel.contacts.isVisibleTo(panel)
    assert not panel.plan_button.isVisibleTo(panel)


def test_unknown_locale_falls_back_to_the_directory(qtbot, content: Content) -> None:
    panel = _panel(qtbot, content, "FR")
    assert panel.country_code() == "INT"
    assert "findahelpline.com" in _texts(panel)


def test_country_choice_is_remembered_outside_the_vault(qtbot, content: Content, journal) -> None:
    memory = RememberedCountry()
    panel = SupportPanel(content, locale_country="GB", country_memory=memory)
    qtbot.addWidget(panel)
    panel.set_journal(journal)
    panel.country.setCurrentIndex(panel.country.findData("AU"))
    assert memory.support_country == "AU"
    assert journal.get_setting(COUNTRY_SETTING) is None  # not private: not in the vault
    assert "13 11 14" in _texts(panel)
    # Locked (no journal), a new panel still shows the chosen country's lines.
    later = SupportPanel(content, locale_country="GB", country_memory=memory)
    qtbot.addWidget(later)
    assert later.country_code() == "AU"


def test_a_choice_saved_in_the_vault_by_0_1_is_still_honoured(
    qtbot, content: Content, journal
) -> None:
    journal.set_setting(COUNTRY_SETTING, "CA")
    panel = _panel(qtbot, content, "GB")
    panel.set_journal(journal)
    assert panel.country_code() == "CA"


def test_contacts_are_saved_in_the_vault(
    qtbot, content: Content, vault: Vault, clock, cheap_kdf
) -> None:
    panel = _panel(qtbot, content)
    panel.set_journal(vault.journal)
    assert panel.contacts.isVisibleTo(panel)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(ContactDialog, "contactDialog")
    assert dialog is not None
    dialog.name.setText("Dr Rivera")
    dialog.role.setText("Peer supporter")
    dialog.phone.setText("555 0101")
    dialog.accept()
    assert [c.name for c in vault.journal.list_contacts()] == ["Dr Rivera"]
    assert "Dr Rivera" in panel.contacts.item(0).text()

    path = vault.path
    panel.set_journal(None)
    vault.lock()
    assert panel.contacts.count() == 0
    reopened = Vault.unlock(path, PASSPHRASE, kdf=cheap_kdf, clock=clock)
    try:
        panel.set_journal(reopened.journal)
        assert "Peer supporter" in panel.contacts.item(0).text()
        panel.contacts.setCurrentRow(0)
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
        assert reopened.journal.list_contacts() == []
    finally:
        reopened.lock()


def test_empty_contact_name_is_explained(qtbot, content: Content, journal) -> None:
    panel = _panel(qtbot, content)
    panel.set_journal(journal)
    dialog = panel.open_contact_dialog()
    dialog.accept()
    assert panel.error_label.isVisibleTo(panel)
    assert "name" in panel.error_label.text()
    assert journal.list_contacts() == []


def test_support_card_shows_lines_people_and_safety_plan(qtbot, content: Content, journal) -> None:
    journal.save_contact("Sam", "friend", "555 0199")
    journal.save_draft("safety-plan", {"answers": {"warning-signs": "Staying in bed all day"}})
    card = SupportCard(content, CrisisReason.STATED, journal, locale_country="US")
    qtbot.addWidget(card)
    text = _texts(card)
    assert content.texts["crisis_intro"] in text
    assert "988" in text
    assert "Sam" in text
    assert card.plan_view is not None
    assert "Staying in bed all day" in card.plan_view.toPlainText()
    # The crisis lines come before peer lines when it is urgent.
    assert text.index("988") < text.index("Physician Support Line")


def test_support_card_without_a_journal(qtbot, content: Content) -> None:
    card = SupportCard(content, CrisisReason.DISTRESS, None, locale_country="CA")
    qtbot.addWidget(card)
    assert "988" in _texts(card)
    assert card.plan_view is None
    no_plan = card.findChild(QLabel, "supportCardNoPlan")
    assert no_plan is not None and "Unlock" in no_plan.text()


@pytest.fixture
def guide(qtbot, content: Content, journal):
    window = QWidget()
    qtbot.addWidget(window)
    controller = GuideController(content, window, locale_country="GB", rng=random.Random(1))
    controller.set_journal(journal)
    yield controller
    controller.close_all()


@pytest.mark.parametrize(
    ("clicks", "reason"),
    [
        ({"distress": 10}, "distress"),
        ({"distress": 2, "gad": (2, 1)}, "gad2"),
    ],
)
def test_crisis_signal_from_a_checkin_opens_the_support_card(
    qtbot, guide: GuideController, clicks: dict[str, Any], reason: str
) -> None:
    dialog = guide.open_checkin()
    assert dialog is not None
    dialog.weekly.setChecked("gad" in clicks)
    qtbot.mouseClick(dialog.distress.group.button(clicks["distress"]), Qt.MouseButton.LeftButton)
    if "gad" in clicks:
        for row, value in zip(dialog.gad, clicks["gad"], strict=True):
            qtbot.mouseClick(row.group.button(value), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    cards = [d for d in guide._dialogs if isinstance(d, SupportCard)]
    assert len(cards) == 1
    assert cards[0].reason == reason
    assert cards[0].isVisible()
    assert "Samaritans" in _texts(cards[0])


def test_support_is_one_action_and_works_while_locked(qtbot, guide: GuideController) -> None:
    guide.set_journal(None)
    assert guide.support_action.isEnabled()
    assert not guide.checkin_action.isEnabled()
    guide.support_action.trigger()
    assert guide.support_window.isVisible()
    qtbot.mouseClick(guide.support_panel.crisis_button, Qt.MouseButton.LeftButton)
    card = guide._dialogs[-1]
    assert isinstance(card, SupportCard)
    assert card.reason == CrisisReason.STATED


def test_closing_for_lock_keeps_exercise_drafts(qtbot, guide: GuideController, journal) -> None:
    dialog = guide.open_exercise("reflection")
    assert dialog is not None
    dialog.go_to(1)
    dialog.answers["what"].setPlainText("keep me")
    guide.set_journal(None)
    assert not dialog.isVisible()
    assert journal.get_draft("reflection").data["answers"]["what"] == "keep me"
