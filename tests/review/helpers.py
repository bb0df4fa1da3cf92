"""Small builders shared by the review tests."""

from __future__ import annotations

from pathlib import Path

from pipeline.records import AnnotationRecord, Span
from pipeline.review.runs import AnnotationSet

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "review"
RUN_A = FIXTURES / "run_a.jsonl"
RUN_B = FIXTURES / "run_b.jsonl"
CHANGED_DOC = "b2f0c0de00000002"


def span(text: str, surface: str, label: str, concept: str | None = None, occurrence: int = 0, **attrs) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Span(start=start, end=start + len(surface), text=surface, label=label, concept_id=concept, attrs=attrs)


def record(doc_id: str, text: str, spans: list, lang: str = "en") -> AnnotationRecord:
    return AnnotationRecord(doc_id=doc_id, source=f"https://example.org/{doc_id}", lang=lang, text=text, spans=spans)


def aset(ref: str, *records: AnnotationRecord) -> AnnotationSet:
    return AnnotationSet(ref=ref, records={r.doc_id: r for r in sorted(records, key=lambda r: r.doc_id)})
