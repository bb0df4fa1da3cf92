"""The ``process`` flow: read inputs, then clean and annotate them batch by batch.

The flow only orchestrates; all the work is in ``pipeline`` (see
``pipeline.batch``), so the same functions run and test without Prefect.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Optional

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows.artifacts import review_run
from pipeline import batch as batch_lib
from pipeline import store
from pipeline.readers import ReadOptions, iter_documents
from pipeline.records import CleanRecord, QuarantineRecord, RawDocument
from pipeline.settings import CleanSettings

DEFAULT_BATCH_SIZE = 32


@dataclass
class RunSummary:
    documents_in: int = 0
    cleaned: int = 0
    annotated: int = 0
    quarantined: int = 0
    removed_chars_by_kind: dict[str, int] = field(default_factory=dict)
    spans_by_label: dict[str, int] = field(default_factory=dict)
    quarantine_reasons: list[dict] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


@task(name="read-inputs", retries=1, cache_policy=NO_CACHE, persist_result=False)
def read_inputs(inputs: list[str], raw_dir: Optional[str], allow_hosts: tuple[str, ...]) -> list:
    options = ReadOptions(raw_dir=Path(raw_dir) if raw_dir else None, allow_hosts=allow_hosts)
    return list(iter_documents(inputs, options))


@task(name="clean-batch", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE, persist_result=False)
def clean_batch(docs: list[RawDocument], settings: CleanSettings) -> batch_lib.BatchResult:
    return batch_lib.clean_batch(docs, settings)


@task(name="annotate-batch", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE, persist_result=False)
def annotate_batch(records: list) -> batch_lib.BatchResult:
    return batch_lib.annotate_batch(records)


@task(name="write-outputs", cache_policy=NO_CACHE, persist_result=False)
def write_outputs(out_dir: str, cleaned: list, annotated: Optional[list], quarantined: list[QuarantineRecord]) -> dict[str, str]:
    out = Path(out_dir)
    clean_path = out / "clean" / store.CLEAN_FILE
    ann_path = out / "annotations" / store.ANNOTATION_FILE
    quarantine_path = out / "clean" / store.QUARANTINE_FILE
    bad_ids = sorted({q.doc_id for q in quarantined if q.doc_id})
    store.merge_records(clean_path, cleaned, drop=bad_ids)
    if annotated is not None:
        store.merge_records(ann_path, annotated, drop=bad_ids)
    good_ids = [r.doc_id for r in cleaned]
    # Quarantine records are keyed by source (a read failure has no doc_id).
    store.merge_records(quarantine_path, quarantined, key="source", drop=_sources_now_good(quarantine_path, good_ids))
    outputs = {"clean": str(clean_path), "quarantine": str(quarantine_path)}
    if annotated is not None:
        outputs["annotations"] = str(ann_path)
    return outputs


def _sources_now_good(path: Path, good_ids: list[str]) -> list[str]:
    if not path.exists():
        return []
    good = set(good_ids)
    return [q["source"] for q in store.iter_jsonl(path) if q.get("doc_id") in good]


@flow(name="process", log_prints=False, validate_parameters=False)
def process(
    inputs: list[str],
    out_dir: str,
    batch_size: int = DEFAULT_BATCH_SIZE,
    settings: CleanSettings = CleanSettings(),
    allow_hosts: tuple[str, ...] = (),
    progress: Optional[Callable[[int, int], None]] = None,
    annotate: bool = True,
) -> RunSummary:
    """Scrape/read -> clean -> annotate -> write, one task per batch.

    With ``annotate=False`` it stops after cleaning (``pipeline clean``).
    """
    items = read_inputs(inputs, str(Path(out_dir) / "raw"), tuple(allow_hosts))
    docs = _unique([i for i in items if isinstance(i, RawDocument)])
    quarantined = [i for i in items if isinstance(i, QuarantineRecord)]
    summary = RunSummary(documents_in=len(docs) + len(quarantined))
    cleaned, annotated = [], []
    batches = [docs[i : i + batch_size] for i in range(0, len(docs), batch_size)]
    done = 0
    for batch in batches:
        c = clean_batch(batch, settings)
        a = annotate_batch(c.records) if annotate else batch_lib.BatchResult()
        cleaned.extend(c.records)
        annotated.extend(a.records)
        quarantined.extend(c.quarantined + a.quarantined)
        done += len(batch)
        if progress:
            progress(done, len(docs))
    bad = {q.doc_id for q in quarantined if q.doc_id}
    cleaned = [r for r in cleaned if r.doc_id not in bad]
    annotated = [r for r in annotated if r.doc_id not in bad]
    summary.outputs = write_outputs(out_dir, cleaned, annotated if annotate else None, quarantined)
    _summarise(summary, cleaned, annotated, quarantined)
    if annotate:
        review = review_run(out_dir, summary.as_dict(), clean_records=cleaned)
        summary.outputs["run"] = review["run_id"]
        if review["report"]:
            summary.outputs["diff report"] = review["report"]
    return summary


def _unique(docs: list[RawDocument]) -> list[RawDocument]:
    """One document per doc_id (the first source in input order wins)."""
    seen: dict[str, RawDocument] = {}
    for d in docs:
        seen.setdefault(d.doc_id, d)
    return list(seen.values())


def _summarise(summary: RunSummary, cleaned, annotated, quarantined) -> None:
    summary.cleaned = len(cleaned)
    summary.annotated = len(annotated)
    summary.quarantined = len(quarantined)
    removed: dict[str, int] = {}
    for rec in cleaned:
        for ch in rec.changes:
            removed[ch.kind] = removed.get(ch.kind, 0) + max(0, len(ch.before) - len(ch.after))
    summary.removed_chars_by_kind = dict(sorted(removed.items()))
    labels: dict[str, int] = {}
    for rec in annotated:
        for span in rec.spans:
            labels[span.label] = labels.get(span.label, 0) + 1
    summary.spans_by_label = dict(sorted(labels.items()))
    summary.quarantine_reasons = [{"source": q.source, "stage": q.stage, "reason": q.reason} for q in quarantined]


@flow(name="annotate", log_prints=False, validate_parameters=False)
def annotate_clean_records(
    clean_paths: list[str],
    out_dir: str,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Optional[Callable[[int, int], None]] = None,
) -> RunSummary:
    """Annotate clean records already on disk (``pipeline annotate``)."""
    records, quarantined = load_clean_records(clean_paths)
    summary = RunSummary(documents_in=len(records) + len(quarantined), cleaned=len(records))
    annotated = []
    for i in range(0, len(records), batch_size):
        a = annotate_batch(records[i : i + batch_size])
        annotated.extend(a.records)
        quarantined.extend(a.quarantined)
        if progress:
            progress(min(i + batch_size, len(records)), len(records))
    ann_path = Path(out_dir) / "annotations" / store.ANNOTATION_FILE
    store.merge_records(ann_path, annotated, drop=[q.doc_id for q in quarantined if q.doc_id])
    if quarantined:
        store.merge_records(Path(out_dir) / "annotations" / store.QUARANTINE_FILE, quarantined, key="source")
    _summarise(summary, [], annotated, quarantined)
    summary.cleaned = len(records)
    summary.outputs = {"annotations": str(ann_path)}
    return summary


def load_clean_records(paths: list[str]) -> tuple[list[CleanRecord], list[QuarantineRecord]]:
    """Clean records from JSONL files or folders; invalid lines are quarantined."""
    records: dict[str, CleanRecord] = {}
    quarantined: list[QuarantineRecord] = []
    for given in paths:
        path = Path(given)
        files = sorted(p for p in path.glob("*.jsonl") if p.name != store.QUARANTINE_FILE) if path.is_dir() else [path]
        for f in files:
            for lineno, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rec = CleanRecord.model_validate_json(line)
                except ValueError as exc:
                    reason = f"not a valid clean record: {str(exc).splitlines()[0]}"
                    quarantined.append(QuarantineRecord(source=f"{f}:{lineno}", stage="annotate", reason=reason))
                    continue
                records.setdefault(rec.doc_id, rec)
    return [records[k] for k in sorted(records)], quarantined
