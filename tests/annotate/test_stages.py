"""STAGE normalization in both languages."""

from __future__ import annotations

import pytest

from pipeline.annotate import Annotator
from pipeline.annotate.stages import stage_id_for
from pipeline.annotate.termbase import default_termbase
from pipeline.records import CleanRecord


@pytest.fixture(scope="module")
def annotator():
    return Annotator()


def stages(annotator, text, lang, published=None):
    rec = CleanRecord(doc_id="t", source="t", lang=lang, published=published, raw_sha256="0", source_text=text, text=text)
    spans = annotator.annotate([rec])[0].spans
    return {s.text: (s.attrs["start_year"], s.attrs["end_year"], s.attrs["stage_id"]) for s in spans if s.label == "STAGE"}


@pytest.mark.parametrize(
    "text, lang, span, want",
    [
        ("“十三五”时期，扶贫成效显著。", "zh", "“十三五”时期", (2016, 2020, "targeted-poverty-alleviation")),
        ("十四五期间继续推进。", "zh", "十四五期间", (2021, 2025, "rural-revitalization")),
        ("党的十八大以来，东西部扶贫协作不断深化。", "zh", "党的十八大以来", (2012, None, None)),
        ("1979—1996年，对口支援主要集中在经济领域。", "zh", "1979—1996年", (1979, 1996, "counterpart-support")),
        ("1996年7月，国务院部署扶贫协作。", "zh", "1996年7月", (1996, 1996, "poverty-alleviation-collaboration")),
        ("新中国成立以来，党中央高度重视。", "zh", "新中国成立以来", (1949, None, None)),
        ("设立5年过渡期。", "zh", "5年过渡期", (2021, 2025, "rural-revitalization")),
        ("二〇二〇年，脱贫任务完成。", "zh", "二〇二〇年", (2020, 2020, "targeted-poverty-alleviation")),
        ("上世纪80年代，对口支援开始。", "zh", "上世纪80年代", (1980, 1989, "counterpart-support")),
        ("Since the 18th National Congress of the CPC, the work deepened.", "en", "Since the 18th National Congress of the CPC", (2012, None, None)),
        ("During the Fourteenth Five -Year Plan, cooperation grows.", "en", "Fourteenth Five -Year Plan", (2021, 2025, "rural-revitalization")),
        ("In July 1979, the centre decided.", "en", "July 1979", (1979, 1979, "counterpart-support")),
        ("From 1979 to 1996, support was economic.", "en", "From 1979 to 1996", (1979, 1996, "counterpart-support")),
        ("In recent years, the system improved.", "en", "In recent years", (None, None, None)),
        ("the Long-Range Objectives Through the Year 2035 were set.", "en", "Long-Range Objectives Through the Year 2035", (2035, 2035, None)),
        ("In the new era, the tasks changed.", "en", "the new era", (2012, None, None)),
    ],
)
def test_stage_normalization(annotator, text, lang, span, want):
    found = stages(annotator, text, lang, published="2021-03-18")
    assert found.get(span) == want, found


def test_day_takes_year_from_earlier_date_in_paragraph(annotator):
    found = stages(annotator, "2019年8月，两地签订协议。9月1日，双方召开联席会议。", "zh", published="2022-01-01")
    assert found["9月1日"] == (2019, 2019, "targeted-poverty-alleviation")


def test_day_takes_year_from_document_date(annotator):
    found = stages(annotator, "9月1日，双方召开联席会议。", "zh", published="2022-09-03")
    assert found["9月1日"] == (2022, 2022, "rural-revitalization")


def test_this_stage_refers_to_the_period_named_before(annotator):
    found = stages(annotator, "July 1996, the State Council deployed collaboration. At this stage, pairing expanded.", "en")
    assert found["At this stage"] == (1996, 1996, "poverty-alleviation-collaboration")


def test_this_stage_without_antecedent_is_not_annotated(annotator):
    found = stages(annotator, "At this stage, pairing expanded.", "en")
    assert "At this stage" not in found


def test_numbers_that_are_not_years(annotator):
    text = "Issue 2128 reported 1,996 projects and 2017xzzxzd-12; phone 010-85886809."
    assert stages(annotator, text, "en") == {}


def test_stage_id_for_periods():
    canonical = default_termbase().canonical_stages()
    assert stage_id_for(1979, 1996, canonical, None) == "counterpart-support"
    assert stage_id_for(2012, None, canonical, None) is None
    assert stage_id_for(2022, None, canonical, None) == "rural-revitalization"
    assert stage_id_for(2035, 2035, canonical, 2021) is None
    assert stage_id_for(2026, 2030, canonical, 2025) == "rural-revitalization"
    assert stage_id_for(1953, 1957, canonical, None) is None


def test_same_year_and_following_year_take_the_date_before_them(annotator):
    found = stages(annotator, "2016年7月20日，座谈会召开。同年12月，两办印发意见。次年，工作全面铺开。", "zh", published="2020-10-17")
    assert found["同年12月"] == (2016, 2016, "targeted-poverty-alleviation")
    assert found["次年"] == (2017, 2017, "targeted-poverty-alleviation")
    en = stages(annotator, "In July 2016, a meeting was held. The following year, pairing expanded.", "en", published="2020-10-17")
    assert en["The following year"] == (2017, 2017, "targeted-poverty-alleviation")


def test_relative_years_take_the_document_date(annotator):
    found = stages(annotator, "今年以来，两地深化劳务协作。去年底，签订协议。", "zh", published="2022-11-20")
    assert found["今年以来"][:2] == (2022, 2022)
    assert found["去年底"][:2] == (2021, 2021)
    assert stages(annotator, "今年以来，两地深化劳务协作。", "zh")["今年以来"] == (None, None, None)


def test_counts_are_not_years_unless_a_year_cue_precedes(annotator):
    found = stages(annotator, "They sent 2000 teachers and 1990 doctors. In 2019 efforts were made.", "en")
    assert found == {"2019": (2019, 2019, "targeted-poverty-alleviation")}
