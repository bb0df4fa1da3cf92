"""Span pairing and document status of ``pipeline.review.diff``."""

from __future__ import annotations

from pipeline.review import runs
from pipeline.review.diff import diff_documents, diff_sets

from .helpers import CHANGED_DOC, RUN_A, RUN_B, aset, record, span

TEXT = "The State Council asked eastern provinces to keep counterpart support and pairing assistance."


def _doc(spans, text=TEXT, doc_id="d1"):
    return record(doc_id, text, spans)


def test_fixture_runs_differ_in_exactly_one_document_with_every_kind_of_span_change():
    d = diff_sets(runs.load(str(RUN_A), RUN_A.parent), runs.load(str(RUN_B), RUN_A.parent))
    assert [(x.doc_id, x.status) for x in d.documents if x.status != "unchanged"] == [(CHANGED_DOC, "changed")]
    doc = next(x for x in d.documents if x.doc_id == CHANGED_DOC)
    assert [s.text for s in doc.spans_added] == ["enterprises", "social organizations"]
    assert [s.text for s in doc.spans_removed] == ["pairing assistance"]
    kinds = {c.new.text: c.kinds for c in doc.spans_changed}
    assert kinds == {
        "eastern provinces": ("relinked",),
        "counterpart support": ("relabelled", "relinked", "attrs"),
        "14th Five-Year Plan": ("attrs",),
    }
    s = d.summary
    assert s["documents"] == {"added": 0, "removed": 0, "changed": 1, "unchanged": 2, "text_changed": 0}
    assert s["spans"]["added"] == 2 and s["spans"]["removed"] == 1 and s["spans"]["changed"] == 3
    assert s["by_label"]["MECHANISM"]["old"] - s["by_label"]["MECHANISM"]["new"] == 2
    assert s["by_concept"]["actor/eastern-regions"] == {"old": 0, "new": 1, "added": 0, "removed": 0, "changed": 1}


def test_identical_sets_report_no_change():
    rec = _doc([span(TEXT, "State Council", "ACTOR", "actor/state-council")])
    d = diff_sets(aset("a", rec), aset("b", rec))
    assert [x.status for x in d.documents] == ["unchanged"]
    assert d.summary["spans"] == {k: 0 for k in d.summary["spans"]}


def test_added_and_removed_documents_carry_all_their_spans():
    gone = _doc([span(TEXT, "State Council", "ACTOR")], doc_id="gone")
    new = _doc([span(TEXT, "eastern provinces", "ACTOR"), span(TEXT, "counterpart support", "MECHANISM")], doc_id="new")
    d = diff_sets(aset("a", gone), aset("b", new))
    assert [(x.doc_id, x.status, len(x.spans_added), len(x.spans_removed)) for x in d.documents] == [
        ("gone", "removed", 0, 1),
        ("new", "added", 2, 0),
    ]


def test_spans_that_only_moved_with_the_text_are_unchanged():
    spam = "Bet365 live casino games. "
    old = _doc([span(spam + TEXT, "State Council", "ACTOR"), span(spam + TEXT, "pairing assistance", "MECHANISM")], text=spam + TEXT)
    new = _doc([span(TEXT, "State Council", "ACTOR"), span(TEXT, "pairing assistance", "MECHANISM")])
    d = diff_documents(old, new)
    assert d.status == "changed" and d.text_changed
    assert (d.spans_added, d.spans_removed, d.spans_changed) == ([], [], [])


def test_a_span_whose_text_was_repaired_inside_is_resized_not_removed_and_added():
    old_text = TEXT.replace("pairing assistance", "pairing -assistance")
    old = _doc([span(old_text, "pairing -assistance", "MECHANISM", "mechanism/pairing-assistance")], text=old_text)
    new = _doc([span(TEXT, "pairing assistance", "MECHANISM", "mechanism/pairing-assistance")])
    d = diff_documents(old, new)
    assert [c.kinds for c in d.spans_changed] == [("resized",)]
    assert d.spans_changed[0].old.text == "pairing -assistance" and d.spans_changed[0].new.text == "pairing assistance"


def test_boundary_change_in_the_same_text_pairs_by_overlap_within_a_label():
    old = _doc([span(TEXT, "counterpart support", "MECHANISM")])
    new = _doc([span(TEXT, "keep counterpart support", "MECHANISM")])
    d = diff_documents(old, new)
    assert [c.kinds for c in d.spans_changed] == [("resized",)] and not d.spans_added and not d.spans_removed


def test_overlapping_spans_of_different_labels_do_not_pair():
    old = _doc([span(TEXT, "eastern provinces", "ACTOR")])
    new = _doc([span(TEXT, "asked eastern provinces to keep", "MECHANISM")])
    d = diff_documents(old, new)
    assert [s.label for s in d.spans_removed] == ["ACTOR"] and [s.label for s in d.spans_added] == ["MECHANISM"]
    assert d.spans_changed == []


def test_same_offsets_pair_identical_spans_first_then_relabel_the_rest():
    # 'counterpart support' is both a MECHANISM and a STAGE; the STAGE reading is relabelled to ACTOR.
    both = [span(TEXT, "counterpart support", "MECHANISM", "mechanism/counterpart-support"),
            span(TEXT, "counterpart support", "STAGE", "stage/counterpart-support")]
    now = [span(TEXT, "counterpart support", "ACTOR", "stage/counterpart-support"),
           span(TEXT, "counterpart support", "MECHANISM", "mechanism/counterpart-support")]
    d = diff_documents(_doc(both), _doc(now))
    assert [(c.old.label, c.new.label, c.kinds) for c in d.spans_changed] == [("STAGE", "ACTOR", ("relabelled",))]


def test_json_form_has_exactly_the_documented_keys_and_is_deterministic():
    import json

    a, b = runs.load(str(RUN_A), RUN_A.parent), runs.load(str(RUN_B), RUN_A.parent)
    first = json.dumps(diff_sets(a, b).as_json(), sort_keys=True, ensure_ascii=False)
    second = json.dumps(diff_sets(a, b).as_json(), sort_keys=True, ensure_ascii=False)
    assert first == second
    out = json.loads(first)
    assert set(out) == {"summary", "documents"}
    assert {frozenset(d) for d in out["documents"]} == {
        frozenset({"doc_id", "source", "status", "spans_added", "spans_removed", "spans_changed"})
    }
    assert [d["doc_id"] for d in out["documents"]] == sorted(d["doc_id"] for d in out["documents"])
