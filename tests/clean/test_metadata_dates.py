"""Dates and byline labels of more layouts: ordinals, Chinese numerals, photo credits, job titles, bar leads."""

from __future__ import annotations

import pytest

from pipeline.clean.metadata import closing_date, parse_byline
from pipeline.clean.metadata_dates import is_date_only, parse_date


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2nd May 2021", "2021-05-02"),
        ("the 21st of September, 2020", "2020-09-21"),
        ("二〇二一年五月二日", "2021-05-02"),
        ("二○二○年十二月三十一日", "2020-12-31"),
        ("二〇一九年十月十日", "2019-10-10"),
        ("一九九八年二月二十日", "1998-02-20"),
    ],
)
def test_more_date_layouts(value, iso):
    assert parse_date(value) == iso


def test_chinese_numeral_dates_that_are_no_dates():
    assert parse_date("三十年后的某一天") is None
    assert parse_date("二〇二一年十三月二日") is None  # no thirteenth month


def test_notice_signed_with_a_chinese_numeral_date():
    assert is_date_only("二〇二一年五月二日")
    assert closing_date(["北岭县交通运输局", "二〇二一年五月二日"]) == "2021-05-02"


@pytest.mark.parametrize(
    "line, fields",
    [
        ("By Meng Qi, Staff Writer", {"authors": ["Meng Qi"]}),
        ("Story by Meng Qi", {"authors": ["Meng Qi"]}),
        ("Photos by Bai Rui", {"photographer": "Bai Rui"}),
        ("文/孟琪 图/白蕊", {"authors": ["孟琪"], "photographer": "白蕊"}),
        ("更新日期：2021-05-02", {"updated": "2021-05-02"}),  # the page's date when it gives no other
        ("發稿日期：2021/05/02　消息來源：北灣社", {"published": "2021-05-02", "source_name": "北灣社"}),
        ("Meng Qi, Bai Rui | hexi-news.com | Updated: 2021-05-02 10:05",
         {"authors": ["Meng Qi", "Bai Rui"], "source_name": "hexi-news.com", "updated": "2021-05-02"}),
    ],
)
def test_more_byline_layouts(line, fields):
    by = parse_byline(line, head=True)
    assert by is not None and by.fields == fields


@pytest.mark.parametrize(
    "line",
    [
        "The story by Meng Qi won a provincial prize last year",
        "Officials said the photos by residents helped the rescue | more below",
    ],
)
def test_label_words_inside_sentences_are_no_byline(line):
    by = parse_byline(line, head=True)
    assert by is None or not by.fields.get("authors")


@pytest.mark.parametrize(
    "line, fields",
    [
        ("By Meng Qi in Hexi and Bai Rui in Northbay", {"authors": ["Meng Qi", "Bai Rui"]}),
        ("By Reuters", {"source_name": "Reuters"}),
        ("本报记者 孟琪 实习生 白蕊", {"authors": ["孟琪", "白蕊"]}),
        ("记者 孟琪 通讯员 白蕊 报道", {"authors": ["孟琪", "白蕊"]}),
        ("作者：佚名　来源：河西日报", {"source_name": "河西日报"}),
        ("文：孟琪　图：白蕊", {"authors": ["孟琪"], "photographer": "白蕊"}),
    ],
)
def test_roles_places_agencies_and_anonymous_bylines(line, fields):
    by = parse_byline(line, head=True)
    assert by is not None and by.fields == fields


def test_agency_beside_names_under_the_title():
    by = parse_byline("April 9, 2021 — Meng Qi, Xinhua", head=True, loose=True)
    assert by.keep_line and by.fields == {"authors": ["Meng Qi"], "published": "2021-04-09", "source_name": "Xinhua"}


@pytest.mark.parametrize(
    "line, fields",
    [
        ("April 9 · Meng Qi", {"authors": ["Meng Qi"]}),  # no year: the page dates itself elsewhere
        ("2021年4月9日 河西日报", {"published": "2021-04-09", "source_name": "河西日报"}),
        ("Posted on April 9, 2021 by Meng Qi", {"published": "2021-04-09", "authors": ["Meng Qi"]}),
    ],
)
def test_partial_dates_outlet_dates_and_posted_by(line, fields):
    by = parse_byline(line, head=True, loose=True)
    assert by is not None and by.fields == fields


def test_a_label_over_its_value_is_no_name():
    from pipeline.clean.metadata import names_beside_date

    assert names_beside_date("发布时间", ["2021-04-09"]) is None
    assert names_beside_date("孟琪", ["2021-04-09"]).fields == {"authors": ["孟琪"]}


@pytest.mark.parametrize("value, iso", [("民國110年4月9日", "2021-04-09"), ("110-04-09", "2021-04-09"),
                                        ("發布日期：110年4月9日", "2021-04-09")])
def test_minguo_dates(value, iso):
    assert parse_date(value) == iso


@pytest.mark.parametrize("value", ["共110年5月", "3.110.4.9", "第110條4款9項"])
def test_numbers_that_are_no_minguo_dates(value):
    assert parse_date(value) is None


def test_an_update_date_dates_the_page_only_when_it_gives_no_other():
    from pipeline.changes import ChangeLog
    from pipeline.clean import metadata
    from pipeline.clean.context import DocContext

    def published(text):
        ctx = DocContext(lang="zh")
        ChangeLog(text).apply(metadata.find_edits(text, ctx))
        return ctx.metadata.get("published")

    body = "\n县交通运输局表示，五月起渡口将增加两条渡船，票价保持不变。"
    assert published("渡口改造方案公布\n更新时间：2021-05-03 10:00　发布时间：2021-05-02" + body) == "2021-05-02"
    assert published("渡口改造方案公布\n更新时间：2021-05-03 10:00" + body) == "2021-05-03"


def test_wire_credit_line_at_the_end():
    by = parse_byline("Reporting by Meng Qi and Bai Rui in Hexi; Editing by Zhao Lan", head=False)
    assert by is not None and by.strong
    assert by.fields == {"authors": ["Meng Qi", "Bai Rui"], "editor": "Zhao Lan"}
