"""The annotation scorer: overlap matching, offsets carried through cleaning
changes, STAGE normalisation and cross-language concept-id Jaccard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.changes import apply_changes
from pipeline.evaluation import annotation as scorer
from pipeline.records import AnnotationRecord, Change, CleanRecord, Span


def _record(source: str, changes: list[dict] | None = None, lang: str = "en") -> CleanRecord:
    changes = changes or []
    text = apply_changes(source, changes)
    return CleanRecord(
        doc_id="d", source="s", lang=lang, raw_sha256="0", source_text=source, text=text,
        changes=[Change(kind="mt", rule="test", **c) for c in changes],
    )


def _span(text: str, needle: str, label: str, concept_id=None, nth: int = 0, **attrs) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle), text=needle, label=label, concept_id=concept_id, attrs=attrs)


def _annotation(record: CleanRecord, spans: list[Span]) -> AnnotationRecord:
    return AnnotationRecord(doc_id="d", source="s", lang=record.lang, text=record.text, spans=spans)


def _gold(annotations: dict, exhaustive: bool = True) -> scorer.GoldDoc:
    return scorer.GoldDoc("g", Path("x"), "en", exhaustive, annotations)


# ---------------------------------------------------------------- occurrences


def test_occurrences_ignore_case_white_space_and_hyphen_spacing():
    text = "Fixed -point  Poverty\nAlleviation and fixed - point assistance"
    assert scorer.find_occurrences("fixed-point poverty alleviation", text) == [(0, 33)]
    assert len(scorer.find_occurrences("FIXED-POINT", text)) == 2


def test_occurrences_respect_word_boundaries_but_not_in_chinese():
    assert scorer.find_occurrences("aid", "he said that aid came") == [(13, 16)]
    assert scorer.find_occurrences("2035", "到2035年远景目标") == [(1, 5)]
    assert scorer.find_occurrences("企业", "国有企业和民营企业") == [(2, 4), (7, 9)]


def test_occurrences_ignore_spaces_between_chinese_characters_and_width():
    assert scorer.find_occurrences("东西部协作", "推进东西部 协作") == [(2, 8)]
    assert scorer.find_occurrences("2020年", "２０２０年底") == [(0, 5)]


# --------------------------------------------------- mapping through changes


def test_source_range_maps_through_earlier_deletion_and_insertion():
    source = "SPAM Beijing helps Tibet"
    changes = [{"start": 0, "end": 5, "before": "SPAM ", "after": ""}]
    assert scorer.source_range_to_text(changes, 5, 12) == (0, 7)
    changes = [{"start": 0, "end": 0, "before": "", "after": ">> "}]
    assert scorer.source_range_to_text(changes, 0, 7) == (3, 10)


def test_source_range_inside_a_rewrite_widens_to_the_replacement():
    # "Sanitary counter support" -> "health counterpart support"
    source = "in Sanitary counter support and more"
    changes = [{"start": 3, "end": 27, "before": "Sanitary counter support", "after": "health counterpart support"}]
    text = apply_changes(source, changes)
    start, end = scorer.source_range_to_text(changes, 3, 27)
    assert text[start:end] == "health counterpart support"
    # a range ending inside the rewrite still covers the whole replacement
    assert scorer.source_range_to_text(changes, 3, 11) == (3, 29)


def test_source_range_inside_a_deletion_is_empty():
    changes = [{"start": 4, "end": 20, "before": "x" * 16, "after": ""}]
    start, end = scorer.source_range_to_text(changes, 6, 10)
    assert start == end


def test_gold_rewritten_by_cleaning_is_found_through_the_changes():
    source = "The decentralization service reform helps."
    changes = [{"start": 4, "end": 28, "before": "decentralization service", "after": "streamline-delegate-serve"}]
    rec = _record(source, changes)
    ranges = scorer.locate_gold("decentralization service", rec.text, rec.source_text, rec.changes)
    assert [rec.text[s:e] for s, e in ranges] == ["streamline-delegate-serve"]


def test_gold_removed_with_spam_is_not_located():
    source = "Bet365 casino Beijing. Shanghai helps."
    changes = [{"start": 0, "end": 23, "before": "Bet365 casino Beijing. ", "after": ""}]
    rec = _record(source, changes)
    assert scorer.locate_gold("Beijing", rec.text, rec.source_text, rec.changes) == []


# ------------------------------------------------------------ document score


def test_overlap_matching_counts_recall_and_precision_per_label():
    rec = _record("The State Council and Beijing support pairing assistance in 2016.")
    spans = [
        _span(rec.text, "State", "ACTOR"),  # overlaps "State Council": right
        _span(rec.text, "Beijing", "MECHANISM"),  # wrong label
        _span(rec.text, "pairing assistance", "MECHANISM"),
        _span(rec.text, "support", "ACTOR"),  # not gold
    ]
    gold = _gold({"ACTOR": ["State Council", "Beijing"], "MECHANISM": [{"text": "pairing assistance"}], "STAGE": []})
    score = scorer.score_document(gold, rec, _annotation(rec, spans))
    assert score.counts["ACTOR"] == {"gold": 2, "found": 1, "predicted": 2, "correct": 1}
    assert score.counts["MECHANISM"] == {"gold": 1, "found": 1, "predicted": 2, "correct": 1}
    assert score.missed["ACTOR"] == ["Beijing"]
    assert sorted(score.spurious["MECHANISM"]) == ["Beijing"]


def test_a_gold_string_counts_once_however_often_it_occurs():
    rec = _record("Shanghai helps. Later Shanghai invests.")
    spans = [_span(rec.text, "Shanghai", "ACTOR"), _span(rec.text, "Shanghai", "ACTOR", nth=1)]
    score = scorer.score_document(_gold({"ACTOR": ["Shanghai"]}), rec, _annotation(rec, spans))
    assert score.counts["ACTOR"] == {"gold": 1, "found": 1, "predicted": 2, "correct": 2}


def test_stage_normalisation_compares_years_and_stage_id_of_matched_spans():
    rec = _record("In July 1996 and during the 13th Five-Year Plan.")
    spans = [
        _span(rec.text, "July 1996", "STAGE", start_year=1996, end_year=1996, stage_id="poverty-alleviation-collaboration"),
        _span(rec.text, "13th Five-Year Plan", "STAGE", start_year=2016, end_year=2021, stage_id="targeted-poverty-alleviation"),
    ]
    gold = _gold({"STAGE": [
        {"text": "July 1996", "start_year": 1996, "end_year": 1996, "stage_id": "poverty-alleviation-collaboration"},
        {"text": "13th Five-Year Plan", "start_year": 2016, "end_year": 2020, "stage_id": "targeted-poverty-alleviation"},
        {"text": "2035", "start_year": 2035, "end_year": 2035},
    ]})
    score = scorer.score_document(gold, rec, _annotation(rec, spans))
    assert score.stage == {"matched": 2, "start_year": 2, "end_year": 1, "stage_id": 2, "all": 1}


def test_optional_gold_neither_required_nor_wrong():
    rec = _record("Shandong-Chongqing collaboration helps Yunyang County.")
    spans = [_span(rec.text, "Shandong", "ACTOR"), _span(rec.text, "Yunyang County", "ACTOR")]
    gold = _gold({"ACTOR": ["Yunyang County", {"text": "Chongqing", "optional": True}, {"text": "Shandong", "optional": True}]})
    score = scorer.score_document(gold, rec, _annotation(rec, spans))
    assert score.counts["ACTOR"] == {"gold": 1, "found": 1, "predicted": 2, "correct": 2}
    assert "ACTOR" not in score.missed


def test_precision_only_from_exhaustive_gold():
    rec = _record("The State Council decides.")
    ann = _annotation(rec, [_span(rec.text, "decides", "ACTOR")])
    partial = scorer.score_document(_gold({"ACTOR": ["State Council"]}, exhaustive=False), rec, ann)
    figures = scorer.summarise([partial])["ACTOR"]
    assert figures["recall"] == 0.0 and figures["precision"] is None and figures["f1"] is None
    full = scorer.score_document(_gold({"ACTOR": ["State Council"]}), rec, ann)
    figures = scorer.summarise([full])["ACTOR"]
    assert figures["precision"] == 0.0 and figures["f1"] == 0.0


# ----------------------------------------------------------------- Jaccard


def test_jaccard_of_concept_id_sets():
    assert scorer.jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3, abs=1e-4)
    assert scorer.jaccard(set(), set()) is None
    rec = _record("State Council and Beijing")
    ann = _annotation(rec, [
        _span(rec.text, "State Council", "ACTOR", "actor/state-council"),
        _span(rec.text, "Beijing", "ACTOR", None),
    ])
    assert scorer.concept_ids(ann) == {"actor/state-council"}
    assert scorer.concept_ids(ann, "MECHANISM") == set()


# ------------------------------------------------------- whole-folder run


class _FakeAnnotator:
    """Tags every listed string wherever it occurs, with the given concept id."""

    LEXICON = {
        "国务院": ("ACTOR", "actor/state-council"),
        "State Council": ("ACTOR", "actor/state-council"),
        "对口支援": ("MECHANISM", "mechanism/counterpart-support"),
        "counterpart support": ("MECHANISM", "mechanism/counterpart-support"),
        "Beijing": ("ACTOR", "actor/beijing"),
    }

    def annotate(self, records):
        out = []
        for r in records:
            spans = []
            for term, (label, cid) in self.LEXICON.items():
                pos = r.text.find(term)
                while pos >= 0:
                    spans.append(Span(start=pos, end=pos + len(term), text=term, label=label, concept_id=cid))
                    pos = r.text.find(term, pos + 1)
            out.append(AnnotationRecord(doc_id=r.doc_id, source=r.source, lang=r.lang, text=r.text, spans=spans))
        return out


def _write(folder: Path, name: str, text: str, gold: dict | None) -> None:
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "gold").mkdir(exist_ok=True)
    (folder / "docs" / f"{name}.txt").write_text(text, encoding="utf-8")
    if gold is not None:
        (folder / "gold" / f"{name}.json").write_text(json.dumps({"file": f"docs/{name}.txt", **gold}), encoding="utf-8")


def test_run_scores_a_folder_with_pairs(tmp_path, monkeypatch):
    import pipeline.annotate

    monkeypatch.setattr(pipeline.annotate, "Annotator", _FakeAnnotator)
    folder = tmp_path / "set"
    _write(folder, "zh", "国务院部署对口支援工作，推动东西部地区协同发展。", {
        "lang": "zh", "exhaustive": True,
        "annotations": {"ACTOR": ["国务院", "东西部地区"], "MECHANISM": ["对口支援"], "STAGE": []},
    })
    _write(folder, "en", "The State Council deploys counterpart support with Beijing as a location.", {
        "lang": "en", "exhaustive": True,
        "annotations": {"ACTOR": ["State Council"], "MECHANISM": ["counterpart support"], "STAGE": []},
    })
    (folder / "pairs.json").write_text(json.dumps([{"zh": "docs/zh.txt", "en": "docs/en.txt", "note": "t"}]))
    (folder / "gold" / "unrelated.json").write_text(json.dumps({"spam": []}))

    result = scorer.run(tmp_path, console=None, as_json=True)
    assert result["documents"] == 2 and result["exhaustive_documents"] == 2
    actor = result["labels"]["ACTOR"]
    assert (actor["gold"], actor["found"], actor["predicted"], actor["correct"]) == (3, 2, 3, 2)
    assert result["labels"]["MECHANISM"]["f1"] == 1.0
    pair = result["pairs"][0]
    assert pair["jaccard"] == pytest.approx(2 / 3, abs=1e-4)
    assert pair["by_label"]["MECHANISM"] == 1.0
    assert scorer.dumps(result) == scorer.dumps(scorer.run(tmp_path, console=None, as_json=True))


def test_run_prints_tables(tmp_path, monkeypatch):
    import pipeline.annotate
    from rich.console import Console

    monkeypatch.setattr(pipeline.annotate, "Annotator", _FakeAnnotator)
    _write(tmp_path, "en", "The State Council deploys counterpart support.", {
        "lang": "en", "annotations": {"ACTOR": ["State Council"], "MECHANISM": [], "STAGE": []},
    })
    console = Console(record=True, width=120)
    result = scorer.run(tmp_path, console=console, as_json=False)
    output = console.export_text()
    assert "ACTOR" in output and "1 documents (0 with exhaustive gold)" in output
    assert result["labels"]["ACTOR"]["precision"] is None


def test_a_document_that_cannot_be_read_scores_nothing(tmp_path, monkeypatch):
    import pipeline.annotate

    monkeypatch.setattr(pipeline.annotate, "Annotator", _FakeAnnotator)
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "gone.json").write_text(json.dumps({
        "file": "docs/gone.txt", "lang": "en", "exhaustive": True,
        "annotations": {"ACTOR": ["State Council"], "MECHANISM": [], "STAGE": []},
    }))
    result = scorer.run(tmp_path, console=None, as_json=True)
    assert result["per_document"][0]["error"]
    assert result["labels"]["ACTOR"]["gold"] == 1 and result["labels"]["ACTOR"]["found"] == 0
