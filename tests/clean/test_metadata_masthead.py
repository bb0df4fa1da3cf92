"""A page saved as text that starts with the site's name (and today's date, a menu) above the title."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_document
from pipeline.clean.metadata_names import masthead_name
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings

BODY_EN = ("Villagers no longer have to travel 10 kilometers to collect parcels, after the county set up 186 "
           "village logistics stations last year.\n"
           "The county plans to help farmers sell local produce through e-commerce platforms next, officials said.\n")
BODY_ZH = ("为深入推进国土绿化行动，经县政府同意，决定于3月中旬至4月上旬在全县开展春季义务植树活动。\n"
           "县林业局负责技术指导，组织技术人员分片包干，做好栽植、浇水和管护工作。\n")


def _clean(text: str):
    return clean_document(RawDocument(source="t.txt", content=text.encode(), media_type="text/plain"),
                          CleanSettings())


@pytest.mark.parametrize(
    "doc, title, site, published",
    [
        ("Qinghe Daily\nMonday, March 4, 2024\nVillage logistics stations reach every village\nBy Li Ming\n" + BODY_EN,
         "Village logistics stations reach every village", "Qinghe Daily", "2024-03-04"),
        ("Sign in | Register\nLanshan Evening Post\nVillage logistics stations reach every village\n" + BODY_EN,
         "Village logistics stations reach every village", "Lanshan Evening Post", None),
        ("清河县人民政府\n今天是：2024年3月5日 星期二\n首页 | 政务公开 | 政务服务 | 互动交流\n"
         "当前位置：首页 > 政务公开 > 通知公告\n清河县关于开展春季植树活动的通知\n" + BODY_ZH,
         "清河县关于开展春季植树活动的通知", "清河县人民政府", None),
        ("南岸新聞網\n南岸縣推動春季植樹活動\n" + BODY_ZH, "南岸縣推動春季植樹活動", "南岸新聞網", None),
    ],
)
def test_masthead_line_is_the_site_not_the_title(doc, title, site, published):
    rec = _clean(doc)
    assert rec.title == title
    assert rec.metadata.get("site") == site
    assert site not in rec.text
    assert rec.text.startswith(title)
    if published:
        assert rec.published == published


@pytest.mark.parametrize("line", ["老旧小区改造观察", "织密基层治理网", "2024年度工作计划发布",
                                  "Why rural logistics matter", "Grid workers become the first responders"])
def test_headlines_are_no_masthead(line):
    assert not masthead_name(line)


def test_a_title_ending_like_a_headline_stays_the_title():
    doc = "老旧小区改造观察\n——清河县推进城市更新纪实\n" + BODY_ZH
    rec = _clean(doc)
    assert rec.title == "老旧小区改造观察"


def test_an_outlet_named_in_the_first_sentence_is_no_masthead():
    doc = ("Village logistics stations reach every village\n"
           "Qinghe Daily reported on Monday that the county set up 186 village logistics stations last year.\n" + BODY_EN)
    rec = _clean(doc)
    assert rec.title == "Village logistics stations reach every village"
    assert "Qinghe Daily reported" in rec.text
