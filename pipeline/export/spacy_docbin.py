"""spaCy ``DocBin`` (``.spacy``): spans in ``doc.spans["sc"]``.

Each document is tokenised by a blank pipeline of its language (``zh`` splits
characters, so Chinese spans always align). A span that does not fall on token
boundaries is widened to them (``alignment_mode="expand"``) and counted; one
that still cannot be made a span is counted and left out. The concept id is
the span's ``kb_id``; ``doc_id`` and ``source`` are in ``doc.user_data``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from ..records import AnnotationRecord
from . import ExportStats

SPAN_KEY = "sc"


@functools.lru_cache(maxsize=None)
def _blank(lang: str):
    import spacy

    return spacy.blank(lang)


def to_doc(rec: AnnotationRecord, stats: ExportStats):
    doc = _blank(rec.lang).make_doc(rec.text)
    spans = []
    for s in rec.spans:
        kb_id = s.concept_id or ""
        span = doc.char_span(s.start, s.end, label=s.label, kb_id=kb_id, alignment_mode="strict")
        if span is None:
            span = doc.char_span(s.start, s.end, label=s.label, kb_id=kb_id, alignment_mode="expand")
            if span is not None:
                stats.counts["expanded"] += 1
                stats.warnings.append(f"{rec.doc_id} {s.label} {s.start}..{s.end} {s.text!r} expanded to {span.text!r}")
        if span is None or not len(span):
            stats.counts["unaligned"] += 1
            stats.warnings.append(f"{rec.doc_id} {s.label} {s.start}..{s.end} {s.text!r} could not be aligned")
            continue
        spans.append(span)
    doc.spans[SPAN_KEY] = spans
    doc.user_data["doc_id"] = rec.doc_id
    doc.user_data["source"] = rec.source
    return doc


def write(records: list[AnnotationRecord], path: Path) -> ExportStats:
    from spacy.tokens import DocBin

    stats = ExportStats(documents=len(records), counts={"expanded": 0, "unaligned": 0})
    bin_ = DocBin(store_user_data=True)
    for rec in records:
        doc = to_doc(rec, stats)
        stats.spans += len(doc.spans[SPAN_KEY])
        bin_.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    bin_.to_disk(tmp)
    tmp.replace(path)
    return stats
