"""brat standoff: parse the .ann files back and check them against the .txt."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.cli import main

from .helpers import ASTRAL, RUN_A, all_records


def parse_ann(path: Path) -> tuple[dict, dict]:
    entities, notes = {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        ident, body, *rest = line.split("\t")
        if ident.startswith("T"):
            label, where = body.split(" ", 1)
            frags = [tuple(map(int, f.split())) for f in where.split(";")]
            entities[ident] = (label, frags, rest[0])
        elif ident.startswith("#"):
            kind, target = body.split(" ")
            assert kind == "AnnotatorNotes"
            notes[target] = rest[0]
    return entities, notes


def test_ann_files_parse_back_to_the_spans(tmp_path):
    out = tmp_path / "brat"
    for src in (ASTRAL, RUN_A):
        assert main(["export", "brat", "--input", str(src), "--output", str(out)]) == 0
    records = all_records()
    assert sorted(p.stem for p in out.glob("*.ann")) == sorted(r.doc_id for r in records)
    assert "[entities]" in (out / "annotation.conf").read_text()
    for rec in records:
        text = (out / f"{rec.doc_id}.txt").read_bytes().decode("utf-8")
        assert text == rec.text
        entities, notes = parse_ann(out / f"{rec.doc_id}.ann")
        assert len(entities) == len(rec.spans)
        for (ident, (label, frags, surface)), s in zip(entities.items(), rec.spans):
            assert label == s.label
            assert frags[0][0] == s.start and frags[-1][1] == s.end
            assert " ".join(text[a:b] for a, b in frags) == surface
            assert all("\n" not in text[a:b] for a, b in frags)
            note = notes.get(ident, "")
            assert note.split(" ")[0] == (s.concept_id or ("-" if s.attrs else ""))
            assert (json.loads(note.split(" ", 1)[1]) if " " in note else {}) == s.attrs


def test_a_span_over_a_line_break_becomes_two_fragments(tmp_path):
    out = tmp_path / "brat"
    main(["export", "brat", "--input", str(ASTRAL), "--output", str(out)])
    entities, _ = parse_ann(out / "e5f0c0de00000005.ann")
    pairing = [e for e in entities.values() if e[2] == "pairing assistance"]
    assert len(pairing) == 1 and len(pairing[0][1]) == 2
