"""Batch-level work shared by the flows: plain functions, no Prefect."""

from __future__ import annotations

import functools
import traceback
from dataclasses import dataclass, field

from .records import AnnotationRecord, CleanRecord, QuarantineRecord, RawDocument
from .settings import CleanSettings


@dataclass
class BatchResult:
    records: list = field(default_factory=list)
    quarantined: list[QuarantineRecord] = field(default_factory=list)


def clean_batch(docs: list[RawDocument], settings: CleanSettings) -> BatchResult:
    """Clean each document; a failure quarantines that document only."""
    from .clean import CleaningError, clean_document

    out = BatchResult()
    for doc in docs:
        try:
            out.records.append(clean_document(doc, settings))
        except CleaningError as exc:
            out.quarantined.append(_quarantine(doc.doc_id, doc.source, "clean", str(exc), doc.sha256))
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the others
            out.quarantined.append(_quarantine(doc.doc_id, doc.source, "clean", _describe(exc), doc.sha256))
    return out


def annotate_batch(records: list[CleanRecord]) -> BatchResult:
    out = BatchResult()
    try:
        out.records = _annotator().annotate(records)
        return out
    except Exception:  # noqa: BLE001 - fall back to one by one to isolate the bad document
        pass
    for rec in records:
        try:
            out.records.extend(_annotator().annotate([rec]))
        except Exception as exc:  # noqa: BLE001
            out.quarantined.append(_quarantine(rec.doc_id, rec.source, "annotate", _describe(exc), rec.raw_sha256))
    return out


@functools.lru_cache(maxsize=1)
def _annotator():
    from .annotate import Annotator

    return Annotator()


def _quarantine(doc_id, source, stage, reason, sha) -> QuarantineRecord:
    return QuarantineRecord(doc_id=doc_id, source=source, stage=stage, reason=reason, raw_sha256=sha)


def _describe(exc: Exception) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" (at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno})" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"


def annotation_sort_key(rec: AnnotationRecord) -> str:
    return rec.doc_id
