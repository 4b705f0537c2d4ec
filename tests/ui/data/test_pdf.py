"""The therapist PDF: content, redaction, metadata, password, and no stray files."""

from __future__ import annotations

import getpass
import io
import os
import platform
import tempfile
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from reflect.core.clock import FakeClock
from reflect.core.journal.repository import Journal
from reflect.core.portability.exporters.therapist import (
    ExportDocument,
    ExportSelection,
    build_document,
    gather,
    review_items,
)
from reflect.ui.data.pdf import render_pdf, write_pdf

pytestmark = pytest.mark.usefixtures("qapp")

SECRET_BITS = ("Halvorsen", "14/02/2024", "020 7946 0958", "Okafor", "jo@example.org")


def _at(day: int) -> datetime:
    return datetime(2026, 3, day, 12, tzinfo=UTC)


@pytest.fixture
def document(journal: Journal, clock: FakeClock) -> ExportDocument:
    clock.set(_at(1))
    event = journal.add_event("Night shift", date(2026, 2, 28), stage=2)
    journal.add_entry(
        "After the review",
        "I keep thinking about Mrs Halvorsen, back on 14/02/2024.\n\n## What I learned\n\nAsk.",
        ["work"],
        event.id,
        created_at=_at(2),
    )
    journal.add_entry(
        "Coffee",
        "Dr Okafor (020 7946 0958, jo@example.org) listened. **Kindness** mattered.",
        created_at=_at(5),
    )
    journal.add_entry("Not chosen", "This one stays private.", created_at=_at(20))
    for day, distress in ((2, 8), (3, 6), (5, 4)):
        clock.set(_at(day))
        journal.add_checkin(distress, event_id=event.id, sleep=1)
    selection = ExportSelection(
        title="Notes for Thursday",
        end=date(2026, 3, 10),
        include_trends=True,
        include_stage_timeline=True,
    )
    source = gather(journal, selection, tz=UTC)
    return build_document(source, review_items(source), stage_names={2: "Intrusive reflections"})


def _text(reader: PdfReader) -> str:
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def test_pdf_has_cover_entries_page_numbers_and_no_identifiers(document: ExportDocument) -> None:
    reader = PdfReader(io.BytesIO(render_pdf(document)))
    text = _text(reader)
    assert text.startswith("Notes for Thursday Private — prepared for my therapist")
    assert "After the review" in text and "Coffee" in text
    assert "Kindness mattered" in text
    assert "Stage 2: Intrusive reflections" in text
    assert "Mrs [name]" in text and "[phone]" in text and "[email]" in text
    assert "Not chosen" not in text and "stays private" not in text
    for secret in SECRET_BITS:
        assert secret not in text
    pages = len(reader.pages)
    # Cover, overview, then the two short entries one after the other on one page
    # (Reflect 0.1 gave every entry a page of its own: three entries took five).
    assert pages == 3
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert "Check-ins" in _text_of(reader, 1) and "Where I was, over time" in _text_of(reader, 1)
    assert "Monday 2 March 2026" in _text_of(reader, 2)
    assert "Thursday 5 March 2026" in _text_of(reader, 2)


def _text_of(reader: PdfReader, index: int) -> str:
    return " ".join(unicodedata.normalize("NFKC", reader.pages[index].extract_text()).split())


def test_without_options_there_is_no_overview_page(
    journal: Journal, document: ExportDocument
) -> None:
    plain = ExportDocument(
        title=document.title, date_range_label=document.date_range_label, entries=document.entries
    )
    reader = PdfReader(io.BytesIO(render_pdf(plain)))
    assert len(reader.pages) == 2  # the cover, then the entries
    assert "Check-ins" not in _text(reader)


def test_metadata_says_only_reflect(document: ExportDocument, tmp_path: Path) -> None:
    data = render_pdf(document)
    reader = PdfReader(io.BytesIO(data))
    metadata = {str(k): str(v) for k, v in (reader.metadata or {}).items()}
    assert metadata == {"/Title": "Reflect", "/Producer": "Reflect"}
    root: Any = reader.trailer["/Root"]
    assert "/Metadata" not in root
    for leak in (platform.node(), str(tmp_path), str(Path.home()), "Qt ", "pypdf"):
        # Short names ("vm", "root") match random compressed bytes; check those below.
        assert len(leak) < 6 or leak.encode() not in data
    for name in (getpass.getuser(), platform.node()):
        assert name not in repr(reader.metadata)
    assert b"Notes for Thursday" not in data  # the title is only in the (compressed) page text


def test_password_protects_with_aes_256(document: ExportDocument) -> None:
    data = render_pdf(document, password="tide pool 7")
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    encrypt: Any = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256
    with pytest.raises((FileNotDecryptedError, PdfReadError, DependencyError)):
        reader.pages[0].extract_text()
    wrong = PdfReader(io.BytesIO(data))
    assert not wrong.decrypt("wrong")
    right = PdfReader(io.BytesIO(data))
    assert right.decrypt("tide pool 7")
    assert "After the review" in _text(right)


def test_write_pdf_leaves_only_the_chosen_file(document: ExportDocument, tmp_path: Path) -> None:
    target = tmp_path / "share" / "for-therapist.pdf"
    target.parent.mkdir()
    temp_root = Path(tempfile.gettempdir())
    before = set(temp_root.iterdir())
    ticks: list[tuple[int, int]] = []
    write_pdf(document, target, progress=lambda done, total: ticks.append((done, total)))
    assert os.listdir(target.parent) == ["for-therapist.pdf"]
    assert target.read_bytes().startswith(b"%PDF")
    assert set(temp_root.iterdir()) - before == set()
    assert ticks[-1][0] == ticks[-1][1] and len(ticks) == ticks[-1][1]


def test_three_short_entries_take_three_pages_not_five(journal: Journal, clock: FakeClock) -> None:
    clock.set(_at(1))
    event = journal.add_event("Night shift", date(2026, 2, 28), stage=2)
    for day in (2, 3, 4):
        journal.add_entry(
            f"Day {day}",
            "A few lines about how it went.\n\nAnd a little more.",
            event_id=event.id,
            created_at=_at(day),
        )
        clock.set(_at(day))
        journal.add_checkin(5, event_id=event.id)
    selection = ExportSelection(event_id=event.id, include_trends=True)
    source = gather(journal, selection, tz=UTC)
    document = build_document(source, review_items(source))
    reader = PdfReader(io.BytesIO(render_pdf(document)))
    assert len(reader.pages) <= 3
    text = _text(reader)
    assert all(f"Day {day}" in text for day in (2, 3, 4))
