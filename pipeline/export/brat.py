"""brat standoff: one ``<doc_id>.txt`` and ``<doc_id>.ann`` pair per document.

``T`` lines carry code point offsets into the ``.txt`` (brat reads the file
with Python). brat fragments may not cross a line break, so a span over one is
written as a discontinuous annotation (``start end;start end``) whose text is
its fragments joined by a space, as brat does. The concept id (``-`` when
none) and the attributes as JSON go in an ``AnnotatorNotes`` line. ``annotation.conf`` declares the labels and
allows overlaps (an ACTOR inside a MECHANISM phrase).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..records import AnnotationRecord, Span
from ..store import write_atomic
from . import ExportStats

ANNOTATION_CONF = """[entities]
ACTOR
MECHANISM
STAGE

[relations]
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
"""


def fragments(text: str, span: Span) -> list[tuple[int, int]]:
    """The span cut at line breaks, empty pieces dropped."""
    out, start = [], span.start
    for i in range(span.start, span.end):
        if text[i] in "\r\n":
            if i > start:
                out.append((start, i))
            start = i + 1
    if span.end > start:
        out.append((start, span.end))
    return out


def ann_lines(rec: AnnotationRecord) -> list[str]:
    lines: list[str] = []
    for n, span in enumerate(rec.spans, 1):
        frags = fragments(rec.text, span)
        if not frags:
            continue
        where = ";".join(f"{a} {b}" for a, b in frags)
        lines.append(f"T{n}\t{span.label} {where}\t{' '.join(rec.text[a:b] for a, b in frags)}")
        if span.concept_id or span.attrs:
            note = span.concept_id or "-"
            if span.attrs:
                note += " " + json.dumps(span.attrs, ensure_ascii=False, sort_keys=True)
            lines.append(f"#{n}\tAnnotatorNotes T{n}\t{' '.join(note.split())}")
    return lines


def write(records: list[AnnotationRecord], path: Path) -> ExportStats:
    path.mkdir(parents=True, exist_ok=True)
    stats = ExportStats(documents=len(records))
    for rec in records:
        lines = ann_lines(rec)
        write_atomic(path / f"{rec.doc_id}.txt", rec.text)
        write_atomic(path / f"{rec.doc_id}.ann", "".join(line + "\n" for line in lines))
        stats.spans += sum(line.startswith("T") for line in lines)
    write_atomic(path / "annotation.conf", ANNOTATION_CONF)
    return stats
