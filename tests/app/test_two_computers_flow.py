"""One journal on two computers, walked through two running apps (issue 17).

Two wired apps (controller + features), each over its own journal folder, share
one folder as a sync tool would. What the user sees is asserted in each window:
the entry list, the editor, Settings > Two computers, the notes above an entry,
the passphrase asked for once, and Journal > Merge a backup.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reflect.app.kept_copies import KEPT
from reflect.app.services import Services
from reflect.app.settings import Settings
from reflect.app.wiring.sync import QUIET_BEFORE_SYNC
from reflect.core.clock import FakeClock
from reflect.core.journal import settings as vault_settings
from reflect.core.paths import AppPaths
from reflect.core.portability.backup.format import create_backup
from reflect.core.sync import SyncFolder
from reflect.core.vault.crypto import KdfParams
from reflect.ui.access.catch_up_dialog import CatchUpDialog
from reflect.ui.data.merge_backup_dialog import MergeBackupDialog
from reflect.ui.data.two_computers import TwoComputersGroup
from reflect.ui.journal.journal_view import JournalView
from tests.app.conftest import WiredApp, shut_down, unlock, wire
from tests.conftest import PASSPHRASE
from tests.helpers.fakes import FakeDialogs, InstantRunner

NEW_PASSPHRASE = "lighthouse after the storm 7"


def _view(app: WiredApp) -> JournalView:
    view = app[0].journal_view
    assert isinstance(view, JournalView)
    return view


def _titles(app: WiredApp) -> list[str]:
    model = _view(app).entry_list.model
    return [str(model.index(r).data()) for r in range(model.rowCount())]


def _laptop_services(tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams) -> Services:
    paths = AppPaths.under(tmp_path / "laptop-home")
    return Services(
        paths=paths,
        clock=clock,
        dialogs=FakeDialogs(),
        tasks=InstantRunner(),
        settings=Settings(paths.config),
        vault_path=tmp_path / "laptop-journal",
        kdf=cheap_kdf,
    )


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "Syncthing" / "Reflect"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def home(wired: WiredApp, qtbot: QtBot, dialogs: FakeDialogs, shared: Path) -> WiredApp:
    """The first computer, unlocked, keeping in step through ``shared`` (chosen in
    Settings > Two computers, as the user would)."""
    controller, _features = wired
    unlock(controller, qtbot)
    dialogs.folder = shared
    settings = controller.show_settings()
    assert settings is not None
    group = settings.findChild(TwoComputersGroup, "twoComputersGroup")
    assert group is not None
    qtbot.mouseClick(group.choose_button, _left())
    assert vault_settings.SYNC_FOLDER.read(controller.vault.journal) == str(shared)  # type: ignore[union-attr]
    settings.close()
    return wired


@pytest.fixture
def laptop(
    home: WiredApp, qtbot: QtBot, tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams,
    shared: Path,
) -> Iterator[WiredApp]:  # fmt: skip
    """The second computer: joined from the folder, then opened like any journal."""
    services = _laptop_services(tmp_path, clock, cheap_kdf)
    SyncFolder(shared).join(services.vault_path, passphrase=PASSPHRASE, kdf=cheap_kdf).lock()
    app = wire(qtbot, services)
    unlock(app[0], qtbot)
    yield app
    shut_down(app)


def _every_line_shows(window: QWidget, qtbot: QtBot) -> None:
    """Every wrapped text in ``window`` has the height its lines need (a window that
    does not grow when a message appears squeezes the text above it)."""
    window.layout().activate()  # type: ignore[union-attr]
    QApplication.processEvents()
    for text in window.findChildren(QLabel):
        if text.isVisible() and text.wordWrap() and text.text():
            assert text.height() >= text.heightForWidth(text.width()), text.text()


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_what_is_written_on_one_computer_appears_on_the_other(
    home: WiredApp, laptop: WiredApp, qtbot: QtBot, clock: FakeClock
) -> None:
    assert "First" in _titles(laptop)  # the join brought the journal over
    view = _view(home)
    view.new_entry()
    qtbot.keyClicks(view.editor.title, "After the night shift")
    qtbot.keyClicks(view.editor.body, "Okonjo asked how I was.")
    clock.advance(seconds=30)  # the keyboard has been still
    home[1].sync.tick()  # the few-minutes sync; it saves what is on screen first
    laptop[1].sync.folder_changed()  # the laptop's watcher saw the file change
    assert "After the night shift" in _titles(laptop)
    group = _settings_group(laptop, qtbot)
    assert "In step with 1 other computer." in group.status_label.text()
    assert "Last synced just now." in group.status_label.text()


def test_the_open_entry_follows_a_change_from_the_other_computer(
    home: WiredApp, laptop: WiredApp, qtbot: QtBot, clock: FakeClock
) -> None:
    laptop_view = _view(laptop)
    (first_id,) = [e.id for e in laptop[0].vault.journal.list_entries() if e.title == "First"]  # type: ignore[union-attr]
    laptop_view.show_entry(first_id)
    home[0].vault.journal.update_entry(first_id, body="An ordinary day, written over at home.")  # type: ignore[union-attr]
    home[1].sync.sync_now()
    laptop[1].sync.sync_now()
    assert laptop_view.editor.body.toPlainText() == "An ordinary day, written over at home."
    assert "other computer" in laptop_view.editor.save_status.text()


def test_writing_while_a_sync_brings_the_other_computers_edit_keeps_both_texts(
    home: WiredApp, laptop: WiredApp, qtbot: QtBot
) -> None:
    """The laptop's user is writing in "First" when a sync brings home's edit of it.
    Both texts are kept (one shown by the entry on both computers, the other kept
    beside it), the laptop's words stay on screen where they were being written,
    the list highlights what the editor shows, and a note offers the other text."""
    laptop_view = _view(laptop)
    journal = laptop[0].vault.journal  # type: ignore[union-attr]
    (first_id,) = [e.id for e in journal.list_entries() if e.title == "First"]
    laptop_view.show_entry(first_id)
    home_text = "Home's version."
    home[0].vault.journal.update_entry(first_id, body=home_text)  # type: ignore[union-attr]
    home[1].sync.sync_now()
    body = laptop_view.editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " And the laptop's words.")
    laptop[1].sync.sync_now()  # saves the typing first, then merges: a conflict
    mine = "An ordinary day. And the laptop's words."
    assert body.toPlainText() == mine
    assert body.textCursor().position() == len(mine)  # still at the end of the typing
    shown = laptop_view.editor.current_entry_id()
    assert laptop_view.entry_list.current_entry_id() == shown
    bodies = sorted(e.body for e in journal.list_entries())
    assert bodies == sorted([home_text, mine])
    # Which text the entry shows is decided from the versions, the same way on both
    # computers; either way the laptop's words stay in the editor (both branches of
    # the editor's choice are pinned in tests/ui/journal/test_editor_after_sync.py).
    notes = laptop_view.editor.notes
    assert "changed on both computers" in notes.text_of(KEPT)
    qtbot.keyClicks(body, " More.")  # typing goes on into the same text, nothing doubles
    laptop_view.save_pending()
    assert sorted(e.body for e in journal.list_entries()) == sorted([home_text, mine + " More."])
    laptop[1].kept_copies._action(KEPT)  # type: ignore[union-attr]
    assert laptop_view.editor.body.toPlainText() == home_text
    home[1].sync.sync_now()
    laptop[1].sync.sync_now()
    home[1].sync.sync_now()
    assert sorted(e.body for e in home[0].vault.journal.list_entries()) == sorted(  # type: ignore[union-attr]
        e.body for e in journal.list_entries()
    )


def test_the_few_minutes_sync_waits_for_a_still_keyboard(
    home: WiredApp, qtbot: QtBot, clock: FakeClock
) -> None:
    controller, features = home
    ran = features.controller.services.tasks.ran  # type: ignore[attr-defined]
    before = len(ran)
    controller.idle.touch()  # a key was just pressed
    features.sync.tick()
    assert len(ran) == before and features.sync.quiet.isActive()
    clock.advance(QUIET_BEFORE_SYNC + timedelta(seconds=1))
    features.sync.tick()
    assert len(ran) == before + 1


def test_the_watcher_ignores_this_computers_own_file(
    home: WiredApp, laptop: WiredApp, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    features = home[1]
    clock.advance(minutes=1)  # the keyboard is still
    ran = features.controller.services.tasks.ran  # type: ignore[attr-defined]
    features.sync.sync_now()  # writes home's own file
    before = len(ran)

    def journal_read(*_args: object) -> str:
        raise AssertionError("the watcher read the journal, which a sync may be holding")

    with monkeypatch.context() as patch:
        patch.setattr(SyncFolder, "computer_of", staticmethod(journal_read))
        features.sync.folder_changed()  # on the window's thread: it must never wait
    assert len(ran) == before  # nothing new from the laptop: no sync
    laptop[0].vault.journal.add_entry("On the train", "", [])  # type: ignore[union-attr]
    laptop[1].sync.sync_now()
    features.sync.folder_changed()
    assert len(ran) == before + 1 and "On the train" in _titles(home)


def test_locking_takes_the_last_words_to_the_folder(
    home: WiredApp, laptop: WiredApp, qtbot: QtBot
) -> None:
    view = _view(home)
    view.new_entry()
    qtbot.keyClicks(view.editor.body, "written just before locking")
    home[0].lock()
    home[0].services.tasks.wait_all()
    laptop[1].sync.sync_now()
    bodies = [e.body for e in laptop[0].vault.journal.list_entries()]  # type: ignore[union-attr]
    assert any("written just before locking" in body for body in bodies)


def test_a_passphrase_changed_at_home_is_asked_for_once_on_the_laptop(
    home: WiredApp, laptop: WiredApp, qtbot: QtBot, cheap_kdf: KdfParams
) -> None:
    home[0].vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)  # type: ignore[union-attr]
    home[1].sync.sync_now()
    laptop[1].sync.sync_now()
    dialog = laptop[1].sync.catch_up_dialog
    assert isinstance(dialog, CatchUpDialog) and dialog.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    assert dialog.error.isVisible() and "doesn't open" in dialog.error.text()
    _every_line_shows(dialog, qtbot)  # the dialog grew for the message; nothing clipped
    dialog.passphrase.setText(NEW_PASSPHRASE)
    dialog.submit()
    assert not dialog.isVisible()
    laptop[1].sync.sync_now()  # asked once: no second dialog
    assert laptop[1].sync.catch_up_dialog is dialog
    laptop[0].lock()
    unlock(laptop[0], qtbot, NEW_PASSPHRASE)
    assert laptop[0].state == "journal"


def test_stopping_takes_this_computers_file_out_of_the_folder(
    home: WiredApp, shared: Path, qtbot: QtBot
) -> None:
    assert len(list(shared.glob("*.reflectsync"))) == 1
    group = _settings_group(home, qtbot)
    qtbot.mouseClick(group.stop_button, _left())
    assert list(shared.glob("*.reflectsync")) == []
    assert "not kept in step" in group.status_label.text()


def test_a_folder_that_holds_the_journal_is_refused(
    wired: WiredApp, qtbot: QtBot, dialogs: FakeDialogs, services: Services
) -> None:
    controller, features = wired
    unlock(controller, qtbot)
    dialogs.folder = services.vault_path.parent
    assert features.sync.choose_folder() is None
    assert "must never copy a journal" in dialogs.all_text()
    assert vault_settings.SYNC_FOLDER.read(controller.vault.journal) is None  # type: ignore[union-attr]


def test_merging_a_backup_from_an_old_laptop(
    wired: WiredApp, qtbot: QtBot, dialogs: FakeDialogs, tmp_path: Path, cheap_kdf: KdfParams,
    clock: FakeClock,
) -> None:  # fmt: skip
    controller, features = wired
    unlock(controller, qtbot)
    vault = controller.vault
    assert vault is not None
    shared = tmp_path / "usb"
    shared.mkdir()
    SyncFolder(shared).sync(vault)
    old = SyncFolder(shared).join(tmp_path / "old-laptop", passphrase=PASSPHRASE, kdf=cheap_kdf)
    old.journal.add_entry("From the old laptop", "written there", [])
    backup = create_backup(old, tmp_path / "usb-backups", clock=clock).path
    old.lock()
    dialog = features.sync.open_merge_backup()
    assert isinstance(dialog, MergeBackupDialog)
    dialogs.open_path = backup
    qtbot.mouseClick(dialog.choose_button, _left())
    qtbot.mouseClick(dialog.go_button, _left())
    assert "add 1 record" in dialog.preview.text()
    _every_line_shows(dialog, qtbot)
    assert "From the old laptop" not in _titles(wired)
    qtbot.mouseClick(dialog.go_button, _left())
    assert "Merged." in dialog.task.message.text()
    _every_line_shows(dialog, qtbot)
    assert dialog.close_button.text() == "Close"  # nothing is left to cancel
    assert "From the old laptop" in _titles(wired)
    assert list(controller.services.paths.backups.glob("*.reflectbackup"))  # the safety backup


def test_a_journal_inside_a_sync_tools_folder_is_explained_once(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, cheap_kdf: KdfParams
) -> None:
    services = _laptop_services(tmp_path, clock, cheap_kdf)
    services.vault_path = tmp_path / "Dropbox" / "journal"
    from reflect.core.vault.lifecycle import Vault

    Vault.create(services.vault_path, PASSPHRASE, kdf=cheap_kdf)[0].lock()
    app = wire(qtbot, services)
    try:
        unlock(app[0], qtbot)
        dialogs = services.dialogs
        assert isinstance(dialogs, FakeDialogs)
        assert "inside Dropbox" in dialogs.all_text()
        app[0].lock()
        unlock(app[0], qtbot)
        assert dialogs.all_text().count("Your journal is inside Dropbox") == 1
    finally:
        shut_down(app)


def _settings_group(app: WiredApp, qtbot: QtBot) -> TwoComputersGroup:
    dialog = app[0].show_settings()
    assert dialog is not None
    group = dialog.findChild(TwoComputersGroup, "twoComputersGroup")
    assert isinstance(group, TwoComputersGroup)
    QApplication.processEvents()
    return group


@pytest.fixture
def other_computer(tmp_path: Path, cheap_kdf: KdfParams, clock: FakeClock) -> tuple[Path, str]:
    """A journal on "another computer", kept in step through a folder; its recovery key."""
    from reflect.core.vault.lifecycle import Vault

    folder = tmp_path / "Nextcloud" / "Reflect"
    folder.mkdir(parents=True)
    vault, key = Vault.create(tmp_path / "elsewhere", PASSPHRASE, kdf=cheap_kdf, clock=clock)
    vault.journal.add_entry("Written at home", "the first night", [])
    vault_settings.LEGAL_CAUTION_ACK.write(vault.journal, "2026-02-01")  # its first run
    SyncFolder(folder).sync(vault)
    vault.lock()
    return folder, key


def test_first_run_brings_the_journal_from_the_other_computer(
    wired_fresh: WiredApp, qtbot: QtBot, dialogs: FakeDialogs, services: Services,
    other_computer: tuple[Path, str],
) -> None:  # fmt: skip
    from reflect.core.vault.lifecycle import Vault

    controller, _features = wired_fresh
    page = controller.first_run
    assert page is not None
    qtbot.mouseClick(page.join_link, _left())
    assert page.step == "join"
    join = page.join_page
    dialogs.folder = other_computer[0]
    qtbot.mouseClick(join.choose_button, _left())
    join.secret.setText("not the passphrase")
    qtbot.mouseClick(join.join_button, _left())
    assert "doesn't open the journal in this folder" in join.error.text()
    assert not Vault.exists(services.vault_path)  # nothing made
    join.secret.setText(PASSPHRASE)
    qtbot.mouseClick(join.join_button, _left())
    assert controller.state == "journal"
    app = (controller, _features)
    assert "Written at home" in _titles(app)
    journal = controller.vault.journal  # type: ignore[union-attr]
    assert vault_settings.SYNC_FOLDER.read(journal) == str(other_computer[0])
    # Acknowledged on the first computer, where the journal began: not asked again.
    assert vault_settings.LEGAL_CAUTION_ACK.read(journal) is not None


def test_first_run_with_the_recovery_key_asks_for_a_passphrase(
    wired_fresh: WiredApp, qtbot: QtBot, dialogs: FakeDialogs, services: Services,
    other_computer: tuple[Path, str],
) -> None:  # fmt: skip
    controller, features = wired_fresh
    page = controller.first_run
    assert page is not None
    page.join_link.click()
    join = page.join_page
    dialogs.folder = other_computer[0]
    join.choose_button.click()
    join.secret.setText(other_computer[1])
    join.join_button.click()
    assert controller.state == "first_run" and join.currentIndex() == 1
    join.new_passphrase.new.setText(NEW_PASSPHRASE)
    join.new_passphrase.confirm.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(join.set_button, _left())
    assert controller.state == "journal"
    assert "Written at home" in _titles((controller, features))
    controller.lock()
    unlock(controller, qtbot, NEW_PASSPHRASE)
    assert controller.state == "journal"


def test_a_skipped_file_and_a_missing_folder_are_said_plainly(
    home: WiredApp, shared: Path, qtbot: QtBot
) -> None:
    (shared / ("ab" * 16 + ".reflectsync")).write_bytes(b"REFLECT-SYNC\0 not whole")
    home[1].sync.sync_now()
    view = _view(home)
    assert "was skipped" in view.editor.save_status.text()
    group = _settings_group(home, qtbot)
    assert "damaged" in group.skipped_label.text() and group.skipped_label.isVisible()
    shutil.rmtree(shared)  # the USB stick is out, or the sync tool moved the folder
    home[1].sync.sync_now()
    assert "Not in step" in view.editor.save_status.text()
    assert "Not in step" in group.status_label.text()
    journal = home[0].vault.journal  # type: ignore[union-attr]
    assert journal.count_entries() == 1  # nothing lost here either way


def test_support_is_one_click_away_while_bringing_a_journal_over(
    wired_fresh: WiredApp, qtbot: QtBot
) -> None:
    controller, _features = wired_fresh
    page = controller.first_run
    assert page is not None
    for step, door in (("join", page.join_page), ("restore", page.restore_page)):
        page.go_to(step)
        link = door.findChild(QPushButton, f"{step}Support")
        assert link is not None and link.isVisibleTo(page)
        qtbot.mouseClick(link, _left())
        dialog = controller._support_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.close()
    assert controller.state == "first_run"
