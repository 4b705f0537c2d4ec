"""The calm support card that opens on a crisis signal.

It interrupts kindly: a few plain sentences, the lines for the user's country,
the people they added, and their own safety plan if they wrote one. It says
plainly that nobody else reads the journal and the app cannot send help.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reflect.core.content import Content
from reflect.core.errors import NotFound
from reflect.core.guide import CrisisReason, default_country, exercise_entry
from reflect.core.journal import Journal
from reflect.ui.guide.common import bullets, button, label, tr
from reflect.ui.guide.support_panel import COUNTRY_SETTING, LinesList, system_country

SAFETY_PLAN_ID = "safety-plan"
SAFETY_PLAN_SETTING = "guide.safety_plan_entry"
# Crisis lines first when it is urgent; peer support first after a weekly screen.
URGENT_ORDER = {"crisis": 0, "emergency": 1, "peer": 2, "directory": 3}
CALM_ORDER = {"peer": 0, "crisis": 1, "emergency": 2, "directory": 3}


def safety_plan_text(journal: Journal | None, content: Content) -> str:
    """The user's safety plan: the saved entry, else the unfinished draft, else ""."""
    if journal is None:
        return ""
    entry_id = journal.get_setting(SAFETY_PLAN_SETTING)
    if isinstance(entry_id, str):
        try:
            return journal.get_entry(entry_id).body.strip()
        except NotFound:
            pass  # deleted by the user; fall back to a draft if there is one
    draft = journal.get_draft(SAFETY_PLAN_ID)
    if draft is not None and isinstance(answers := draft.data.get("answers"), dict):
        _, body = exercise_entry(
            content.exercise(SAFETY_PLAN_ID), {str(k): str(v) for k, v in answers.items()}
        )
        return body.strip()
    return ""


class SupportCard(QDialog):
    """Shown on a crisis signal; never blocks anything and closes with one click.

    Signals:
        safety_plan_requested: the user wants to write their safety plan now.
    """

    safety_plan_requested = Signal()

    def __init__(
        self,
        content: Content,
        reason: CrisisReason,
        journal: Journal | None = None,
        *,
        locale_country: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportCard")
        self.setWindowTitle(tr("Support"))
        self.setAccessibleName(tr("Support"))
        self.reason = reason
        self.resize(620, 720)

        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(tr("Support"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)

        urgent = reason in (CrisisReason.STATED, CrisisReason.DISTRESS)
        heading = tr("Someone to talk to, now") if urgent else tr("A moment for you")
        layout.addWidget(label(heading, role="title", name="supportCardTitle"))
        intro = content.texts["crisis_intro"] if urgent else self._screen_intro(reason)
        layout.addWidget(label(intro, name="supportCardIntro"))
        if not urgent:  # the crisis text already says it in its own words
            layout.addWidget(
                label(
                    content.texts["cannot_send_help"],
                    role="notice",
                    name="supportCardCannotSendHelp",
                )
            )

        country = locale_country if locale_country is not None else system_country()
        saved = journal.get_setting(COUNTRY_SETTING) if journal is not None else None
        codes = [code for code, _ in content.countries()]
        code = default_country(country, codes, saved if isinstance(saved, str) else None)
        layout.addWidget(label(tr("People you can reach now"), role="heading"))
        self.lines = LinesList()
        order = URGENT_ORDER if urgent else CALM_ORDER
        lines = sorted(content.lines_for(code), key=lambda s: order.get(s.kind, len(order)))
        self.lines.show_lines(lines)
        layout.addWidget(self.lines)

        if journal is not None:
            people = [
                "  ·  ".join(p for p in (c.name, c.role, c.phone) if p)
                for c in journal.list_contacts()
            ]
            if people:
                layout.addWidget(label(tr("People you chose"), role="heading"))
                layout.addWidget(label(bullets(people), selectable=True, name="supportCardPeople"))

        layout.addWidget(label(tr("My safety plan"), role="heading"))
        plan = safety_plan_text(journal, content)
        if plan:
            self.plan_view: QPlainTextEdit | None = QPlainTextEdit(plan)
            self.plan_view.setObjectName("supportCardPlan")
            self.plan_view.setAccessibleName(tr("My safety plan"))
            self.plan_view.setReadOnly(True)
            self.plan_view.setMinimumHeight(200)
            layout.addWidget(self.plan_view)
        else:
            self.plan_view = None
            text = (
                tr(
                    "You haven't written a safety plan yet. When you feel steadier, you can "
                    "write one from the Support panel."
                )
                if journal is not None
                else tr("Your safety plan is in your journal. Unlock it to read the plan.")
            )
            layout.addWidget(label(text, role="muted", name="supportCardNoPlan"))
        layout.addStretch(1)

        row = QHBoxLayout()
        self.plan_button = button(
            tr("Open my safety plan") if plan else tr("Write a safety plan"),
            name="supportCardPlanButton",
        )
        self.plan_button.setVisible(journal is not None)
        self.plan_button.clicked.connect(self.safety_plan_requested)
        self.plan_button.clicked.connect(self.accept)
        close = button(tr("Close"), name="supportCardClose", role="primary")
        close.clicked.connect(self.accept)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        row.addWidget(close)
        outer.addLayout(row)

    def _screen_intro(self, reason: CrisisReason) -> str:
        what = tr("low mood") if reason is CrisisReason.PHQ2 else tr("worry")
        return tr(
            "Your answers this week suggest that %1 has been heavy on many days. That is "
            "common after something hard at work, and it is not a diagnosis. It is a good "
            "moment to talk with someone: a colleague you trust, your doctor, or one of the "
            "lines below. If you ever think about ending your life, call one of them now."
        ).replace("%1", what)
