"""The crisis card as a frightened user meets it, across the windows it touches.

Check-in -> card -> Support; Support -> "I'm having thoughts..." -> card -> back;
the self-forgiveness exercise's self-punishment note -> Support. The emergency
number is on screen without scrolling, the card offers a country when the system
locale maps to none, the choice is remembered outside the vault, and the card's
main button leads to help.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from reflect.core.guide.content import Content
from reflect.core.guide.rules import CrisisReason
from reflect.ui.guide.controller import GuideController
from reflect.ui.guide.support_card import SupportCard
from reflect.ui.guide.support_panel import COUNTRY_SETTING, RememberedCountry, SupportPanel

pytestmark = [pytest.mark.gui]


def _visible_text(widget: QWidget) -> str:
    return "\n".join(w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget))


def _on_screen_without_scrolling(card: SupportCard, widget: QWidget) -> bool:
    """The widget is shown and lies wholly inside the card, outside any scroll area."""
    top_left = widget.mapTo(card, QPoint(0, 0))
    inside = card.rect().contains(top_left) and card.rect().contains(
        top_left + QPoint(widget.width() - 1, widget.height() - 1)
    )
    parent = widget.parentWidget()
    while parent is not None and parent is not card:
        if parent.inherits("QAbstractScrollArea"):
            return False
        parent = parent.parentWidget()
    return widget.isVisible() and inside


@pytest.fixture
def window(qtbot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def memory() -> RememberedCountry:
    return RememberedCountry()


@pytest.fixture
def guide(qtbot, content: Content, journal, window, memory) -> Iterator[GuideController]:
    controller = GuideController(
        content, window, locale_country="US", country_memory=memory, rng=random.Random(3)
    )
    controller.set_journal(journal)
    yield controller
    controller.close_all()


def _card(guide: GuideController) -> SupportCard:
    cards = [d for d in guide._dialogs if isinstance(d, SupportCard)]
    assert len(cards) == 1
    return cards[0]


@pytest.mark.parametrize(("country", "number"), [("US", "911"), ("GB", "999"), ("AU", "000")])
def test_emergency_number_comes_first_and_needs_no_scrolling(
    qtbot, content: Content, country: str, number: str
) -> None:
    card = SupportCard(content, CrisisReason.STATED, None, locale_country=country)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    assert number in card.emergency_label.text()
    assert _on_screen_without_scrolling(card, card.emergency)
    # ...and it is the first thing below the title bar.
    tops = [
        w.mapTo(card, QPoint(0, 0)).y()
        for w in card.findChildren(QLabel)
        if w.isVisible() and w.text() and w is not card.emergency_label
    ]
    assert card.emergency.mapTo(card, QPoint(0, 0)).y() < min(tops)


def test_emergency_number_stays_on_screen_at_double_text_size(qtbot, content: Content) -> None:
    card = SupportCard(content, CrisisReason.DISTRESS, None, locale_country="GB")
    qtbot.addWidget(card)
    font = card.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    card.setFont(font)
    card.show()
    qtbot.waitExposed(card)
    assert _on_screen_without_scrolling(card, card.emergency)


def test_unknown_country_offers_the_picker_on_the_card_and_remembers_it(
    qtbot, content: Content, journal, memory: RememberedCountry
) -> None:
    card = SupportCard(
        content, CrisisReason.STATED, journal, locale_country="FR", country_memory=memory
    )
    qtbot.addWidget(card)
    card.show()
    assert card.country_prompt.isVisible()
    assert _on_screen_without_scrolling(card, card.country)
    assert "local emergency number" in card.emergency_label.text()
    assert "findahelpline.com" in _visible_text(card)

    card.country.setCurrentIndex(card.country.findData("GB"))
    assert "999" in card.emergency_label.text()
    assert "Samaritans" in _visible_text(card)
    assert not card.country_prompt.isVisible()
    # Remembered outside the vault; Support (even locked) now opens on it.
    assert memory.support_country == "GB"
    assert journal.get_setting(COUNTRY_SETTING) is None
    panel = SupportPanel(content, locale_country="FR", country_memory=memory)
    qtbot.addWidget(panel)
    assert panel.country_code() == "GB"


def test_a_known_country_does_not_nag_but_can_still_be_changed(qtbot, content: Content) -> None:
    card = SupportCard(content, CrisisReason.STATED, None, locale_country="AU")
    qtbot.addWidget(card)
    card.show()
    assert not card.country_prompt.isVisible()
    assert card.country.isVisible() and card.country_code() == "AU"


def test_checkin_crisis_card_main_button_opens_support(
    qtbot, guide: GuideController, window
) -> None:
    dialog = guide.open_checkin()
    assert dialog is not None
    qtbot.mouseClick(dialog.distress.group.button(10), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    card = _card(guide)
    assert card.support_button.isDefault()
    assert card.support_button.text() == "Open Support"
    assert card.support_button.property("role") == "primary"
    assert card.close_button.property("role") != "primary"
    qtbot.mouseClick(card.support_button, Qt.MouseButton.LeftButton)
    assert guide.support_window.isVisible()
    assert not card.isVisible()


def test_card_from_support_goes_back_to_support(qtbot, guide: GuideController) -> None:
    guide.show_support()
    qtbot.mouseClick(guide.support_panel.crisis_button, Qt.MouseButton.LeftButton)
    card = _card(guide)
    assert card.support_button.text() == "Back to Support"
    qtbot.mouseClick(card.support_button, Qt.MouseButton.LeftButton)
    assert guide.support_window.isVisible()


def test_support_never_tells_someone_in_support_to_open_support(
    qtbot, guide: GuideController
) -> None:
    guide.show_support()
    texts = [_visible_text(guide.support_panel)]
    qtbot.mouseClick(guide.support_panel.crisis_button, Qt.MouseButton.LeftButton)
    texts.append(_visible_text(_card(guide)))
    for text in texts:
        assert "open support" not in text.casefold()
        assert "in support" not in text.casefold()


def test_self_punishment_note_offers_support_and_keeps_the_exercise(
    qtbot, guide: GuideController
) -> None:
    dialog = guide.open_exercise("self-forgiveness")
    assert dialog is not None
    step = next(iter(dialog.guardrails))
    dialog.go_to(1)
    support = dialog.guardrail_support[step]
    assert not support.isVisibleTo(dialog)
    dialog.answers[step].setPlainText("I deserve to suffer for this.")
    note = dialog.guardrails[step]
    assert note.isVisibleTo(dialog)
    assert "ending your life" in note.text()
    assert support.isVisibleTo(dialog)
    qtbot.mouseClick(support, Qt.MouseButton.LeftButton)
    assert guide.support_window.isVisible()
    assert dialog.isVisible()  # nothing lost: the exercise waits behind Support
    assert dialog.answers[step].toPlainText() == "I deserve to suffer for this."
    QApplication.processEvents()


def test_the_distress_scale_says_what_0_and_10_mean_before_a_choice(
    qtbot, content: Content
) -> None:
    from reflect.ui.guide.pickers import DistressPicker

    picker = DistressPicker(content.checkin.distress_labels)
    qtbot.addWidget(picker)
    picker.show()
    caption = picker.caption.text()
    assert picker.caption.isVisible()
    assert content.checkin.distress_labels[0] in caption
    assert content.checkin.distress_labels[10] in caption
    picker.set_value(4)
    assert picker.caption.text() == content.checkin.distress_labels[4]
    picker.set_value(None)
    assert content.checkin.distress_labels[10] in picker.caption.text()
