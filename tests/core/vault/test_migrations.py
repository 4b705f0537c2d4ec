"""Every shipped schema version opens in today's Reflect, with nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reflect.core.vault import db
from reflect.core.vault.lifecycle import Vault

FROZEN = Path(__file__).parents[2] / "data" / "vaults"
FROZEN_PASSPHRASE = "frozen v1 passphrase"
FROZEN_RECOVERY_KEY = "BE69AD93-02D86461-0BDDAE69-086BD3ED-48741129-983258D0-A1F46242-AF9CB49C"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    """A copy of the frozen v1 vault: the committed fixture itself is never opened."""
    target = tmp_path / "v1"
    shutil.copytree(FROZEN / "v1", target, ignore=shutil.ignore_patterns("README.txt"))
    return target


def _user_version(folder: Path) -> int:
    import sqlcipher3

    conn = sqlcipher3.connect(str(folder / "journal.db"))
    conn.execute(f"PRAGMA key = \"x'{FROZEN_RECOVERY_KEY.replace('-', '')}'\"")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.close()
    return version


def test_the_frozen_vault_really_is_version_1(v1_copy: Path) -> None:
    assert _user_version(v1_copy) == 1


def test_a_v1_vault_is_migrated_and_keeps_everything(v1_copy: Path) -> None:
    vault = Vault.unlock(v1_copy, FROZEN_PASSPHRASE)
    journal = vault.journal
    [entry] = journal.list_entries()
    assert (entry.title, entry.body, entry.tags) == (
        "After the shift",
        "I keep replaying the handover.",
        ["sleep", "work"],
    )
    assert entry.event_id == "ev-1"
    assert journal.get_event("ev-1").stage == 2
    [checkin] = journal.list_checkins()
    assert (checkin.distress, checkin.sleep, checkin.triggered, checkin.phq2) == (7, 1, True, None)
    assert [h.title for h in journal.search("handover")] == ["After the shift"]
    assert [t.name for t in journal.all_tags()] == ["sleep", "work"]
    # What version 2 added works on the migrated vault.
    journal.save_contact("Peer supporter")
    journal.add_entry(title="imported", source_id="jrnl:abc")
    assert journal.has_source("jrnl:abc")
    vault.lock()
    assert _user_version(v1_copy) == db.SCHEMA_VERSION


def test_the_recovery_key_of_the_frozen_vault_still_opens_it(v1_copy: Path) -> None:
    vault = Vault.unlock_with_recovery_key(v1_copy, FROZEN_RECOVERY_KEY)
    assert vault.journal.count_entries() == 1
    vault.lock()


def test_a_failing_migration_leaves_the_previous_version_intact(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: db.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut in the middle of a migration")

    monkeypatch.setattr(db, "MIGRATIONS", [db.MIGRATIONS[0], broken])
    with pytest.raises(RuntimeError):
        Vault.unlock(v1_copy, FROZEN_PASSPHRASE)
    monkeypatch.undo()
    assert _user_version(v1_copy) == 1
    vault = Vault.unlock(v1_copy, FROZEN_PASSPHRASE)
    assert vault.journal.count_entries() == 1
    vault.lock()
