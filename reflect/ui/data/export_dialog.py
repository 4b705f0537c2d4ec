# Over 400 lines because: choose, review, preview, save guard one plaintext document.
"""Export for a therapist: choose what to share, review identifiers, save one file.

Left: what to share (an event, a date range, tags, or entries picked by hand),
options (check-in chart, stage timeline), format, title, an optional PDF password
and the always-hide list. Right: a preview of exactly what will be written, with
every hidden placeholder and every kept identifier highlighted, and the review list
below it. Writing happens off the UI thread through the injected task runner; the
file goes only to the path chosen in the Dialogs seam, written atomically.

Everything here is presentation: the rules live in reflect.core.portability.exporters.therapist
and reflect.core.privacy.redact.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable, Mapping
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reflect.core.errors import BugError, InvalidInput, UserError
from reflect.core.guide.content import load_content
from reflect.core.journal.repository import Journal
from reflect.core.journal.settings import ALWAYS_REDACT
from reflect.core.portability.exporters.therapist import (
    COVER_FIELD,
    ExportDocument,
    ExportSelection,
    ExportSource,
    ReviewItem,
    build_document,
    format_day,
    gather,
    review_items,
    to_markdown,
    write_export,
)
from reflect.core.portability.exporters.therapist_html import to_html
from reflect.core.privacy.redact import LABELS as LABEL_FOR_KIND
from reflect.ui.common.msgbox import Dialogs
from reflect.ui.common.task_status import TaskStatus
from reflect.ui.common.tasks_protocol import TaskRunnerLike
from reflect.ui.data.export_choices import FORMATS, ExportChoices
from reflect.ui.data.export_review import ReviewList, highlight, reveal
from reflect.ui.data.pdf import entries_html, render_pdf
from reflect.ui.journal.markdown_preview import SafePreview

Renderer = Callable[[ExportDocument, str | None, Callable[[int, int], None] | None], bytes]


def default_renderers() -> dict[str, Renderer]:
    """Bytes for each format; PDF is the only one that can carry a password."""
    return {
        "pdf": lambda doc, password, progress: render_pdf(
            doc, password=password, progress=progress
        ),
        "html": lambda doc, _password, _progress: to_html(doc).encode("utf-8"),
        "markdown": lambda doc, _password, _progress: to_markdown(doc).encode("utf-8"),
    }


def _stage_names() -> dict[int, str]:
    try:
        return {stage.number: stage.name for stage in load_content().stages}
    except BugError:  # broken content: headings fall back to "Stage 3" without the name
        return {}


class ExportDialog(QDialog):
    """Prepare a redacted export of chosen entries for a therapist."""

    def __init__(
        self,
        journal: Journal,
        runner: TaskRunnerLike,
        dialogs: Dialogs,
        *,
        stage_names: Mapping[int, str] | None = None,
        tz: tzinfo | None = None,
        renderers: Mapping[str, Renderer] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._runner = runner
        self._dialogs = dialogs
        self._tz = tz
        self._stage_names = dict(stage_names) if stage_names is not None else _stage_names()
        self._renderers = dict(renderers or default_renderers())
        self._source: ExportSource | None = None
        self._items: list[ReviewItem] = []
        self._document: ExportDocument | None = None
        self._target: Path | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export for your therapist"))
        self.setAccessibleName(self.tr("Export for your therapist"))
        self.resize(1100, 760)
        self._build()
        self.choices.fill(journal, tz)
        self.reload()

    # -- building -------------------------------------------------------------

    def _named(self, widget: QWidget, name: str, accessible: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Choose what to share. Reflect hides likely names, dates and numbers; check "
                "the highlighted ones before you save. Nothing is sent anywhere: you get one "
                "file to hand over yourself."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.choices = ExportChoices(self)
        # Shortcuts to the choices, for the flow below and for tests.
        self.scope_group = self.choices.scope_group
        self.event_combo = self.choices.event_combo
        self.tag_list = self.choices.tag_list
        self.entry_picker = self.choices.entry_picker
        self.trends_check = self.choices.trends_check
        self.timeline_check = self.choices.timeline_check
        self.format_combo = self.choices.format_combo
        self.title_field = self.choices.title_field
        self.password_field = self.choices.password_field
        self.always_field = self.choices.always_field

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self._preview_panel())
        right.addWidget(self._review_panel())
        right.setSizes([430, 330])
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.choices)
        splitter.addWidget(right)
        splitter.setSizes([max(360, self.choices.minimumSizeHint().width()), 740])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._bottom_row())

        self._connect_changes()

    def _preview_panel(self) -> QWidget:
        """The file as it will be saved, shown as paper in both themes."""
        self.preview = SafePreview(self)
        self._named(self.preview, "exportPreview", self.tr("Preview of the file"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        # Shown as paper in both themes: it is what the printed page will look like.
        self.preview.setStyleSheet(
            "QTextBrowser#exportPreview { background: #ffffff; color: #222222; }"
        )
        preview_panel = QWidget(self)
        preview_layout = QVBoxLayout(preview_panel)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self._heading(self.tr("Preview: exactly what will be saved")))
        preview_layout.addWidget(self.preview, 1)
        return preview_panel

    def _review_panel(self) -> QWidget:
        """The hidden words to check, with Hide all, checked, and always hide."""
        self.review = ReviewList(self)
        self.review_status = QLabel(self)
        self._named(self.review_status, "reviewStatus", self.tr("Review status"))
        self.review_status.setWordWrap(True)
        self.hide_all_button = QPushButton(self.tr("Hide all"), self)
        self._named(self.hide_all_button, "hideAllButton", self.tr("Hide all"))
        self.checked_button = QPushButton(self.tr("I've checked them all"), self)
        self._named(self.checked_button, "checkedAllButton", self.tr("I've checked them all"))
        self.always_button = QPushButton(self.tr("Always hide this word"), self)
        self._named(self.always_button, "alwaysHideButton", self.tr("Always hide this word"))
        review_buttons = QHBoxLayout()
        for push in (self.hide_all_button, self.checked_button, self.always_button):
            review_buttons.addWidget(push)
        review_buttons.addStretch(1)
        review_panel = QWidget(self)
        review_layout = QVBoxLayout(review_panel)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(self._heading(self.tr("Check what is hidden")))
        review_layout.addWidget(self.review_status)
        review_layout.addWidget(self.review, 1)
        review_layout.addLayout(review_buttons)
        return review_panel

    def _bottom_row(self) -> QHBoxLayout:
        self.task = TaskStatus(
            self, "export", status=self.tr("Export status"), progress=self.tr("Export progress")
        )
        self.message, self.progress = self.task.message, self.task.progress
        self.save_button = QPushButton(self.tr("Save…"), self)
        self._named(self.save_button, "exportSaveButton", self.tr("Save the export"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self._named(self.close_button, "exportCloseButton", self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.task.stop_button)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.save_button)
        return bottom

    def _connect_changes(self) -> None:
        self.choices.selection_changed.connect(self.reload)
        self.choices.always_list_edited.connect(self._save_always_list)
        self.choices.format_changed.connect(self.refresh_preview)
        self.review.decisions_changed.connect(self.refresh_preview)
        self.review.reviewed_changed.connect(self._refresh_state)
        self.review.item_chosen.connect(self._show_item)
        self.hide_all_button.clicked.connect(lambda: self.review.set_all(True))
        self.checked_button.clicked.connect(self.review.mark_all_reviewed)
        self.always_button.clicked.connect(self._always_hide_current)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

    def selection(self) -> ExportSelection:
        """What the choices on the left describe (see ExportChoices.selection)."""
        return self.choices.selection()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # -- the selection and the review -----------------------------------------

    def reload(self, *_: object) -> None:
        """Read the selection from the vault and list its findings again."""
        kept, reviewed = self.review.kept_keys(), self.review.reviewed_keys()
        try:
            selection = self.choices.selection()
            self._source = gather(self._journal, selection, tz=self._tz)
        except (InvalidInput, UserError) as exc:
            self._source = None
            self._items = []
            self._document = None
            self.review.set_items([], {}, {})
            self.preview.setPlainText(exc.message)
            self._refresh_state()
            return
        self._items = review_items(self._source, self.choices.always_list())
        where = {
            e.id: format_day(e.created_at.astimezone(self._tz).date()) for e in self._source.entries
        }
        texts: dict[tuple[str, str], str] = {(COVER_FIELD, "title"): self._source.selection.title}
        for entry in self._source.entries:
            texts[(entry.id, "title")] = entry.title
            texts[(entry.id, "body")] = entry.body
        self.review.set_items(self._items, where, texts, kept=kept, reviewed=reviewed)
        self.refresh_preview()

    def refresh_preview(self, *_: object) -> None:
        """Rebuild the document from the current decisions and show it."""
        if self._source is None:
            self._refresh_state()
            return
        self._document = build_document(
            self._source, self._items, kept=self.review.kept_keys(), stage_names=self._stage_names
        )
        fmt = self.format_combo.currentData()
        scroll = self.preview.verticalScrollBar().value()
        if fmt == "markdown":
            self.preview.setPlainText(to_markdown(self._document))
        elif fmt == "html":
            self.preview.setHtml(to_html(self._document))
        else:
            self.preview.setHtml(self._pdf_preview_html(self._document))
        self.preview.verticalScrollBar().setValue(scroll)
        kept = self.review.kept_keys()
        hidden = {LABEL_FOR_KIND[i.finding.kind] for i in self._items if i.key not in kept}
        shown = {i.finding.text for i in self._items if i.key in kept}
        highlight(self.preview, hidden, shown)
        self._refresh_state()

    def _pdf_preview_html(self, document: ExportDocument) -> str:
        cover = (
            f"<h1>{_esc(document.title)}</h1><p><i>{_esc(document.private_label)}</i></p>"
            f"<p>{_esc(document.date_range_label)}</p>"
        )
        extras = []
        if document.include_trends:
            extras.append(self.tr("a chart of your check-ins"))
        if document.include_weekly:
            extras.append(self.tr("your answers to the weekly questions"))
        if document.include_stage_timeline:
            extras.append(self.tr("your stage timeline"))
        if extras:
            note = self.tr("Page 2 of the PDF: {0}.").format(self.tr(" and ").join(extras))
            cover += f"<p><i>{_esc(note)}</i></p>"
        return cover + "<hr>" + entries_html(document)

    def _show_item(self, item: ReviewItem) -> None:
        kept = item.key in self.review.kept_keys()
        needle = item.finding.text if kept else LABEL_FOR_KIND[item.finding.kind]
        anchor = ""
        if self._source is not None and item.entry_id != COVER_FIELD:
            entry = next(e for e in self._source.entries if e.id == item.entry_id)
            anchor = format_day(entry.created_at.astimezone(self._tz).date())
        reveal(self.preview, anchor, needle)

    def _refresh_state(self) -> None:
        self.choices.set_busy(self.task.busy)
        total = self.review.row_count()
        waiting = self.review.unreviewed_count()
        if self._source is None:
            status = self.tr("Nothing to review yet.")
        elif total == 0:
            status = self.tr(
                "Reflect found nothing that looks like a name, date or number. Read the "
                "preview once more anyway: it cannot catch everything."
            )
        elif total == 1:
            status = self.tr(
                "1 possible identifier. Ticked, it is hidden; untick it to show it as "
                "written. Click it to see it in the preview{0}."
            ).format("" if waiting == 0 else self.tr(": not looked at yet"))
        else:
            status = self.tr(
                "{0} possible identifiers. Ticked ones are hidden; untick one to show it "
                "as written. Click each to see it in the preview: {1} still to look at."
            ).format(total, waiting)
        self.review_status.setText(status)
        for widget in (self.hide_all_button, self.checked_button, self.always_button):
            widget.setEnabled(total > 0 and not self.task.busy)
        self.save_button.setEnabled(self._document is not None and not self.task.busy)
        self.close_button.setEnabled(not self.task.busy)
        self.progress.setVisible(self.task.busy)

    # -- the always-hide list ---------------------------------------------------

    def _save_always_list(self) -> None:
        terms = sorted(set(self.choices.always_list()), key=str.casefold)
        if terms != ALWAYS_REDACT.read(self._journal):
            ALWAYS_REDACT.write(self._journal, terms)
        self.reload()

    def _always_hide_current(self) -> None:
        row = self.review.currentRow()
        if row < 0:
            self.message.setText(self.tr("Select an item in the list first."))
            return
        word = self.review.review_item(row).finding.text.strip()
        terms = self.choices.always_list()
        if word.casefold() not in {t.casefold() for t in terms}:
            terms.append(word)
        self.always_field.setText(", ".join(terms))
        self._save_always_list()

    # -- saving -------------------------------------------------------------------

    def save(self) -> None:
        """Confirm if needed, ask where, then write off the UI thread."""
        document = self._document
        if document is None or self.task.busy:
            return
        waiting = self.review.unreviewed_count()
        if waiting and not self._dialogs.confirm(
            self,
            self.tr("Save without checking?"),
            self.tr(
                "You have not looked at {0} of the highlighted items. They will be hidden, "
                "but Reflect can miss names and details. Save anyway?"
            ).format(waiting),
            ok_text=self.tr("Save anyway"),
            cancel_text=self.tr("Go back and check"),
        ):
            return
        fmt = self.format_combo.currentData()
        suffix = dict(FORMATS)[fmt]
        file_filter = self.choices.format_words()[fmt][1]
        today = self._journal.clock.now().astimezone(self._tz).date().isoformat()
        path = self._dialogs.save_file(
            self,
            self.tr("Save the export"),
            # A file name suggested in the user's language, kept to plain letters.
            self.tr("reflect-for-therapist-{day}.{suffix}").format(day=today, suffix=suffix),
            file_filter,
        )
        if path is None:
            return
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        password = (
            self.password_field.text() if fmt == "pdf" and self.password_field.text() else None
        )
        self._target = path
        self.task.start(self.tr("Saving…"))
        self._refresh_state()
        self._runner.run(
            self.task.stoppable(_write),
            self._renderers[fmt],
            document,
            path,
            password,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self.task.on_progress,
        )

    def _done(self, _result: object) -> None:
        protected = self.format_combo.currentData() == "pdf" and bool(self.password_field.text())
        note = (
            self.tr("It needs the password to open.")
            if protected
            else self.tr(
                "It is not encrypted: keep it private and delete it when you no longer need it."
            )
        )
        self.task.finish(self.tr("Saved to {0}.").format(self._target) + " " + note)
        self._refresh_state()

    def _failed(self, exc: BaseException) -> None:
        text = (
            exc.message
            if isinstance(exc, UserError)
            else self.tr(
                "Reflect hit an internal problem and saved nothing. Your entries are unchanged."
            )
        )
        self.task.finish(text)
        self._dialogs.error(self, self.tr("The export was not saved"), text)
        self._refresh_state()

    def reject(self) -> None:
        if self.task.busy:
            return
        # Drop the plaintext this dialog holds as soon as it closes.
        self._source = None
        self._document = None
        self._items = []
        self.review.set_items([], {}, {})
        with contextlib.suppress(RuntimeError):
            self.preview.clear()
        super().reject()


def _write(
    renderer: Renderer,
    document: ExportDocument,
    path: Path,
    password: str | None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Runs off the UI thread: render in memory, then one atomic write to ``path``."""
    data = renderer(document, password, progress)
    write_export(path, data)
    return path


def _esc(text: str) -> str:
    return html.escape(text)
