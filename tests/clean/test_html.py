"""Article extraction from page layouts: what stays, what goes as which change, metadata."""

from __future__ import annotations

import re

import pytest

from pipeline.clean import clean_document
from pipeline.clean.html import extract_page
from pipeline.records import CleanRecord, RawDocument

from html_helpers import FakeLexicon, body_chars, load, page_of, removed, text_after

LAYOUTS = [
    "zh_news_with_hidden_gambling_links.html",
    "zh_gov_notice_with_index_table.html",
    "en_news_with_escort_and_togel.html",
    "en_journal_article_with_citation_meta.html",
    "zh_page_each_hiding_technique.html",
    "zh_title_stuffed_with_porn_keywords.html",
]


def _rules(page) -> set[str]:
    return {rule for _kind, rule, _text in removed(page)}


def test_zh_news_keeps_article_and_drops_chrome():
    page = page_of("zh_news_with_hidden_gambling_links.html")
    text = text_after(page)
    assert text.splitlines()[0] == "东西部协作持续推进贫困治理"
    assert "东西部协作是我国贫困治理的重要组成部分" in text
    assert "（作者单位：西南政法大学政治与公共管理学院）" in text  # author unit is genuine text
    assert "本文系西南政法大学" in text  # funding note too
    for chrome in ("当前位置", "分享到", "相关文章", "精准扶贫的地方实践", "网友评论", "热点推荐",
                   "扫一扫", "友情链接", "京ICP备", "公网安备", "版权所有", "010-85886809", "登录"):
        assert chrome not in text, chrome
    assert {"dom.nav", "dom.breadcrumb", "dom.share", "dom.related", "dom.comment", "dom.sidebar",
            "dom.footer"} <= _rules(page)


def test_zh_news_metadata_and_byline_move_to_fields():
    page = page_of("zh_news_with_hidden_gambling_links.html")
    meta = page.metadata
    assert meta["title"] == "东西部协作持续推进贫困治理"
    assert meta["published"] == "2021-03-18"
    assert meta["authors"] == ["郭春甫"]
    assert meta["editor"] == "张月英"
    assert meta["source_name"] == "中国社会科学报"  # the page's ContentSource meta tag wins
    assert meta["site"] == "中国社会科学网"
    kinds = {text.strip(): kind for kind, _rule, text in removed(page)}
    assert kinds["责任编辑：张月英"] == "metadata"
    assert any(k == "metadata" and "来源：" in t for k, _r, t in removed(page))


def test_hidden_gambling_block_is_spam_not_chrome():
    page = page_of("zh_news_with_hidden_gambling_links.html")
    spam = [(rule, text) for kind, rule, text in removed(page) if kind == "spam"]
    assert any(rule == "dom.hidden.css-display-none" and "bet365体育官网" in text for rule, text in spam)
    assert "新葡京" not in text_after(page)


def test_gov_page_info_table_becomes_metadata_and_data_table_stays():
    page = page_of("zh_gov_notice_with_index_table.html")
    text = text_after(page)
    meta = page.metadata
    assert meta["index_no"] == "11530000MB1234567X/2021-00123"
    assert meta["issuer"] == "省人民政府办公厅"
    assert meta["doc_number"] == "某政办发〔2021〕18号"
    assert meta["written"] == "2021-03-29"
    assert meta["published"] == "2021-04-02"
    assert meta["title"] == "关于做好2021年东西部协作和对口支援工作的通知"
    assert text.splitlines()[0] == meta["title"]
    assert "甲州\t乙省\t12500" in text.splitlines()  # table row: one line, cells tab-separated
    assert "索引号" not in text and "滇ICP备" not in text and "主办单位" not in text
    assert "【打印本页】" not in text and "您现在的位置" not in text
    assert "2021年3月29日" in text  # the signature date is part of the document
    info = [t for k, _r, t in removed(page) if "索引号" in t]
    assert info and all(k == "metadata" for k, _r, t in removed(page) if "索引号" in t)


def test_en_news_glued_escort_link_goes_and_words_stay_apart():
    page = page_of("en_news_with_escort_and_togel.html")
    text = text_after(page)
    assert "will focus on jobs created and on income growth in the paired areas" in text
    assert "Sugar Daddy" not in text
    assert ("spam", "dom.spam-link.escort", "USA Sugar Daddy") in removed(page)


def test_en_news_togel_link_block_below_article_is_one_spam_change():
    page = page_of("en_news_with_escort_and_togel.html")
    blocks = [(r, t) for k, r, t in removed(page) if k == "spam" and "togel" in t]
    assert len(blocks) == 1 and blocks[0][0] == "dom.spam-link-block.lottery-id"
    assert "slot gacor" in blocks[0][1] and "rtp live" in blocks[0][1]


def test_en_news_metadata_from_meta_tags_and_byline():
    page = page_of("en_news_with_escort_and_togel.html")
    meta, text = page.metadata, text_after(page)
    assert meta["title"] == "Eastern provinces pledge more support for western counties"
    assert meta["site"] == "Policy Daily"
    assert meta["published"] == "2021-03-18"
    assert meta["authors"] == ["Li Wei"]
    assert "By Li Wei" not in text and "Most Popular" not in text and "All rights reserved" not in text
    assert "Be the first to comment" not in text


def test_journal_page_citation_meta_abstract_and_table():
    page = page_of("en_journal_article_with_citation_meta.html")
    meta, text = page.metadata, text_after(page)
    assert meta["title"] == "Counterpart Support and Regional Governance in China"
    assert meta["authors"] == ["Wang, Fang", "Chen, Ming"]
    assert meta["published"] == "2020-11-05"
    assert meta["source_name"] == "Journal of Rural Policy Studies"
    assert "This paper examines counterpart support" in text
    assert "Each document was coded by two readers." in text
    assert "1979-1995\t31\t4" in text
    for chrome in ("Download PDF", "Most read", "Current issue", "ISSN 1234-5678", "Wang Fang, Chen Ming"):
        assert chrome not in text, chrome


def test_unseen_layout_without_class_names():
    paragraphs = [
        "县里把东西部协作资金集中用于产业园区建设，引进三家协作城市企业，带动一千二百名脱贫群众就近就业。",
        "园区实行“企业+合作社+农户”的利益联结机制，农户以土地和劳动力入股，年底按股分红。",
        "下一步，县里将完善园区配套设施，推动协作企业与本地合作社签订长期收购协议。",
    ]
    links = "".join(f'<div><a href="/n/{i}.html">县域经济简讯第{i}期</a></div>' for i in range(8))
    html = ("<html><body><div><div>" + links + "</div><div><div>" +
            "".join(f"<div>{p}</div>" for p in paragraphs) +
            "</div></div><div>" + links + "</div></div></body></html>")
    page = extract_page(html, lex=FakeLexicon())
    text = text_after(page)
    assert [ln for ln in text.splitlines() if ln] == paragraphs
    assert "简讯" not in text


def test_site_rule_from_data_names_the_container():
    html = ("<html><body><div class='list'><p>这是一段很长的栏目导语，介绍本栏目收录的各类文章和专题报道，欢迎读者浏览。</p></div>"
            "<div class='TRS_Editor'><p>协作双方签订框架协议。</p></div></body></html>")
    page = extract_page(html, lex=FakeLexicon())
    assert page.metadata["site_rule"] == "site.trs-cms"
    assert text_after(page).strip() == "协作双方签订框架协议。"


@pytest.mark.parametrize("name", LAYOUTS)
def test_all_page_text_is_in_source_text(name):
    html = load(name)
    page = extract_page(html, lex=FakeLexicon())
    assert re.sub(r"\s+", "", page.source_text) == body_chars(html)


@pytest.mark.parametrize("name", LAYOUTS)
def test_record_changes_reproduce_text(name):
    """Every character of the page is either in the clean text or in a logged change."""
    raw = RawDocument(source=name, content=load(name).encode("utf-8"), media_type="text/html")
    record = clean_document(raw)
    CleanRecord.model_validate(record.model_dump())  # the validator applies the changes
    kept = re.sub(r"\s+", "", record.text)
    gone = re.sub(r"\s+", "", "".join(c.before for c in record.changes))
    added = re.sub(r"\s+", "", "".join(c.after for c in record.changes))
    assert len(kept) - len(added) + len(gone) == len(re.sub(r"\s+", "", record.source_text))


def test_edits_do_not_overlap_and_are_ordered():
    for name in LAYOUTS:
        edits = page_of(name).edits
        for a, b in zip(edits, edits[1:]):
            assert a.end <= b.start and a.start != b.start


def test_short_page_without_paragraphs_is_kept_whole():
    page = extract_page("<body><p>只有一段文字。</p></body>", lex=FakeLexicon())
    assert page.source_text == "只有一段文字。" and not page.edits


def test_thousands_of_unclosed_tags_do_not_break_the_walk():
    html = "<font>" * 5000 + "未闭合的标签嵌套很深，但正文仍然完整保留下来，不会丢失。" * 3
    page = extract_page(html, lex=FakeLexicon())
    assert text_after(page) == "未闭合的标签嵌套很深，但正文仍然完整保留下来，不会丢失。" * 3


def test_lead_between_title_and_body_stays_chrome_there_goes():
    body = "".join(f"<p>第{i}段正文，讲述协作项目如何落地，群众收入如何增长，干部作风如何转变。</p>" for i in range(5))
    html = ("<html><head><title>协作项目落地见效_某网</title></head><body><h1>协作项目落地见效</h1>"
            "<div class='summary'>导语：今年以来，两地协作项目加快落地，带动群众增收，成效明显。</div>"
            "<div class='share'>分享到：微信 微博</div><div class='qq'>" + body + "</div></body></html>")
    page = extract_page(html, lex=FakeLexicon())
    text = text_after(page)
    assert "导语：今年以来，两地协作项目加快落地" in text and "分享到" not in text


def test_spam_words_outside_the_article_are_spam_not_chrome():
    body = "".join(f"<p>第{i}段正文，讲述协作项目如何落地，群众收入如何增长，干部作风如何转变。</p>" for i in range(5))
    html = "<html><body><div>澳门新葡京娱乐城 bet365体育官网</div><div>" + body + "</div><div>网站地图</div></body></html>"
    page = extract_page(html, lex=FakeLexicon())
    kinds = {t.strip(): (k, r) for k, r, t in removed(page)}
    assert kinds["澳门新葡京娱乐城 bet365体育官网"] == ("spam", "dom.spam-text.gambling")
    assert kinds["网站地图"] == ("boilerplate", "dom.low-text-density")
