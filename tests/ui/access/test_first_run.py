"""First run as a new user meets it: welcome, caution, passphrase, recovery key."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.core.clock import FakeClock
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.access.first_run import LEGAL_ACK_KEY, FirstRunPage, load_texts
from tests.helpers.fakes import FakeDialogs, InstantRunner

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform says this whenever a window is shown: not our problem.
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

GOOD = "velvet orchard compass thunder"
KEY_PATTERN = re.compile(r"^([0-9A-F]{8}   ){3}[0-9A-F]{8}\n([0-9A-F]{8}   ){3}[0-9A-F]{8}$")


@pytest.fixture
def page(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FakeClock,
    cheap_kdf: KdfParams,
    dialogs: FakeDialogs,
    runner: InstantRunner,
) -> Iterator[FirstRunPage]:
    widget = FirstRunPage(
        vault_path=tmp_path / "journal",
        kdf=cheap_kdf,
        clock=clock,
        dialogs=dialogs,
        runner=runner,
    )
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    yield widget
    pending = widget.pending_vault()  # created but never handed over: release it
    if pending is not None and not pending.is_locked:
        pending.lock()


def _to_passphrase_step(page: FirstRunPage, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.welcome_next, _left())
    assert page.step == "caution"
    assert not page.caution_next.isEnabled()
    page.caution_ack.setChecked(True)
    qtbot.mouseClick(page.caution_next, _left())
    assert page.step == "passphrase"


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _type_passphrase(page: FirstRunPage, qtbot: QtBot, text: str, again: str | None = None) -> None:
    page.form.new.clear()
    page.form.confirm.clear()
    qtbot.keyClicks(page.form.new, text)
    qtbot.keyClicks(page.form.confirm, text if again is None else again)


def test_first_run_end_to_end(
    page: FirstRunPage, qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    texts = load_texts()
    first = page.stack.widget(0)
    assert first is not None
    shown = first.findChildren(type(page.create_error))
    assert any(texts["privacy_promise"].split("\n\n")[0] in w.text() for w in shown)

    _to_passphrase_step(page, qtbot)
    _type_passphrase(page, qtbot, GOOD)
    assert "match" in page.form.match_label.text()
    with qtbot.waitSignal(page.completed) as done:
        qtbot.mouseClick(page.create_button, _left())
        assert page.step == "recovery"
        key_text = page.key_panel.key_label.text()
        assert KEY_PATTERN.match(key_text), key_text
        # Continue stays off until the user says the key is kept.
        assert not page.finish_button.isEnabled()
        page.key_panel.kept.setChecked(True)
        qtbot.mouseClick(page.finish_button, _left())
    vault = done.args[0]
    assert isinstance(vault, Vault) and not vault.is_locked
    assert vault.journal.get_setting(LEGAL_ACK_KEY) == "2026-03-02"
    # The key and the passphrase are gone from the page.
    assert page.key_panel.key_label.text() == ""
    assert page.form.new.text() == "" and page.form.confirm.text() == ""
    vault.lock()
    # The passphrase and the recovery key shown both open the journal.
    Vault.unlock(tmp_path / "journal", GOOD).lock()
    Vault.unlock_with_recovery_key(tmp_path / "journal", key_text).lock()
    assert dialogs.calls == []


def test_trivial_passphrases_are_refused(page: FirstRunPage, qtbot: QtBot, tmp_path: Path) -> None:
    _to_passphrase_step(page, qtbot)
    # Each refusal says why: "password" has 8 characters, so length is not the reason.
    for weak, why in (
        ("short1", "Too short"),
        ("password", "most used passwords"),
        ("12345678", "most used passwords"),
        ("abcdefghijk", "sequence"),
    ):
        _type_passphrase(page, qtbot, weak)
        assert why in page.form.meter.label.text()
        qtbot.mouseClick(page.create_button, _left())
        assert page.step == "passphrase"
        assert page.create_error.isVisible()
        assert why in page.create_error.text()
        if weak != "short1":
            assert "at least 8" not in page.create_error.text()
    assert not (tmp_path / "journal").exists()


def test_the_form_does_not_move_while_typing(page: FirstRunPage, qtbot: QtBot) -> None:
    _to_passphrase_step(page, qtbot)
    form = page.form
    form.resize(460, form.sizeHint().height())
    QApplication.processEvents()
    confirm_top = form.confirm.mapTo(form, form.confirm.rect().topLeft()).y()
    tops = set()
    for typed in ("p", "passw", "password", "password lantern", "password lantern harbour 7"):
        form.new.setText(typed)
        QApplication.processEvents()
        tops.add(form.confirm.mapTo(form, form.confirm.rect().topLeft()).y())
        form.confirm.setText(typed[:3])  # "don't match yet" appears below it
        QApplication.processEvents()
        tops.add(form.confirm.mapTo(form, form.confirm.rect().topLeft()).y())
    assert tops == {confirm_top}


def test_mismatch_is_explained(page: FirstRunPage, qtbot: QtBot, tmp_path: Path) -> None:
    _to_passphrase_step(page, qtbot)
    _type_passphrase(page, qtbot, GOOD, again=GOOD + "x")
    assert "don't match" in page.form.match_label.text()
    qtbot.mouseClick(page.create_button, _left())
    assert "don't match" in page.create_error.text()
    assert not (tmp_path / "journal").exists()


def test_weak_passphrase_needs_a_second_thought(
    page: FirstRunPage, qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    _to_passphrase_step(page, qtbot)
    _type_passphrase(page, qtbot, "tigerlily7")
    assert page.form.is_weak() and not page.form.strength.refused  # type: ignore[union-attr]
    dialogs.queue_confirm(False)
    qtbot.mouseClick(page.create_button, _left())
    assert page.step == "passphrase"
    assert dialogs.confirms[0].title == "Use a weaker passphrase?"
    assert not (tmp_path / "journal").exists()
    dialogs.queue_confirm(True)
    qtbot.mouseClick(page.create_button, _left())
    assert page.step == "recovery"


def test_strength_meter_moves_with_the_passphrase(page: FirstRunPage, qtbot: QtBot) -> None:
    _to_passphrase_step(page, qtbot)
    qtbot.keyClicks(page.form.new, "abc")
    low = page.form.meter.bar.value()
    assert "Too short" in page.form.meter.label.text()
    page.form.new.setText(GOOD)
    assert page.form.meter.bar.value() > low
    assert "strong" in page.form.meter.label.text().lower()


def test_key_derivation_shows_a_busy_page(
    page: FirstRunPage, qtbot: QtBot, runner: InstantRunner
) -> None:
    _to_passphrase_step(page, qtbot)
    _type_passphrase(page, qtbot, GOOD)
    runner.hold()
    qtbot.mouseClick(page.create_button, _left())
    assert page.step == "creating"
    assert page.busy.isVisible() and page.busy.maximum() == 0  # an indeterminate bar
    runner.release()
    assert page.step == "recovery"
    vault = page.pending_vault()
    assert vault is not None
    vault.lock()


def test_create_failure_is_explained_and_nothing_lost(
    page: FirstRunPage, qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "journal").mkdir()
    (tmp_path / "journal" / "notes.txt").write_text("someone else's file")
    _to_passphrase_step(page, qtbot)
    _type_passphrase(page, qtbot, GOOD)
    qtbot.mouseClick(page.create_button, _left())
    assert page.step == "passphrase"
    assert "Choose an empty folder" in page.create_error.text()
    assert page.form.new.text() == GOOD  # nothing to retype
    assert (tmp_path / "journal" / "notes.txt").read_text() == "someone else's file"


def _finish_to_key(page: FirstRunPage, qtbot: QtBot) -> str:
    _to_passphrase_step(page, qtbot)
    _type_passphrase(page, qtbot, GOOD)
    qtbot.mouseClick(page.create_button, _left())
    return page.key_panel.key_label.text()


def test_save_as_pdf_holds_the_key_and_instructions_only(
    page: FirstRunPage, qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    key = _finish_to_key(page, qtbot)
    dialogs.save_path = tmp_path / "out" / "my key"
    (tmp_path / "out").mkdir()
    qtbot.mouseClick(page.key_panel.pdf_button, _left())
    pdf = tmp_path / "out" / "my key.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert re.sub(r"\s", "", key) in re.sub(r"\s", "", text)
    words = " ".join(text.split())
    assert "Use recovery key" in words
    assert GOOD not in words and str(tmp_path) not in words
    assert "Saved to" in page.key_panel.status.text()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["my key.pdf"]  # no temp left
    page.pending_vault().lock()  # type: ignore[union-attr]


def test_print_goes_through_the_printer_seam(page: FirstRunPage, qtbot: QtBot) -> None:
    printed: list[str] = []
    page.key_panel._printer = lambda html, parent: _record(printed, html, True)
    key = _finish_to_key(page, qtbot)
    qtbot.mouseClick(page.key_panel.print_button, _left())
    assert key.split()[0] in printed[0]
    assert page.key_panel.status.text() == "Sent to the printer."
    page.pending_vault().lock()  # type: ignore[union-attr]


def test_copy_is_marked_secret_and_cleared_after_a_minute(page: FirstRunPage, qtbot: QtBot) -> None:
    key = _finish_to_key(page, qtbot)
    panel = page.key_panel
    qtbot.mouseClick(panel.copy_button, _left())
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "-".join(key.split())  # the groups, dash-separated
    assert clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")
    assert panel.clipboard.timer.isActive() and panel.clipboard.timer.interval() == 60_000
    panel.clipboard.timer.timeout.emit()
    assert clipboard.text() == ""
    page.pending_vault().lock()  # type: ignore[union-attr]


def test_clipboard_is_left_alone_if_the_user_copied_something_else(
    page: FirstRunPage, qtbot: QtBot
) -> None:
    _finish_to_key(page, qtbot)
    qtbot.mouseClick(page.key_panel.copy_button, _left())
    QGuiApplication.clipboard().setText("shopping list")
    page.key_panel.clipboard.timer.timeout.emit()
    assert QGuiApplication.clipboard().text() == "shopping list"
    page.pending_vault().lock()  # type: ignore[union-attr]


def _record(log: list[Any], item: Any, answer: Any) -> Any:
    """A fake callback: note what it was given, answer as the real one would."""
    log.append(item)
    return answer
