"""A throwaway demo journal for ``reflect --demo``: realistic, gentle, made up.

Everything is written through the real journal API. A ``FakeClock`` walks
through three and a half weeks after an imagined adverse event so that entries,
stage changes and check-ins carry believable dates. No patient appears: the
entries model the habit the app recommends (feelings, meaning and learning; no
names, dates of birth or record numbers). The KDF is cheap because the vault is
deleted on exit and its passphrase is shown on screen anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from functools import partial
from pathlib import Path

from reflect.core.clock import FakeClock, SystemClock
from reflect.core.journal.settings import BACKUP_ENABLED, LEGAL_CAUTION_ACK
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault

DEMO_PASSPHRASE = "calm harbour demo"
DEMO_KDF = KdfParams.cheap_for_tests()

# (day after the event, hour, title, tags, body)
_ENTRIES: tuple[tuple[int, int, str, tuple[str, ...], str], ...] = (
    (
        0,
        23,
        "Can't settle",
        ("night",),
        "Home now. Showered, ate toast because someone told me to.\n\n"
        "I keep checking my phone as if there will be news. There won't be tonight.\n\n"
        "Three things I can see: the lamp, the cold tea, my keys. I'm going to try to sleep.",
    ),
    (
        1,
        21,
        "The replay",
        ("replay",),
        "## What keeps coming back\n\n"
        "The moment the numbers changed and I thought it could wait an hour. I have gone "
        "over it maybe fifty times today.\n\n"
        "## What I knew then\n\n"
        "Two other sick patients, a junior on their first night, the observations drifting "
        "rather than falling. Hindsight makes it look obvious. At the time it didn't.",
    ),
    (
        3,
        20,
        "Told someone",
        ("support",),
        "Called the peer support line the hospital lists. I nearly hung up while it rang.\n\n"
        "She didn't try to fix anything. She said most of us have a case like this and "
        "that feeling sick about it is a sign I care, not a sign I'm dangerous.\n\n"
        "Slept a bit better after.",
    ),
    (
        6,
        22,
        "Guilt and shame are not the same",
        ("self-compassion",),
        "Guilt: I made a call that, looking back, I would make differently.\n\n"
        "Shame: I'm a bad doctor and everyone knows it.\n\n"
        "The first one I can learn from. The second one is a story my tired brain tells at "
        "2 am. I'm going to try to notice which voice is talking.",
    ),
    (
        9,
        19,
        "The review letter",
        ("review",),
        "The letter about the review came today. Formal wording, a date, a name to contact.\n\n"
        "I'm writing here about how it feels, not what happened; the facts are for the "
        "review and for my defence union.\n\n"
        "Mostly I feel like a student again, waiting to be marked. My chest was tight all "
        "afternoon. Questions to ask the union rep: what happens at the meeting, can I bring "
        "someone, what gets written down.",
    ),
    (
        13,
        21,
        "What I'd tell a colleague",
        ("self-compassion",),
        "If a registrar told me this story, I would say: you were stretched thin, you made "
        "a reasonable call with what you had, and the system left you alone with too much.\n\n"
        "I would not call them careless. So why do I say it to myself?\n\n"
        "One kind sentence for tonight: *I am allowed to be a good doctor who had a bad "
        "night.*",
    ),
    (
        17,
        23,
        "Back on nights",
        ("night", "trigger"),
        "First night shift since. Same corridor. My hands were cold when the first bleep "
        "came.\n\n"
        "It passed. I asked the nurse in charge to flag any early warning scores above five "
        "straight to me, and she said she'd been meaning to suggest the same.",
    ),
    (
        21,
        20,
        "One thing I would change",
        ("learning", "systems"),
        "The escalation pathway assumes a senior is free to come within the hour. On that "
        "night nobody was.\n\n"
        "I've written to the patient safety lead suggesting a second on-call review for "
        "nights with more than two deteriorating patients. Whatever the review says about "
        "me, that gap is real.",
    ),
    (
        23,
        18,
        "Small things that helped",
        ("support",),
        "- A walk at lunchtime, phone left in the locker.\n"
        "- Telling my partner the short version.\n"
        "- The peer supporter checking in, unprompted.\n\n"
        "Still heavy some evenings. Lighter than three weeks ago.",
    ),
)

# (day, distress 0-10, sleep 0-4, triggered, weekly (phq2, gad2) or None)
_CHECKINS: tuple[tuple[int, int, int, bool, tuple[int, int] | None], ...] = (
    (0, 8, 0, False, None),
    (1, 8, 1, False, None),
    (2, 7, 1, False, None),
    (3, 7, 2, False, None),
    (5, 6, 2, False, None),
    (7, 6, 2, False, (3, 4)),
    (9, 7, 1, False, None),
    (11, 5, 2, False, None),
    (13, 5, 2, False, None),
    (14, 4, 3, False, (2, 3)),
    (17, 6, 1, True, None),
    (19, 4, 2, False, None),
    (21, 4, 3, False, (1, 2)),
    (23, 3, 3, False, None),
)

# (day, stage the user chose)
_STAGES = ((1, 2), (8, 4), (13, 3), (17, 2), (22, 5))


def create_demo_vault(folder: Path, *, today: datetime | None = None) -> str:
    """Create and fill a demo vault in ``folder`` (empty or new), then lock it.

    Returns the passphrase, which the unlock page shows.
    """
    now = today or SystemClock().now()
    start_day = (now - timedelta(days=24)).date()
    clock = FakeClock(datetime.combine(start_day, time(8, 0), tzinfo=UTC))
    vault, _key = Vault.create(folder, DEMO_PASSPHRASE, kdf=DEMO_KDF, clock=clock)
    try:
        _fill(vault, clock)
    finally:
        vault.lock()
    return DEMO_PASSPHRASE


def _fill(vault: Vault, clock: FakeClock) -> None:
    journal = vault.journal
    base = clock.now()
    event = journal.add_event(
        "A delayed escalation on a night shift",
        occurred_on=base.date(),
        context="Feelings and learning only. The facts are with the review and my defence union.",
        stage=1,
    )
    LEGAL_CAUTION_ACK.write(journal, base.date().isoformat())
    # A throwaway journal must not put backups into the user's real backups folder.
    BACKUP_ENABLED.write(journal, False)
    journal.save_contact("Peer support line", role="Hospital peer supporters", phone="ext. 4000")
    journal.save_contact(
        "My GP", role="Doctor", notes="Book a double appointment if sleep stays bad."
    )

    # Every write happens at its own moment on the fake clock, in time order.
    moments: list[tuple[datetime, Callable[[], object]]] = []

    def at(day: int, hour: int) -> datetime:
        return base + timedelta(days=day, hours=hour - base.hour)

    for day, hour, title, tags, body in _ENTRIES:
        moments.append(
            (
                at(day, hour),
                partial(journal.add_entry, title=title, body=body, tags=tags, event_id=event.id),
            )
        )
    for day, distress, sleep, triggered, weekly in _CHECKINS:
        phq2, gad2 = weekly if weekly is not None else (None, None)
        moments.append(
            (
                at(day, 12),
                partial(
                    journal.add_checkin,
                    distress,
                    event_id=event.id,
                    sleep=sleep,
                    triggered=triggered,
                    phq2=phq2,
                    gad2=gad2,
                ),
            )
        )
    for day, stage in _STAGES:
        moments.append((at(day, 13), partial(journal.set_stage, event.id, stage)))
    moments.sort(key=lambda moment: moment[0])
    with journal.transaction():
        for when, write in moments:
            clock.set(when)
            write()
