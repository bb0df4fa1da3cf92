"""Each hiding technique, repeated random ids, and keywords stuffed into the title."""

from __future__ import annotations

import pytest

from pipeline.clean.dom.linearize import linearize, parse

from html_helpers import page_of, removed, text_after

HIDDEN = "zh_page_each_hiding_technique.html"


@pytest.mark.parametrize(
    "rule, hidden_text",
    [
        ("dom.hidden.display-none", "亚博体育官网"),
        ("dom.hidden.visibility", "真人百家乐开户送彩金"),
        ("dom.hidden.css-font-size-zero", "澳门新葡京娱乐城"),  # span.ft0 { font-size: 0px }
        ("dom.hidden.css-off-screen", "togel hongkong"),  # .kx9z2 { left: -9999px }
        ("dom.hidden.aria-hidden", "成人视频在线观看"),
        ("dom.hidden.css-display-none", "威尼斯人官网"),  # #qq7w { display:none }
        ("dom.hidden.font-size-zero", "葡京娱乐"),  # inline style
        ("dom.hidden.attribute", "bet365"),
    ],
)
def test_each_hiding_technique_is_a_spam_change(rule, hidden_text):
    page = page_of(HIDDEN)
    assert hidden_text in page.source_text  # hidden text is part of the page text ...
    assert hidden_text not in text_after(page)  # ... and its removal is logged
    assert any(k == "spam" and r == rule and hidden_text in t for k, r, t in removed(page))


def test_sentences_around_hidden_insertions_rejoin():
    text = text_after(page_of(HIDDEN))
    assert "建成一批标准化学校。受援地区义务教育巩固率明显提升。" in text
    assert "支援方坚持“输血”与“造血”相结合，通过组团式帮扶" in text
    assert "各地还建立了远程教育平台，让偏远学校的学生共享优质课程资源。" in text
    assert "促进管理经验互学互鉴。" in text


def test_repeated_random_id_is_flagged_and_visible_text_kept():
    page = page_of(HIDDEN)
    assert page.metadata["injection_markers"] == ["repeated-id:a8f3k2"]
    assert "支教教师带来了新的教学理念和管理经验，学校面貌焕然一新。" in text_after(page)


def test_repeated_random_id_with_text_is_removed():
    html = "<html><body><div><p>" + "".join(
        f'第{i}段协作成果持续巩固，群众收入稳步增长。<span id="zq81x">澳门娱乐</span>' for i in range(3)
    ) + "</p></div></body></html>"
    from pipeline.clean.html import extract_page

    from html_helpers import FakeLexicon

    page = extract_page(html, lex=FakeLexicon())
    assert "澳门娱乐" not in text_after(page)
    assert {r for k, r, _t in removed(page) if k == "spam"} == {"dom.repeated-random-id"}


def test_visible_styles_are_not_hidden():
    html = ('<html><head><style>.note{font-size:14px;color:#333}</style></head><body><div class="note">'
            '<p style="display:block;left:10px">东西部协作资金按期拨付到位，项目进展顺利，群众满意度较高。</p></div></body></html>')
    from pipeline.clean.html import extract_page

    from html_helpers import FakeLexicon

    page = extract_page(html, lex=FakeLexicon())
    assert not [e for e in page.edits if e.rule.startswith("dom.hidden")]


def test_porn_keywords_in_title_and_brand_in_heading():
    page = page_of("zh_title_stuffed_with_porn_keywords.html")
    assert page.metadata["title"] == "东西部劳务协作促进稳定就业"
    assert page.metadata["title_removed"] == ["成人视频,黄色网站,午夜福利"]
    assert page.metadata["site"] == "某市新闻网"
    text = text_after(page)
    assert text.splitlines()[0] == "东西部劳务协作促进稳定就业"
    assert ("spam", "dom.title-stuffing", "澳门新葡京娱乐城-") in removed(page)


def test_linearize_blocks_inline_tables_and_cjk_wraps():
    soup = parse(
        "<body><div>东西部\n协作<b>持续</b>推进</div><p>line one<br>line <i>two</i></p>"
        "<table><tr><td>a</td><td>b c</td></tr><tr><td>1</td><td>2</td></tr></table><pre>x  y\nz</pre></body>"
    )
    lin = linearize(soup.body)
    assert lin.text.split("\n") == ["东西部协作持续推进", "line one", "line two", "a\tb c", "1\t2", "x y", "z"]


def test_deliberate_space_between_chinese_words_stays_but_source_wraps_do_not():
    soup = parse("<body><h1>深化东西部协作 巩固拓展成果</h1><p>来源：某州日报\u3000作者：杨秀兰</p>"
                 "<p>东西部<b>\n协作</b>持续\n  推进</p></body>")
    assert linearize(soup.body).text.split("\n") == ["深化东西部协作 巩固拓展成果", "来源：某州日报 作者：杨秀兰", "东西部协作持续推进"]
