"""Byline layouts: outlet before a reporter label, pinyin names with no separator, ' · ' fields, share bars."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_document
from pipeline.clean.metadata import parse_byline, split_names
from pipeline.clean.metadata_names import is_pinyin_token, outlet_reporter, pinyin_pairs
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings


@pytest.mark.parametrize(
    "name, pairs",
    [
        ("Luo Jiahui Meng Qi", ["Luo Jiahui", "Meng Qi"]),
        ("Zhuge Ming Sun Xiaoyan Lü Fang Bai Rui", ["Zhuge Ming", "Sun Xiaoyan", "Lü Fang", "Bai Rui"]),
        ("Mary Ann Lee Smith", ["Mary Ann Lee Smith"]),  # not pinyin: one name
        ("Luo Jiahui Meng", ["Luo Jiahui Meng"]),  # odd count: no pairing
        ("Luo Jiahui", ["Luo Jiahui"]),
    ],
)
def test_pinyin_pairs(name, pairs):
    assert pinyin_pairs(name) == pairs


def test_pinyin_tokens():
    assert is_pinyin_token("Xiaoyan") and is_pinyin_token("Ouyang") and is_pinyin_token("Zhuang")
    assert not is_pinyin_token("Smith") and not is_pinyin_token("Tom") and not is_pinyin_token("luo")


def test_labelled_author_run_of_pinyin_names_is_two_authors():
    by = parse_byline("Source: Hexi Evening News Author: Luo Jiahui Meng Qi Date: 2021-04-09", head=True)
    assert by.fields["authors"] == ["Luo Jiahui", "Meng Qi"]
    assert by.fields["published"] == "2021-04-09"


@pytest.mark.parametrize(
    "line, outlet, authors, published",
    [
        ("Hexi Evening News reporter Luo Jiahui 2021-04-09", "Hexi Evening News", ["Luo Jiahui"], "2021-04-09"),
        ("Beiling Daily correspondents Meng Qi and Bai Rui, May 2, 2020", "Beiling Daily", ["Meng Qi", "Bai Rui"],
         "2020-05-02"),
        ("河西晚报记者　罗佳慧　2021年4月9日", "河西晚报", ["罗佳慧"], "2021-04-09"),
        ("北岭县融媒体中心记者 孟琪 白蕊", "北岭县融媒体中心", ["孟琪", "白蕊"], None),
    ],
)
def test_outlet_in_front_of_a_reporter_label(line, outlet, authors, published):
    by = parse_byline(line, head=True)
    assert by is not None and not by.keep_line  # labelled: the line is metadata and leaves the text
    assert by.fields.get("source_name") == outlet
    assert by.fields["authors"] == authors
    assert by.fields.get("published") == published


@pytest.mark.parametrize(
    "line",
    [
        "Hexi Evening News reporters visited the flooded villages on 2021-04-09.",
        "本报记者 罗佳慧",  # the paper itself: no outlet named
    ],
)
def test_no_outlet_read_from_prose_or_own_paper(line):
    by = parse_byline(line, head=True)
    assert by is None or "source_name" not in by.fields


def test_staff_reporter_is_no_outlet():
    assert outlet_reporter("Staff reporter Meng Qi") == ("", "Meng Qi")
    by = parse_byline("Staff reporter Meng Qi", head=True)
    assert by.fields == {"authors": ["Meng Qi"]}


def test_dot_separated_byline_fields():
    by = parse_byline("By Luo Jia-hui · Hexi Weekly Review · 9 April 2021", head=True)
    assert by.fields == {"authors": ["Luo Jia-hui"], "source_name": "Hexi Weekly Review", "published": "2021-04-09"}
    assert split_names("买买提·艾力") == ["买买提·艾力"]  # a name's own dot has no spaces around it


@pytest.mark.parametrize(
    "line",
    [
        "Source: Hexi Evening News Author: Meng Qi Release time: 2021-04-09 10:05 Share to: WeChat Weibo QQ Space",
        "来源：河西晚报 作者：孟琪 发布时间：2021-04-09 分享到：微信 朋友圈 微博",
    ],
)
def test_share_bar_on_a_byline_line(line):
    by = parse_byline(line, head=True)
    assert by is not None and by.fields["published"] == "2021-04-09"
    assert by.fields["authors"] in (["Meng Qi"], ["孟琪"])


def test_page_byline_names_and_date_both_read():
    html = (
        "<html><head><title>Ferry timetable changes on the Hexi river</title></head><body>"
        "<article><h1>Ferry timetable changes on the Hexi river</h1>"
        "<p class='byline'>Meng Qi | April 9, 2021</p>"
        "<p>The river ferry will run every twenty minutes from next month, the transport bureau said on Friday, "
        "and the last boat will leave at ten in the evening instead of eight.</p></article></body></html>"
    )
    rec = clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                         CleanSettings())
    assert rec.authors == ["Meng Qi"]
    assert rec.published == "2021-04-09"


@pytest.mark.parametrize(
    "line, fields",
    [
        ("By Meng Qi, Hexi Weekly Review, April 9, 2021",
         {"authors": ["Meng Qi"], "source_name": "Hexi Weekly Review", "published": "2021-04-09"}),
        ("Text / Meng Qi 2021-04-09", {"authors": ["Meng Qi"], "published": "2021-04-09"}),
        ("河西觀察 記者 孟琪 2021年4月9日", {"source_name": "河西觀察", "authors": ["孟琪"], "published": "2021-04-09"}),
        ("来源：河西日报　作者：孟琪　责任编辑：白蕊　2021-04-09",
         {"source_name": "河西日报", "authors": ["孟琪"], "editor": "白蕊", "published": "2021-04-09"}),
    ],
)
def test_outlets_and_dates_beside_labelled_names(line, fields):
    by = parse_byline(line, head=True)
    assert by is not None and by.fields == fields


def test_outlet_in_an_unlabelled_names_and_date_line():
    by = parse_byline("河西发布 孟琪 2021-04-09", head=True, loose=True)
    assert by.keep_line and by.fields == {"authors": ["孟琪"], "published": "2021-04-09", "source_name": "河西发布"}
    by = parse_byline("Hexi Evening Post Meng Qi, April 9, 2021", head=True, loose=True)
    assert by is None or by.fields.get("authors") != ["Hexi Evening Post Meng Qi"]


@pytest.mark.parametrize("value, outlet", [("河西日报", True), ("河西县融媒体中心", True), ("Hexi Evening Post", True),
                                           ("孟琪", False), ("Meng Qi", False), ("Post", False)])
def test_is_outlet(value, outlet):
    from pipeline.clean.metadata import is_outlet

    assert is_outlet(value) is outlet


@pytest.mark.parametrize(
    "text, title",
    [
        ("当前位置：首页 > 新闻中心 > 工作动态\n渡口改造方案公布\n县交通运输局表示，五月起渡口将增加两条渡船，票价保持不变。\n",
         "渡口改造方案公布"),
        ("Home | News | Local\nFerry timetable changes\nThe river ferry will run every twenty minutes from next month.\n",
         "Ferry timetable changes"),
        ("网站首页 新闻中心 政务公开 办事服务 互动交流\n渡口改造方案公布\n县交通运输局表示，五月起渡口将增加两条渡船。\n",
         "渡口改造方案公布"),
    ],
)
def test_title_is_the_first_line_below_saved_menus(text, title):
    rec = clean_document(RawDocument(source="a.txt", content=text.encode(), media_type="text/plain"), CleanSettings())
    assert rec.title == title
    assert not rec.text.startswith(("当前位置", "Home", "网站首页"))


def test_a_title_stuffed_with_bar_keywords_is_still_the_title_line():
    text = "关键词一|关键词二|渡口改造方案公布\n孟琪　2021年4月9日\n县交通运输局表示，五月起渡口将增加两条渡船，票价保持不变。\n"
    rec = clean_document(RawDocument(source="a.txt", content=text.encode(), media_type="text/plain"), CleanSettings())
    assert rec.published == "2021-04-09" and rec.authors == ["孟琪"]
