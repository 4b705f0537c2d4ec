"""The prompt panel: fits the stage and check-in, never repeats within two weeks."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from reflect.core.guide.content import Content
from reflect.core.guide.rules import fits_stage
from reflect.ui.guide.prompt_panel import PromptPanel

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]


def _panel(qtbot, content: Content, journal, seed: int = 1) -> PromptPanel:
    panel = PromptPanel(content, rng=random.Random(seed), entry_id_provider=lambda: None)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_journal(journal)
    return panel


def test_prompt_fits_the_event_stage(qtbot, content: Content, journal, event) -> None:
    panel = _panel(qtbot, content, journal)
    panel.set_event(event.id)
    for _ in range(15):
        assert panel.prompt is not None
        assert fits_stage(panel.prompt, 2)
        assert panel.text.text() == panel.prompt.text
        qtbot.mouseClick(panel.shuffle_button, Qt.MouseButton.LeftButton)


def test_high_distress_today_leans_to_grounding(qtbot, content: Content, journal, event) -> None:
    journal.add_checkin(8, event_id=event.id)
    panel = _panel(qtbot, content, journal)
    panel.set_event(event.id)
    for _ in range(10):
        assert panel.prompt is not None
        assert panel.prompt.kind in {"grounding", "self-compassion"}
        panel.shuffle()


def test_using_a_prompt_inserts_it_and_it_rests_for_two_weeks(
    qtbot, content: Content, journal, event, clock
) -> None:
    panel = _panel(qtbot, content, journal)
    panel.set_event(event.id)
    chosen = panel.prompt
    assert chosen is not None
    with qtbot.waitSignal(panel.prompt_chosen) as signal:
        qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    assert signal.args == [chosen.text, chosen.id]
    assert chosen.id in journal.prompt_ids_used_since(clock.now() - timedelta(days=1))

    clock.advance(days=13)
    seen = set()
    for seed in range(40):
        panel._rng = random.Random(seed)
        panel.refresh()
        seen.add(panel.prompt.id if panel.prompt else None)
    assert chosen.id not in seen
    clock.advance(days=2)
    seen = set()
    for seed in range(200):
        panel._rng = random.Random(seed)
        panel.refresh()
        seen.add(panel.prompt.id if panel.prompt else None)
    assert chosen.id in seen


def test_when_every_fitting_prompt_was_used_it_says_so(qtbot, content: Content, journal) -> None:
    for prompt in content.prompts:
        journal.record_prompt_use(prompt.id)
    panel = _panel(qtbot, content, journal)
    assert panel.prompt is None
    assert "No new prompt today" in panel.text.text()
    assert not panel.use_button.isEnabled()


def test_no_prompt_just_write_is_one_click(qtbot, content: Content, journal) -> None:
    panel = _panel(qtbot, content, journal)
    with qtbot.waitSignal(panel.just_write_requested):
        qtbot.mouseClick(panel.none_button, Qt.MouseButton.LeftButton)
    assert not panel.frame.isVisibleTo(panel)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert panel.frame.isVisibleTo(panel)


def test_locked_panel_shows_nothing(qtbot, content: Content, journal) -> None:
    panel = _panel(qtbot, content, journal)
    panel.set_journal(None)
    assert panel.prompt is None
    assert panel.text.text() == ""
    assert not panel.use_button.isEnabled()
