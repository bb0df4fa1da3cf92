"""Pattern rules added for recall: domain compounds, plus models, place aggregates,
bare congresses as STAGE, acting groups from the term base, and their periods."""

from __future__ import annotations

import pytest

from pipeline.annotate import Annotator
from pipeline.records import CleanRecord


@pytest.fixture(scope="module")
def annotator():
    return Annotator()


def spans(annotator, text, lang, published="2021-05-01"):
    rec = CleanRecord(doc_id="p", source="p", lang=lang, published=published, raw_sha256="0", source_text=text, text=text)
    return annotator.annotate([rec])[0]


def by_text(record, label):
    return {s.text: s for s in record.spans if s.label == label}


def test_chinese_domain_compounds_are_mechanisms_but_not_actor_or_adverb_prefixes(annotator):
    rec = spans(annotator, "县里开展水利扶贫、心理帮扶和体育扶贫行动，推进司法援助。企业帮扶贫困户，全面帮扶，持续帮扶。", "zh")
    mech = by_text(rec, "MECHANISM")
    for name in ("水利扶贫", "心理帮扶", "体育扶贫行动", "司法援助"):
        assert mech[name].attrs["rule"] == "mechanism.compound.zh" and mech[name].concept_id is None
    assert not any(t.endswith("帮扶") and t[:2] in ("企业", "全面", "持续") for t in mech)


def test_english_domain_compounds_and_actor_names_built_on_them(annotator):
    rec = spans(annotator, "The county offered legal aid and psychological support. The medical aid team arrived.", "en")
    mech = by_text(rec, "MECHANISM")
    assert {"legal aid", "psychological support"} <= set(mech)
    assert "medical aid" not in mech
    assert by_text(rec, "ACTOR")["medical aid team"].concept_id == "actor/aid-teams"


def test_a_named_concept_keeps_its_id_over_the_compound_rule(annotator):
    rec = spans(annotator, "Precision poverty alleviation was implemented.", "en")
    assert by_text(rec, "MECHANISM")["Precision poverty alleviation"].concept_id == "mechanism/targeted-poverty-alleviation"


def test_plus_models_in_both_languages(annotator):
    zh = by_text(spans(annotator, "推广“龙头企业+合作社+农户”模式。", "zh"), "MECHANISM")
    en = by_text(spans(annotator, "They adopted the company + cooperative + farmer model.", "en"), "MECHANISM")
    assert "龙头企业+合作社+农户" in zh
    assert "company + cooperative + farmer model" in en


def test_place_aggregates_and_pairs_act_but_not_as_locations(annotator):
    zh = by_text(spans(annotator, "东部9省市与西部地区结对，两地签订协议。", "zh"), "ACTOR")
    assert {"东部9省市", "两地"} <= set(zh)
    en = spans(annotator, "The paired provinces and economically developed provinces and cities sent cadres. "
                          "Meetings were held in the two places.", "en")
    actors = by_text(en, "ACTOR")
    assert {"paired provinces", "economically developed provinces and cities"} <= set(actors)
    assert "the two places" not in actors


def test_bare_congress_dates_its_sentence(annotator):
    rec = spans(annotator, "党的十九大提出实施乡村振兴战略。\n\n2019年，两地开展消费帮扶。", "zh")
    stage = by_text(rec, "STAGE")["党的十九大"]
    assert (stage.attrs["start_year"], stage.attrs["end_year"]) == (2017, 2017)
    assert stage.attrs["stage_id"] == "targeted-poverty-alleviation"
    mech = by_text(rec, "MECHANISM")["实施乡村振兴战略"]
    assert mech.attrs["stage_id"] == "targeted-poverty-alleviation"


def test_anchored_congress_still_opens_a_period(annotator):
    rec = spans(annotator, "Since the 18th National Congress, designated assistance has deepened.", "en")
    stage = [s for s in rec.spans if s.label == "STAGE"][0]
    assert stage.text.startswith("Since") and (stage.attrs["start_year"], stage.attrs["end_year"]) == (2012, None)


def test_village_work_teams_act_and_make_frames(annotator):
    rec = spans(annotator, "“十四五”时期，驻村工作队以购代捐，帮扶单位组织机关食堂和医院采购农产品。", "zh")
    actors = by_text(rec, "ACTOR")
    assert actors["驻村工作队"].concept_id == "actor/village-work-teams"
    assert {"帮扶单位", "机关食堂", "医院"} <= set(actors)
    assert by_text(rec, "MECHANISM")["以购代捐"].concept_id == "mechanism/purchase-instead-of-donation"
    assert rec.frames and "actor/village-work-teams" in rec.frames[0].actors
    assert all(s.attrs["stage_id"] == "rural-revitalization" for s in rec.spans if s.label != "STAGE")


def test_same_concepts_across_languages_for_new_instruments(annotator):
    zh = spans(annotator, "驻村工作队推行以购代捐和先诊疗后付费，完善结对认亲。", "zh")
    en = spans(annotator, "Village work teams promoted purchasing instead of donating and treatment first, payment later, "
                          "and improved pairing up as relatives.", "en")
    ids = lambda r: {s.concept_id for s in r.spans if s.concept_id}
    assert ids(zh) == ids(en)
