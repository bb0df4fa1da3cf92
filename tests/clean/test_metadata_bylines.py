"""Bylines without an "Author:" label, labels followed by a space or in 【】, dates in page markup and URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_document
from pipeline.clean.dom.head import url_date
from pipeline.clean.metadata import parse_byline
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings

FIX = Path(__file__).resolve().parents[1] / "fixtures"


def _clean(path: Path):
    raw = RawDocument(source=str(path), content=path.read_bytes(), media_type=_media(path))
    return clean_document(raw, CleanSettings())


def _media(path: Path) -> str:
    return "text/html" if path.suffix == ".html" else "text/plain"


@pytest.mark.parametrize(
    "line, authors, published",
    [
        ("Feng Zijian and Tao Ran, April 11, 2022", ["Feng Zijian", "Tao Ran"], "2022-04-11"),
        ("Shao Weidong December 1, 2022", ["Shao Weidong"], "2022-12-01"),
        ("Ge Wentao 2021-07-19", ["Ge Wentao"], "2021-07-19"),
        ("Leung Ka-wai, July 5, 2022", ["Leung Ka-wai"], "2022-07-05"),
        ("Ayguli, Chen Zhen, June 27, 2023", ["Ayguli", "Chen Zhen"], "2023-06-27"),
        ("冯子健　陶然　2022年4月11日", ["冯子健", "陶然"], "2022-04-11"),
        ("阿依古丽　陈振　2023年6月27日", ["阿依古丽", "陈振"], "2023-06-27"),
    ],
)
def test_unlabelled_names_and_date_under_title(line, authors, published):
    by = parse_byline(line, head=True, loose=True)
    assert by is not None and by.keep_line
    assert by.fields == {"authors": authors, "published": published}
    assert parse_byline(line, head=True) is None  # only right under the title


@pytest.mark.parametrize(
    "line",
    [
        "Beijing, March 3, 2023",
        "In 2019, the county signed an agreement on May 3, 2022",
        "松坪县　2023年5月1日",
        "新华社　2023年5月1日",
    ],
)
def test_places_outlets_and_sentences_are_not_names(line):
    by = parse_byline(line, head=True, loose=True)
    assert by is None or "authors" not in by.fields


def test_a_sentence_opening_with_a_label_word_is_text():
    assert parse_byline("Updated the plan on 2023-05-01 after a long public consultation period", head=True) is None
    assert parse_byline("Reporter training was held in 12 counties on 2023-05-01 and 2023-05-02.", head=True) is None


@pytest.mark.parametrize(
    "line, fields",
    [
        ("By Sun Yanan and Du Haitao, September 3, 2022", {"authors": ["Sun Yanan", "Du Haitao"], "published": "2022-09-03"}),
        ("By Li Ming and Wang Fang | Updated: 2024-05-12", {"authors": ["Li Ming", "Wang Fang"], "updated": "2024-05-12"}),
        ("Posted by Li Wei on March 3, 2023", {"authors": ["Li Wei"], "published": "2023-03-03"}),
        ("Reporter Zhang San", {"authors": ["Zhang San"]}),
        ("Updated 2024-05-12 08:00", {"updated": "2024-05-12"}),
        ("记者 张三 通讯员 李四", {"authors": ["张三", "李四"]}),
        ("本报记者 张三 李四", {"authors": ["张三", "李四"]}),
        ("（记者 王芳）", {"authors": ["王芳"]}),
        ("文/图 张三", {"authors": ["张三"]}),
        ("文∕梁嘉慧　2022年7月5日", {"authors": ["梁嘉慧"], "published": "2022-07-05"}),
        ("【作者】张三", {"authors": ["张三"]}),
        ("【来源：新华社】【作者：李明】", {"source_name": "新华社", "authors": ["李明"]}),
        ("作者：孙雅楠　杜海涛　　2022年9月3日", {"authors": ["孙雅楠", "杜海涛"], "published": "2022-09-03"}),
    ],
)
def test_labelled_bylines(line, fields):
    by = parse_byline(line, head=True)
    assert by is not None and by.strong and not by.keep_line
    assert by.fields == fields


def test_sun_as_a_surname_is_not_a_weekday():
    by = parse_byline("Author: Sun Li, Monday, May 6, 2024", head=True)
    assert by.fields["authors"] == ["Sun Li"] and by.fields["published"] == "2024-05-06"


@pytest.mark.parametrize(
    "name, authors, published",
    [
        ("en_unlabelled_byline.txt", ["Qin Haoran", "Bai Lu"], "2024-06-14"),
        ("zh_unlabelled_byline.txt", ["秦浩然", "白露"], "2024-06-14"),
    ],
)
def test_unlabelled_byline_fills_fields_and_stays_in_text(name, authors, published):
    path = FIX / "metadata" / name
    rec = _clean(path)
    assert rec.authors == authors and rec.published == published
    assert rec.changes == []  # a clean text: the dateline is read, not cut
    assert rec.text == rec.source_text


def test_labelled_reporter_lines_leave_the_text():
    rec = _clean(FIX / "metadata" / "zh_reporter_labels_with_spaces.txt")
    assert rec.authors == ["秦浩然", "白露"] and rec.published == "2024-06-14"
    assert "记者" not in rec.text and "发布时间" not in rec.text
    assert "全省12个试点县" in rec.text


def test_names_line_after_the_first_paragraph_is_text():
    rec = _clean(FIX / "metadata" / "en_names_after_first_paragraph.txt")
    assert rec.authors == [] and rec.published is None


def test_dateline_with_place_gives_a_date_not_an_author():
    rec = _clean(FIX / "metadata" / "en_dateline_place_not_author.txt")
    assert rec.authors == []


def test_html_byline_with_time_tag():
    rec = _clean(FIX / "html" / "en_news_time_tag_and_canonical_url.html")
    assert rec.authors == ["Wu Tingting", "Ma Jun"]
    assert rec.published == "2024-03-11"  # the byline's <time>, not the URL's date
    assert "By Wu Tingting" not in rec.text and "3,600 remote consultations" in rec.text


def test_html_pubdate_meta_beats_url_date():
    rec = _clean(FIX / "html" / "zh_gov_pubdate_meta_and_url.html")
    assert rec.published == "2024-06-14"


def test_html_url_date_when_nothing_else_dates_the_page():
    rec = _clean(FIX / "html" / "zh_url_date_only.html")
    assert rec.published == "2024-07-02"


@pytest.mark.parametrize(
    "url, iso",
    [
        ("http://x.gov.cn/art/2024/5/12/art_1.html", "2024-05-12"),
        ("https://a.example/2024/05/12/story", "2024-05-12"),
        ("http://www.example.gov.cn/zhengce/202405/t20240512_123.html", "2024-05-12"),
        ("https://x.example/news/20231102/abc.html", "2023-11-02"),
        ("http://x.example/a/2099/13/40/", None),
        ("http://x.example/2024/123456.html", None),
    ],
)
def test_url_date(url, iso):
    assert url_date(url) == iso


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Pilot counties share road costs\nQin Haoran\nJune 14, 2024\nTwelve pilot counties now split the cost.\n",
         ["Qin Haoran"]),
        ("山区县探索农村公路养护新机制\n2024年6月14日\n秦浩然　白露\n　　全省12个试点县已建立机制。\n", ["秦浩然", "白露"]),
        ("山区县探索农村公路养护新机制\n前言\n2024年6月14日\n　　全省12个试点县已建立机制。\n", None),
        ("Pilot counties share road costs\nOverview\nJune 14, 2024\nTwelve pilot counties now split the cost.\n", None),
        ("Pilot counties share road costs\nSpecial Report\nJune 14, 2024\nTwelve pilot counties now split the cost.\n", None),
        ("Pilot counties share road costs\nQin Haoran\nTwelve pilot counties now split the cost.\n", None),
    ],
)
def test_names_line_beside_a_date_line(text, authors):
    from pipeline.clean import metadata
    from pipeline.clean.context import DocContext

    ctx = DocContext(lang="zh" if "县" in text else "en")
    edits = metadata.find_edits(text, ctx)
    assert ctx.metadata.get("authors") == authors
    assert ctx.metadata.get("published") == (None if "2024" not in text else "2024-06-14")
    names_line = text.splitlines()[1 if authors and "2024" not in text.splitlines()[1] else 2]
    if authors:  # the names line is read but stays in the text
        start = text.index(names_line)
        assert not any(e.start <= start < e.end for e in edits)


@pytest.mark.parametrize(
    "line, fields",
    [
        ("Xinhua | Updated: 2024-05-12 08:00", {"source_name": "Xinhua", "updated": "2024-05-12"}),
        ("Li Ming | Updated: 2024-05-12 08:00", {"authors": ["Li Ming"], "updated": "2024-05-12"}),
        ("By LI MING | chinadaily.com.cn | Updated: 2024-05-12 08:00", {"authors": ["LI MING"], "updated": "2024-05-12"}),
    ],
)
def test_outlet_or_names_set_off_by_a_bar_before_a_label(line, fields):
    assert parse_byline(line, head=True).fields == fields
    if not line.startswith("By "):  # without the bar (and no "By") it is not a byline
        assert parse_byline(line.replace(" |", ","), head=True) is None


@pytest.mark.parametrize(
    "lead, authors",
    [
        ("　　本报讯（记者 秦浩然 通讯员 白露）全省12个试点县已建立县乡两级分担农村公路养护资金的机制。", ["秦浩然", "白露"]),
        ("　　新华社南宁6月14日电（记者 秦浩然）全省12个试点县已建立机制。", ["秦浩然"]),
        ("　　（记者从省交通运输厅获悉）全省12个试点县已建立机制。", None),
    ],
)
def test_reporters_named_in_the_news_lead(lead, authors):
    from pipeline.clean import metadata
    from pipeline.clean.context import DocContext

    text = "山区县探索农村公路养护新机制\n" + lead + "\n"
    ctx = DocContext(lang="zh")
    edits = metadata.find_edits(text, ctx)
    assert ctx.metadata.get("authors") == authors
    assert edits == []  # the lead paragraph stays whole


@pytest.mark.parametrize(
    "line, fields",
    [
        ("撰文：张三 摄影：李四", {"authors": ["张三"], "photographer": "李四"}),
        ("文｜张三　2023年3月8日", {"authors": ["张三"], "published": "2023-03-08"}),
        ("By Li Ming / Wang Fang", {"authors": ["Li Ming", "Wang Fang"]}),
    ],
)
def test_photographers_bars_and_slashes(line, fields):
    assert parse_byline(line, head=True).fields == fields


@pytest.mark.parametrize(
    "line, authors",
    [
        ("Li Ming (China Daily) 2024-05-12", ["Li Ming"]),
        ("Li Ming/Wang Fang, May 12, 2024", ["Li Ming", "Wang Fang"]),
        ("冯子健（本报记者）　2022年4月11日", ["冯子健"]),
    ],
)
def test_unlabelled_names_with_outlet_or_slash(line, authors):
    assert parse_byline(line, head=True, loose=True).fields["authors"] == authors


def test_names_line_beside_a_labelled_date_line():
    from pipeline.clean import metadata
    from pipeline.clean.context import DocContext

    text = "Village roads get a fund\nZhang San and Li Si\nUpdated: 2024-05-03 10:20\nTwelve pilot counties now split the cost.\n"
    ctx = DocContext(lang="en")
    metadata.find_edits(text, ctx)
    assert ctx.metadata["authors"] == ["Zhang San", "Li Si"] and ctx.metadata["published"] == "2024-05-03"


def test_by_after_a_bar():
    assert parse_byline("May 3, 2024 | By Zhang San", head=True).fields == {"published": "2024-05-03", "authors": ["Zhang San"]}


def test_html_element_marked_author():
    rec = _clean(FIX / "html" / "en_news_author_element_without_labels.html")
    assert rec.authors == ["Qin Haoran"] and rec.published == "2024-05-12"
    assert "About the author" in rec.text  # a biography is text, and too long to be a byline


@pytest.mark.parametrize("name", ["metadata/zh_notice_signed_with_date.txt", "html/zh_notice_signed_with_date.html"])
def test_closing_date_of_a_notice_dates_it_and_stays(name):
    rec = _clean(FIX / name)
    assert rec.published == "2024-06-14"
    assert "2024年6月14日" in rec.text and rec.changes == []
