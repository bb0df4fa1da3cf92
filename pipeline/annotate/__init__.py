"""Annotation: clean records -> STAGE / ACTOR / MECHANISM spans (filled in by its issue)."""

from __future__ import annotations

from ..records import AnnotationRecord, CleanRecord
from ..versions import versions


class Annotator:
    def annotate(self, records: list[CleanRecord]) -> list[AnnotationRecord]:
        return [
            AnnotationRecord(doc_id=r.doc_id, source=r.source, lang=r.lang, text=r.text, versions=versions())
            for r in records
        ]
