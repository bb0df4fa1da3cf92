"""doccano JSONL: offsets inside the text and matching the span text."""

from __future__ import annotations

import json

from pipeline.export import doccano

from .helpers import all_records


def test_lines_validate_against_their_text(tmp_path):
    records = all_records()
    out = tmp_path / "d.jsonl"
    stats = doccano.write(records, out)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == stats.documents == len(records)
    by_id = {r.doc_id: r for r in records}
    for line in lines:
        rec = by_id[line["doc_id"]]
        assert line["text"] == rec.text
        for (start, end, label), s in zip(line["label"], rec.spans, strict=True):
            assert 0 <= start < end <= len(line["text"])
            assert line["text"][start:end] == s.text and label == s.label
    assert sum(len(x["label"]) for x in lines) == stats.spans
    again = tmp_path / "again.jsonl"
    doccano.write(records, again)
    assert again.read_bytes() == out.read_bytes()
