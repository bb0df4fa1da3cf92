"""The term base: coverage the issue asks for, validation on load, mistranslation merge, jieba set-up."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline.annotate.termbase import TermBaseError, default_termbase, load_termbase, TERMBASE_DIR


@pytest.fixture(scope="module")
def tb():
    return default_termbase()


def test_manifest_has_version(tb):
    assert tb.version and tb.version[0].isdigit()


def test_coverage(tb):
    actors = tb.concepts_for("actor")
    groups = {}
    for c in actors:
        groups.setdefault(c.group, []).append(c)
    central = [c for c in actors if c.group in ("central-body", "ministry", "leading-group")]
    assert len(central) >= 40
    assert len(groups["province-level"]) == 31
    assert {c.id for c in groups["planning-city"]} == {f"actor/{x}" for x in ("dalian", "qingdao", "ningbo", "xiamen", "shenzhen")}
    roles = {c.id for c in groups["role"]}
    for rid in ("enterprises", "social-organizations", "volunteers", "cadres-and-masses", "first-secretaries",
                "think-tanks", "third-party-evaluation-agencies"):
        assert f"actor/{rid}" in roles
    assert len(tb.concepts_for("mechanism")) >= 60


def test_plans_and_congresses_have_their_years(tb):
    plans = {c.id: (c.years.start, c.years.end) for c in tb.concepts_for("plan")}
    assert len(plans) == 15
    assert plans["plan/1st-five-year-plan"] == (1953, 1957)
    assert plans["plan/13th-five-year-plan"] == (2016, 2020)
    assert plans["plan/15th-five-year-plan"] == (2026, 2030)
    thirteenth = tb.concepts["plan/13th-five-year-plan"]
    assert "十三五" in thirteenth.zh.forms()
    assert {"13th Five-Year Plan", "Thirteenth Five-Year Plan"} <= set(thirteenth.en.forms())
    congresses = {c.id: c.years.start for c in tb.concepts_for("congress")}
    expected = {11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002, 17: 2007, 18: 2012, 19: 2017, 20: 2022}
    for n, year in expected.items():
        assert congresses[f"congress/{n}th-national-congress"] == year


def test_canonical_stages_follow_the_guide(tb):
    table = [(c.stage_id, c.years.start, c.years.end) for c in tb.canonical_stages()]
    assert table == [
        ("counterpart-support", 1979, 1995),
        ("poverty-alleviation-collaboration", 1996, 2012),
        ("targeted-poverty-alleviation", 2013, 2020),
        ("rural-revitalization", 2021, None),
    ]


def test_literal_mistranslations_are_english_variants(tb):
    def forms(cid):
        return {f.lower() for f in tb.forms(tb.concepts[cid], "en")}

    assert "precision poverty alleviation" in forms("mechanism/targeted-poverty-alleviation")
    assert "fixed-point poverty alleviation" in forms("mechanism/designated-poverty-alleviation")
    assert "hematopoietic" in forms("mechanism/self-development-capacity")
    assert "decentralization service" in forms("mechanism/streamline-delegate-serve-reform")
    assert "east and west cooperation" in forms("mechanism/east-west-cooperation")
    assert "poverty alleviation collaboration between the east and west parts" in forms(
        "mechanism/east-west-poverty-alleviation-collaboration"
    )


def _copy(tmp_path):
    target = tmp_path / "termbase"
    shutil.copytree(TERMBASE_DIR, target)
    return target


def test_mistranslations_merge_and_unknown_ids_are_reported(tmp_path):
    d = _copy(tmp_path)
    (d / "mistranslations.json").write_text(json.dumps({"version": "t", "entries": [
        {"id": "mt/a", "wrong": ["mouth to mouth help"], "preferred": "counterpart support",
         "zh": "对口支援", "concept_id": "mechanism/counterpart-support", "note": ""},
        {"id": "mt/b", "wrong": ["x"], "preferred": "y", "zh": "z", "concept_id": "mechanism/no-such-thing", "note": ""},
        {"id": "mt/c", "wrong": ["sweep"], "preferred": "safety-net", "zh": "兜底", "concept_id": "mechanism/safety-net", "note": ""},
    ]}), encoding="utf-8")
    tb = load_termbase(d)
    assert "mouth to mouth help" in tb.forms(tb.concepts["mechanism/counterpart-support"], "en")
    assert "sweep" in tb.forms(tb.concepts["mechanism/social-security-safety-net"], "en")  # through an alias
    assert any("mechanism/no-such-thing" in w for w in tb.warnings)


def test_invalid_concept_is_rejected_with_its_file(tmp_path):
    d = _copy(tmp_path)
    path = d / "stages.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["concepts"][0]["years"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TermBaseError, match="stages.json"):
        load_termbase(d)


def test_a_form_cannot_belong_to_two_concepts(tmp_path):
    d = _copy(tmp_path)
    path = d / "mechanisms.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["concepts"][1]["zh"]["variants"].append(data["concepts"][0]["zh"]["preferred"])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TermBaseError, match="belongs to both"):
        load_termbase(d)


def test_every_chinese_term_is_in_jieba_and_cache_is_project_local(tb):
    import jieba

    from pipeline.annotate.nlp import pipeline_for
    from pipeline.settings import CACHE_DIR

    segmenter = pipeline_for("zh").nlp.tokenizer.jieba_seg
    missing = [w for w in tb.zh_words() if not segmenter.FREQ.get(w)]
    assert not missing
    assert segmenter.tmp_dir == str(CACHE_DIR / "jieba")
    assert jieba.dt.tmp_dir == str(CACHE_DIR / "jieba")


def test_term_words_stay_out_of_the_global_jieba_dictionary(tb):
    import jieba

    from pipeline.annotate.nlp import pipeline_for

    pipeline_for("zh")
    jieba.initialize()
    # a term-base word jieba does not know by itself must not leak into the dictionary cleaning steps read
    assert not jieba.dt.FREQ.get("东西部扶贫协作")
