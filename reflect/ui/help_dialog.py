"""F1: every shortcut, writing and finding, two computers, privacy in plain words, sources.

The shortcut list is built from the window's own actions when Help opens, so a
new action with a key can never be missing from it; a few keys that belong to
the editor or the list (and have no action) are added by hand.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class HelpDialog(QDialog):
    """A calm, non-modal help page; it shows no journal text."""

    def __init__(self, parent: QWidget | None = None, *, actions: Sequence[QAction] = ()) -> None:
        super().__init__(parent)
        self._actions = list(actions)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Help"))
        self.setAccessibleName(self.tr("Help"))
        self.resize(560, 620)

        self.text = QLabel(self._html(), self)
        self.text.setObjectName("helpText")
        self.text.setAccessibleName(self.tr("Shortcuts and privacy"))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.setContentsMargins(8, 8, 8, 8)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Help"))
        scroll.setWidget(self.text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close help"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do): every action with a key, then the keys without one."""
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for action in self._actions:
            keys = action.shortcut()
            if keys.isEmpty():
                continue
            shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
            if shown in seen:
                continue
            seen.add(shown)
            rows.append((shown, action.text().replace("&", "").rstrip(".…")))
        always = [
            ("F1", self.tr("This help")),
            ("Ctrl+L", self.tr("Lock the journal (from any Reflect window)")),
            ("Ctrl+Shift+H", self.tr("Hide at once: lock and minimise (from any window)")),
            (self.tr("Delete (in the list)"), self.tr("Delete the selected entry, after asking")),
            (
                self.tr("Tab  ·  Shift+Tab"),
                self.tr("Move between the list, the search and the editor"),
            ),
        ]
        for keys_text, what in always:
            if keys_text not in seen:
                rows.append((keys_text, what))
                seen.add(keys_text)
        return rows

    def sources(self) -> list[str]:
        """The published work the guide's stages, prompts and exercises are built on."""
        return [
            "Scott SD, Hirschinger LE, Cox KR, et al. The natural history of recovery for "
            "the healthcare provider “second victim” after adverse patient events. "
            "Qual Saf Health Care 2009;18:325. (The six stages.)",
            "Scott SD, et al. Caring for our own: deploying a systemwide second victim rapid "
            "response team. Jt Comm J Qual Patient Saf 2010;36(5):233. (The forYOU model.)",
            "Wu AW. Medical error: the second victim. BMJ 2000;320:726.",
            "Denham CR. TRUST: the 5 rights of the second victim. J Patient Saf 2007.",
            "Plews-Ogan M, et al. Wisdom in medicine: what helps physicians after a medical "
            "error? Acad Med 2016.",
            "Neff KD. Self-compassion: an alternative conceptualization of a healthy "
            "attitude toward oneself. Self and Identity 2003.",
            "Cornish MA, Wade NG. A therapeutic model of self-forgiveness with intervention "
            "strategies for counselors. J Couns Dev 2015;93:96.",
            "Worthington EL Jr. Moving Forward: Six Steps to Forgiving Yourself and Breaking "
            "Free from the Past. 2013.",
            "Woodyatt L, Wenzel M, Ferber M. Two pathways to self-forgiveness. "
            "Br J Soc Psychol 2017.",
            "Fisher ML, Exline JJ. Moving toward self-forgiveness. Soc Personal Psychol "
            "Compass 2010.",
            "Gibbs G. Learning by Doing. 1988. Rolfe G, Freshwater D, Jasper M. Critical "
            "Reflection for Nursing and the Helping Professions. 2001. (The reflection "
            "exercise.)",
            "Stanley B, Brown GK. Safety Planning Intervention. Cogn Behav Pract 2012. "
            "(The structure of the safety plan.)",
            self.tr(
                "PHQ-2 and GAD-2: developed by Drs Spitzer, Williams, Kroenke and colleagues, "
                "with an educational grant from Pfizer Inc. No permission required to "
                "reproduce."
            ),
            self.tr(
                "The support ratings use the dimension names of the Second Victim Experience "
                "and Support Tool (Burlison JD, et al. J Patient Saf 2017); they are prompts, "
                "not a scored SVEST."
            ),
        ]

    def writing_notes(self) -> list[str]:
        return [
            self.tr(
                "Spelling: a misspelled word gets a wavy red line once you finish typing it. "
                "Right-click it for suggestions, or to add it to your words; F7 goes to the "
                "next one and Enter takes the first suggestion. UK and US spellings, drug "
                "names, anatomy and abbreviations such as ICU or RCA are known."
            ),
            self.tr(
                "The words you add are kept inside your encrypted journal, never in a "
                "dictionary file. See or remove them in Settings, under Spelling; turn "
                "spelling off there or in View > Check spelling."
            ),
            self.tr(
                "A dotted line is different: it marks something that could identify someone. "
                "Hover over it to read why."
            ),
            self.tr(
                "Focus (F11, or View > Focus) hides everything but the entry, in a column "
                "that is easy to read. Reflect keeps saving; Esc or F11 brings the rest back."
            ),
            self.tr(
                "Finding: the search box understands dates in plain words, with or without "
                "other words: since March, last week, in 2024, before 5 May, between March 3 "
                "and April 2. The days it understood show below it; × searches all dates "
                'again. Put words in quotes ("last week") to search for them as words. The '
                "menu below chooses one event or one tag. Bold days on the calendar have "
                "entries; choose one, or press Ctrl+G, to go to that day."
            ),
            self.tr(
                "An event's page shows the way so far, what you wrote about it, its "
                "check-ins and reminders, with buttons to write, check in, start an "
                "exercise or export it. Open it from the stage guide, from the calendar "
                "button beside an entry's event, or from the list's menu (Event: ...)."
            ),
        ]

    def two_computers_notes(self) -> list[str]:
        return [
            self.tr(
                "To write on two computers, choose Settings > Two computers > Keep in step "
                "through a folder, and pick a folder that your own sync tool (Syncthing, "
                "Nextcloud, Dropbox, OneDrive, iCloud Drive) already keeps in step on both. "
                "On the other computer, choose “I already use Reflect on another computer” "
                "when Reflect first starts, and the same folder."
            ),
            self.tr(
                "Never put the journal itself in such a folder: a sync tool can copy it "
                "while Reflect writes in it, or keep one computer's copy over the other's, "
                "and entries are lost. Reflect keeps the journal on each computer and puts "
                "only one encrypted file per computer in the folder, then merges the "
                "others'. Anyone who can read the folder sees the files' sizes and times, "
                "never a word or a name."
            ),
            self.tr(
                "Reflect keeps in step when you unlock, when you lock or quit, every few "
                "minutes while you write (never mid-sentence), and when the other "
                "computer's file changes. An entry changed on both computers while they "
                "were apart is kept twice; a note above it links the two versions."
            ),
            self.tr(
                "What travels: entries and their tags, events, stage changes, check-ins, "
                "your people, the prompts used, the words the export always hides, your "
                "spelling words, and the legal caution once acknowledged. What stays on "
                "each computer: the look, the window, the language, locking, spelling on "
                "or off, reminders and backups."
            ),
            self.tr(
                "No sync folder? Journal > Merge a backup brings in a backup from a USB "
                "stick or an old computer, after showing what would change."
            ),
        ]

    def privacy_notes(self) -> list[str]:
        return [
            self.tr(
                "Everything you write is encrypted and stays on this computer. "
                "Reflect never connects to the internet."
            ),
            self.tr(
                "Encryption protects the journal at rest. It cannot protect what is on the "
                "screen: on a computer your hospital or employer manages, monitoring software "
                "can record the screen and keystrokes of any app, Reflect included. Write on "
                "a personal computer you control."
            ),
            self.tr("Reflect saves as you type. There is no Save button to remember."),
            self.tr(
                "A personal journal may not be legally protected. Write about what you felt "
                "and what you learned rather than a record of the case, and leave out names, "
                "dates of birth and record numbers. Reflect underlines text that looks like a "
                "patient detail, so you can decide."
            ),
            self.tr(
                "Lock the journal with Ctrl+L when you step away. If you forget your "
                "passphrase, only your recovery key can open it."
            ),
        ]

    def _html(self) -> str:
        rows = "".join(
            f"<tr><td style='padding:4px 18px 4px 0; white-space:nowrap'><b>{html.escape(k)}</b>"
            f"</td><td style='padding:4px 0'>{html.escape(v)}</td></tr>"
            for k, v in self.shortcuts()
        )
        notes = "".join(
            f"<p style='margin:0 0 10px 0'>{html.escape(n)}</p>" for n in self.privacy_notes()
        )
        writing = "".join(
            f"<p style='margin:0 0 10px 0'>{html.escape(n)}</p>" for n in self.writing_notes()
        )
        two = "".join(
            f"<p style='margin:0 0 10px 0'>{html.escape(n)}</p>" for n in self.two_computers_notes()
        )
        sources = "".join(
            f"<p style='margin:0 0 8px 0'>{html.escape(n)}</p>" for n in self.sources()
        )
        return (
            f"<h3>{html.escape(self.tr('Keyboard shortcuts'))}</h3>"
            f"<table cellspacing='0'>{rows}</table>"
            f"<h3 style='margin-top:18px'>{html.escape(self.tr('Writing and finding'))}</h3>"
            f"{writing}"
            f"<h3 style='margin-top:18px'>{html.escape(self.tr('Two computers'))}</h3>{two}"
            f"<h3 style='margin-top:18px'>{html.escape(self.tr('Your privacy'))}</h3>{notes}"
            f"<h3 style='margin-top:18px'>{html.escape(self.tr('Where the guide comes from'))}"
            f"</h3><p style='margin:0 0 10px 0'>"
            f"{html.escape(self.tr(SOURCES_INTRO))}</p>{sources}"
        )


SOURCES_INTRO = (
    "The stages, prompts and exercises are Reflect's own writing, built on this "
    "published work. Reflect is not endorsed by its authors."
)
