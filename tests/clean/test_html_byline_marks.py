"""An unlabelled "names, date" line under the title leaves the text when the page's markup names it as
the byline (a byline/author/info class, <time>, rel=author, itemprop); unmarked, it is read but stays."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_document
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings

EN = ("<p>The city will build a comprehensive elderly care center in every subdistrict by 2025, under a plan "
      "released on Monday.</p><p>New community care facilities will receive a one-off subsidy of 10,000 yuan per "
      "bed, the civil affairs bureau said.</p>")
ZH = ("<p>市政府日前印发实施意见，提出到2025年，全市每个街道至少建成一个综合养老服务中心。</p>"
      "<p>意见明确，对新建的社区养老服务设施，按照每张床位一万元的标准给予一次性建设补贴。</p>")


def _clean(title: str, line: str, body: str):
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{line}{body}</article></body></html>")
    return clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                          CleanSettings())


@pytest.mark.parametrize(
    "line, body, title, authors, published, gone",
    [
        ("<div class='byline'>Liu Yang March 5, 2024</div>", EN, "City expands elderly care", ["Liu Yang"],
         "2024-03-05", "Liu Yang"),
        ("<p class='article-info'>王芳　2024年3月5日</p>", ZH, "我市出台养老服务新政", ["王芳"], "2024-03-05", "王芳"),
        ("<p><span itemprop='author'>Ana Ruiz</span> · <time datetime='2023-05-02'>May 2, 2023</time></p>", EN,
         "City expands elderly care", ["Ana Ruiz"], "2023-05-02", "Ana Ruiz"),
        ("<p><a rel='author' href='/a'>Tang Jun</a>, June 1, 2022</p>", EN, "City expands elderly care", ["Tang Jun"],
         "2022-06-01", "Tang Jun"),
    ],
)
def test_marked_byline_line_leaves(line, body, title, authors, published, gone):
    rec = _clean(title, line, body)
    assert rec.authors == authors and rec.published == published
    assert gone not in rec.text


def test_unmarked_names_and_date_line_is_read_but_stays():
    rec = _clean("City expands elderly care", "<p>Liu Yang March 5, 2024</p>", EN)
    assert rec.authors == ["Liu Yang"]
    assert "Liu Yang March 5, 2024" in rec.text


def test_marked_info_block_with_a_lead_sentence_stays():
    line = "<p class='info'>The plan, the first of its kind in the province, was drafted over two years.</p>"
    rec = _clean("City expands elderly care", line, EN)
    assert "first of its kind in the province" in rec.text
