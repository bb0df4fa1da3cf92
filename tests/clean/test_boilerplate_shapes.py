"""Chrome recognised by its shape: lines made of forum pieces, headline lists under a list heading,
breadcrumb chains, site slogans, two kinds of chrome on one short line."""

from __future__ import annotations

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import boilerplate
from pipeline.clean.boilerplate import classify_line, fragment_chrome
from pipeline.clean.context import DocContext

ARTICLE_EN = ("The ferry company will add two boats to the river route from May, the county transport bureau said.\n"
              "Tickets will cost the same as before, and the last boat will leave at ten in the evening.")
ARTICLE_ZH = "县交通运输局表示，五月起渡口将增加两条渡船。\n票价保持不变，末班船延长至晚上十点。"


def _clean(text: str, lang: str = "en") -> tuple[str, list]:
    log = ChangeLog(text)
    log.apply(boilerplate.find_edits(log.text, DocContext(lang=lang)))
    return log.text, log.changes()


@pytest.mark.parametrize(
    "line",
    [
        "Floor 7 Posted by river_walker Views: 88 | Replies: 2",
        "#3 Posted by kelp99 Likes: 12",
        "Reply | Quote | Report | Back to list",
        "Like Share Bookmark",
        "3楼 发表于 2021-9-14 08:31 只看该作者",
        "支持 反对 回复 引用",
        "樓主 發表於 2021-9-14 08:31 | 只看該作者",
        "浏览：326 | 回复：5 | 收藏",
    ],
)
def test_lines_made_of_forum_pieces(line):
    assert fragment_chrome(line)
    assert classify_line(line)[0] == "strong"


@pytest.mark.parametrize(
    "line",
    [
        "Reply to the inspection team came within a week.",
        "Please report broken street lamps to the district office",
        "Quote",  # one piece alone is left to the single-word patterns
        "支持渡口改造，回复群众关切。",
        "Share prices rose 3 percent",
    ],
)
def test_sentences_with_forum_words_are_not_fragments(line):
    assert not fragment_chrome(line)


def test_forum_post_chrome_inside_a_thread_goes_line_by_line():
    text = ("Ferry timetable thread\nFloor 1 Posted by river_walker Views: 88 | Replies: 2\n" + ARTICLE_EN +
            "\nReply Quote Report\nFloor 2 Posted by kelp99\nAgreed, the evening boat helps shift workers a lot.\n"
            "Reply Quote Report\nLast paragraph of the thread discussing fares for students and pensioners.")
    out, changes = _clean(text)
    assert "Posted by" not in out and "Reply Quote Report" not in out
    assert ARTICLE_EN in out and "Agreed, the evening boat helps shift workers a lot." in out


def test_most_read_list_at_the_end_leaves_with_its_headlines():
    tail = ("\nMost viewed this week\nHarbour district opens a second night market\n"
            "Bus fares unchanged for another year\nCounty library extends weekend hours")
    out, changes = _clean(ARTICLE_EN + tail)
    assert out.rstrip("\n") == ARTICLE_EN
    assert [c.rule for c in changes] == ["boilerplate.chrome-block.tail"]


def test_list_heading_needs_headlines_under_it():
    # A heading followed by a paragraph is a section of the article, not a list.
    text = ARTICLE_EN + "\nRelated reading\nThe bureau also plans a night bus, which it says will start in June."
    out, _ = _clean(text)
    assert out == text


def test_chinese_related_list_and_footer():
    tail = "\n相关推荐\n我县新增两条公交线路\n城区夜市延长营业时间\n北岭县交通运输局 版权所有"
    out, _ = _clean(ARTICLE_ZH + tail, "zh")
    assert out.rstrip("\n") == ARTICLE_ZH


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Harbour Forum › Local Affairs › View thread", "boilerplate.breadcrumb-chain"),
        ("News > Local > Transport", "boilerplate.breadcrumb-chain"),
        ("Northbay Forum - the largest local community of Northbay", "boilerplate.site-slogan"),
        ("北湾论坛——北湾最大的本地生活门户", "boilerplate.site-slogan"),
        ("Northbay District Transport Bureau Min ICP Bei No. 10293847-2", "boilerplate.icp-filing"),
    ],
)
def test_shape_patterns(line, rule):
    assert classify_line(line) == ("strong", rule)


@pytest.mark.parametrize(
    "line",
    [
        "The Boao Forum for Asia opened on Tuesday with a session on trade.",
        "Prices rose from 3 > 2 in the old scheme, officials said, and the county will review them.",
    ],
)
def test_prose_is_not_breadcrumb_or_slogan(line):
    assert classify_line(line)[0] == "text"


def test_two_kinds_of_chrome_on_one_short_line_make_it_strong():
    line = "本網站內容未經授權不得轉載　客服信箱：help@example.org"
    assert classify_line(line)[0] == "strong"
    out, _ = _clean(ARTICLE_ZH + "\n" + line, "zh")
    assert out.rstrip("\n") == ARTICLE_ZH
    assert classify_line("客服信箱：help@example.org")[0] == "weak"  # one kind alone stays weak


@pytest.mark.parametrize(
    "line, cls",
    [
        ("Copyright: Northbay District Transport Bureau", "strong"),
        ("Northbay Post. Reproduction without permission is prohibited", "strong"),
        ("未经本网授权，不得转载、摘编或利用其它方式使用上述作品", "strong"),
        ("Copyright notice: reproduction for non-commercial use is permitted.", "weak"),
        ("Copyright law protects authors and was amended in 2020 to raise penalties.", "text"),
    ],
)
def test_copyright_and_reproduction_lines(line, cls):
    assert classify_line(line)[0] == cls


@pytest.mark.parametrize("line", ["中文版 | English", "Login | Register | Search", "About us · Contact us · Privacy policy",
                                  "关于我们 | 联系我们 | 网站地图"])
def test_switcher_account_and_footer_link_rows(line):
    assert fragment_chrome(line) and classify_line(line)[0] == "strong"


def test_comment_block_at_the_end_of_a_text_page():
    tail = ("\nReader comments (2)\nNorthbay reader 139****5521: The evening boat is a great help!\n"
            "kelp***: About time.\nPost comment\nPlease log in before commenting\n"
            "Northbay District Transport Bureau  Min Public Network Security No. 35010202000999")
    out, changes = _clean(ARTICLE_EN + tail)
    assert out.rstrip("\n") == ARTICLE_EN


def test_a_quoted_netizen_in_the_article_is_not_a_comment():
    text = ARTICLE_ZH + "\n一位网友留言：这个政策很好。\n北岭县交通运输局 版权所有"
    out, _ = _clean(text, "zh")
    assert "一位网友留言：这个政策很好。" in out


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Best viewed with a modern browser at 1280x800", "boilerplate.browser-advice"),
        ("建议使用1920×1080分辨率浏览本站", "boilerplate.browser-advice"),
        ("Website identification code 4401000011", "boilerplate.sponsor"),
        ("主办：北岭县人民政府办公室　承办：北岭县大数据中心", "boilerplate.sponsor"),
    ],
)
def test_more_footer_lines(line, rule):
    assert classify_line(line) == ("strong", rule)


def test_user_name_between_forum_chrome_lines_goes():
    thread = ("渡口改造的讨论\n" + ARTICLE_ZH + "\n3楼 发表于 2021-9-14 08:31 只看该作者\n河西小李\n回复 引用 举报\n"
              "末班船延长以后，下夜班的工人回家方便多了，希望票价也能保持稳定。\n再补充一点，周末的班次也应该增加一些。")
    out, changes = _clean(thread, "zh")
    assert "河西小李" not in out and "只看该作者" not in out
    assert "boilerplate.forum-user" in [c.rule for c in changes]
    assert "下夜班的工人回家方便多了" in out


def test_short_heading_between_article_lines_stays():
    text = ARTICLE_ZH + "\n二、主要做法\n" + ARTICLE_ZH
    out, _ = _clean(text, "zh")
    assert out == text


def test_dot_separated_menu_and_partner_links_in_a_tail_run():
    tail = ("\nLocal · Business & Markets · Lifestyle · Opinion · Subscribe\n"
            "Partner sites: Northbay Post · Harbour Weekly · River Towns Online\nNorthbay Post, all rights reserved")
    out, _ = _clean(ARTICLE_EN + tail)
    assert out.rstrip("\n") == ARTICLE_EN
    assert classify_line("阿依古丽·买买提 · 陈振 · 白蕊")[0] != "weak"  # names with their own dots


def test_traditional_government_site_tail():
    tail = ("\n回上一頁\n友善列印 | 轉寄 | 分享\n瀏覽人次：3125\n隱私權政策 | 資訊安全政策 | 政府網站資料開放宣告\n"
            "本網站著作權屬於北灣縣政府\n服務時間：週一至週五 8:30-17:30\n:::")
    zh_tw = "縣府表示，五月起渡口將增加兩條渡船。\n票價保持不變，末班船延長至晚上十點。"
    out, _ = _clean(zh_tw + tail, "zh")
    assert out.rstrip("\n") == zh_tw


def test_space_separated_chinese_menu_at_the_head():
    head = "网站首页 新闻中心 政务公开 办事服务 互动交流\n当前位置：首页 > 新闻中心\n"
    out, _ = _clean(head + "渡口改造方案公布\n" + ARTICLE_ZH, "zh")
    assert out == "渡口改造方案公布\n" + ARTICLE_ZH
    assert classify_line("张三 李四 王五 赵六")[0] == "short"  # names, not a menu


def test_comments_under_a_count_heading_leave_with_the_tail():
    tail = ("\nRelated reading\nHarbour district opens a second night market\nBus fares unchanged for another year\n"
            "Comments (2)\nZhang Lei: The evening boat is a great help for shift workers.\n"
            "river_fan: About time. Now do the bridge.\nPost a comment\nCopyright 2021 Northbay Post")
    out, _ = _clean(ARTICLE_EN + tail)
    assert out.rstrip("\n") == ARTICLE_EN


def test_a_quoted_speaker_after_a_related_heading_is_no_comment():
    text = ARTICLE_EN + "\nComments\nZhang Lei: The evening boat is a great help for shift workers.\n" + ARTICLE_EN
    out, _ = _clean(text)
    assert "Zhang Lei: The evening boat" in out


def test_a_notice_signing_block_above_the_footer_stays():
    notice = "各乡镇人民政府：\n五月起渡口将增加两条渡船，请各地做好宣传。\n特此通知。\n北湾县交通运输局\n2021年4月9日"
    out, _ = _clean(notice + "\n版权所有：北湾县人民政府\n北ICP备12345678号", "zh")
    assert out.rstrip("\n") == notice


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Advertisement", "boilerplate.ad-label"),
        ("【广告】", "boilerplate.ad-label"),
        ("阅读原文", "boilerplate.read-original"),
        ("Filed under: Transport, Rivers", "boilerplate.tags"),
        ("点击上方蓝字关注我们", "boilerplate.app-promo"),
        ("分享 收藏 点赞 在看", "boilerplate.chrome-fragments"),
    ],
)
def test_ad_labels_read_original_categories_and_wechat_rows(line, rule):
    assert classify_line(line) == ("strong", rule)


def test_an_advertising_sentence_is_text():
    assert classify_line("Advertisement revenue of local papers fell by a third last year.")[0] == "text"
