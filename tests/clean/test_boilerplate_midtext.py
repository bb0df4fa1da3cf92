"""Chrome lines in the middle of plain-text pages (news widgets, forum threads), and notes that only name chrome words."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import boilerplate, metadata
from pipeline.clean.boilerplate import classify_line
from pipeline.clean.context import DocContext

FIX = Path(__file__).resolve().parents[1] / "fixtures"


def _clean(path: Path, lang: str) -> tuple[str, list]:
    text = path.read_text(encoding="utf-8")
    log = ChangeLog(text)
    ctx = DocContext(lang=lang)
    for step in (metadata, boilerplate):
        log.apply(step.find_edits(log.text, ctx))
    return log.text, log.changes()


def _lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


@pytest.mark.parametrize(
    "name, lang, chrome, body",
    [
        ("zh_news_chrome_mid_text.txt", "zh",
         ["【字体：大 中 小】", "分享到：", "扫一扫在手机打开当前页", "上一篇：", "下一篇：", "【打印本页】"],
         ["全县86所学校", "每周公示", "91.3%"]),
        ("en_news_chrome_mid_text.txt", "en",
         ["Share to:", "Font size:", "Views: 1,482", "Previous article:", "Next article:"],
         ["86 schools", "posted every week", "91.3% in 2022"]),
        ("zh_forum_thread_chrome_mid_text.txt", "zh",
         ["只看该作者", "查看: 1234", "回复 引用", "2楼", "发表于 2023-3-4 14:35", "本帖最后由"],
         ["全县86所学校", "每周公示", "个子明显长高了", "希望这项政策"]),
        ("en_forum_thread_chrome_mid_text.txt", "en",
         ["Posted by hillside_teacher", "Reply | Quote", "#2", "Posted by mountain_dad", "Views: 812"],
         ["140 pupils", "grown taller", "keeps going"]),
    ],
)
def test_chrome_lines_inside_the_text_go_and_the_body_stays(name, lang, chrome, body):
    out, changes = _clean(FIX / "boilerplate" / name, lang)
    for piece in chrome:
        assert piece not in out, piece
    for piece in body:
        assert piece in out, piece
    assert all(c.kind in ("boilerplate", "metadata") for c in changes)
    # every paragraph of the body is whole: no change cuts into a line
    kept = [ln for ln in _lines(FIX / "boilerplate" / name) if any(b in ln for b in body)]
    assert all(ln in out for ln in kept)


@pytest.mark.parametrize(
    "path",
    [
        FIX / "boilerplate" / "en_clean_notes_naming_chrome_words.txt",
        FIX / "boilerplate" / "zh_clean_notes_naming_chrome_words.txt",
        FIX / "mt" / "clean_english_policy.txt",
    ],
)
def test_closing_note_with_copyright_words_is_text(path):
    text = path.read_text(encoding="utf-8")
    lang = "en" if path.name.startswith(("en_", "clean_english")) else "zh"
    out, changes = _clean(path, lang)
    assert [c for c in changes if c.kind == "boilerplate"] == []
    assert _lines(path)[-1] in out


@pytest.mark.parametrize(
    "line, cls",
    [
        ("Copyright © 2023 Dongbin Daily. All rights reserved.", "strong"),
        ("版权所有：东滨日报社", "strong"),
        ("Copyright notice: reproduction for non-commercial use is permitted.", "weak"),
        ("Views: 123", "strong"),
        ("Report", "short"),
        ("Like", "short"),
        ("Next, the county will expand the program to 40 more villages next year.", "text"),
        ("Reply | Quote", "strong"),
        ("本帖来自 黔山社区 bbs.example-sq.net ，转载请保留出处", "strong"),
        ("[Posted on Riverside Forum riverside-bbs.example - please keep this notice when reposting]", "strong"),
    ],
)
def test_line_classes(line, cls):
    assert classify_line(line)[0] == cls


def test_long_note_is_text_even_with_a_strong_chrome_word():
    note = ("Note: figures are provisional. The authors thank the county statistics bureau; "
            "all rights reserved by the contributors and the data may be reused with permission of the bureau.")
    assert classify_line(note)[0] == "text"
    filing = ("Copyright © 2003-2023 Dongbin Daily. All rights reserved. Registration No. 130349. "
              "ICP filing No. 05018827. Contact us by mail or phone during office hours on working days.")
    assert classify_line(filing)[0] == "strong"


def test_forum_chrome_lines_carrying_jammer_codes_go_whole():
    out, changes = _clean(FIX / "boilerplate" / "zh_forum_chrome_with_jammer_codes.txt", "zh")
    for piece in ("只看该作者", "* Q7 m- x# P( K2", "回复 引用", "# Q3 m' w6 N% k", "沙发", "发表于 2022-11-22 10:02", "@8 U* c)"):
        assert piece not in out, piece
    assert "让3100多名搬迁群众在家门口就业。" in out and "社区服务中心。" in out
    assert {c.rule for c in changes} == {"boilerplate.forum"}


@pytest.mark.parametrize(
    "line, readings",
    [
        ("Views: 12 - P0 d& x8 W!", ["Views:", "Views: 12"]),
        ("发表于 2022-11-22 10:02 1 @8 U* c) V2 a", ["发表于 2022-11-22 10:02"]),
        ("4 a) K* r7 Q$ Reply | Quote", ["Reply | Quote"]),
        ("Font size: A+ A A-", ["Font size: A+ A A-"]),  # three short tokens are not a jammer run
    ],
)
def test_core_lines_strip_jammer_codes(line, readings):
    from pipeline.clean.boilerplate import core_lines

    cores = core_lines(line)
    assert all(r in cores for r in readings) and cores[-1] == line


def test_tags_and_comment_box_at_the_end_go():
    out, changes = _clean(FIX / "boilerplate" / "en_news_tags_and_comments_tail.txt", "en")
    assert "Tags:" not in out and "Leave a comment" not in out and "0 comments" not in out
    assert out.rstrip().endswith("91.3% in 2022.")
    assert [c.rule for c in changes] == ["boilerplate.chrome-block.tail"]


def test_saved_page_nav_tool_rows_and_permalinks_go():
    path = FIX / "boilerplate" / "zh_saved_page_nav_tools_literal_tags.txt"
    out, changes = _clean(path, "zh")
    for piece in ("网站首页", "打印 | 收藏 | 分享", "本文地址", "返回列表"):
        assert piece not in out, piece
    # a sentence that names an app download is text, and the title stays
    assert "下载客户端的家长可以在线查看每日菜谱。" in out and "山区学校的营养午餐覆盖全县" in out
    assert "全县86所学校" in out and "每周公示" in out


@pytest.mark.parametrize(
    "line, pid",
    [
        ("首页 | 新闻中心 | 政务公开 | 互动交流", "boilerplate.nav-menu"),
        ("Home | News | Policy | Services", "boilerplate.nav-menu"),
        ("Print | Email | Share", "boilerplate.tool-row"),
        ("<p>【打印本页】【关闭窗口】</p>", "boilerplate.print-close"),
        ("Follow us on WeChat", "boilerplate.app-promo"),
        ("免责声明：本站部分内容来源于网络，如有侵权请联系删除。", "boilerplate.disclaimer"),
        ("Follow us, the officials said, to the new site where 120 families now live.", None),
        ("Print", None),
    ],
)
def test_more_chrome_line_kinds(line, pid):
    assert classify_line(line)[1] == pid


def test_link_list_line_inside_a_footer_run_goes_with_it():
    out, changes = _clean(FIX / "boilerplate" / "zh_link_list_inside_footer_run.txt", "zh")
    assert "相关阅读" not in out and "网站地图" not in out and "邮编" not in out
    assert out.rstrip().endswith("67.9%。")
    assert any(c.rule == "boilerplate.chrome-block.tail" and c.before.startswith("相关阅读") for c in changes)


def test_table_rows_before_a_footer_stay():
    out, _ = _clean(FIX / "boilerplate" / "zh_table_rows_before_footer.txt", "zh")
    assert "版权所有" not in out
    for row in ("年份 | 聘用人数 | 人均补助", "2021年 | 1980人 | 1万元", "2022年 | 2140人 | 1万元"):
        assert row in out


@pytest.mark.parametrize(
    "line, cls",
    [
        ("本文转自人民网", "short"),  # a source attribution is metadata or text, not chrome
        ("本文由国务院新闻办公室发布", "short"),
        ("【本文由 枫桥社区 www.example-bbs.com 网友原创发布】", "strong"),
        ("—— 文章转自 某某资讯网 example-news.cc 仅供学习交流 ——", "strong"),
    ],
)
def test_repost_notices_need_a_site(line, cls):
    assert classify_line(line)[0] == cls


def test_forum_floor_labels_do_not_hide_a_post_date():
    from pipeline.clean.metadata import parse_byline

    by = parse_byline("楼主 发表于 2022-11-22 08:41 | 只看该作者 | 倒序浏览 | 阅读模式", head=True)
    assert by is not None and by.fields == {"published": "2022-11-22"}
