"""A masthead (site name, account links, today's date) inside the only container a flat page has."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_document
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings

EN = ("<p>The harbour authority will dredge the east channel this winter so that larger ferries can dock, "
      "a spokesman said on Monday, adding that the work will take about six weeks.</p>"
      "<p>Fishing boats will use the west quay while the channel is closed, and the fish market keeps its "
      "usual hours, the authority said.</p>")
ZH = ("<p>港务局周一表示，今年冬季将对东航道进行疏浚，以便更大的渡轮靠泊，工程预计持续约六周。</p>"
      "<p>航道封闭期间，渔船将改用西码头停靠，水产市场营业时间不变。</p>")


def _clean(header: str, body: str, title: str):
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{header}"
            f"<h1>{title}</h1>{body}</body></html>")
    return clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                          CleanSettings())


@pytest.mark.parametrize(
    "header, gone, body, title",
    [
        ("<header>Harbour Ledger Log in Register</header>", "Harbour Ledger", EN, "East channel to be dredged"),
        ("<div class='masthead'><b>The Coastal Courier</b> <a href='/a'>My account</a> <a href='/s'>Search</a></div>",
         "Coastal Courier", EN, "East channel to be dredged"),
        ("<div id='header'><span>岚山新闻网</span> 登录 | 注册 | 无障碍</div>", "岚山新闻网", ZH, "东航道今冬疏浚"),
        ("<header><div>Northbay Herald</div><div>Tuesday, 5 March 2024</div><a href='/u'>Sign up</a></header>",
         "Northbay Herald", EN, "East channel to be dredged"),
    ],
)
def test_masthead_above_the_title_goes(header, gone, body, title):
    rec = _clean(header, body, title)
    assert gone not in rec.text
    assert any(c.rule == "dom.header" for c in rec.changes)
    assert rec.title == title
    assert ("six weeks" in rec.text) or ("六周" in rec.text)


def test_header_holding_the_title_and_deck_stays():
    html = ("<html><head><title>East channel to be dredged</title></head><body><header><h1>East channel to be "
            "dredged</h1><p>Larger ferries will dock from spring</p></header>" + EN + "</body></html>")
    rec = clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                         CleanSettings())
    assert rec.title == "East channel to be dredged"
    assert "Larger ferries will dock from spring" in rec.text
    assert not any(c.rule == "dom.header" for c in rec.changes)


def test_header_with_a_sentence_of_the_article_stays():
    header = ("<header><p>The harbour has not been dredged since 1998, and ships have run aground twice "
              "this year.</p></header>")
    rec = _clean(header, EN, "East channel to be dredged")
    assert "not been dredged since 1998" in rec.text


def test_header_with_the_byline_is_read_not_dropped_as_chrome():
    header = "<header><p>By Ana Ruiz | March 5, 2024</p></header>"
    rec = _clean(header, EN, "East channel to be dredged")
    assert not any(c.rule == "dom.header" for c in rec.changes)
