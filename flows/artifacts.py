"""Prefect artifacts of a process run: what the run did, what changed since
the previous run, and where the HTML review report is.

The content is built by plain functions in ``pipeline.review`` (tested
without Prefect); this module only snapshots the run and publishes.

The process flow calls, after writing its outputs::

    from flows.artifacts import review_run
    review_run(out_dir, summary.as_dict())

which snapshots ``annotations/documents.jsonl`` as a run, diffs it against
the previous run, writes ``runs/<run_id>.diff.html`` and
publishes the three artifacts (keys below; each key keeps its history in the
Prefect UI).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional
from uuid import UUID

from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact

from pipeline.review import runs
from pipeline.review.diff import diff_sets
from pipeline.review.html_report import render_report
from pipeline.review.run_summary import count_rows, removal_counts, removal_counts_from_file
from pipeline.review.text_report import diff_markdown
from pipeline.store import ANNOTATION_FILE, write_atomic

COUNTS_KEY = "process-run-counts"
DIFF_KEY = "process-run-diff"
REPORT_KEY = "process-run-report"
FIRST_RUN_MARKDOWN = "# Annotations\n\nFirst snapshot in this output folder: no previous run to compare with.\n"


def snapshot_run(out_dir: str | Path, annotation_path: str | Path) -> str:
    """Copy the annotation file to ``<out>/annotations/runs/<run_id>.jsonl``; returns the run id."""
    return runs.snapshot_annotations(Path(out_dir), Path(annotation_path))


def publish_run_artifacts(
    summary: dict,
    diff_summary: Optional[dict],
    report_path: Optional[str],
    clean_records: Optional[Iterable[Any]] = None,
) -> dict[str, UUID]:
    """Publish the counts table, the diff Markdown and the report link of the current run.

    ``diff_summary`` is a diff's JSON form (or only its ``summary``), None on
    a first run. Removals by family are counted over ``clean_records`` when
    given, else over the clean file named in ``summary["outputs"]["clean"]``."""
    removals = removal_counts(clean_records) if clean_records is not None else removal_counts_from_file(
        summary.get("outputs", {}).get("clean")
    )
    ids = {
        "counts": create_table_artifact(
            table=count_rows(summary, removals), key=COUNTS_KEY, description="Documents, removals by kind and family, spans by label"
        ),
        "diff": create_markdown_artifact(
            markdown=diff_markdown(diff_summary) if diff_summary else FIRST_RUN_MARKDOWN,
            key=DIFF_KEY,
            description="Annotations compared with the previous run",
        ),
    }
    if report_path:
        ids["report"] = create_link_artifact(
            link=Path(report_path).resolve().as_uri(),
            link_text="HTML diff report",
            key=REPORT_KEY,
            description="Side-by-side annotation diff against the previous run (static HTML)",
        )
    return ids


def review_run(out_dir: str | Path, summary: dict, clean_records: Optional[Iterable[Any]] = None) -> dict:
    """Snapshot this run, diff it with the previous one, write the HTML report, publish artifacts."""
    out = Path(out_dir)
    annotation_path = Path(summary.get("outputs", {}).get("annotations") or out / "annotations" / ANNOTATION_FILE)
    before = runs.list_runs(out)
    run_id = snapshot_run(out, annotation_path)
    # An unchanged run reuses the latest snapshot; it is then compared with itself.
    previous = before[-1:]
    diff_json, report = None, None
    if previous:
        diff = diff_sets(runs.load(previous[0], out), runs.load(run_id, out))
        diff_json = diff.as_json()
        report = runs.runs_dir(out) / f"{run_id}.diff.html"
        write_atomic(report, render_report(diff))
    ids = publish_run_artifacts(summary, diff_json, str(report) if report else None, clean_records)
    return {"run_id": run_id, "previous": previous[0] if previous else None, "report": str(report) if report else None, "artifacts": ids}
