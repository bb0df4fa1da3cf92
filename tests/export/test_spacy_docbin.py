"""spaCy DocBin: read back from disk and compare span texts."""

from __future__ import annotations

import spacy
from spacy.tokens import DocBin

from pipeline.cli import main

from .helpers import ASTRAL, RUN_A, all_records


def test_docbin_reads_back_with_the_spans_and_counts_the_expanded_one(tmp_path, capsys):
    out = tmp_path / "a.spacy"
    assert main(["export", "spacy", "--input", str(ASTRAL), "--output", str(out)]) == 0
    err = capsys.readouterr().err
    assert "expanded: 1" in err and "unaligned: 0" in err
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("xx").vocab))
    records = {r.doc_id: r for r in all_records()}
    assert len(docs) == 2
    for doc in docs:
        rec = records[doc.user_data["doc_id"]]
        assert doc.text == rec.text
        got = [(sp.start_char, sp.end_char, sp.label_, sp.kb_id_, sp.text) for sp in doc.spans["sc"]]
        want = [(s.start, s.end, s.label, s.concept_id or "", s.text) for s in rec.spans]
        for g, w in zip(got, want, strict=True):
            if g[4] != w[4]:  # widened to token boundaries: must still contain the span
                assert g[0] <= w[0] and w[1] <= g[1] and w[4] in g[4]
            else:
                assert g == w
    expanded = [sp.text for d in docs for sp in d.spans["sc"] if sp.text == "counterpart supports"]
    assert expanded == ["counterpart supports"]


def test_every_fixture_span_is_exported_once(tmp_path):
    from pipeline.export import spacy_docbin

    stats = spacy_docbin.write(all_records(), tmp_path / "b.spacy")
    assert stats.spans == sum(len(r.spans) for r in all_records())
    assert stats.counts["unaligned"] == 0
    stats_a = spacy_docbin.write(all_records(), tmp_path / "c.spacy")
    assert (tmp_path / "b.spacy").read_bytes() == (tmp_path / "c.spacy").read_bytes()
    assert stats_a.counts == stats.counts
