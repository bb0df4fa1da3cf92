"""Bylines and document-information lines: fields filled, lines moved out of the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import metadata
from pipeline.clean.context import DocContext

SEED = Path(__file__).resolve().parents[2] / "raw" / "samples" / "000_746e50ebb22f7612.txt"


def _run(text: str, lang: str = "zh", **kw) -> tuple[DocContext, str, list]:
    ctx = DocContext(lang=lang, **kw)
    edits = metadata.find_edits(text, ctx)
    log = ChangeLog(text)
    log.apply(edits)
    return ctx, log.text, edits


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2021-03-18 08:55", "2021-03-18"),
        ("2021年3月18日", "2021-03-18"),
        ("2021/03/18", "2021-03-18"),
        ("March 18, 2021 08:55", "2021-03-18"),
        ("18 Mar 2021", "2021-03-18"),
        ("2021-03-18T08:55:00+08:00", "2021-03-18"),
        ("20210318", "2021-03-18"),
        ("2021-13-18", None),
        ("Issue 2128", None),
    ],
)
def test_parse_date(value, iso):
    assert metadata.parse_date(value) == iso


def test_seed_byline_fields():
    by = metadata.parse_byline(
        'March 18, 2021 08:55 Source: "Chinese Social Sciences" March 18, 2021 Issue 2128 Author: Guo Chunfu',
        head=True,
    )
    assert by.fields == {"published": "2021-03-18", "source_issue": "2128",
                         "source_name": "Chinese Social Sciences", "authors": ["Guo Chunfu"]}


def test_seed_document_metadata_and_removed_lines():
    text = SEED.read_text(encoding="utf-8")
    ctx, out, edits = _run(text, lang="en")
    assert ctx.title == "East and west collaborations that continue to promote poverty governance"
    assert ctx.metadata["published"] == "2021-03-18"
    assert ctx.metadata["authors"] == ["Guo Chunfu"]
    assert ctx.metadata["editor"] == "Zhang Yueying"
    assert ctx.metadata["source_name"] == "Chinese Social Sciences"
    assert ctx.metadata["source_issue"] == "2128"
    gone = [text[e.start : e.end].strip() for e in edits]
    assert len(gone) == 2 and gone[0].startswith("March 18, 2021") and gone[1] == "Editor in charge: Zhang Yueying"
    assert all(e.kind == "metadata" for e in edits)
    assert "(Author Unit: School of Political" in out and "(This article is the" in out
    assert out.startswith("East and west collaborations")  # the title line stays in the text


def test_chinese_byline_under_title_and_editor_at_end():
    text = ("东西部劳务协作促进稳定就业\n2021年05月12日 10:20　来源：某市新闻网　作者：王芳 李明\n"
            "今年以来，我市与东部协作城市深化劳务协作，帮助脱贫劳动力实现稳定就业。\n"
            "（作者单位：某市社会科学院）\n（责任编辑：赵强）\n")
    ctx, out, _ = _run(text)
    assert ctx.title == "东西部劳务协作促进稳定就业"
    assert ctx.metadata == {"published": "2021-05-12", "source_name": "某市新闻网", "authors": ["王芳", "李明"],
                            "editor": "赵强"}
    assert out == ("东西部劳务协作促进稳定就业\n今年以来，我市与东部协作城市深化劳务协作，帮助脱贫劳动力实现稳定就业。\n"
                   "（作者单位：某市社会科学院）\n")


def test_date_line_under_title_is_metadata():
    ctx, out, _ = _run("协作资金管理办法解读\n2020-06-01\n正文第一段，介绍资金管理办法的主要内容。\n")
    assert ctx.metadata["published"] == "2020-06-01" and "2020-06-01" not in out


@pytest.mark.parametrize(
    "line",
    [
        "一、会议时间：2021年3月20日上午9时，地点：省政府第一会议室。",
        "据来源：统计局的数据显示，全省农村居民人均可支配收入增长10.2%。",
        "(Author Unit: School of Political and Public Management of Southwest University)",
        "（作者单位：西南政法大学政治与公共管理学院）",
        "The source: of the funds was the provincial budget, which covered most of the costs of the project.",
    ],
)
def test_article_sentences_are_not_bylines(line):
    assert metadata.parse_byline(line, head=True) is None


def test_weak_label_deep_in_the_text_stays():
    body = "\n".join(f"第{i}段正文，说明协作项目的进展情况和下一步打算。" for i in range(12))
    text = f"标题\n{body}\n时间：2021年3月20日\n" + "\n".join(f"结尾第{i}段正文内容较长，不是署名。" for i in range(20))
    _ctx, out, edits = _run(text)
    assert "时间：2021年3月20日" in out and not edits


def test_page_metadata_is_not_overwritten():
    ctx, _out, _ = _run("标题\n发布时间：2021-01-02 来源：乙报\n正文。\n", metadata={"source_name": "甲报"})
    assert ctx.metadata["source_name"] == "甲报" and ctx.metadata["published"] == "2021-01-02"


def test_english_by_line_and_split_names():
    by = metadata.parse_byline("By Li Wei and Zhang Min | Updated: 2021-03-18", head=True)
    assert by.fields["authors"] == ["Li Wei", "Zhang Min"] and by.fields["updated"] == "2021-03-18"
    assert metadata.split_names("张三、李四 王五") == ["张三", "李四", "王五"]


def test_space_separated_labels_only_with_a_date():
    assert metadata.parse_byline("发表于 2022年1月5日 由 老王", head=True).fields == {"published": "2022-01-05"}
    assert metadata.parse_byline("Posted on Monday, the report says the programme will continue", head=True) is None
    assert metadata.parse_byline("Written by Li Wei", head=True).fields == {"authors": ["Li Wei"]}


def test_author_value_without_place_and_outlet():
    by = metadata.parse_byline("By Li Wei in Beijing | China Daily | Updated: 2021-03-18 08:55", head=True)
    assert by.fields == {"authors": ["Li Wei"], "updated": "2021-03-18"}  # dates the page when no other date does
