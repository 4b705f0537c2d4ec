"""One calm, step-by-step runner for every guided exercise.

Each step is a page with a little guidance, its questions and one writing box.
Closing midway keeps the answers as a draft inside the vault (keyed by the
exercise id), and opening the exercise again picks up where the user stopped.
Finishing writes one entry: a ``## step title`` heading per answered step.

The self-forgiveness exercise starts with a readiness check: a very high
distress rating routes to support instead (``reflect.core.guide.rules``), and gentle
notes appear under answers that suggest self-punishment or all blame elsewhere.
The safety plan is a living document: saving it again updates the same entry.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.core.guide.content import Content, ExerciseStep
from reflect.core.guide.rules import (
    GUARDRAIL_TEXT_KEYS,
    GuardrailKind,
    Readiness,
    exercise_answers,
    forgiveness_guardrails,
    forgiveness_readiness,
    readiness_checkin,
)
from reflect.core.guide.saves import finish_exercise, living_entry_id
from reflect.core.journal.models import Draft
from reflect.core.journal.repository import Journal
from reflect.ui.common.dates import medium_date
from reflect.ui.common.page import scrolling_column
from reflect.ui.guide.common import bullets, button, label, tr
from reflect.ui.guide.pickers import DistressPicker, event_combo

FORGIVENESS_ID = "self-forgiveness"


class ExerciseDialog(QDialog):
    """Runs one exercise. Object name ``exerciseDialog``; pages are in ``stack``.

    Signals:
        entry_saved(str): the id of the entry the exercise wrote or updated.
        support_requested(): the user should see Support: the readiness check routed
            them there (the dialog closes), or they chose "Open Support" under the
            self-punishment note (the dialog stays open).
    """

    entry_saved = Signal(str)
    support_requested = Signal()

    def __init__(
        self,
        content: Content,
        exercise_id: str,
        journal: Journal,
        *,
        event_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        exercise = content.exercise(exercise_id)
        self._content = content
        self.setObjectName("exerciseDialog")
        self.setWindowTitle(exercise.title)
        self.setAccessibleName(exercise.title)
        self.resize(680, 560)
        self.exercise = exercise
        self._journal = journal
        self._saved = False
        self._existing_entry_id = living_entry_id(journal, exercise.id)

        draft = journal.get_draft(exercise.id)
        data = draft.data if draft is not None else {}
        raw = data.get("answers")
        answers = {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}
        if not answers and self._existing_entry_id is not None:
            answers = exercise_answers(exercise, journal.get_entry(self._existing_entry_id).body)
        draft_event = data.get("event_id")
        page = data.get("page")
        # The readiness check is asked every time, so self-forgiveness always starts there.
        start_page = page if isinstance(page, int) and exercise.id != FORGIVENESS_ID else 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.progress = label(role="muted", name="exerciseProgress")
        layout.addWidget(self.progress)
        # Above the pages: a resumed exercise may open on any step.
        layout.addLayout(self._resume_row(draft if answers else None))
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(
            self._intro_page(draft_event if isinstance(draft_event, str) else event_id)
        )
        self.answers: dict[str, QPlainTextEdit] = {}
        self.guardrails: dict[str, QLabel] = {}
        self.guardrail_support: dict[str, QPushButton] = {}
        for step in exercise.steps:
            self.stack.addWidget(self._step_page(step, answers.get(step.id, "")))
        self.stack.addWidget(self._done_page())
        layout.addLayout(self._buttons())
        self.go_to(start_page)

    # --- pages ----------------------------------------------------------------------

    def _resume_row(self, draft: Draft | None) -> QHBoxLayout:
        """ "You started this on ..." and Start over, shown only for a kept draft."""
        self.resume_note = label(role="notice", name="exerciseResumeNote")
        self.start_over = button(tr("Start over"), name="exerciseStartOver")
        self.start_over.clicked.connect(self._start_over)
        if draft is not None:
            when = medium_date(draft.updated_at) if draft.updated_at else ""
            self.resume_note.setText(
                tr("You started this on %1. Your answers were kept; you can carry on.").replace(
                    "%1", when
                )
            )
        else:
            self.resume_note.hide()
            self.start_over.hide()
        row = QHBoxLayout()
        row.addWidget(self.resume_note, 1)
        row.addWidget(self.start_over)
        return row

    def _intro_page(self, event_id: str | None) -> QWidget:
        intro = QWidget()
        box = QVBoxLayout(intro)
        box.addWidget(label(self.exercise.title, role="title"))
        box.addWidget(label(self.exercise.summary))
        box.addWidget(label(tr("About")))
        self.event_box = event_combo(self._journal.list_events(), event_id, name="exerciseEvent")
        box.addWidget(self.event_box)
        self._add_readiness_check(box)
        box.addWidget(
            label(
                tr("Built on published research and practice. Help lists the sources."),
                role="muted",
                name="exerciseSources",
            )
        )
        box.addStretch(1)
        return intro

    def _add_readiness_check(self, box: QVBoxLayout) -> None:
        """Self-forgiveness asks about distress first and may route to Support."""
        self.readiness: DistressPicker | None = None
        self.readiness_note = label(role="notice", name="readinessNote")
        self.readiness_note.hide()
        self.support_button = button(tr("Open Support"), name="readinessSupport", role="primary")
        self.support_button.hide()
        self.support_button.clicked.connect(self._route_to_support)
        if self.exercise.id != FORGIVENESS_ID:
            return
        box.addWidget(label(tr("Before you start: how distressed are you right now?")))
        self.readiness = DistressPicker(
            self._content.checkin.distress_labels, name="readinessPicker"
        )
        latest = readiness_checkin(self._journal.latest_checkin(), self._journal.clock.now())
        if latest is not None:
            self.readiness.set_value(latest.distress)
        self.readiness.changed.connect(lambda _v: self._update_buttons())
        box.addWidget(self.readiness)
        box.addWidget(self.readiness_note)
        box.addWidget(self.support_button)

    def _done_page(self) -> QWidget:
        done = QWidget()
        box = QVBoxLayout(done)
        box.addWidget(label(tr("Ready to keep this"), role="title"))
        box.addWidget(
            label(
                tr(
                    "Your answers become one entry in your journal, a heading for each step. "
                    "Steps you left empty are left out. You can edit the entry later."
                )
            )
        )
        self.empty_note = label(
            tr(
                "Nothing is written yet, so there is nothing to save. Go back to add a few "
                "words, or close: nothing is lost."
            ),
            role="notice",
            name="exerciseEmptyNote",
        )
        box.addWidget(self.empty_note)
        box.addStretch(1)
        return done

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.later_button = button(tr("Close and finish later"), name="exerciseLater")
        self.back_button = button(tr("Back"), name="exerciseBack")
        self.next_button = button(tr("Next"), name="exerciseNext", role="primary")
        self.later_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.later_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        return row

    def _step_page(self, step: ExerciseStep, answer: str) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, box = scrolling_column(tr("Exercise step"))
        box.addWidget(label(step.title, role="heading", name=f"stepTitle-{step.id}"))
        if step.guidance:
            box.addWidget(label(step.guidance))
        if step.questions:
            box.addWidget(label(bullets(step.questions), name=f"stepQuestions-{step.id}"))
        edit = QPlainTextEdit(answer)
        edit.setObjectName(f"exerciseAnswer-{step.id}")
        edit.setAccessibleName(step.title)
        edit.setPlaceholderText(tr("Write as much or as little as you like. You can skip this."))
        edit.setMinimumHeight(140)
        box.addWidget(edit, 1)
        self.answers[step.id] = edit
        outer.addWidget(scroll, 1)
        if self.exercise.id == FORGIVENESS_ID:
            # Outside the scroll area, so the note is never clipped at any font size.
            note = label(role="notice", name=f"guardrailNote-{step.id}")
            note.hide()
            outer.addWidget(note)
            self.guardrails[step.id] = note
            # Self-punishment can shade into thoughts of ending one's life: help is
            # one click from the note, and the exercise stays open behind it.
            support = button(tr("Open Support"), name=f"guardrailSupport-{step.id}")
            support.clicked.connect(self.support_requested)
            support.hide()
            row = QHBoxLayout()
            row.addWidget(support)
            row.addStretch(1)
            outer.addLayout(row)
            self.guardrail_support[step.id] = support
            edit.textChanged.connect(lambda: self._check_guardrails(step.id))
            self._check_guardrails(step.id)
        return page

    def go_to(self, index: int) -> None:
        """Show page ``index`` (0 intro, 1..n steps, n+1 save) and keep the draft."""
        index = min(max(index, 0), self.stack.count() - 1)
        self.stack.setCurrentIndex(index)
        steps = len(self.exercise.steps)
        if 1 <= index <= steps:
            self.progress.setText(
                tr("Step %1 of %2").replace("%1", str(index)).replace("%2", str(steps))
            )
            self.answers[self.exercise.steps[index - 1].id].setFocus()
        else:
            self.progress.setText(self.exercise.title)
        self.empty_note.setVisible(not self._has_answers())
        self._update_buttons()
        if index > 0:
            self.save_draft()

    def _update_buttons(self) -> None:
        index = self.stack.currentIndex()
        last = index == self.stack.count() - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(tr("Save to my journal") if last else tr("Next"))
        ok = True
        if index == 0 and self.readiness is not None:
            readiness = forgiveness_readiness(self.readiness.value())
            route = readiness is Readiness.SUPPORT_FIRST
            self.readiness_note.setVisible(route)
            self.support_button.setVisible(route)
            self.readiness_note.setText(self._content.texts["self_forgiveness_not_ready"])
            ok = readiness is Readiness.READY
        if last:
            ok = self._has_answers()
        self.next_button.setEnabled(ok)

    def _next(self) -> None:
        if self.stack.currentIndex() == self.stack.count() - 1:
            self.finish()
        else:
            self.go_to(self.stack.currentIndex() + 1)

    def _check_guardrails(self, step_id: str) -> None:
        notes = forgiveness_guardrails(self.answers[step_id].toPlainText())
        note = self.guardrails[step_id]
        note.setVisible(bool(notes))
        self.guardrail_support[step_id].setVisible(
            any(n.kind is GuardrailKind.SELF_PUNISHMENT for n in notes)
        )
        if notes:
            note.setText(
                "\n\n".join(self._content.texts[GUARDRAIL_TEXT_KEYS[n.kind]] for n in notes)
            )
        self._fit_note(note)

    def _fit_note(self, note: QLabel) -> None:
        # A wrapped label below a stretching editor gets squeezed to one line inside a
        # stacked page; reserve the height its text needs at the current width.
        width = max(self.stack.width() - 8, 300)
        note.setMinimumHeight(note.heightForWidth(width) if note.isVisibleTo(self) else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for note in self.guardrails.values():
            self._fit_note(note)

    # --- storage --------------------------------------------------------------------

    def current_answers(self) -> dict[str, str]:
        return {sid: edit.toPlainText() for sid, edit in self.answers.items()}

    def _has_answers(self) -> bool:
        return any(text.strip() for text in self.current_answers().values())

    def save_draft(self) -> None:
        """Keep the answers so far inside the vault (nothing is written elsewhere)."""
        if self._saved or not self._journal.is_open:
            return
        self._journal.save_draft(
            self.exercise.id,
            {
                "answers": {k: v for k, v in self.current_answers().items() if v},
                "page": self.stack.currentIndex(),
                "event_id": self.event_box.currentData(),
            },
        )

    def _start_over(self) -> None:
        for edit in self.answers.values():
            edit.clear()
        self._journal.clear_draft(self.exercise.id)
        self.resume_note.hide()
        self.start_over.hide()
        self.go_to(0)

    def finish(self) -> None:
        """Write the entry (or update the living safety plan), clear the draft, close."""
        entry = finish_exercise(
            self._journal,
            self.exercise,
            self.current_answers(),
            event_id=self.event_box.currentData(),
        )
        if entry is None:
            return
        self._saved = True
        self.entry_saved.emit(entry.id)
        self.accept()

    def _route_to_support(self) -> None:
        self.support_requested.emit()
        self.reject()

    def done(self, result: int) -> None:
        """Any way of closing keeps unfinished answers as a draft."""
        if not self._saved and self._has_answers():
            self.save_draft()
        super().done(result)
