"""The check-in: under thirty seconds daily, a few optional questions weekly.

Daily: distress 0-10 in our own words, sleep, "triggered today", a note and the
event it is about. Weekly (offered when none were answered for seven days, always
optional): PHQ-2 and GAD-2 with Pfizer's attribution line, and a self-rating of
support drawn from SVEST's dimension names (prompts, not a scored SVEST). After a
weekly answer the dialog shows a plain meaning and a next step, never a diagnosis.
A crisis signal (``reflect.core.guide.rules.crisis_signal``) is emitted for the support card.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import UserError
from reflect.core.guide.content import Content
from reflect.core.guide.rules import (
    HIGH_DISTRESS,
    WEEKLY_INTERVAL,
    crisis_signal,
    gad2_meaning,
    phq2_meaning,
    weekly_questions_due,
)
from reflect.core.journal.models import CheckIn
from reflect.core.journal.repository import Journal
from reflect.ui.common.page import scrolling_column
from reflect.ui.guide.common import button, card, label, tr
from reflect.ui.guide.pickers import ChoiceRow, DistressPicker, event_combo


class CheckInDialog(QDialog):
    """Object name ``checkInDialog``.

    Args:
        triggered: open in "Triggered today" mode: grounding first, trigger ticked,
            weekly questions left out.

    Signals:
        checked_in(object): the stored ``CheckIn``.
        support_needed(str): a ``CrisisReason`` value; open the support card.
    """

    checked_in = Signal(object)
    support_needed = Signal(str)

    def __init__(
        self,
        content: Content,
        journal: Journal,
        *,
        event_id: str | None = None,
        triggered: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self.setWindowTitle(tr("Check in"))
        self.setAccessibleName(tr("Check in"))
        self.resize(640, 640)
        self._journal = journal
        self._content = content
        self.saved: CheckIn | None = None

        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._grounding_page())
        self.stack.addWidget(self._questions_page(event_id, triggered))
        self.stack.addWidget(self._results_page())
        layout.addLayout(self._buttons())
        self._show(0 if triggered else 1)

    # --- layout ---------------------------------------------------------------------

    def _grounding_page(self) -> QWidget:
        """Page 0, only for "Triggered today": grounding before any question."""
        grounding = QWidget()
        box = QVBoxLayout(grounding)
        box.addWidget(label(tr("Triggered today"), role="title"))
        box.addWidget(label(self._content.texts["triggered_intro"], name="triggeredIntro"))
        box.addStretch(1)
        return grounding

    def _questions_page(self, event_id: str | None, triggered: bool) -> QWidget:
        """Page 1: the daily questions, the optional weekly ones, the crisis link."""
        texts = self._content.texts
        page, box = scrolling_column(tr("Check-in questions"), spacing=10)
        box.addWidget(label(tr("Check in"), role="title"))
        box.addWidget(label(texts["checkin_intro"], role="muted"))
        self._add_daily_questions(box, event_id, triggered)
        box.addWidget(self._weekly_group(triggered))
        self.crisis_button = button(texts["crisis_choice"], name="checkInCrisis", role="link")
        self.crisis_button.clicked.connect(lambda: self.support_needed.emit("stated"))
        box.addWidget(self.crisis_button)
        self.error = label(role="error", name="checkInError")
        self.error.hide()
        box.addWidget(self.error)
        box.addStretch(1)
        return page

    def _add_daily_questions(self, box: QVBoxLayout, event_id: str | None, triggered: bool) -> None:
        texts = self._content.texts
        wording = self._content.checkin
        box.addWidget(label(texts["checkin_distress_question"], role="heading"))
        self.distress = DistressPicker(wording.distress_labels)
        self.distress.changed.connect(lambda _v: self._update_save())
        box.addWidget(self.distress)
        self.high_note = label(
            texts["checkin_high_distress"], role="notice", name="checkInHighDistress"
        )
        self.high_note.hide()
        box.addWidget(self.high_note)
        box.addWidget(label(texts["checkin_sleep_question"], role="heading"))
        self.sleep = ChoiceRow(
            wording.sleep_labels, name="sleepPicker", accessible=tr("How did you sleep last night")
        )
        box.addWidget(self.sleep)
        # Yes/No buttons rather than a checkbox: the question wraps at any font size.
        box.addWidget(label(texts["checkin_triggered_question"], role="heading"))
        self.triggered = ChoiceRow(
            [tr("No"), tr("Yes")], name="triggeredToday", accessible=tr("Triggered today")
        )
        self.triggered.set_value(1 if triggered else None)
        box.addWidget(self.triggered)
        self.note = QLineEdit()
        self.note.setObjectName("checkInNote")
        self.note.setAccessibleName(tr("A note"))
        self.note.setPlaceholderText(tr("A few words, if you like"))
        box.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(label(tr("About")))
        self.event_box = event_combo(self._journal.list_events(), event_id, name="checkInEvent")
        row.addWidget(self.event_box, 1)
        box.addLayout(row)

    def _weekly_group(self, triggered: bool) -> QGroupBox:
        """The optional weekly questions: ticked when due, hidden when triggered."""
        self.weekly = QGroupBox(tr("This week's questions (optional)"))
        self.weekly.setObjectName("weeklyQuestions")
        self.weekly.setCheckable(True)
        now = self._journal.clock.now()
        due = weekly_questions_due(self._journal.list_checkins(since=now - WEEKLY_INTERVAL), now)
        self.weekly.setChecked(due and not triggered)
        self.weekly.setVisible(not triggered)
        self.weekly.toggled.connect(self._weekly_toggled)
        self.weekly_body = QWidget()
        body = QVBoxLayout(self.weekly_body)
        body.setContentsMargins(0, 0, 0, 0)
        self._add_screening_questions(body)
        self._add_support_questions(body)
        QVBoxLayout(self.weekly).addWidget(self.weekly_body)
        self.weekly_body.setVisible(self.weekly.isChecked())
        return self.weekly

    def _add_screening_questions(self, body: QVBoxLayout) -> None:
        wording = self._content.checkin
        self.phq: list[ChoiceRow] = []
        self.gad: list[ChoiceRow] = []
        if not wording.validated_screen:
            # The content's weekly_intro promises four questions that are not asked here.
            intro = tr(
                "An optional weekly check: a few questions about how supported you feel. "
                "It is a prompt for reflection, not a test and not a diagnosis."
            )
            body.addWidget(label(intro, role="muted"))
            body.addWidget(
                label(
                    tr(
                        "The two short questions about mood and worry (PHQ-2 and GAD-2) are "
                        "left out in this language: Reflect asks them only in a validated "
                        "published translation, and none is included yet."
                    ),
                    role="muted",
                    name="screenUnavailable",
                )
            )
            return
        body.addWidget(label(self._content.texts["weekly_intro"], role="muted"))
        body.addWidget(label(self._content.texts["weekly_stem"]))
        items = [("phq", i, t) for i, t in enumerate(wording.phq2_items)] + [
            ("gad", i, t) for i, t in enumerate(wording.gad2_items)
        ]
        for kind, i, text in items:
            body.addWidget(label(text))
            choice = ChoiceRow(wording.frequency_options, name=f"{kind}{i + 1}", accessible=text)
            (self.phq if kind == "phq" else self.gad).append(choice)
            body.addWidget(choice)
        body.addWidget(label(wording.phq_attribution, role="muted", name="phqAttribution"))

    def _add_support_questions(self, body: QVBoxLayout) -> None:
        wording = self._content.checkin
        body.addWidget(label(tr("Support around you"), role="heading"))
        body.addWidget(label(self._content.texts["support_intro"]))
        labels = wording.support_labels or ("0", "1", "2", "3", "4")
        self.support: dict[str, ChoiceRow] = {}
        for key, question in wording.support_dimensions.items():
            body.addWidget(label(question))
            self.support[key] = ChoiceRow(labels, name=f"support-{key}", accessible=question)
            body.addWidget(self.support[key])

    def _results_page(self) -> QWidget:
        """Page 2: what the weekly answers mean, filled in after saving."""
        results = QWidget()
        self.results_box = QVBoxLayout(results)
        self.results_box.addWidget(label(tr("Thank you for checking in"), role="title"))
        return results

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.cancel_button = button(tr("Not now"), name="checkInCancel")
        self.cancel_button.clicked.connect(self.reject)
        self.continue_button = button(
            tr("Continue to a short check-in"), name="checkInContinue", role="primary"
        )
        self.continue_button.clicked.connect(lambda: self._show(1))
        self.save_button = button(tr("Save"), name="checkInSave", role="primary")
        self.save_button.clicked.connect(self.save)
        self.done_button = button(tr("Done"), name="checkInDone", role="primary")
        self.done_button.clicked.connect(self.accept)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for b in (self.continue_button, self.save_button, self.done_button):
            buttons.addWidget(b)
        return buttons

    # --- behaviour ------------------------------------------------------------------

    def _show(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.continue_button.setVisible(page == 0)
        self.save_button.setVisible(page == 1)
        self.done_button.setVisible(page == 2)
        self.cancel_button.setVisible(page != 2)
        self._update_save()
        if page == 1:
            self.distress.setFocus()

    def _update_save(self) -> None:
        value = self.distress.value()
        self.save_button.setEnabled(value is not None)
        self.high_note.setVisible(value is not None and value >= HIGH_DISTRESS)

    def _weekly_toggled(self, on: bool) -> None:
        self.weekly_body.setVisible(on)

    @staticmethod
    def _sum(rows: list[ChoiceRow]) -> int | None:
        values = [r.value() for r in rows]
        if not values or any(v is None for v in values):
            return None  # a half-answered pair is not a score
        return sum(v for v in values if v is not None)

    def save(self) -> None:
        """Store the check-in; show the weekly meanings or close; flag a crisis signal."""
        distress = self.distress.value()
        if distress is None:
            return
        weekly = self.weekly.isChecked() and self.weekly.isVisible()
        phq2 = self._sum(self.phq) if weekly else None
        gad2 = self._sum(self.gad) if weekly else None
        support = (
            {k: v for k, row in self.support.items() if (v := row.value()) is not None}
            if weekly
            else {}
        )
        try:
            self.saved = self._journal.add_checkin(
                distress,
                event_id=self.event_box.currentData(),
                sleep=self.sleep.value(),
                triggered=self.triggered.value() == 1,
                note=self.note.text().strip(),
                phq2=phq2,
                gad2=gad2,
                support=support or None,
            )
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.checked_in.emit(self.saved)
        reason = crisis_signal(distress=distress, phq2=phq2, gad2=gad2)
        if phq2 is not None or gad2 is not None:
            self._show_results(phq2, gad2)
        else:
            self.accept()
        if reason is not None:
            self.support_needed.emit(reason.value)

    def _show_results(self, phq2: int | None, gad2: int | None) -> None:
        for title, score, meaning in (
            (tr("Mood (PHQ-2)"), phq2, phq2_meaning),
            (tr("Worry (GAD-2)"), gad2, gad2_meaning),
        ):
            if score is None:
                continue
            m = meaning(score)
            frame, box = card(name="phq2Result" if meaning is phq2_meaning else "gad2Result")
            box.addWidget(label(f"{title}: {score} / 6", role="heading"))
            box.addWidget(label(tr(m.meaning)))
            box.addWidget(label(tr(m.next_step), role="notice" if m.above_threshold else None))
            self.results_box.addWidget(frame)
        self.results_box.addWidget(label(self._content.checkin.phq_attribution, role="muted"))
        self.results_box.addStretch(1)
        self._show(2)
