"""Byline layouts of Chinese news, social-platform and journal pages and their English editions."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_document
from pipeline.clean.metadata import parse_byline
from pipeline.clean.metadata_dates import find_date, is_date_only
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings

BODY_ZH = ("去年以来，全县整合邮政、快递和供销网点，建成村级寄递物流综合服务站186个，实现行政村全覆盖。\n"
           "县商务局负责人介绍，下一步将推动农产品上行，帮助农户通过电商平台销售土特产。\n")
BODY_EN = ("Villagers no longer have to travel 10 kilometers to collect parcels, after the county set up 186 "
           "village logistics stations last year.\n"
           "The county plans to help farmers sell local produce through e-commerce platforms next, officials said.\n")


def _clean_text(text: str):
    return clean_document(RawDocument(source="t.txt", content=text.encode(), media_type="text/plain"),
                          CleanSettings())


@pytest.mark.parametrize("value", ["2024年03月05日08:21", "2023年11月2日09:40:12", "2022年7月1日 07:05"])
def test_time_glued_to_a_chinese_date(value):
    assert is_date_only(value) and find_date(value)[0][:4] in ("2024", "2023", "2022")


@pytest.mark.parametrize(
    "line, fields",
    [
        ("本报记者 王芳 2024年03月05日08:21 | 来源：清河日报", {"authors": ["王芳"], "published": "2024-03-05"}),
        ("By LI MING in Qinghe, Hebei | Updated: 2024-03-05 09:15", {"authors": ["LI MING"]}),
        ("By Ana Ruiz in Porto Alegre, Brazil", {"authors": ["Ana Ruiz"]}),
    ],
)
def test_news_bylines(line, fields):
    by = parse_byline(line, head=True)
    assert by is not None
    assert {k: by.fields.get(k) for k in fields} == fields


@pytest.mark.parametrize(
    "line, authors, source",
    [
        ("原创 王芳 清河发布 2024-03-05 09:15 发表于河北", ["王芳"], "清河发布"),
        ("原創 陳怡君 南岸新聞 2023-08-19 發表於台灣", ["陳怡君"], "南岸新聞"),
        ("张伟 岚山日报 2022-11-02 20:31 发表于四川", ["张伟"], "岚山日报"),
    ],
)
def test_platform_post_header_is_a_byline_that_leaves(line, authors, source):
    by = parse_byline(line, head=True, loose=True)
    assert by is not None and not by.keep_line
    assert by.fields.get("authors") == authors and by.fields.get("source_name") == source


def test_names_and_date_without_platform_marks_stay_in_the_text():
    by = parse_byline("王芳 清河发布 2024-03-05 09:15", head=True, loose=True)
    assert by is not None and by.keep_line


@pytest.mark.parametrize(
    "line, authors",
    [
        ("Li Ming1, Wang Fang2", ["Li Ming", "Wang Fang"]),
        ("Chen Xiaoyu1,2, Olga Brenner2* and Tang Jun3", ["Chen Xiaoyu", "Olga Brenner", "Tang Jun"]),
        ("李明1，王芳2", ["李明", "王芳"]),
        ("李 明¹ 王 芳²", ["李明", "王芳"]),
        ("张伟1 刘洋2,3", ["张伟", "刘洋"]),
    ],
)
def test_journal_author_line_with_affiliation_marks(line, authors):
    by = parse_byline(line, head=True, loose=True)
    assert by is not None and by.fields.get("authors") == authors and not by.keep_line


@pytest.mark.parametrize(
    "line",
    ["Room 1, Floor 2", "Chapter 1", "Phase 2, Stage 3", "第一阶段1，第二阶段2", "Table 3 Grain Output 2",
     "Beijing 1, Shanghai 2"],
)
def test_numbered_items_are_no_author_line(line):
    by = parse_byline(line, head=True, loose=True)
    assert by is None or not by.fields.get("authors")


def test_journal_text_loses_its_author_line_but_keeps_the_affiliations():
    doc = ("County Grid Governance and the Burden of Forms\n"
           "Li Ming1, Wang Fang2\n"
           "1. School of Public Administration, Qinghe University; 2. Institute of Rural Studies, Hebei Academy\n"
           + BODY_EN)
    rec = _clean_text(doc)
    assert rec.authors == ["Li Ming", "Wang Fang"]
    assert "Li Ming1" not in rec.text and "School of Public Administration" in rec.text


def test_weak_review_label_under_an_editor_line_at_the_end():
    doc = "乡村快递服务站全覆盖\n" + BODY_ZH + "来源：清河发布\n编辑：赵雪\n审核：李明\n"
    rec = _clean_text(doc)
    assert "审核" not in rec.text and rec.metadata.get("editor") == "赵雪"


def test_sentence_with_a_review_word_after_the_body_stays():
    doc = "乡村快递服务站全覆盖\n" + BODY_ZH + "审核：相关申请将在五个工作日内完成，逾期未答复的视为同意。\n"
    rec = _clean_text(doc)
    assert "逾期未答复的视为同意" in rec.text


@pytest.mark.parametrize(
    "line, iso",
    [("Ends/Wednesday, March 6, 2024", "2024-03-06"), ("Ends / Friday, 3 May 2024", "2024-05-03"),
     ("Ends/2023-11-02", "2023-11-02")],
)
def test_press_release_end_line_dates_the_release(line, iso):
    by = parse_byline(line, head=False)
    assert by is not None and by.fields.get("published") == iso


@pytest.mark.parametrize("line", ["Ends/means thinking shaped the plan, the report said.", "Ends meet for 300 families"])
def test_ends_in_a_sentence_is_no_date_line(line):
    assert parse_byline(line, head=False) is None


def test_byline_spans_glued_together_with_a_view_counter():
    by = parse_byline("2024-03-05 09:15来源：市民政局作者：刘洋浏览量：1,203", head=True)
    assert by is not None
    assert by.fields.get("authors") == ["刘洋"] and by.fields.get("source_name") == "市民政局"


def test_press_release_saved_as_text_loses_its_end_marks():
    doc = ("LCQ3: Night buses to hospitals\n" + BODY_EN +
           "Ends/Wednesday, March 6, 2024\nIssued at HKT 15:42\nNNNN\n")
    rec = _clean_text(doc)
    assert rec.published == "2024-03-06"
    assert "HKT" not in rec.text and "NNNN" not in rec.text and "Ends/" not in rec.text
    assert "sell local produce" in rec.text


@pytest.mark.parametrize(
    "line, fields",
    [
        ("(Xinhua) 09:15, March 05, 2024", {"source_name": "Xinhua", "published": "2024-03-05"}),
        ("(Lanshan Evening Post) 18:40, 2 June 2023", {"source_name": "Lanshan Evening Post", "published": "2023-06-02"}),
        ("（新华社）2024年3月5日", {"source_name": "新华社", "published": "2024-03-05"}),
    ],
)
def test_bracketed_outlet_and_date_line_is_cut(line, fields):
    by = parse_byline(line, head=True, loose=True)
    assert by is not None and not by.keep_line
    assert {k: by.fields.get(k) for k in fields} == fields


@pytest.mark.parametrize("line", ["(Beijing) March 5, 2024", "(Li Ming) 2024-03-05", "(Updated) 2024-03-05"])
def test_bracketed_place_or_name_before_a_date_is_no_outlet(line):
    by = parse_byline(line, head=True, loose=True)
    assert by is None or by.fields.get("source_name") is None


def test_unbracketed_outlet_and_date_is_read_but_kept():
    by = parse_byline("lanshan.gov.cn 2024-03-05 09:15", head=True, loose=True)
    assert by is not None and by.keep_line and by.fields.get("source_name") == "lanshan.gov.cn"


@pytest.mark.parametrize(
    "line, authors",
    [
        ("作者：本报记者 王芳", ["王芳"]),
        ("□ 本报记者 王芳", ["王芳"]),
        ("■记者 王芳 通讯员 李明", ["王芳", "李明"]),
        ("◆ 融媒体记者 陈怡君", ["陈怡君"]),
        ("记者 王芳 摄", ["王芳"]),
    ],
)
def test_print_style_reporter_lines(line, authors):
    by = parse_byline(line, head=True)
    assert by is not None and by.fields.get("authors") == authors


def test_agency_after_the_update_time():
    by = parse_byline("Updated: Mar 5, 2024 10:00 Xinhua", head=True)
    assert by is not None and by.fields.get("source_name") == "Xinhua" and by.fields.get("updated") == "2024-03-05"


@pytest.mark.parametrize(
    "line, field, value",
    [
        ("标　　题：县政府办公室关于印发春耕生产工作方案的通知", "doc_title", "县政府办公室关于印发春耕生产工作方案的通知"),
        ("作　者：王芳　来　源：县政府办", "authors", ["王芳"]),
        ("日 期：2024-03-05", "published", "2024-03-05"),
        ("來 源：南岸縣政府", "source_name", "南岸縣政府"),
    ],
)
def test_labels_padded_with_spaces_between_their_characters(line, field, value):
    by = parse_byline(line, head=True)
    assert by is not None and by.fields.get(field) == value


def test_two_words_before_a_colon_in_a_sentence_are_no_label():
    assert parse_byline("我 们：这是一句话", head=True) is None
