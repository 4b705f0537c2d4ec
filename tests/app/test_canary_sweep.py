"""After a session that touches every feature, the canary is only where it may be.

The session is scripted through the real, fully wired app: write and edit an
entry, search, check in, walk an exercise, open the stage guide, trends and
support, add a reminder with a private note, make a backup, export for a
therapist (when available), lock and close. Then every file under the (isolated)
home, the app's folders and the temp folder is read: the canary may only sit in
the vault's encrypted files (where it must not appear as bytes either) and in
the export the user chose.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.app.controller import AppController
from reflect.app.features import Features
from reflect.app.services import Services
from reflect.core.clock import FakeClock
from reflect.core.reminders import schedule as sc
from reflect.core.reminders.store import save_note
from reflect.ui.journal.journal_view import JournalView
from tests.app.conftest import unlock
from tests.helpers.reminder_fakes import RecordingNotifier
from tests.helpers.scan import files_containing

CANARY = "zqsweepcanary4471"


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_session_using_every_feature_leaves_the_canary_nowhere(
    qtbot: QtBot,
    services: Services,
    existing_vault: Path,
    clock: FakeClock,
    temp_dir: Path,
    tmp_path: Path,
) -> None:
    controller = AppController(services)
    qtbot.addWidget(controller.shell)
    features = Features(
        controller, notifier_factory=lambda host: RecordingNotifier(), watch_sleep=False
    )
    controller.start()
    features.start()
    unlock(controller, qtbot)
    view = controller.journal_view
    assert isinstance(view, JournalView)
    assert controller.vault is not None and features.guide is not None
    journal = controller.vault.journal
    guide = features.guide

    # Write through the editor, as a user types.
    view.new_entry()
    qtbot.keyClicks(view.editor.body, f"A hard night {CANARY}")
    view.save_pending()
    view.editor.title.setText(f"Title {CANARY}")
    view.save_pending()
    # Search for it.
    view.entry_list.search.setText(CANARY)
    view.entry_list.apply_search()
    # The guide: an event, a check-in, an exercise draft, the windows.
    event = journal.add_event(title=f"Event {CANARY}", occurred_on=date(2026, 3, 1), stage=4)
    journal.add_checkin(distress=5, note=f"Check-in {CANARY}", event_id=event.id)
    journal.save_draft("reflection", {"answers": {"what": f"Draft {CANARY}"}})
    journal.save_contact(f"Contact {CANARY}", phone="555 0100")
    guide.set_journal(journal)
    guide.stage_view_action.trigger()
    guide.trends_action.trigger()
    guide.support_action.trigger()
    guide.prompt_chosen.emit(f"Prompt {CANARY}", "sweep-prompt")
    view.save_pending()
    # A reminder with a private note: the note belongs in the vault only.
    rule = sc.one_off(date(2026, 3, 9), time(8, 0), clock.now(), UTC)
    features.store.update(lambda s: s.put(rule))
    save_note(journal, rule.id, f"Call my peer supporter {CANARY}")
    # A backup through the real dialog code path.
    from reflect.core.portability.backup import AutoBackup

    AutoBackup(clock, services.paths.backups).run_if_due(controller.vault)
    # Export for a therapist (its output is the one place the canary may be in clear).
    exports = tmp_path / "chosen-exports"
    exports.mkdir()
    from reflect.core.portability.exporters import therapist

    selection = therapist.ExportSelection(format="markdown", title="For my therapist")
    source = therapist.gather(journal, selection, tz=UTC)
    document = therapist.build_document(source, therapist.review_items(source))
    therapist.write_export(exports / "export.md", therapist.to_markdown(document).encode())
    # The scanner does see plaintext where it is (so its silence below means something).
    assert files_containing(CANARY, exports) == [exports / "export.md"]

    controller.lock()
    controller.shell.close()

    vault_files = {p.resolve() for p in existing_vault.iterdir()}
    home = Path(os.environ["HOME"])  # the isolated home the conftest set up
    roots = [home, services.paths.data, services.paths.config, temp_dir]
    leaks = [
        p
        for p in files_containing(CANARY, *roots)
        if p.resolve() not in vault_files and exports not in p.parents
    ]
    assert leaks == []
    # The vault holds it only encrypted, and QSettings not at all.
    assert files_containing(CANARY, existing_vault) == []
    settings_file = services.paths.config / "reflect.ini"
    assert not settings_file.exists() or CANARY not in settings_file.read_text()
    # The schedule file exists and knows the rule, not the note.
    schedule_text = features.store.path.read_text()
    assert rule.id in schedule_text and CANARY not in schedule_text
