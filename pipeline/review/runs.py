"""Annotation run snapshots and how the review commands name an annotation set.

Every flow run copies its annotation file to ``<out>/runs/<run_id>.jsonl``
(beside, not inside, ``annotations/``, which stays byte-identical for the same
input). A run whose annotations equal the latest snapshot's reuses that
snapshot instead of storing a copy. A run id is sortable: the UTC time
of the snapshot to the microsecond, then the first 8 hex digits of the
sha256 of the content (``20261128T012055123456Z-1a2b3c4d``), so listing the
folder in name order lists the runs in time order.

A reference given to ``pipeline diff`` or ``pipeline export`` is, in this
order: an existing file or folder; ``latest`` or ``previous``; a run id, or
an unambiguous prefix of one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pydantic import ValidationError

from ..records import AnnotationRecord
from ..store import ANNOTATION_FILE, iter_jsonl, read_records

RUNS_DIR = Path("runs")
RUN_ID = re.compile(r"^\d{8}T\d{12}Z-[0-9a-f]{8}$")
ALIASES = ("latest", "previous")


class ReferenceError(ValueError):
    """A reference that names no annotation file, folder or run."""


@dataclass(frozen=True)
class AnnotationSet:
    """Annotation records of one side of a diff or one export, with where they came from."""

    ref: str
    records: dict[str, AnnotationRecord]


def runs_dir(out_dir: Path) -> Path:
    return Path(out_dir) / RUNS_DIR


def run_id_for(content: bytes, now: dt.datetime) -> str:
    stamp = now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{stamp}-{hashlib.sha256(content).hexdigest()[:8]}"


def snapshot_annotations(out_dir: Path, annotation_path: Path, now: Optional[dt.datetime] = None) -> str:
    """Copy the annotation file into the runs folder; returns the run id.

    Identical content to the latest snapshot returns that snapshot's id."""
    annotation_path = Path(annotation_path)
    content = annotation_path.read_bytes() if annotation_path.exists() else b""
    run_id = run_id_for(content, now or dt.datetime.now(dt.timezone.utc))
    existing = list_runs(out_dir)
    if existing and existing[-1].rsplit("-", 1)[1] == run_id.rsplit("-", 1)[1]:
        return existing[-1]
    target = runs_dir(out_dir) / f"{run_id}.jsonl"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    if annotation_path.exists():
        shutil.copyfile(annotation_path, tmp)
    else:
        tmp.write_bytes(b"")
    tmp.replace(target)
    return run_id


def list_runs(out_dir: Path) -> list[str]:
    """Run ids, oldest first."""
    folder = runs_dir(out_dir)
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.jsonl") if RUN_ID.match(p.stem))


def resolve(ref: str, out_dir: Path) -> Path:
    """The file or folder a reference names (see the module docstring)."""
    given = Path(ref)
    if given.exists():
        return given
    runs = list_runs(out_dir)
    if ref in ALIASES:
        need = 1 if ref == "latest" else 2
        if len(runs) < need:
            raise ReferenceError(f"'{ref}' needs {need} run snapshot(s) in {runs_dir(out_dir)}, found {len(runs)}")
        return runs_dir(out_dir) / f"{runs[-need]}.jsonl"
    matches = [r for r in runs if r.startswith(ref)] if ref else []
    if len(matches) == 1:
        return runs_dir(out_dir) / f"{matches[0]}.jsonl"
    if len(matches) > 1:
        raise ReferenceError(f"'{ref}' matches {len(matches)} runs: {', '.join(matches[:3])}...")
    raise ReferenceError(f"'{ref}' is no file, folder or run id (runs in {runs_dir(out_dir)}: {len(runs)})")


def load(ref: str, out_dir: Path) -> AnnotationSet:
    """Resolve and read a reference; records are validated and keyed by doc_id."""
    path = resolve(ref, out_dir)
    records: dict[str, AnnotationRecord] = {}
    for obj in _read(path):
        try:
            rec = AnnotationRecord.model_validate(obj)
        except ValidationError as exc:
            raise ReferenceError(f"{path}: record {obj.get('doc_id', '?')} is not an annotation record: {exc}") from exc
        if rec.doc_id in records:
            raise ReferenceError(f"{path}: doc_id {rec.doc_id} appears twice")
        records[rec.doc_id] = rec
    return AnnotationSet(ref=ref, records=dict(sorted(records.items())))


def _read(path: Path) -> list[dict]:
    """A folder holding documents.jsonl means that file (so run snapshots beside it are not read)."""
    if path.is_dir() and (path / ANNOTATION_FILE).is_file():
        return list(iter_jsonl(path / ANNOTATION_FILE))
    if path.is_dir() and (path / "annotations" / ANNOTATION_FILE).is_file():
        return list(iter_jsonl(path / "annotations" / ANNOTATION_FILE))
    return read_records(path)
