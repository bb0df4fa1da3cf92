"""``pipeline eval DIR``: exit codes, sections and stable JSON."""

from __future__ import annotations

import json

from pipeline.cli import EXIT_USAGE, main


def _tiny_set(tmp_path):
    base = tmp_path / "set"
    (base / "docs").mkdir(parents=True)
    (base / "gold").mkdir()
    (base / "docs" / "a.txt").write_text("A title line\n\nCounterpart support Bet365 app download grew fast.\n", encoding="utf-8")
    gold = {"file": "docs/a.txt", "lang": "en", "families": ["gambling"], "spam": ["Bet365 app download"], "keep": ["Counterpart support"]}
    (base / "gold" / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_missing_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "nope")]) == EXIT_USAGE
    assert "not a folder" in capsys.readouterr().err


def test_bad_review_threshold_is_a_usage_error(tmp_path):
    assert main(["eval", str(tmp_path), "--review-threshold", "2"]) == EXIT_USAGE


def test_json_output_is_stable_and_complete(tmp_path, capsys):
    root = _tiny_set(tmp_path)
    assert main(["eval", str(root), "--section", "cleaning", "--json"]) == 0
    first = capsys.readouterr().out
    assert main(["eval", str(root), "--section", "cleaning", "--json"]) == 0
    assert capsys.readouterr().out == first
    data = json.loads(first)["cleaning"]
    assert data["documents"] == 1
    assert set(data["overall"]) >= {"spam_recall", "keep_rate"}
    assert data["by_language"]["en"]["keep_rate"]["den"] == 1


def test_tables_name_every_measure(tmp_path, capsys):
    root = _tiny_set(tmp_path)
    assert main(["eval", str(root), "--section", "cleaning", "--details"]) == 0
    out = capsys.readouterr().out
    for header in ("spam recall", "keep rate", "boilerplate removed", "metadata", "clean edit ratio", "per family"):
        assert header in out


def test_several_folders_are_scored_as_one_set(tmp_path, capsys):
    one, two = _tiny_set(tmp_path / "one"), _tiny_set(tmp_path / "two")
    assert main(["eval", str(one), str(two), "--section", "cleaning", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)["cleaning"]
    assert data["documents"] == 2
    assert data["overall"]["keep_rate"]["den"] == 2
    files = [d["file"] for d in data["documents_detail"]]
    assert len(set(files)) == 2 and all(f.endswith("docs/a.txt") for f in files)
    assert main(["eval", str(one), str(tmp_path / "nope")]) == EXIT_USAGE
