"""The calm support card that opens on a crisis signal.

It interrupts kindly. At the top, outside any scrolling, the number to call in
immediate danger (or "call your local emergency number" where Reflect lists no
country), and the country the lines are for, with a picker when the system's
country is not one Reflect lists. Below: a few plain sentences, the lines for
that country, the people the user added, and their own safety plan. It says
plainly that nobody else reads the journal and the app cannot send help. Its
main button leads to more help (Support), not away from it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reflect.core.guide.content import INTERNATIONAL, Content
from reflect.core.guide.rules import CrisisReason, exercise_entry
from reflect.core.guide.saves import SAFETY_PLAN_ID, living_entry_id
from reflect.core.journal.repository import Journal
from reflect.ui.common.page import scrolling_column
from reflect.ui.guide.common import bullets, button, card, label, tr
from reflect.ui.guide.support_panel import (
    CountryMemory,
    LinesList,
    RememberedCountry,
    country_combo,
    initial_country,
    system_country,
)

# Crisis lines first when it is urgent; peer support first after a weekly screen.
# (The emergency number itself sits above both, outside the scrolling part.)
URGENT_ORDER = {"crisis": 0, "emergency": 1, "peer": 2, "directory": 3}
CALM_ORDER = {"peer": 0, "crisis": 1, "emergency": 2, "directory": 3}


def safety_plan_text(journal: Journal | None, content: Content) -> str:
    """The user's safety plan: the saved entry, else the unfinished draft, else ""."""
    if journal is None:
        return ""
    entry_id = living_entry_id(journal, SAFETY_PLAN_ID)  # None if the user deleted it
    if entry_id is not None:
        return journal.get_entry(entry_id).body.strip()
    draft = journal.get_draft(SAFETY_PLAN_ID)
    if draft is not None and isinstance(answers := draft.data.get("answers"), dict):
        _, body = exercise_entry(
            content.exercise(SAFETY_PLAN_ID), {str(k): str(v) for k, v in answers.items()}
        )
        return body.strip()
    return ""


class SupportCard(QDialog):
    """Shown on a crisis signal; never blocks anything.

    Signals:
        safety_plan_requested: the user wants to write their safety plan now.
        support_requested: the main button: open (or go back to) Support.
    """

    safety_plan_requested = Signal()
    support_requested = Signal()

    def __init__(
        self,
        content: Content,
        reason: CrisisReason,
        journal: Journal | None = None,
        *,
        locale_country: str | None = None,
        country_memory: CountryMemory | None = None,
        from_support: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportCard")
        self.setWindowTitle(tr("Support"))
        self.setAccessibleName(tr("Support"))
        self.reason = reason
        self._content = content
        self._memory: CountryMemory = country_memory or RememberedCountry()
        self._urgent = reason in (CrisisReason.STATED, CrisisReason.DISTRESS)
        self.resize(620, 720)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 14)
        outer.setSpacing(10)
        locale = system_country() if locale_country is None else locale_country
        code = initial_country(content, locale, self._memory, journal)
        self._add_emergency_header(outer, code)
        scroll, layout = scrolling_column(
            tr("Support"), margins=(0, 4, 0, 4), spacing=12, parent=self
        )
        outer.addWidget(scroll, 1)
        self._add_words_and_lines(layout)
        if journal is not None:
            self._add_people(layout, journal)
        plan = safety_plan_text(journal, content)
        self._add_safety_plan(layout, plan, has_journal=journal is not None)
        layout.addStretch(1)
        outer.addLayout(self._buttons(bool(plan), journal is not None, from_support))

        self._show_country(code)
        self.country.currentIndexChanged.connect(self._country_chosen)

    # --- layout ---------------------------------------------------------------------

    def _add_emergency_header(self, outer: QVBoxLayout, code: str) -> None:
        """Always visible: the emergency number and whose lines these are."""
        self.emergency, emergency_box = card(self, name="supportCardEmergency")
        self.emergency_label = label(role="heading", name="supportCardEmergencyText")
        emergency_box.addWidget(self.emergency_label)
        outer.addWidget(self.emergency)
        self.country_prompt = label(
            tr("Where are you? Choose your country to see lines you can call there."),
            role="notice",
            name="supportCardCountryPrompt",
        )
        outer.addWidget(self.country_prompt)
        country_row = QHBoxLayout()
        country_row.addWidget(label(tr("Lines for")))
        self.country = country_combo(self._content, "supportCardCountry")
        self.country.setCurrentIndex(max(self.country.findData(code), 0))
        country_row.addWidget(self.country)
        country_row.addStretch(1)
        outer.addLayout(country_row)
        # Offer the picker prominently only when Reflect could not tell the country.
        self.country_prompt.setVisible(code == INTERNATIONAL)

    def _add_words_and_lines(self, layout: QVBoxLayout) -> None:
        texts = self._content.texts
        heading = tr("Someone to talk to, now") if self._urgent else tr("A moment for you")
        layout.addWidget(label(heading, role="title", name="supportCardTitle"))
        intro = texts["crisis_intro"] if self._urgent else self._screen_intro(self.reason)
        layout.addWidget(label(intro, name="supportCardIntro"))
        if not self._urgent:  # the crisis text already says it in its own words
            layout.addWidget(
                label(texts["cannot_send_help"], role="notice", name="supportCardCannotSendHelp")
            )
        layout.addWidget(label(tr("People you can reach now"), role="heading"))
        self.lines = LinesList()
        layout.addWidget(self.lines)

    @staticmethod
    def _add_people(layout: QVBoxLayout, journal: Journal) -> None:
        people = [
            "  ·  ".join(p for p in (c.name, c.role, c.phone) if p) for c in journal.list_contacts()
        ]
        if people:
            layout.addWidget(label(tr("People you chose"), role="heading"))
            layout.addWidget(label(bullets(people), selectable=True, name="supportCardPeople"))

    def _add_safety_plan(self, layout: QVBoxLayout, plan: str, *, has_journal: bool) -> None:
        layout.addWidget(label(tr("My safety plan"), role="heading"))
        self.plan_view: QPlainTextEdit | None = None
        if plan:
            self.plan_view = QPlainTextEdit(plan)
            self.plan_view.setObjectName("supportCardPlan")
            self.plan_view.setAccessibleName(tr("My safety plan"))
            self.plan_view.setReadOnly(True)
            self.plan_view.setMinimumHeight(200)
            layout.addWidget(self.plan_view)
            return
        text = (
            tr(
                "You haven't written a safety plan yet. When you feel steadier, "
                "“Write a safety plan” below takes you through it."
            )
            if has_journal
            else tr("Your safety plan is in your journal. Unlock it to read the plan.")
        )
        layout.addWidget(label(text, role="muted", name="supportCardNoPlan"))

    def _buttons(self, has_plan: bool, has_journal: bool, from_support: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        self.plan_button = button(
            tr("Open my safety plan") if has_plan else tr("Write a safety plan"),
            name="supportCardPlanButton",
        )
        self.plan_button.setVisible(has_journal)
        self.plan_button.clicked.connect(self.safety_plan_requested)
        self.plan_button.clicked.connect(self.accept)
        self.close_button = button(tr("Close"), name="supportCardClose")
        self.close_button.clicked.connect(self.reject)
        # The main button leads to more help, not away from it.
        self.support_button = button(
            tr("Back to Support") if from_support else tr("Open Support"),
            name="supportCardSupport",
            role="primary",
        )
        self.support_button.setDefault(True)
        self.support_button.clicked.connect(self.support_requested)
        self.support_button.clicked.connect(self.accept)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.support_button)
        return row

    # --- behaviour ------------------------------------------------------------------

    def country_code(self) -> str:
        return str(self.country.currentData())

    def _country_chosen(self) -> None:
        code = self.country_code()
        self._memory.support_country = code
        self.country_prompt.setVisible(False)
        self._show_country(code)

    def _show_country(self, code: str) -> None:
        emergency = self._content.emergency_line(code)
        if emergency is None:
            text = tr("If you are in immediate danger, call your local emergency number now.")
        else:
            text = tr("If you are in immediate danger: %1.").replace("%1", emergency.contact)
        self.emergency_label.setText(text)
        self.emergency.setAccessibleName(text)
        order = URGENT_ORDER if self._urgent else CALM_ORDER
        lines = [line for line in self._content.lines_for(code) if line is not emergency]
        self.lines.show_lines(sorted(lines, key=lambda s: order.get(s.kind, len(order))))

    def _screen_intro(self, reason: CrisisReason) -> str:
        what = tr("low mood") if reason is CrisisReason.PHQ2 else tr("worry")
        return tr(
            "Your answers this week suggest that %1 has been heavy on many days. That is "
            "common after something hard at work, and it is not a diagnosis. It is a good "
            "moment to talk with someone: a colleague you trust, your doctor, or one of the "
            "lines below. If you ever think about ending your life, call one of them now."
        ).replace("%1", what)
