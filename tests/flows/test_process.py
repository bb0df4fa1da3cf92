"""The ``process`` flow and the CLI commands that run it, end to end in
Prefect's test harness (one local server for the session)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.settings import REPO_ROOT

SEED = Path(REPO_ROOT, "raw", "samples", "000_746e50ebb22f7612.txt")

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "zh.txt").write_text("东西部协作\n\n2021年，国务院部署东西部协作和对口支援工作，推动乡村振兴。\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"   \n")
    (folder / "notes.md").write_text("not a document type", encoding="utf-8")
    return folder


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_run_writes_clean_and_annotation_records_and_quarantines_the_bad_one(inputs, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", "--input", str(inputs), "--out", str(out), "--quiet"]) == 0
    clean = _lines(out / "clean" / "documents.jsonl")
    annotations = _lines(out / "annotations" / "documents.jsonl")
    quarantine = _lines(out / "clean" / "quarantine.jsonl")
    assert sorted(r["lang"] for r in clean) == ["en", "zh"]
    assert [r["doc_id"] for r in clean] == [r["doc_id"] for r in annotations]
    assert [q["source"] for q in quarantine] == [str(inputs / "empty.txt")]
    assert "empty" in quarantine[0]["reason"]


def test_strict_exits_1_when_a_document_was_quarantined(inputs, tmp_path):
    assert main(["run", "--input", str(inputs), "--out", str(tmp_path / "o"), "--quiet", "--strict"]) == 1


def test_two_runs_give_byte_identical_output_and_a_rerun_adds_no_records(inputs, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        assert main(["run", "--input", str(inputs), "--out", str(out), "--quiet"]) == 0
    for rel in ("clean/documents.jsonl", "annotations/documents.jsonl", "clean/quarantine.jsonl"):
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    before = (a / "annotations/documents.jsonl").read_bytes()
    assert main(["run", "--input", str(inputs), "--out", str(a), "--quiet"]) == 0
    assert (a / "annotations/documents.jsonl").read_bytes() == before


def test_clean_then_annotate_equals_run(inputs, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["run", "--input", str(inputs), "--out", str(one), "--quiet"]) == 0
    assert main(["clean", "--input", str(inputs), "--out", str(two), "--quiet"]) == 0
    assert not (two / "annotations" / "documents.jsonl").exists()
    assert main(["annotate", "--out", str(two), "--quiet"]) == 0
    assert (one / "annotations/documents.jsonl").read_bytes() == (two / "annotations/documents.jsonl").read_bytes()


def test_annotate_quarantines_a_broken_clean_line_and_keeps_the_rest(inputs, tmp_path):
    out = tmp_path / "o"
    assert main(["clean", "--input", str(inputs), "--out", str(out), "--quiet"]) == 0
    clean_file = out / "clean" / "documents.jsonl"
    clean_file.write_text(clean_file.read_text(encoding="utf-8") + '{"doc_id": "broken"}\n', encoding="utf-8")
    assert main(["annotate", "--out", str(out), "--quiet", "--strict"]) == 1
    assert len(_lines(out / "annotations" / "documents.jsonl")) == 2
    [bad] = _lines(out / "annotations" / "quarantine.jsonl")
    assert "not a valid clean record" in bad["reason"]


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["run", "--input", str(tmp_path / "missing"), "--out", str(tmp_path)]) == 2
    assert "input not found" in capsys.readouterr().err
    assert main(["run", "--review-threshold", "3", "--out", str(tmp_path)]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["run", "--no-such-flag"])
    assert exc.value.code == 2


def test_a_successful_run_shows_no_error_or_traceback(inputs, tmp_path):
    """A real process in Prefect's ephemeral mode, as a user runs it."""
    (inputs / "empty.txt").unlink()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API_URL")}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--input", str(inputs), "--out", str(tmp_path / "o")],
        capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    output = proc.stdout + proc.stderr
    assert "ERROR" not in output and "Traceback" not in output, output
    assert "documents in" in proc.stdout


def test_every_written_record_validates_against_the_printed_schema(inputs, tmp_path, capsys):
    import jsonschema

    out = tmp_path / "o"
    assert main(["run", "--input", str(inputs), str(REPO_ROOT / "raw" / "samples"), "--out", str(out), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    checked = 0
    for rel, name in (("clean/documents.jsonl", "CleanRecord"), ("annotations/documents.jsonl", "AnnotationRecord"),
                      ("clean/quarantine.jsonl", "QuarantineRecord")):
        validator = jsonschema.Draft202012Validator({**schema, "$ref": f"#/$defs/{name}"})
        for record in _lines(out / rel):
            validator.validate(record)
            checked += 1
    assert checked >= 2 * 6 + 1
