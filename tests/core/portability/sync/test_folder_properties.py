"""Random writing on two or three computers, kept in step only through the folder.

The same plans as test_journal_merge_properties.py, but every exchange is a real
``SyncFolder.sync``: sealed files, bases kept and written anew (``REBASE_AT``
drawn small or large), files opened in part once their base was merged. After
each sync the computer's own file, opened whole, says exactly what its journal
holds; afterwards every journal holds the same entries and check-ins, and every
text saved and not replaced or deleted by a computer that had seen it is there.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.core.clock import FakeClock
from reflect.core.portability.sync import own_file
from reflect.core.sync import SyncFolder
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.core.portability.sync.helpers import file_says_what_the_journal_holds, sync_noting_parts
from tests.core.portability.sync.test_journal_merge_properties import Journals, steps, view

PASSPHRASE = "a passphrase of words"


class Folder(Journals):
    """Journals that joined one another through a shared folder."""

    def __init__(self, where: Path, computers: int) -> None:
        super().__init__(where, 1)
        self.shared = where / "shared"
        self.shared.mkdir()
        SyncFolder(self.shared).sync(self.vaults[0])
        for n in range(1, computers):
            self.vaults.append(
                SyncFolder(self.shared).join(
                    where / f"joined{n}",
                    passphrase=PASSPHRASE,
                    kdf=KdfParams.cheap_for_tests(),
                    clock=FakeClock(),
                )
            )
        self.read_in_part = 0

    def sync(self, vault: Vault) -> None:
        self.read_in_part += sum(sync_noting_parts(vault, self.shared))
        assert file_says_what_the_journal_holds(vault, self.shared)

    def step(self, action: str, who: int, what: int) -> None:
        if action == "sync":
            self.sync(self.vaults[who % len(self.vaults)])
        else:
            super().step(action, who, what)

    def meet(self) -> None:
        for _ in range(3):
            for vault in self.vaults:
                self.sync(vault)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2, 3), steps, st.sampled_from([0, 1, 3, 500]))
def test_journals_kept_in_step_through_the_folder_converge_and_keep_every_text(
    computers: int, plan: list[tuple[str, int, int]], rebase_at: int
) -> None:
    with (
        tempfile.TemporaryDirectory() as where,
        mock.patch.object(own_file, "REBASE_AT", rebase_at),
    ):
        world = Folder(Path(where), computers)
        try:
            for action, who, what in plan:
                world.step(action, who, what)
            world.meet()
            views = [view(v) for v in world.vaults]
            assert all(each == views[0] for each in views)
            present = {body for _id, body in views[0][0]}
            kept = {t for t in world.saved if t not in world.replaced}
            assert kept <= present, sorted(kept - present)
            assert world.read_in_part > 0  # meeting reads files whose base was merged
        finally:
            world.lock()
