"""A knowledge-base feed: JSONL files plus CSVs for ``neo4j-admin database import``.

Folder layout:

- ``concepts.jsonl``  {id, type, labels: {zh, en}}; labels come from the term
  base when it knows the concept, else they are null.
- ``mentions.jsonl``  {doc_id, start, end, text, label, concept_id, attrs}
- ``frames.jsonl``    {frame_id, doc_id, start, end, actors, mechanisms, stage, evidence}
- ``nodes_concepts.csv``  ``conceptId:ID(Concept),name,type,:LABEL``
- ``nodes_documents.csv`` ``docId:ID(Document),source,lang,:LABEL``
- ``nodes_frames.csv``    ``frameId:ID(Frame),docId,start:int,end:int,evidence,stage,:LABEL``
- ``rels_mentions.csv``   ``:START_ID(Document),:END_ID(Concept),start:int,end:int,label,:TYPE``
- ``rels_document_frames.csv`` ``:START_ID(Document),:END_ID(Frame),:TYPE`` (HAS_FRAME)
- ``rels_frame_concepts.csv``  ``:START_ID(Frame),:END_ID(Concept),role,:TYPE``
  (HAS_ACTOR, USES_MECHANISM, IN_STAGE)
- ``neo4j-import.sh``: the import command.

Offsets are code points. The graph holds linked spans only: a span with no
``concept_id`` is a mention in ``mentions.jsonl`` but has no node to point
to, and a frame actor or mechanism given as span text (not a concept id) gets
no relationship; both are counted. CSV cells have their white space
collapsed to one space, so the import needs no ``--multiline-fields``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Iterable, Optional

from ..records import AnnotationRecord
from ..store import write_atomic
from . import ExportStats
from .termbase_labels import concept_labels

IMPORT_COMMAND = """#!/bin/sh
# Import this folder into an empty Neo4j 5 database (stop the database first).
cd "$(dirname "$0")"
exec neo4j-admin database import full "${1:-neo4j}" --overwrite-destination \\
  --nodes=nodes_concepts.csv --nodes=nodes_documents.csv --nodes=nodes_frames.csv \\
  --relationships=rels_mentions.csv --relationships=rels_document_frames.csv \\
  --relationships=rels_frame_concepts.csv
"""

ROLE_TYPES = {"actor": "HAS_ACTOR", "mechanism": "USES_MECHANISM", "stage": "IN_STAGE"}


def concepts(records: list[AnnotationRecord], labels: Optional[dict] = None) -> list[dict]:
    labels = concept_labels() if labels is None else labels
    label_of: dict[str, str] = {}
    for r in records:
        for s in r.spans:
            if s.concept_id:
                label_of.setdefault(s.concept_id, s.label)
    out = []
    for cid in sorted(label_of):
        known = labels.get(cid, {})
        ctype = known.get("type") or (cid.split("/", 1)[0] if "/" in cid else label_of[cid].lower())
        out.append({"id": cid, "type": ctype, "labels": {"zh": known.get("zh"), "en": known.get("en")}})
    return out


def mentions(records: list[AnnotationRecord]) -> list[dict]:
    return [
        {"doc_id": r.doc_id, "start": s.start, "end": s.end, "text": s.text, "label": s.label,
         "concept_id": s.concept_id, "attrs": s.attrs}
        for r in records for s in r.spans
    ]


def frames(records: list[AnnotationRecord]) -> list[dict]:
    return [
        {"frame_id": f"{r.doc_id}/f{i}", "doc_id": r.doc_id, "start": f.start, "end": f.end,
         "actors": f.actors, "mechanisms": f.mechanisms, "stage": f.stage, "evidence": r.text[f.start : f.end]}
        for r in records for i, f in enumerate(r.frames)
    ]


def _jsonl(rows: Iterable[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows)


def _csv(header: list[str], rows: Iterable[list]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow(["" if v is None else " ".join(str(v).split()) for v in row])
    return buf.getvalue()


def _stage_concept(stage: Optional[dict], known: set[str]) -> Optional[str]:
    if not stage:
        return None
    for key in ("concept_id", "stage_id"):
        value = stage.get(key)
        for cid in (value, f"stage/{value}"):
            if isinstance(value, str) and cid in known:
                return cid
    return None


def graph_files(records: list[AnnotationRecord], concept_rows: list[dict], frame_rows: list[dict], stats: ExportStats) -> dict[str, str]:
    known = {c["id"] for c in concept_rows}
    files = {
        "nodes_concepts.csv": _csv(["conceptId:ID(Concept)", "name", "type", ":LABEL"], (
            [c["id"], c["labels"]["en"] or c["labels"]["zh"] or c["id"], c["type"], f"Concept;{c['type'].capitalize()}"]
            for c in concept_rows)),
        "nodes_documents.csv": _csv(["docId:ID(Document)", "source", "lang", ":LABEL"], (
            [r.doc_id, r.source, r.lang, "Document"] for r in records)),
        "nodes_frames.csv": _csv(["frameId:ID(Frame)", "docId", "start:int", "end:int", "evidence", "stage", ":LABEL"], (
            [f["frame_id"], f["doc_id"], f["start"], f["end"], f["evidence"],
             json.dumps(f["stage"], ensure_ascii=False, sort_keys=True) if f["stage"] else "", "Frame"]
            for f in frame_rows)),
    }
    linked = [(r, s) for r in records for s in r.spans if s.concept_id]
    stats.counts["mentions_unlinked"] = sum(len(r.spans) for r in records) - len(linked)
    files["rels_mentions.csv"] = _csv([":START_ID(Document)", ":END_ID(Concept)", "start:int", "end:int", "label", ":TYPE"], (
        [r.doc_id, s.concept_id, s.start, s.end, s.label, "MENTIONS"] for r, s in linked))
    files["rels_document_frames.csv"] = _csv([":START_ID(Document)", ":END_ID(Frame)", ":TYPE"], (
        [f["doc_id"], f["frame_id"], "HAS_FRAME"] for f in frame_rows))
    files["rels_frame_concepts.csv"] = _csv([":START_ID(Frame)", ":END_ID(Concept)", "role", ":TYPE"], _frame_rels(frame_rows, known, stats))
    return files


def _frame_rels(frame_rows: list[dict], known: set[str], stats: ExportStats) -> list[list]:
    rels, unlinked = [], 0
    for f in frame_rows:
        for role, refs in (("actor", f["actors"]), ("mechanism", f["mechanisms"])):
            for ref in dict.fromkeys(refs):
                if ref in known:
                    rels.append([f["frame_id"], ref, role, ROLE_TYPES[role]])
                else:
                    unlinked += 1
        stage = _stage_concept(f["stage"], known)
        if stage:
            rels.append([f["frame_id"], stage, "stage", ROLE_TYPES["stage"]])
    stats.counts["frame_refs_unlinked"] = unlinked
    return rels


def write(records: list[AnnotationRecord], path: Path, labels: Optional[dict] = None) -> ExportStats:
    stats = ExportStats(documents=len(records), spans=sum(len(r.spans) for r in records))
    concept_rows, frame_rows = concepts(records, labels), frames(records)
    files = {
        "concepts.jsonl": _jsonl(concept_rows),
        "mentions.jsonl": _jsonl(mentions(records)),
        "frames.jsonl": _jsonl(frame_rows),
        **graph_files(records, concept_rows, frame_rows, stats),
        "neo4j-import.sh": IMPORT_COMMAND,
    }
    for name, body in files.items():
        write_atomic(path / name, body)
    (path / "neo4j-import.sh").chmod(0o755)
    stats.counts["concepts"] = len(concept_rows)
    stats.counts["frames"] = len(frame_rows)
    return stats
