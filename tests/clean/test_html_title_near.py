"""Pages whose <title> names only the site or a section: the title-like element just above the article
holds the title (old government and news templates: a <td class="biaoti">, an <h2 class="news_title">,
a bold-only line)."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_document
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings

ZH = ("<p>3月4日，县里召开会议，总结去年农业农村工作，安排部署今年的农田建设任务。</p>"
      "<p>会议要求，各乡镇要抓紧做好种子、化肥、农药等农资储备，确保播种顺利进行。</p>")
EN = ("<p>The county held a meeting on spring farming on Monday, reviewing last year's work and setting out "
      "this year's planting tasks.</p><p>Townships were told to stock seeds, fertilizer and pesticides in good "
      "time so that spring planting runs smoothly.</p>")


def _clean(html: str):
    return clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                          CleanSettings())


@pytest.mark.parametrize(
    "site_title, block, want",
    [
        ("清河县人民政府门户网站",
         "<table><tr><td class='biaoti'><strong>县里召开春耕生产工作会议</strong></td></tr>"
         "<tr><td>发布时间：2024-03-05 来源：县农业农村局</td></tr><tr><td class='zw'>" + ZH + "</td></tr></table>",
         "县里召开春耕生产工作会议"),
        ("新闻中心",
         "<div class='article'><div class='tit'>县里召开春耕生产工作会议</div><div class='info'>2024-03-05</div>"
         "<div class='text'>" + ZH + "</div></div>", "县里召开春耕生产工作会议"),
        ("Qinghe County Government",
         "<div class='content'><h2 class='news_title'>County holds spring farming meeting</h2>"
         "<p>Updated: 2024-03-05</p>" + EN + "</div>", "County holds spring farming meeting"),
        ("南岸縣政府全球資訊網",
         "<div class='main'><p align='center'><b>縣府召開春耕生產工作會議部署農資儲備</b></p>"
         "<div class='cp'><p>縣府今（4）日召開春耕生產工作會議，總結去年農業工作，部署今年春耕任務。</p>"
         "<p>會議要求各鄉鎮做好種子與肥料儲備，確保春耕順利進行。</p></div></div>", "縣府召開春耕生產工作會議部署農資儲備"),
    ],
)
def test_title_from_the_element_above_the_article(site_title, block, want):
    html = (f"<html><head><meta charset='utf-8'><title>{site_title}</title></head><body>"
            f"<div class='nav'><a>首页</a><a>政务公开</a><a>Home</a></div>{block}</body></html>")
    rec = _clean(html)
    assert rec.title == want
    assert want in rec.text  # the title line is not cut as chrome


@pytest.mark.parametrize(
    "logo",
    ["<h1 class='logo'>清河县人民政府</h1>", "<div class='logo'><h1>清河县人民政府</h1></div>",
     "<h1>清河县人民政府网</h1>", "<h1>Qinghe County Government Online</h1>"],
)
def test_article_title_in_title_tag_beats_a_logo_heading(logo):
    html = ("<html><head><meta charset='utf-8'><title>县里召开春耕生产工作会议_清河县人民政府</title></head><body>"
            + logo + "<div class='nav'><a>首页</a></div><div class='text'>" + ZH + "</div></body></html>")
    assert _clean(html).title == "县里召开春耕生产工作会议"


def test_site_first_title_confirmed_by_the_heading():
    html = ("<html><head><meta charset='utf-8'><title>清河县人民政府 | 县里召开春耕生产工作会议</title></head><body>"
            "<h1>县里召开春耕生产工作会议</h1><div class='text'>" + ZH + "</div></body></html>")
    assert _clean(html).title == "县里召开春耕生产工作会议"


def test_a_real_title_tag_is_kept_when_a_subheading_sits_above_the_text():
    html = ("<html><head><meta charset='utf-8'><title>Spring farming meeting sets planting tasks</title></head><body>"
            "<div class='content'><h3>Meeting notes for townships</h3>" + EN + "</div></body></html>")
    assert _clean(html).title == "Spring farming meeting sets planting tasks"


def test_menu_items_above_the_article_are_no_title():
    html = ("<html><head><meta charset='utf-8'><title>新闻中心</title></head><body>"
            "<div class='nav'><h3>政务公开信息目录导航</h3></div><div class='text'>" + ZH + "</div></body></html>")
    rec = _clean(html)
    assert rec.title != "政务公开信息目录导航"
