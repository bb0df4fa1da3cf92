"""Annotator behaviour: span invariants, determinism, MT tolerance, exclusions, periods and frames."""

from __future__ import annotations

import pytest

from pipeline.annotate import Annotator
from pipeline.records import CleanRecord, dumps


@pytest.fixture(scope="module")
def annotator():
    return Annotator()


def record(text, lang, published=None, doc_id="t"):
    return CleanRecord(doc_id=doc_id, source=doc_id, lang=lang, published=published, raw_sha256="0", source_text=text, text=text)


def spans_of(annotator, text, lang, published=None):
    return annotator.annotate([record(text, lang, published)])[0].spans


EN = ("July 1996,The General Office of the State Council deployed fixed -point poverty alleviation、"
      "pairing assistance and the joint meeting system. Beijing、Tianjin and Shanghai took part.")
ZH = "1996年7月，国务院办公厅部署东西部扶贫协作，北京、天津、上海等省市开展结对帮扶。县委书记张学锋主持召开联席会议。"


def test_spans_are_sorted_valid_and_do_not_overlap_within_a_label(annotator):
    for text, lang in ((EN, "en"), (ZH, "zh")):
        spans = spans_of(annotator, text, lang)
        assert spans
        assert [(s.start, s.end, s.label) for s in spans] == sorted((s.start, s.end, s.label) for s in spans)
        for s in spans:
            assert text[s.start : s.end] == s.text
        for label in ("ACTOR", "MECHANISM", "STAGE"):
            mine = [s for s in spans if s.label == label]
            for a, b in zip(mine, mine[1:]):
                assert a.end <= b.start, (a.text, b.text)


def test_same_input_gives_identical_output(annotator):
    recs = [record(EN, "en", doc_id="a"), record(ZH, "zh", doc_id="b"), record(EN, "en", doc_id="c")]
    first = [dumps(r) for r in annotator.annotate(recs)]
    second = [dumps(r) for r in Annotator().annotate(list(reversed(recs)))]
    assert first == list(reversed(second))
    assert [r.doc_id for r in annotator.annotate(recs)] == ["a", "b", "c"]


def test_machine_translation_forms_are_matched(annotator):
    spans = {(s.label, s.text): s for s in spans_of(annotator, EN, "en")}
    assert spans[("MECHANISM", "fixed -point poverty alleviation")].concept_id == "mechanism/designated-poverty-alleviation"
    assert spans[("ACTOR", "Beijing")].concept_id == "actor/beijing"
    assert spans[("ACTOR", "Tianjin")].concept_id == "actor/tianjin"
    assert ("MECHANISM", "joint meeting system") in spans


def test_chinese_and_english_share_concept_ids(annotator):
    en = {s.concept_id for s in spans_of(annotator, EN, "en") if s.concept_id}
    zh = {s.concept_id for s in spans_of(annotator, ZH, "zh") if s.concept_id}
    shared = {"actor/general-office-state-council", "mechanism/pairing-assistance", "mechanism/joint-meeting-system",
              "actor/beijing", "actor/tianjin", "actor/shanghai"}
    assert shared <= en and shared <= zh


def test_pattern_rules_carry_rule_id_and_no_concept(annotator):
    text = "乳山市委书记张学锋带领党政代表团赴云阳县考察，两地成立东西部协作工作领导小组。"
    spans = spans_of(annotator, text, "zh")
    rules = {s.text: s.attrs.get("rule") for s in spans if s.label == "ACTOR" and s.concept_id is None}
    assert rules["乳山市委书记张学锋"].startswith("actor.")
    assert rules["东西部协作工作领导小组"] == "actor.org-shape.zh"
    en = spans_of(annotator, "The Party secretary of Yunyang County met the Yunnan Provincial Leading Group.", "en")
    texts = {s.text for s in en if s.label == "ACTOR" and s.concept_id is None}
    assert "Party secretary of Yunyang County" in texts
    assert any(t.endswith("Leading Group") for t in texts)


def test_byline_and_venue_are_not_actors(annotator):
    text = "Author: Guo Chunfu  Editor: Zhang Yueying\nA meeting on East-West cooperation was held in Beijing.\n"
    actors = [s.text for s in spans_of(annotator, text, "en") if s.label == "ACTOR"]
    assert actors == []
    zh = "责任编辑：李华\n全国东西部协作工作推进会在北京召开。"
    assert [s.text for s in spans_of(annotator, zh, "zh") if s.label == "ACTOR"] == []


def test_actor_and_mechanism_carry_the_stage_of_their_sentence(annotator):
    text = ("强调结对帮扶的东西部扶贫协作。1996年7月，国务院部署北京开展对口帮扶。这一阶段，结对帮扶不断扩大。\n"
            "“十四五”时期，企业参与东西部协作。")
    spans = spans_of(annotator, text, "zh")
    by = {(s.label, s.start): s.attrs.get("stage_id") for s in spans}
    first_pairing = text.index("结对帮扶")
    assert by[("MECHANISM", first_pairing)] == "poverty-alleviation-collaboration"  # paragraph's first stage
    assert by[("MECHANISM", text.index("结对帮扶", first_pairing + 1))] == "poverty-alleviation-collaboration"
    assert by[("ACTOR", text.index("企业"))] == "rural-revitalization"


def test_frames_for_sentences_with_actor_and_mechanism(annotator):
    text = "2013年11月，习近平总书记提出精准扶贫。这句话没有主体。\n东部地区企业参与消费帮扶。"
    rec = annotator.annotate([record(text, "zh")])[0]
    assert len(rec.frames) == 2
    f = rec.frames[0]
    assert f.actors == ["actor/xi-jinping"] and f.mechanisms == ["mechanism/targeted-poverty-alleviation"]
    assert f.stage["start_year"] == 2013 and f.stage["stage_id"] == "targeted-poverty-alleviation"
    assert rec.frames[1].stage is None
    assert set(rec.frames[1].actors) == {"actor/eastern-region", "actor/enterprises"}


def test_mechanism_inside_an_actor_name_is_not_a_mechanism(annotator):
    spans = spans_of(annotator, "国务院扶贫开发领导小组办公室发布通知。", "zh")
    assert [s.label for s in spans] == ["ACTOR"]


def test_traditional_script_gets_the_same_concepts(annotator):
    simplified = "党的十八大以来，国务院扶贫开发领导小组部署东西部扶贫协作，上海市与云南省开展结对帮扶。"
    traditional = "黨的十八大以來，國務院扶貧開發領導小組部署東西部扶貧協作，上海市與雲南省開展結對幫扶。"
    ids = [{(s.label, s.concept_id) for s in spans_of(annotator, t, "zh")} for t in (simplified, traditional)]
    assert ids[0] == ids[1]
    assert ("STAGE", "congress/18th-national-congress") in ids[1]


def test_help_is_read_as_assistance_in_machine_translation(annotator):
    spans = spans_of(annotator, "They expanded consumption help and Industry help.", "en")
    assert {s.concept_id for s in spans} == {"mechanism/consumption-assistance", "mechanism/industrial-assistance"}


def test_chinese_terms_inside_longer_tokens_but_not_across_two(annotator):
    spans = {(s.label, s.text) for s in spans_of(annotator, "选派驻村第一书记，打赢脱贫攻坚战。在消费帮扶方面，交通区位较好。", "zh")}
    assert ("ACTOR", "第一书记") in spans  # inside the token 驻村第一书记
    assert ("STAGE", "脱贫攻坚") in spans  # jieba cuts 脱贫|攻坚战
    assert not any(text in ("帮扶方", "交通区") for _, text in spans)


def test_the_articles_own_author_is_not_an_actor(annotator):
    text = "Reporter Wang Lin learned that Party secretary Wang Lin of the paper and Vice Premier Hu Chunhua spoke."
    rec = CleanRecord(doc_id="t", source="t", lang="en", raw_sha256="0", source_text=text, text=text,
                      authors=["Wang Lin"], metadata={"editor": "Zhang Yueying"})
    actors = [s.text for s in annotator.annotate([rec])[0].spans if s.label == "ACTOR"]
    assert actors == ["Vice Premier Hu Chunhua"]


def test_longer_words_headed_by_a_role_noun(annotator):
    spans = {s.text: s.concept_id for s in spans_of(annotator, "龙头企业和党政干部参与，企业家也来了，重点考核组织领导。", "zh")}
    assert spans["龙头企业"] == "actor/enterprises"
    assert spans["党政干部"] == "actor/cadres"
    assert "企业家" not in spans and "考核组" not in spans


def test_mechanism_shapes(annotator):
    spans = {s.text: (s.concept_id, s.attrs["rule"]) for s in spans_of(annotator, "各地落实帮扶措施，完善结对帮扶机制。", "zh") if s.label == "MECHANISM"}
    assert spans["帮扶措施"] == (None, "mechanism.shape.zh")
    assert spans["结对帮扶机制"][0] == "mechanism/pairing-assistance"
    en = {s.text: s.concept_id for s in spans_of(annotator, "Implement the pairing assistance mechanism and assistance measures.", "en") if s.label == "MECHANISM"}
    assert en == {"pairing assistance mechanism": "mechanism/pairing-assistance", "assistance measures": None}
