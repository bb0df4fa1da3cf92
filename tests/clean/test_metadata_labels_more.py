"""More byline label wordings: "Released", "Issued", CMS entry stamps, journal and government page labels.

Each label class is checked in several surface forms (order, language, script, position) and with
genuine sentences that use the same words and must stay in the text.
"""

from __future__ import annotations

import pytest

from pipeline.clean import clean_document
from pipeline.clean.metadata import parse_byline
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings

BODY_EN = (
    "The county will extend the night bus service to the new hospital from next month, the transport bureau said.\n"
    "Fares stay at two yuan, and pensioners keep their free travel cards, officials added.\n"
)
BODY_ZH = "县交通运输局表示，下月起夜间公交将延伸至新建医院，票价保持两元不变。\n老年人免费乘车卡继续有效，相关线路将增加三辆新能源公交车。\n"


def _clean_text(text: str):
    raw = RawDocument(source="t.txt", content=text.encode(), media_type="text/plain")
    return clean_document(raw, CleanSettings())


@pytest.mark.parametrize(
    "line, published, authors",
    [
        ("Released: 2023-09-02 Author: Shao Yiting", "2023-09-02", ["Shao Yiting"]),
        ("Author: Han Meilin Released: 2022-03-15", "2022-03-15", ["Han Meilin"]),
        ("Issued: March 4, 2021 | Writer: Olga Brenner", "2021-03-04", ["Olga Brenner"]),
        ("Date issued: 2020-11-30  Reporter: Tang Jun", "2020-11-30", ["Tang Jun"]),
        ("Release: 2024/01/08 Author: Pema Dorje", "2024-01-08", ["Pema Dorje"]),
        ("Posted at: 2019-06-21 Contributor: Ruth Abara", "2019-06-21", ["Ruth Abara"]),
        ("录入时间：2023-05-06 作者：韩梅", "2023-05-06", ["韩梅"]),
        ("添加时间：2021年7月9日　撰写：罗小川", "2021-07-09", ["罗小川"]),
        ("網路出版時間：2022-10-12 作者：陳怡君", "2022-10-12", ["陳怡君"]),
    ],
)
def test_release_and_issue_labels_read_as_bylines(line, published, authors):
    by = parse_byline(line, head=True)
    assert by is not None and by.strong
    assert by.fields.get("published") == published
    assert by.fields.get("authors") == authors


@pytest.mark.parametrize(
    "line, field, value",
    [
        ("发布人：李红梅", "editor", "李红梅"),
        ("Translated by: Emma Dale", "translator", "Emma Dale"),
        ("Source: Qinghe County Government Office  Issued: 2023-02-01", "source_name", "Qinghe County Government Office"),
        ("信息提供：县农业农村局　发布时间：2023-02-01", "source_name", "县农业农村局"),
    ],
)
def test_other_document_information_labels(line, field, value):
    by = parse_byline(line, head=True)
    assert by is not None
    assert by.fields.get(field) == value


@pytest.mark.parametrize(
    "line",
    [
        "Released prisoners will get job training, the ministry said: 3,000 places are planned.",
        "The plan was issued in March and released to the public in May.",
        "录入时间较长的问题已经得到解决。",
        "Contributors to the fund include three state banks and a provincial insurer.",
    ],
)
def test_sentences_with_the_same_words_are_no_byline(line):
    assert parse_byline(line, head=False) is None


def test_plain_text_byline_with_release_label_and_jammer_lines():
    doc = ("Night buses reach the county hospital\n"
           "Released: 2023-09-02 Author: Shao Yiting\n"
           "The county will extend the night bus service to the new hospital from next month. 7fKq2Lz0w\n"
           + BODY_EN)
    rec = _clean_text(doc)
    assert rec.published == "2023-09-02" and rec.authors == ["Shao Yiting"]
    assert "Released:" not in rec.text
    assert "Fares stay at two yuan" in rec.text


def test_plain_text_byline_in_chinese_with_entry_stamp():
    doc = "夜间公交延伸至县医院\n录入时间：2023-05-06　作者：韩梅　来源：县交通运输局\n" + BODY_ZH
    rec = _clean_text(doc)
    assert rec.published == "2023-05-06" and rec.authors == ["韩梅"]
    assert "录入时间" not in rec.text and "票价保持两元不变" in rec.text


@pytest.mark.parametrize(
    "line, value",
    [
        ("原标题：县里的夜班公交开到了医院门口", "县里的夜班公交开到了医院门口"),
        ("原標題：「夜班車」開到醫院門口", "「夜班車」開到醫院門口"),
        ("Original headline: Night buses now reach the county hospital", "Night buses now reach the county hospital"),
    ],
)
def test_original_title_of_a_reprint_is_metadata(line, value):
    by = parse_byline(line, head=True)
    assert by is not None and by.fields.get("original_title") == value


def test_original_title_line_leaves_a_reprinted_article():
    doc = "夜间公交延伸至县医院\n原标题：县里的夜班公交开到了医院门口\n" + BODY_ZH
    rec = _clean_text(doc)
    assert "原标题" not in rec.text and rec.metadata.get("original_title") == "县里的夜班公交开到了医院门口"
    assert rec.title == "夜间公交延伸至县医院"


def test_sentence_about_an_original_title_stays():
    doc = "夜间公交延伸至县医院\n" + BODY_ZH + "这篇报道的原标题在转载时被改动，记者对此表示理解。\n"
    rec = _clean_text(doc)
    assert "原标题在转载时被改动" in rec.text


@pytest.mark.parametrize(
    "line, iso",
    [("Updated 09:15, 05-Mar-2024", "2024-03-05"), ("Updated: 21-Nov-2023 18:02", "2023-11-21")],
)
def test_day_month_year_with_hyphens(line, iso):
    by = parse_byline(line, head=True)
    assert by is not None and by.fields.get("updated") == iso


@pytest.mark.parametrize(
    "line, field, value",
    [
        ("本文来源：新华网", "source_name", "新华网"),
        ("——转自：岚山日报", "source_name", "岚山日报"),
        ("统筹：王芳 策划：李明 设计：赵雪", "credits", "王芳"),
        ("監製：陳怡君　製作：林志明", "credits", "陳怡君"),
        ("出品：清河县融媒体中心", "credits", "清河县融媒体中心"),
    ],
)
def test_reprint_sources_and_production_credits(line, field, value):
    by = parse_byline(line, head=False)
    assert by is not None and by.fields.get(field) == value


@pytest.mark.parametrize("line", ["制作：各乡镇要在三月底前完成台账", "统筹安排好春耕生产", "策划：先调研，再定方案"])
def test_credit_words_before_a_task_are_no_credits(line):
    assert parse_byline(line, head=False) is None


def test_production_credits_leave_the_end_of_a_feature():
    doc = "夜间公交延伸至县医院\n" + BODY_ZH + "策划：王芳\n统筹：李明　设计：赵雪\n"
    rec = _clean_text(doc)
    assert "策划" not in rec.text and "设计：赵雪" not in rec.text
    assert "票价保持两元不变" in rec.text
