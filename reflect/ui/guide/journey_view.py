"""An event's stages over time: each stretch with its dates, returns marked as such.

Returns to an earlier stage are shown plainly and without judgement: stages recur,
and a trigger can bring an earlier one back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from reflect.core.guide.content import Content
from reflect.core.guide.rules import stage_spans
from reflect.core.journal.models import StageChange
from reflect.ui.common.dates import medium_date
from reflect.ui.guide.common import label, tr


class JourneyView(QWidget):
    """Object name ``journeyView``; ``show_history(history)`` fills it."""

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journeyView")
        self.setAccessibleName(tr("Stages over time"))
        self._content = content
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.rows: list[str] = []
        self.show_history([])

    def show_history(self, history: list[StageChange]) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # at once; deleteLater waits for the event loop
                widget.deleteLater()
        self.rows = []
        spans = stage_spans(history)
        if not spans:
            self._layout.addWidget(
                label(
                    tr(
                        "When you say where you are today, it shows here with the date. "
                        "Moving back and forth between stages is common."
                    ),
                    role="muted",
                    name="journeyEmpty",
                )
            )
            return
        for span in spans:
            name = self._content.stage(span.stage).name
            start = medium_date(span.start)
            dates = (
                tr("since %1").replace("%1", start)
                if span.end is None
                else f"{start} – {medium_date(span.end)}"
            )
            text = f"{dates}   ·   {span.stage}. {name}"
            if span.is_return:
                text += "   " + tr("(came back; that happens)")
            self.rows.append(text)
            self._layout.addWidget(
                label(text, role="heading" if span.end is None else None, name="journeyRow")
            )
