"""Whole Traditional-script sentences spliced into Simplified articles (spam_script.traditional_runs)."""

import pytest

from pipeline.clean.spam_script import traditional_runs

_ARTICLE = ("今年以来，全市持续推进城乡供水一体化建设，新建改造供水管网三百多公里，农村自来水普及率达到百分之九十八。"
            "市水务局负责人介绍，下一步将加快老旧管网改造，提升供水保障能力。{insert}"
            "同时，各县区将建立农村供水工程运行管护机制，落实管护经费和人员，确保工程长期发挥效益。\n"
            "据统计，全市已有一百二十个行政村实现城乡同网同价。")


def _found(insert):
    text = _ARTICLE.format(insert=insert)
    return [text[i.start : i.end] for i in traditional_runs(text)
            if i.rule == "spam.unknown.traditional-sentence"]


@pytest.mark.parametrize("insert", [
    "專業搬家團隊，打包搬運一條龍，價格實惠歡迎來電。",   # moving firm
    "線上課程限時優惠，報名即送講義，名額有限請把握。",   # course ad, another trade
    "頂級婚紗攝影，讓您的幸福時刻永遠留存。",             # wedding photos, no comma list
])
def test_a_whole_traditional_sentence_is_taken_with_its_full_stop(insert):
    assert _found(insert) == [insert]


@pytest.mark.parametrize("insert", [
    "该市还参考了台湾《國語日報》的做法。",     # names one thing in the other script
    "乾隆年间修建的古井至今仍在使用。",         # an old form Simplified text keeps
    "",
])
def test_sentences_that_keep_simplified_words_stay(insert):
    assert _found(insert) == []


def test_a_traditional_line_of_its_own_stays():
    # A heading kept in Traditional above Simplified prose is the page's own, not a splice.
    text = _ARTICLE.format(insert="").replace("据统计", "頂級婚紗攝影讓您的幸福時刻永遠留存\n据统计")
    assert [i for i in traditional_runs(text) if i.rule == "spam.unknown.traditional-sentence"] == []


@pytest.mark.parametrize("quoted", ["《國語日報》", "「臺灣光華雜誌」", "“聯合報系”"])
def test_a_traditional_title_the_article_quotes_stays(quoted):
    text = _ARTICLE.format(insert=f"该市还参考了{quoted}介绍的做法。")
    assert [text[i.start : i.end] for i in traditional_runs(text)] == []


def test_an_unquoted_traditional_keyword_still_goes():
    text = _ARTICLE.format(insert="该市还参考了網頁設計推薦的做法。")
    assert [text[i.start : i.end] for i in traditional_runs(text)] == ["網頁設計推薦"]
