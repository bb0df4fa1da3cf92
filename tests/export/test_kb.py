"""Knowledge-base feed: JSONL content, neo4j-admin header conventions, and every
relationship endpoint present as a node."""

from __future__ import annotations

import csv
import json
import re

from pipeline.export import kb
from pipeline.export.termbase_labels import concept_labels

from .helpers import all_records

HEADER_FIELD = re.compile(r"^(?:[A-Za-z_][\w]*(?::(?:int|long|float|boolean|string)(?:\[\])?)?|[A-Za-z_]\w*:ID\(\w+\)|:ID\(\w+\)|:LABEL|:TYPE|:START_ID\(\w+\)|:END_ID\(\w+\))$")


def _csv(path):
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def _jsonl(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_csv_headers_follow_neo4j_admin_conventions_and_every_endpoint_is_a_node(tmp_path):
    records = all_records()
    stats = kb.write(records, tmp_path, labels={"actor/rushan-city": {"zh": "乳山市", "en": "Rushan City", "type": "actor"}})
    id_spaces: dict[str, set] = {}
    for name in ("nodes_concepts.csv", "nodes_documents.csv", "nodes_frames.csv"):
        header, rows = _csv(tmp_path / name)
        assert all(HEADER_FIELD.match(h) for h in header), header
        (id_col,) = [i for i, h in enumerate(header) if ":ID(" in h]
        space = re.search(r":ID\((\w+)\)", header[id_col]).group(1)
        ids = [r[id_col] for r in rows]
        assert len(ids) == len(set(ids)), f"duplicate ids in {name}"
        id_spaces[space] = set(ids)
        assert all(len(r) == len(header) for r in rows)
    assert _csv(tmp_path / "nodes_concepts.csv")[0] == ["conceptId:ID(Concept)", "name", "type", ":LABEL"]
    assert _csv(tmp_path / "nodes_documents.csv")[0] == ["docId:ID(Document)", "source", "lang", ":LABEL"]
    assert _csv(tmp_path / "rels_mentions.csv")[0] == [":START_ID(Document)", ":END_ID(Concept)", "start:int", "end:int", "label", ":TYPE"]
    rel_count = 0
    for name in ("rels_mentions.csv", "rels_document_frames.csv", "rels_frame_concepts.csv"):
        header, rows = _csv(tmp_path / name)
        assert all(HEADER_FIELD.match(h) for h in header), header
        start_space = re.match(r":START_ID\((\w+)\)", header[0]).group(1)
        end_space = re.match(r":END_ID\((\w+)\)", header[1]).group(1)
        for r in rows:
            assert r[0] in id_spaces[start_space] and r[1] in id_spaces[end_space], (name, r)
            assert r[header.index(":TYPE")]
        rel_count += len(rows)
    assert rel_count > 0
    assert "\n" not in "".join((tmp_path / "nodes_frames.csv").read_text(encoding="utf-8").splitlines())
    concepts = {c["id"]: c for c in _jsonl(tmp_path / "concepts.jsonl")}
    assert concepts["actor/rushan-city"]["labels"] == {"zh": "乳山市", "en": "Rushan City"}
    assert concepts["stage/13th-five-year-plan"]["type"] == "stage"
    name_of = {r[0]: r[1] for r in _csv(tmp_path / "nodes_concepts.csv")[1]}
    assert name_of["actor/rushan-city"] == "Rushan City" and name_of["actor/state-council"] == "actor/state-council"
    assert stats.counts["mentions_unlinked"] == sum(1 for r in records for s in r.spans if not s.concept_id)
    assert stats.counts["frame_refs_unlinked"] == 1  # the frame mechanism given as span text


def test_mentions_and_frames_jsonl_carry_offsets_that_match_the_text(tmp_path):
    records = {r.doc_id: r for r in all_records()}
    kb.write(list(records.values()), tmp_path, labels={})
    mentions = _jsonl(tmp_path / "mentions.jsonl")
    assert len(mentions) == sum(len(r.spans) for r in records.values())
    for m in mentions:
        assert records[m["doc_id"]].text[m["start"] : m["end"]] == m["text"]
    frames = _jsonl(tmp_path / "frames.jsonl")
    assert len(frames) == 2
    for f in frames:
        assert records[f["doc_id"]].text[f["start"] : f["end"]] == f["evidence"]
        assert f["actors"] and f["mechanisms"]
    rels = _csv(tmp_path / "rels_frame_concepts.csv")[1]
    assert ["e5f0c0de00000005/f0", "stage/13th-five-year-plan", "stage", "IN_STAGE"] in rels


def test_concept_labels_come_from_the_term_base_and_default_to_ids_only(tmp_path, monkeypatch):
    from pipeline.annotate.termbase import default_termbase

    tb = default_termbase()
    labels = concept_labels()
    some = sorted(tb.concepts)[:5]
    for cid in some:
        assert labels[cid] == {"type": tb.concepts[cid].type, "zh": tb.concepts[cid].zh.preferred, "en": tb.concepts[cid].en.preferred}
    for alias, cid in tb.aliases.items():
        assert labels[alias] == labels[cid]
    records = all_records()
    kb.write(records, tmp_path)
    rows = {c["id"]: c for c in _jsonl(tmp_path / "concepts.jsonl")}
    in_both = sorted(set(rows) & set(tb.concepts))
    assert in_both  # the fixtures use real term-base ids such as actor/state-council
    assert all(rows[c]["labels"]["en"] == tb.concepts[c].en.preferred for c in in_both)
    unknown = [c for c in rows if c not in labels]
    assert unknown and all(rows[c]["labels"] == {"zh": None, "en": None} for c in unknown)
