"""``pipeline explain``: changes grouped by rule, with context, from a clean
record or a raw document cleaned on the fly."""

from __future__ import annotations

from pathlib import Path

from pipeline.clean import clean_document
from pipeline.cli import EXIT_USAGE, main
from pipeline.records import RawDocument, dumps

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MT_DOC = FIXTURES / "mt" / "mt_artifacts_english.txt"


def _write_records(path: Path, *texts: str) -> list:
    records = [clean_document(RawDocument(source=f"doc{i}.txt", content=t.encode(), media_type="text/plain")) for i, t in enumerate(texts)]
    path.write_text("".join(dumps(r) + "\n" for r in records), encoding="utf-8")
    return records


def test_raw_document_is_cleaned_on_the_fly(capsys) -> None:
    assert main(["explain", str(MT_DOC)]) == 0
    out = capsys.readouterr().out
    assert "mt.punct.zh-comma" in out and "mt.hyphen.split" in out
    assert "promote high[- -]-quality development" in out  # only the space goes
    assert "{+, +}" in out or "[-，-]{+, +}" in out
    # groups: each rule header is printed once
    assert out.count("\nmt.hyphen.split  (mt)") == 1


def test_doc_id_from_clean_records_with_rule_filter(tmp_path, capsys) -> None:
    clean = tmp_path / "documents.jsonl"
    (record,) = _write_records(clean, MT_DOC.read_text(encoding="utf-8"))
    assert main(["explain", record.doc_id[:8], "--clean", str(tmp_path), "--rule", "mt.stutter", "--context", "2"]) == 0
    out = capsys.readouterr().out
    assert record.doc_id in out
    assert "mt.stutter.phrase" in out and "mt.space.after-punctuation" not in out
    assert "[- the new era of-]" in out
    assert "era of[- the new era of-] reform" in out  # two words of context on each side


def test_term_repair_flag_setting_applies_on_the_fly(tmp_path, capsys) -> None:
    doc = tmp_path / "term.txt"
    doc.write_text('Focus on improving the "hematopoietic" ability in poverty-stricken areas of the west.', encoding="utf-8")
    assert main(["explain", str(doc), "--term-repair", "flag", "--review-threshold", "0.5"]) == 0
    out = capsys.readouterr().out
    assert "review (not applied)" in out and "mt.term.blood-making" in out
    assert "{+self-development+}" in out


def test_unknown_and_ambiguous_doc_ids_are_usage_errors(tmp_path, capsys) -> None:
    clean = tmp_path / "documents.jsonl"
    _write_records(clean, MT_DOC.read_text(encoding="utf-8"), "Another clean document, about rural roads and water supply.")
    assert main(["explain", "zzzz", "--clean", str(clean)]) == EXIT_USAGE
    assert "no document" in capsys.readouterr().err
    assert main(["explain", "", "--clean", str(clean)]) == EXIT_USAGE
    assert "matches 2 documents" in capsys.readouterr().err
    assert main(["explain", "abc", "--clean", str(tmp_path / "missing")]) == EXIT_USAGE
