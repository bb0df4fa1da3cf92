"""Run snapshots and the references ``pipeline diff`` / ``export`` accept."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from pipeline.review import runs

from .helpers import RUN_A, RUN_B

T0 = dt.datetime(2026, 11, 28, 1, 2, 3, 456789, tzinfo=dt.timezone.utc)


def _out(tmp_path, *files_and_times):
    out = tmp_path / "out"
    current = out / "annotations" / "documents.jsonl"
    current.parent.mkdir(parents=True)
    ids = []
    for src, when in files_and_times:
        shutil.copyfile(src, current)
        ids.append(runs.snapshot_annotations(out, current, now=when))
    return out, ids


def test_run_ids_sort_in_time_order_and_name_the_content(tmp_path):
    later = T0 + dt.timedelta(microseconds=1)
    out, ids = _out(tmp_path, (RUN_B, T0), (RUN_A, later))
    assert ids[0].startswith("20261128T010203456789Z-") and runs.RUN_ID.match(ids[0])
    assert runs.list_runs(out) == ids  # B was snapshot first although its hash may sort later
    assert (runs.runs_dir(out) / f"{ids[1]}.jsonl").read_bytes() == RUN_A.read_bytes()
    assert ids[0][-8:] != ids[1][-8:]


def test_latest_previous_and_prefixes_resolve_to_snapshots(tmp_path):
    out, ids = _out(tmp_path, (RUN_A, T0), (RUN_B, T0 + dt.timedelta(hours=1)))
    assert runs.resolve("latest", out).stem == ids[1]
    assert runs.resolve("previous", out).stem == ids[0]
    assert runs.resolve(ids[0][:12], out).stem == ids[0]
    with pytest.raises(runs.ReferenceError, match="matches 2 runs"):
        runs.resolve("20261128", out)
    with pytest.raises(runs.ReferenceError, match="no file, folder or run id"):
        runs.resolve("nope", out)


def test_previous_needs_two_runs(tmp_path):
    out, _ = _out(tmp_path, (RUN_A, T0))
    with pytest.raises(runs.ReferenceError, match="needs 2"):
        runs.resolve("previous", out)


def test_an_output_folder_means_its_current_annotations_not_the_snapshots_beside_them(tmp_path):
    out, _ = _out(tmp_path, (RUN_A, T0), (RUN_B, T0 + dt.timedelta(seconds=1)))
    for ref in (out, out / "annotations"):
        loaded = runs.load(str(ref), tmp_path)
        assert len(loaded.records) == 3  # documents.jsonl only; snapshots would repeat doc_ids


def test_a_record_whose_span_does_not_match_its_text_is_refused(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(RUN_A.read_text(encoding="utf-8").replace('"start":0', '"start":1', 1), encoding="utf-8")
    with pytest.raises(runs.ReferenceError, match="not an annotation record"):
        runs.load(str(bad), tmp_path)
