"""Recall and false alarms of reflect.core.privacy.redact on a labelled, invented corpus.

Run with ``-s`` to see the figures:
    .venv/bin/python -m pytest -q -s tests/core/privacy/test_redact_corpus.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from reflect.core.privacy.redact import Finding, find_identifiers, redact

CORPUS = Path(__file__).resolve().parents[2] / "data" / "phi_corpus.json"
_MARK = re.compile(r"\{\{(\w+):(.+?)\}\}")
# Safe Harbor kinds with a fixed shape: every one must be found.
STRUCTURED = ("phone", "email", "ssn", "url", "ip", "date", "id", "age", "zip", "postcode")


@dataclass(frozen=True)
class Label:
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Passage:
    text: str
    labels: tuple[Label, ...]
    always: tuple[str, ...]


def _parse(marked: str) -> tuple[str, tuple[Label, ...]]:
    parts: list[str] = []
    labels: list[Label] = []
    position = 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[position : match.start()]
        parts.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        labels.append(Label(kind, length, length + len(value), value))
        parts.append(value)
        length += len(value)
        position = match.end()
    parts.append(marked[position:])
    return "".join(parts), tuple(labels)


def load_corpus() -> tuple[list[Passage], list[str]]:
    data = json.loads(CORPUS.read_text(encoding="utf-8"))
    passages = []
    for item in data["passages"]:
        text, labels = _parse(item["text"])
        passages.append(Passage(text, labels, tuple(item.get("always", ()))))
    return passages, list(data["clean"])


def _report(lines: list[str]) -> None:
    """Show the figures when pytest runs with -s (they go in the README)."""
    print("\n".join(lines))  # noqa: T201


def _covered(label: Label, findings: list[Finding]) -> bool:
    """Every visible character of the label is inside some finding."""
    hidden: set[int] = set()
    for finding in findings:
        hidden.update(range(finding.start, finding.end))
    return all(
        i in hidden
        for i in range(label.start, label.end)
        if not label.text[i - label.start].isspace()
    )


def _overlaps_any(finding: Finding, labels: tuple[Label, ...]) -> bool:
    return any(finding.start < label.end and label.start < finding.end for label in labels)


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Passage], list[str]]:
    return load_corpus()


def test_corpus_is_big_and_well_formed(corpus: tuple[list[Passage], list[str]]) -> None:
    passages, clean = corpus
    assert len(passages) >= 60
    assert len(clean) >= 50
    for passage in passages:
        assert "{{" not in passage.text, passage.text
        for label in passage.labels:
            assert passage.text[label.start : label.end] == label.text


def test_recall_per_kind_and_overall(corpus: tuple[list[Passage], list[str]]) -> None:
    passages, _ = corpus
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed: list[str] = []
    spurious: list[str] = []
    finding_count = 0
    for passage in passages:
        findings = find_identifiers(passage.text, always_redact=passage.always)
        finding_count += len(findings)
        for label in passage.labels:
            total[label.kind] += 1
            if _covered(label, findings):
                found[label.kind] += 1
            else:
                missed.append(f"{label.kind}: {label.text!r} in {passage.text[:60]!r}")
        spurious.extend(
            f"{f.kind}: {f.text!r}" for f in findings if not _overlaps_any(f, passage.labels)
        )
    overall = sum(found.values()) / sum(total.values())
    lines = ["\nRedaction recall on tests/data/phi_corpus.json"]
    for kind in sorted(total):
        lines.append(
            f"  {kind:<9} {found[kind]:>3}/{total[kind]:<3} = {found[kind] / total[kind]:.3f}"
        )
    lines.append(f"  overall   {sum(found.values())}/{sum(total.values())} = {overall:.3f}")
    lines.append(f"  findings not matching a label: {len(spurious)} of {finding_count}")
    for line in missed:
        lines.append(f"  missed {line}")
    for line in spurious:
        lines.append(f"  extra  {line}")
    _report(lines)
    assert overall >= 0.95
    for kind in STRUCTURED:
        if total[kind]:
            assert found[kind] == total[kind], f"{kind} recall below 1.0: {missed}"
    assert len(spurious) <= 0.05 * finding_count


def test_false_alarms_on_clean_sentences(corpus: tuple[list[Passage], list[str]]) -> None:
    _, clean = corpus
    alarms = [(s, f.kind, f.text) for s in clean for f in find_identifiers(s)]
    flagged = {s for s, _, _ in alarms}
    rate = len(flagged) / len(clean)
    lines = [f"\nClean sentences flagged: {len(flagged)}/{len(clean)} = {rate:.3f}"]
    for sentence, kind, text in alarms:
        lines.append(f"  false alarm {kind}: {text!r} in {sentence!r}")
    _report(lines)
    assert rate <= 0.05


def test_redacted_corpus_shows_no_labelled_identifier(
    corpus: tuple[list[Passage], list[str]],
) -> None:
    passages, _ = corpus
    for passage in passages:
        findings = find_identifiers(passage.text, always_redact=passage.always)
        output = redact(passage.text, findings)
        for label in passage.labels:
            if _covered(label, findings) and len(label.text) > 3:
                assert label.text not in output


def test_hard_passages_are_measured(corpus: tuple[list[Passage], list[str]]) -> None:
    """Known weak spots: printed for the README; structured kinds still must all be found."""
    data = json.loads(CORPUS.read_text(encoding="utf-8"))
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed: list[str] = []
    for item in data["hard_passages"]:
        text, labels = _parse(item["text"])
        findings = find_identifiers(text, always_redact=item.get("always", ()))
        for label in labels:
            total[label.kind] += 1
            if _covered(label, findings):
                found[label.kind] += 1
            else:
                missed.append(f"{label.kind}: {label.text!r}")
    lines = ["\nHard passages (known gaps):"]
    for kind in sorted(total):
        lines.append(f"  {kind:<9} {found[kind]:>3}/{total[kind]:<3}")
    lines.append(f"  overall   {sum(found.values())}/{sum(total.values())}")
    for line in missed:
        lines.append(f"  missed {line}")
    _report(lines)
    for kind in ("phone", "url", "date", "id", "email", "ip", "ssn"):
        assert found[kind] == total[kind], f"{kind}: {missed}"
