"""``pipeline export`` arguments: run ids as input, and user errors exit 2."""

from __future__ import annotations

import datetime as dt
import json
import shutil

from pipeline.cli import main
from pipeline.review import runs

from .helpers import ASTRAL, RUN_A


def test_input_can_be_the_latest_run_snapshot(tmp_path):
    out = tmp_path / "out"
    current = out / "annotations" / "documents.jsonl"
    current.parent.mkdir(parents=True)
    for i, src in enumerate((RUN_A, ASTRAL)):
        shutil.copyfile(src, current)
        runs.snapshot_annotations(out, current, now=dt.datetime(2026, 1, 1, 0, 0, i, tzinfo=dt.timezone.utc))
    target = tmp_path / "d.jsonl"
    assert main(["export", "doccano", "--out", str(out), "--input", "previous", "--output", str(target)]) == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3  # run_a has three documents
    assert main(["export", "doccano", "--out", str(out), "--input", "latest", "--output", str(target)]) == 0
    assert [json.loads(x)["doc_id"] for x in target.read_text(encoding="utf-8").splitlines()] == ["d4f0c0de00000004", "e5f0c0de00000005"]


def test_user_errors_exit_2(tmp_path, capsys):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    assert main(["export", "kb", "--input", str(ASTRAL), "--output", str(a_file)]) == 2
    assert main(["export", "doccano", "--input", str(ASTRAL), "--output", str(tmp_path)]) == 2
    assert main(["export", "doccano", "--input", str(tmp_path / "missing"), "--output", str(tmp_path / "x.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "writes a folder" in err and "writes a file" in err and "no file, folder or run id" in err
