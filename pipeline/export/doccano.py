"""doccano sequence-labelling JSONL: ``{"text", "label": [[start, end, label]]}``.

Offsets are code points (Python string indices), as in every export but Label
Studio's. ``doc_id`` and ``source`` ride along: doccano keeps extra keys as
document metadata.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..records import AnnotationRecord
from ..store import write_atomic
from . import ExportStats


def line(rec: AnnotationRecord) -> dict:
    return {
        "text": rec.text,
        "label": [[s.start, s.end, s.label] for s in rec.spans],
        "doc_id": rec.doc_id,
        "source": rec.source,
    }


def write(records: list[AnnotationRecord], path: Path) -> ExportStats:
    body = "".join(json.dumps(line(r), ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    write_atomic(path, body)
    return ExportStats(documents=len(records), spans=sum(len(r.spans) for r in records))
