"""Footer-classed blocks inside the article container: chrome unless they carry a byline."""

from __future__ import annotations

from pipeline.clean import clean_document
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings

PARAS = (
    "<p>The river ferry will run every twenty minutes from next month, the transport bureau said on Friday, "
    "and the last boat will leave at ten in the evening instead of eight.</p>"
    "<p>Fares stay the same, and students and pensioners keep their discount cards, officials said, adding that "
    "two new boats will join the route in the summer.</p>"
)


def _page(footer: str):
    html = (f"<html><head><title>Ferry timetable changes</title></head><body><h1>Ferry timetable changes</h1>"
            f"{PARAS}{footer}</body></html>")
    return clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                          CleanSettings())


def test_bare_footer_inside_the_container_goes():
    rec = _page("<div class='footer'>Northbay District Transport Bureau</div>")
    assert "Northbay District Transport Bureau" not in rec.text
    assert any(c.rule == "dom.footer" for c in rec.changes)
    assert "students and pensioners" in rec.text


def test_footer_with_a_byline_is_read_as_metadata():
    rec = _page("<div class='footer'>Editor: Meng Qi</div>")
    assert rec.metadata.get("editor") == "Meng Qi"
    assert not any(c.rule == "dom.footer" for c in rec.changes)


def test_page_name_line_beside_a_date_line():
    html = ("<html><head><title>Ferry timetable changes</title></head><body><h1>Ferry timetable changes</h1>"
            "<p>Meng Qi</p><p>2021-04-09</p>" + PARAS + "</body></html>")
    rec = clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                         CleanSettings())
    assert rec.authors == ["Meng Qi"] and rec.published == "2021-04-09"


def test_the_site_name_from_the_title_marks_masthead_and_slogan_lines():
    html = ("<html><head><title>Ferry timetable changes - Northbay Online</title></head><body>"
            "<p>Northbay Online</p><h1>Ferry timetable changes</h1>" + PARAS +
            "<p>Northbay Online - news for the river towns since 2009</p></body></html>")
    rec = clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                         CleanSettings())
    assert "Northbay Online" not in rec.text
    assert rec.title == "Ferry timetable changes" and "students and pensioners" in rec.text


def test_a_sentence_opening_with_the_site_name_stays():
    html = ("<html><head><title>Ferry timetable changes - Northbay Online</title></head><body>"
            "<h1>Ferry timetable changes</h1>" + PARAS +
            "<p>Northbay Online, the county news site, first reported the plan in March.</p></body></html>")
    rec = clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                         CleanSettings())
    assert "first reported the plan in March." in rec.text


def test_forum_post_chrome_by_class():
    html = ("<html><head><title>Ferry timetable changes</title></head><body>"
            "<div class='post_head'>Floor 1 kelp99 2021-04-09 10:02</div><h1>Ferry timetable changes</h1>" + PARAS +
            "<div class='postfoot'>Reply Quote Report</div><div class='sig'>Life is a river, ride it.</div>"
            "</body></html>")
    rec = clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                         CleanSettings())
    assert "kelp99" not in rec.text and "Life is a river" not in rec.text and "Quote" not in rec.text
    assert "students and pensioners" in rec.text


def test_a_notice_signature_block_stays():
    html = ("<html><head><title>关于调整渡口班次的通知</title></head><body><h1>关于调整渡口班次的通知</h1>"
            "<p>各乡镇人民政府：五月起渡口将增加两条渡船，票价保持不变，末班船延长至晚上十点。请各地做好宣传。</p>"
            "<p>特此通知。</p><div class='signature'>北湾县交通运输局</div><div class='sign'>2021年4月9日</div>"
            "</body></html>")
    rec = clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                         CleanSettings())
    assert "北湾县交通运输局" in rec.text and rec.published == "2021-04-09"


def test_a_dated_article_footer_stays():
    rec = _page("<div class='article-footer'>北湾县交通运输局 2021年4月9日</div>")
    assert "北湾县交通运输局" in rec.text


def test_a_blog_post_meta_block_is_read_as_a_byline():
    html = ("<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1>"
            "<div class='post-meta'>Posted on April 9, 2021 by Meng Qi</div>" + PARAS + "</article></body></html>")
    rec = clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                         CleanSettings())
    assert rec.published == "2021-04-09" and rec.authors == ["Meng Qi"]


def test_meta_author_naming_the_outlet_or_nobody():
    from bs4 import BeautifulSoup

    from pipeline.clean.dom.head import head_metadata

    def meta(author):
        return head_metadata(BeautifulSoup(f"<html><head><meta name='author' content='{author}'></head></html>", "lxml"))

    assert meta("Hexi Evening Post") == {"source_name": "Hexi Evening Post"}
    assert meta("admin") == {}
    assert meta("Meng Qi") == {"authors": ["Meng Qi"]}
