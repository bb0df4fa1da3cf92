"""Label Studio tasks: UTF-16 offsets that convert back to the same span text."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.export.label_studio import to_code_points, utf16_offsets

from .helpers import ASTRAL, all_records


def test_utf16_offsets_count_astral_characters_twice():
    assert utf16_offsets("a😀𠀀b") == [0, 1, 3, 5, 6]
    assert to_code_points("a😀𠀀b", 5) == 3
    with pytest.raises(ValueError, match="surrogate pair"):
        to_code_points("a😀b", 2)


def test_tasks_reimport_to_the_same_spans(tmp_path):
    out = tmp_path / "tasks.json"
    assert main(["export", "label-studio", "--input", str(ASTRAL), "--output", str(out)]) == 0
    tasks = json.loads(out.read_text(encoding="utf-8"))
    records = {r.doc_id: r for r in all_records()}
    assert len(tasks) == 2
    for t in tasks:
        rec = records[t["data"]["doc_id"]]
        assert t["data"]["text"] == rec.text and t["data"]["source"] == rec.source
        (pred,) = t["predictions"]
        assert pred["model_version"] == "pipeline=0.1.0;spacy=3.8.18;termbase=2026.11.1"
        back = []
        for r in pred["result"]:
            assert (r["from_name"], r["to_name"], r["type"]) == ("label", "text", "labels")
            v = r["value"]
            start, end = to_code_points(rec.text, v["start"]), to_code_points(rec.text, v["end"])
            assert rec.text[start:end] == v["text"]
            # what JavaScript would slice: UTF-16 code units
            units = rec.text.encode("utf-16-le")
            assert units[2 * v["start"] : 2 * v["end"]].decode("utf-16-le") == v["text"]
            back.append((start, end, v["labels"][0]))
        assert back == [(s.start, s.end, s.label) for s in rec.spans]
        assert len({r["id"] for r in pred["result"]}) == len(pred["result"])
    zh = next(t for t in tasks if t["data"]["doc_id"].startswith("d4"))
    first = zh["predictions"][0]["result"][0]["value"]
    assert (first["text"], first["start"]) == ("乳山市", 7)  # code point 4, after 😀𠀀𠀁 (two units each) and a space
    assert (tmp_path / "tasks.label-config.xml").read_text().count("<Label value=") == 3
