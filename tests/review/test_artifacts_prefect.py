"""The run artifacts inside a real flow run, read back through the Prefect client."""

from __future__ import annotations

import asyncio
import shutil

import pytest

from .helpers import CHANGED_DOC, RUN_A, RUN_B

pytestmark = pytest.mark.usefixtures("prefect_harness")


async def _artifacts(flow_run_id):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    async with get_client() as client:
        return await client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )


def test_review_run_publishes_counts_diff_and_report_link(tmp_path):
    from prefect import flow
    from prefect.runtime import flow_run

    from flows.artifacts import COUNTS_KEY, DIFF_KEY, REPORT_KEY, review_run

    out = tmp_path / "out"
    current = out / "annotations" / "documents.jsonl"
    clean = out / "clean" / "documents.jsonl"
    current.parent.mkdir(parents=True)
    clean.parent.mkdir(parents=True)
    clean.write_text(
        '{"changes": [{"before": "Bet365 app", "after": "", "kind": "spam", "rule": "spam.gambling.brand"}]}\n', encoding="utf-8"
    )
    summary = {"documents_in": 3, "cleaned": 3, "annotated": 3, "quarantined": 0, "spans_by_label": {"ACTOR": 7},
               "outputs": {"annotations": str(current), "clean": str(clean)}}

    @flow(name="review-artifacts-test")
    def one_run(src):
        shutil.copyfile(src, current)
        return review_run(out, summary), flow_run.get_id()

    first, first_id = one_run(RUN_A)
    second, second_id = one_run(RUN_B)
    assert first["previous"] is None and first["report"] is None
    assert second["previous"] == first["run_id"]

    arts = {a.key: a for a in asyncio.run(_artifacts(second_id))}
    assert set(arts) == {COUNTS_KEY, DIFF_KEY, REPORT_KEY}
    assert arts[COUNTS_KEY].type == "table" and arts[DIFF_KEY].type == "markdown"
    assert arts[REPORT_KEY].type in ("link", "markdown")  # Prefect 3 stores a link as a Markdown link
    table = arts[COUNTS_KEY].data if isinstance(arts[COUNTS_KEY].data, str) else str(arts[COUNTS_KEY].data)
    assert '"spam.gambling"' in table and '"removals by family"' in table
    assert CHANGED_DOC in arts[DIFF_KEY].data and "a1f0c0de00000001" not in arts[DIFF_KEY].data
    assert second["report"].endswith(".diff.html") and arts[REPORT_KEY].data.startswith("[HTML diff report](file://")
    assert second["report"] in arts[REPORT_KEY].data

    first_arts = {a.key: a for a in asyncio.run(_artifacts(first_id))}
    assert set(first_arts) == {COUNTS_KEY, DIFF_KEY}
    assert "no previous run" in first_arts[DIFF_KEY].data
