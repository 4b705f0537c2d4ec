"""Screenshots of the recovery guide, in light and dark, from a throwaway demo vault.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/shoot_guide.py

Writes guide-{stage-view,exercise,checkin,trends,event-page,support}-{light,dark}.png next to
this file. ``--large`` also writes large-font versions to the temp folder, for
checking that nothing clips at twice the usual text size. The vault lives in a
temporary folder with cheap key derivation and is deleted afterwards.
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _shots import use_language_from_env
from PySide6.QtWidgets import QApplication, QWidget

from reflect.core.clock import FakeClock
from reflect.core.guide.content import load_content
from reflect.core.journal.repository import Journal
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.common.theme import apply_theme
from reflect.ui.guide.controller import GuideController

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def demo_data(journal: Journal, clock: FakeClock) -> str:
    """Two months of plausible use: one event, its stages, check-ins, contacts, a plan."""
    rng = random.Random(7)
    start = NOW - timedelta(days=60)
    clock.set(start)
    event = journal.add_event(
        "Night shift in January",
        start.date(),
        "I keep going back to that night. Mostly fear about what the review will say.",
        stage=1,
    )
    journal.add_event(
        "The first year, a different hospital",
        (start - timedelta(days=900)).date(),
        stage=6,
        status="surviving",
    )
    stages = {2: 2, 9: 3, 24: 4, 41: 2, 47: 5}
    for day in range(60):
        clock.set(start + timedelta(days=day, hours=rng.randint(7, 13)))
        if day in stages:
            journal.set_stage(event.id, stages[day])
        base = 8 - day / 10 + (2 if 41 <= day <= 44 else 0)
        if rng.random() < 0.8:
            journal.add_checkin(
                max(0, min(10, round(base + rng.uniform(-1.2, 1.2)))),
                event_id=event.id,
                sleep=rng.randint(0, 4),
                triggered=day in (14, 41, 42),
                # Once a week, the weekly questions: mood easing over the weeks.
                phq2=max(0, 5 - day // 10) if day % 7 == 3 else None,
                gad2=max(0, 4 - day // 14) if day % 7 == 3 else None,
            )
    clock.set(NOW)
    journal.save_contact("Dr. Ana Rivera", "Peer supporter", "ext. 4417")
    journal.save_contact("Employee Assistance Programme", "EAP, 24 hours", "0800 555 0100")
    journal.save_contact("Sam", "My oldest friend", "07700 900123")
    return event.id


def shoot(app: QApplication, theme: str, out: Path, *, suffix: str = "") -> list[Path]:
    apply_theme(app, theme)
    clock = FakeClock(NOW)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(
            Path(tmp) / "demo",
            "demo passphrase for screenshots",
            kdf=KdfParams.cheap_for_tests(),
            clock=clock,
        )
        try:
            event_id = demo_data(vault.journal, clock)
            window = QWidget()
            guide = GuideController(
                load_content(), window, locale_country="GB", rng=random.Random(1)
            )
            guide.set_journal(vault.journal)

            def save(widget: QWidget, name: str, w: int, h: int) -> None:
                widget.resize(w, h)
                widget.show()
                for _ in range(3):
                    app.processEvents()
                path = out / f"guide-{name}-{theme}{suffix}.png"
                widget.grab().save(str(path))
                written.append(path)

            guide.stage_view.reload_events(select=event_id)
            save(guide.stage_view, "stage-view", 1000, 1150)

            exercise = guide.open_exercise("self-forgiveness")
            assert exercise is not None and exercise.readiness is not None
            exercise.readiness.set_value(4)
            exercise.go_to(2)
            exercise.answers["responsibility"].setPlainText(
                "The handover was rushed and the alarm limits were set by someone else. "
                "I didn't re-check the dose. That part is mine.\n\n"
                "I keep telling myself I deserve to suffer for it."
            )
            save(exercise, "exercise", 720, 640)
            exercise.reject()

            checkin = guide.open_checkin()
            assert checkin is not None
            checkin.distress.set_value(4)
            checkin.sleep.set_value(2)
            checkin.note.setText("Quieter day. Walked home.")
            checkin.weekly.setChecked(True)
            save(checkin, "checkin", 680, 980)
            checkin.reject()

            guide.trends_view.set_journal(vault.journal, event_id)
            guide.trends_view.toggles["phq2"].setChecked(True)  # the line at 3, and its note
            save(guide.trends_view, "trends", 960, 680)

            guide.show_event_page(event_id)
            save(guide.event_page, "event-page", 920, 1280)

            save(guide.support_window, "support", 620, 1000)

            # The crisis card, as it opens from a check-in: emergency number first.
            card = guide.open_support_card("distress")
            save(card, "crisis-card", 620, 720)
            card.reject()

            # The event dialog with its identifier warning showing.
            event_dialog = guide.open_event_dialog()
            assert event_dialog is not None
            event_dialog.title.setText("Mr Jones in bed 4")
            event_dialog.context.setPlainText("Felt sick all the way home.")
            save(event_dialog, "event-dialog", 560, 560)
            event_dialog.reject()
            guide.close_all()
            guide.set_journal(None)
            window.deleteLater()
        finally:
            vault.lock()
    return written


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    use_language_from_env(app)
    written = []
    for theme in ("light", "dark"):
        written += shoot(app, theme, HERE)
    if "--large" in argv:
        base = app.font()
        base.setPointSizeF(base.pointSizeF() * 2)
        app.setFont(base)
        apply_theme(app, "light")
        # The shared stylesheet fixes the text size; scale it too to see real clipping.
        app.setStyleSheet(app.styleSheet().replace("11pt", "22pt"))
        original = apply_theme.__globals__["stylesheet"]
        apply_theme.__globals__["stylesheet"] = lambda v: original(v).replace("11pt", "22pt")
        try:
            written += shoot(app, "light", Path(tempfile.gettempdir()), suffix="-large")
        finally:
            apply_theme.__globals__["stylesheet"] = original
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
