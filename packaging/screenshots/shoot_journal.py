"""Screenshots of the journal page, light and dark: list + editor, search, preview.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/shoot_journal.py

Writes ``packaging/screenshots/journal-<view>-<theme>.png`` (``focus`` is focus mode,
``dates`` a search narrowed by date words, ``spelling`` shows F7's suggestions over
a misspelled word), and
``journal-write-switched-to-<theme>.png`` after a live theme switch. ``--scale 2`` doubles the
font size (to check that nothing clips) and writes to ``--out`` instead. The demo
vault lives in a temporary folder and is deleted afterwards; its entries are made
up and name no patient.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _shots import use_language_from_env
from PySide6.QtGui import QFont, QPainter, QTextCursor
from PySide6.QtWidgets import QApplication

from reflect.core.clock import FakeClock
from reflect.core.journal.repository import Journal
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from reflect.ui.common.theme import apply_theme
from reflect.ui.journal.journal_view import JournalView

HERE = Path(__file__).resolve().parent

# (days after the start, hour, minute, title, tags, body, about the event)
ENTRIES = (
    (
        0,
        23,
        10,
        "Can't settle",
        ["night"],
        (
            "Home now. I ate something because a colleague told me to.\n\n"
            "I keep going over the handover. Three things I can see: the lamp, the cold tea, "
            "my keys. I am going to try to sleep."
        ),
        True,
    ),
    (
        1,
        21,
        40,
        "The replay",
        ["replay", "sleep"],
        (
            "## What happened, briefly\n\nThe same five minutes, over and over. I know the "
            "replay is my mind trying to fix something that is already done.\n\n"
            "## What I need tonight\n\n- to stop checking my phone\n- **sleep**, even a little"
        ),
        True,
    ),
    (
        3,
        7,
        15,
        "Back on the ward",
        ["work"],
        (
            "Walking in was the hardest part. Nobody looked at me differently, or if they "
            "did I didn't notice. The charge nurse asked how I was and actually waited."
        ),
        True,
    ),
    (
        5,
        22,
        5,
        "Talked to Sam",
        ["support"],
        (
            "Sam told me about the time it happened to her, years ago. I didn't know. "
            "*I am not the only one* keeps coming back to me."
        ),
        False,
    ),
    (
        8,
        19,
        30,
        "",
        ["sleep"],
        ("Slept five hours straight for the first time since. Small, but it counts."),
        False,
    ),
    (
        11,
        20,
        45,
        "What the system missed",
        ["learning"],
        (
            "> Most errors come from systems, not from one careless person.\n\n"
            "Writing down what would have caught it: a second check at the handover, a "
            "clearer chart flag, a pager that doesn't go to voicemail."
        ),
        True,
    ),
)

EDITOR_TEXT = (
    "## What I want to remember\n\n"
    "The review meeting is on Thursday. I am allowed to be nervous about it.\n\n"
    "- ask the peer support team who will be there\n"
    "- write down **what I noticed**, not a timeline\n\n"
    "> You can hold high standards and still be kind to yourself.\n\n"
    "Tonight I'm going to call my sister and go to bed early."
)


def build_journal(journal: Journal, clock: FakeClock) -> None:
    event = journal.add_event("The night of the handover", date(2026, 2, 20))
    journal.set_stage(event.id, 3)
    start = datetime(2026, 2, 20, tzinfo=UTC)
    for days, hour, minute, title, tags, body, about in ENTRIES:
        when = start + timedelta(days=days, hours=hour, minutes=minute)
        journal.add_entry(
            title, body, tags, event.id if about else None, created_at=when, updated_at=when
        )
    clock.set(start + timedelta(days=13, hours=21, minutes=40))


def shoot(theme: str, out: Path, scale: float) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    use_language_from_env(app)
    apply_theme(app, theme)
    if scale != 1:
        # The theme's stylesheet fixes one font size for every widget; scale that.
        sheet = app.styleSheet()
        app.setStyleSheet(sheet.replace("font-size: 11pt", f"font-size: {11 * scale:.0f}pt"))
    base = QFont(app.font())
    base.setPointSizeF(11 * scale)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock()
        vault, _ = Vault.create(
            Path(tmp) / "vault",
            "demo passphrase for screenshots",
            kdf=KdfParams.cheap_for_tests(),
            clock=clock,
        )
        try:
            build_journal(vault.journal, clock)
            view = JournalView(clock)
            view.resize(int(1280 * min(scale, 1.5)), int(800 * min(scale, 1.5)))
            view.set_editor_font(base)
            view.open_journal(vault.journal)
            view.editor.title.setText("Before the review")
            view.editor.body.setPlainText(EDITOR_TEXT)
            view.editor.tags.set_tags(["review", "support"])
            view.editor.save_pending()
            view.editor.stats_timer.timeout.emit()
            view.show()
            app.processEvents()

            def save(name: str) -> None:
                app.processEvents()
                path = out / f"journal-{name}-{theme}.png"
                view.grab().save(str(path))
                written.append(path)

            save("write")
            view.focus.set_on(True)
            save("focus")
            view.focus.set_on(False)
            _shoot_spelling(view, app, out / f"journal-spelling-{theme}.png")
            written.append(out / f"journal-spelling-{theme}.png")
            _shoot_finding(view, save)
            view.editor.preview_action.trigger()
            save("preview")
            view.editor.preview_action.trigger()
            # A live switch to the other theme, as Settings does it: everything follows.
            other = "dark" if theme == "light" else "light"
            apply_theme(app, other)
            app.processEvents()
            path = out / f"journal-write-switched-to-{other}.png"
            view.grab().save(str(path))
            written.append(path)
            apply_theme(app, theme)
            view.clear()
            view.close()
        finally:
            vault.lock()
    return written


def _shoot_finding(view: JournalView, save: Callable[[str], None]) -> None:
    """A search, then a search narrowed by date words (with the calendar beside it)."""
    view.entry_list.search.setText("sleep")
    view.entry_list.apply_search()
    save("search")
    view.entry_list.search.setText("since 1 March")
    view.entry_list.apply_search()
    view.entry_list.calendar.setCurrentPage(2026, 2)
    first = view.entry_list.model.entry_id_at(0)
    if first is not None:
        view.editor.open_entry(first)
        view.entry_list.select_entry(first)
    save("dates")
    view.entry_list.calendar.setCurrentPage(2026, 3)
    view.entry_list.clear_search()


SPELLING_TEXT = (
    "## After the shift\n\n"
    "I keep replaying the handover. The registrar was kind, and the ICU consultant "
    "said it was a system problem, not a personal one.\n\n"
    "I feel exhuasted but calmer. I will talk to Sam tommorow."
)


def _shoot_spelling(view: JournalView, app: QApplication, path: Path) -> None:
    """The window with F7's suggestions open: the menu is its own window, so it is
    painted onto the window's picture where it appears on screen."""
    editor = view.editor
    editor.new_entry()
    editor.body.setPlainText(SPELLING_TEXT)
    editor.stats_timer.timeout.emit()
    deadline = time.monotonic() + 30
    while editor.spelling.checker is None and time.monotonic() < deadline:
        app.processEvents()  # the dictionary is read on a background thread
        time.sleep(0.02)
    editor.body.moveCursor(QTextCursor.MoveOperation.Start)
    editor.spelling.next_misspelling()
    app.processEvents()
    picture = view.grab()
    menu = editor.spelling.menu
    if menu is not None:
        painter = QPainter(picture)
        painter.drawPixmap(view.mapFromGlobal(menu.pos()), menu.grab())
        painter.end()
        menu.close()
    picture.save(str(path))
    made = editor.current_entry_id()
    editor.forget_entry()
    if made is not None and view._journal is not None:
        view._journal.delete_entry(made)  # the typo page is not part of the other shots
        view.entry_list.entries_changed()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--scale", type=float, default=1.0, help="font scale (2 = doubled)")
    parser.add_argument("--theme", choices=("light", "dark", "both"), default="both")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    themes = ("light", "dark") if args.theme == "both" else (args.theme,)
    for theme in themes:
        for path in shoot(theme, args.out, args.scale):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
