"""No preview and no PDF loads a local file named in the HTML (audit item 14).

A real image on disk is the bait: a plain QTextDocument loads it (the control,
which shows the check can fail), Reflect's documents refuse it.
"""

from __future__ import annotations

import threading
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from reflect.core.journal.repository import Journal
from reflect.core.portability.exporters.therapist import (
    ExportDocument,
    ExportSelection,
    build_document,
    gather,
    review_items,
)
from reflect.ui.common.safe_document import SafeDocument
from reflect.ui.data import pdf
from reflect.ui.journal.markdown_preview import BACKGROUND_CHARS, SafePreview

pytestmark = [
    pytest.mark.gui,
    pytest.mark.usefixtures("qapp"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]


@pytest.fixture
def bait(tmp_path: Path) -> Path:
    """A 300 x 300 picture: if a document loads it, its layout grows that tall."""
    path = tmp_path / "private-photo.png"
    image = QImage(300, 300, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    assert image.save(str(path))
    return path


def _html(bait: Path) -> str:
    return f'<p>before</p><img src="{bait}"><img src="{bait.as_uri()}"><p>after</p>'


def test_a_plain_document_would_load_the_file(bait: Path) -> None:
    doc = QTextDocument()
    doc.setHtml(_html(bait))
    assert doc.size().height() > 300  # the control: the bait works


def test_the_safe_document_refuses_it(bait: Path) -> None:
    doc = SafeDocument()
    doc.setHtml(_html(bait))
    assert doc.size().height() < 150
    assert {url.toLocalFile() or url.toString() for url in doc.refused} == {str(bait)}


def test_the_entry_and_export_previews_refuse_it(qtbot: QtBot, bait: Path) -> None:
    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.setHtml(_html(bait))
    preview.document().size()
    assert preview.refused
    assert preview.document().size().height() < 150


@pytest.fixture
def export_document(journal: Journal) -> ExportDocument:
    journal.add_entry("An entry", "Plain words.")
    source = gather(journal, ExportSelection(title="Notes"), tz=UTC)
    return build_document(source, review_items(source))


def test_the_pdf_refuses_it(
    bait: Path, monkeypatch: pytest.MonkeyPatch, export_document: ExportDocument
) -> None:
    made: list[SafeDocument] = []

    class Spy(SafeDocument):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(pdf, "SafeDocument", Spy)
    monkeypatch.setattr(pdf, "entries_html", lambda document: _html(bait))
    data = pdf.render_pdf(export_document)
    assert data.startswith(b"%PDF")
    refused = [url for doc in made for url in doc.refused]
    assert refused, "the PDF never asked for the picture, so the check proves nothing"
    assert b"private-photo" not in data


def test_a_long_entry_renders_off_the_ui_thread_and_then_shows(qtbot: QtBot) -> None:
    """Audit item 13: rendering a long entry must not freeze the window."""
    threads: list[str] = []

    def render(text: str) -> str:
        threads.append(threading.current_thread().name)
        return "<p>the whole entry</p>"

    preview = SafePreview(renderer=render)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        preview.show_markdown("x" * (BACKGROUND_CHARS + 1))
        assert preview.toPlainText() == "Preparing the preview…"  # shown at once
    assert threads == ["reflect-preview"]
    assert preview.toPlainText() == "the whole entry"


def test_a_preview_that_arrives_after_a_wipe_is_dropped(qtbot: QtBot) -> None:
    """Locking wipes the preview; a render still running must not bring the text back."""
    release = threading.Event()

    def slow(text: str) -> str:
        release.wait(10)
        return "<p>private words</p>"

    preview = SafePreview(renderer=slow)
    qtbot.addWidget(preview)
    preview.show_markdown("y" * (BACKGROUND_CHARS + 1))
    preview.wipe()
    with qtbot.assertNotEmitted(preview.rendered, wait=300):
        release.set()
    assert "private words" not in preview.toPlainText()
