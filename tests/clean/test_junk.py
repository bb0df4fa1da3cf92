"""Junk in text: literal tags, jammer codes, watermarks, symbols inside words; and what junk leaves alone."""

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import junk
from pipeline.clean.context import DocContext


def run(text, lang="zh"):
    edits = junk.find_edits(text, DocContext(lang=lang))
    log = ChangeLog(text)
    log.apply(edits)
    return log.text, edits


def test_empty_elements_repeating_a_random_id():
    out, edits = run('东西部<b id="x1y2z"></b>协作是<b id="x1y2z"></b>重要<span id="k9"> </span>内容。')
    assert out == "东西部协作是重要内容。"
    assert {e.rule for e in edits} == {"junk.html.empty-element"}
    assert all(e.kind == "junk" for e in edits)


def test_hidden_element_goes_with_its_content():
    out, _ = run('Policy text <span style="display: none">bet365 casino</span> continues here.', "en")
    assert out == "Policy text continues here."


def test_stray_literal_tags_and_line_breaks():
    out, _ = run("First paragraph.<br>Second <strong>bold</strong> paragraph.</p>", "en")
    assert out == "First paragraph.\nSecond bold paragraph."


def test_script_and_comment_literal():
    out, _ = run("正文开始<script>var a = 1;</script>正文<!-- ad -->结束。")
    assert out == "正文开始正文结束。"


def test_bbcode_tags():
    out, _ = run("[url=http://bbs.example.cn/t1]原文链接[/url] 正文[b]加粗[/b]。")
    assert out == "原文链接 正文加粗。"


@pytest.mark.parametrize("line,expected", [
    ("* Q7 m- x# P( K2 各有关单位：请认真落实。", "各有关单位：请认真落实。"),
    ("检查时间为3月1日至5月31日。5 Z0 ]% v. O, _", "检查时间为3月1日至5月31日。"),
    ("The plan was adopted. 3 J, w3 R! k% x", "The plan was adopted."),
])
def test_forum_jammer_codes_at_line_start_and_end(line, expected):
    assert run(line)[0] == expected


@pytest.mark.parametrize("line", [
    "A. B. C. D. are the four options.", "1 2 3 4 5", "x + y = z holds for all x.",
    "Articles 3, 4, 5 and 6 apply.", "第1、2、3、4条适用。", "Q1 Q2 Q3 Q4 revenue grew.",
])
def test_ordinary_short_tokens_are_not_jammers(line):
    assert run(line)[1] == []


def test_forum_watermarks():
    text = "正文第一段。本帖最后由 admin 于 2019-3-1 12:00 编辑 正文第二段。\nThis post was last edited by bob on 2020-1-2 08:00\n"
    out, edits = run(text)
    assert "本帖最后由" not in out and "last edited" not in out
    assert "正文第一段。" in out and "正文第二段。" in out
    assert all(e.rule.startswith("junk.watermark") for e in edits)


@pytest.mark.parametrize("text,expected", [
    ("防范化☆解风险，守护平🌟安。", "防范化解风险，守护平安。"),
    ("The poli😀cy of 中■国.", "The policy of 中国."),
    ("East╳West cooperation", "EastWest cooperation"),
])
def test_symbols_inside_words(text, expected):
    assert run(text)[0] == expected


@pytest.mark.parametrize("text", [
    "■ 一是加强组织领导。", "★ Key points: improve services.", "發(fā)展 and 中国（China）",
    "ＡＢＣ全角字母，标点。", "Scores: a < b and c > d; 5 < 10.", "The <Notice> was issued in 2021.",
    "《关于推进乡村振兴的意见》", "Email zzszbj@126.com, tel. 010-85886809.",
])
def test_left_alone(text):
    assert run(text)[1] == []


def test_edits_are_disjoint_and_ordered():
    text = '<span style="display:none"><b id="a1"></b>spam</span>正文<b id="a1"></b>。* Q7 m- x# P( K2'
    out, edits = run(text)
    assert all(a.end <= b.start for a, b in zip(edits, edits[1:]))
    assert out == "正文。"


def test_discuz_attachment_and_tool_lines():
    text = "正文一段。\n附图 下载附件 (56.2 KB) 2019-3-1 12:00 上传\n使用道具 举报\n正文二段。"
    out, edits = run(text)
    assert "下载附件" not in out and "上传" not in out and "使用道具" not in out
    assert "正文一段。" in out and "正文二段。" in out and "附图" in out


def test_discuz_jammer_element_goes_with_its_codes():
    out, edits = run('东西部协作<font class="jammer">Q7m-x#P(</font>是重要内容。')
    assert out == "东西部协作是重要内容。"
    assert [e.rule for e in edits] == ["junk.forum.jammer-element"]


def test_footnote_marks_are_not_bbcode():
    assert run("Smith argues[i] that policy[b] matters.[1]", "en")[1] == []


@pytest.mark.parametrize("text,expected", [
    ("政策全文如下。—— 来自 S1Next 客户端", "政策全文如下。"),
    ("The plan is adopted. Sent from my iPhone", "The plan is adopted."),
    ("正文内容。转载请注明出处", "正文内容。"),
    ("第三段。Q7 m- x# P(", "第三段。"),
])
def test_more_forum_watermarks_and_short_jammers(text, expected):
    assert run(text)[0].rstrip() == expected


@pytest.mark.parametrize("text", ["我们来自五湖四海。", "Section 3 A. 4 B.", "A-1 B-2 C-3 units", "阶段 I. II. III. 完成"])
def test_short_token_lines_that_are_not_jammers(text):
    assert run(text)[1] == []


@pytest.mark.parametrize("text,expected", [
    ("政策全文如下。本文转载自网络，如有侵权请联系删除。", "政策全文如下。"),
    ("会议强调要加强监管。更多精彩内容，请关注XX发布公众号。", "会议强调要加强监管。"),
    ("The plan is adopted. This article is reproduced from the Internet. If there is any infringement, please contact us to delete.",
     "The plan is adopted."),
])
def test_site_watermark_notices(text, expected):
    assert run(text)[0].rstrip() == expected


def test_sources_and_contacts_are_not_watermarks():
    for text in ("来源：新华社 编辑：张三", "联系电话：010-12345678，请联系我们。", "本文来源：国务院办公厅"):
        assert run(text)[1] == []


def test_discuz_register_prompt_and_poster_line():
    text = ("马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。您需要 登录 才可以下载或查看，没有账号？立即注册\n"
            "楼主| 发表于 2021-3-18 08:55 | 只看该作者\n正文第一段。Last edited by admin on 2021-3-18 09:00\n")
    out, _ = run(text)
    assert "注册" not in out and "楼主" not in out and "edited" not in out
    assert "正文第一段。" in out


@pytest.mark.parametrize("mark, lang", [
    ("原文链接：www.bbs123.com/t/5。", "zh"),
    ("（图片来源于网络）", "zh"),
    ("本文由乡村论坛原创，未经授权禁止转载。", "zh"),
    ("【本文由www.hao123bbs.com收集整理】", "zh"),
    (" This article was originally published on ruralnews-mirror.net.", "en"),
    (" Read more at www.farmnews24.com.", "en"),
    (" [scraped from newsmirror.org]", "en"),
])
def test_reprint_and_source_watermarks(mark, lang):
    host = "县政府召开常务会议。会议强调抓好春耕。" if lang == "zh" else "The plan was approved. The county met."
    cut = host.index("。") + 1 if lang == "zh" else host.index(".") + 1
    text = host[:cut] + mark + host[cut:]
    assert run(text, lang)[0] == host


def test_official_site_address_is_not_a_watermark():
    text = "欢迎登录www.gov.cn查询政策。原文件见附件。The notice is on www.gov.cn for reference.\n"
    assert run(text)[1] == []


@pytest.mark.parametrize("mark, lang", [
    ("转载自www.news-mirror.com/a/1.html。", "zh"),
    ("（来源：网络整理）", "zh"),
    (" Reprinted from www.news-mirror.com.", "en"),
    (" This content is from ruralmirror.net.", "en"),
    (" Posted by admin on March 3, 2023", "en"),
])
def test_site_reprint_watermarks(mark, lang):
    host = "县政府召开常务会议。会议强调抓好春耕。" if lang == "zh" else "The plan was approved. The county met."
    cut = host.index("。") + 1 if lang == "zh" else host.index(".") + 1
    assert run(host[:cut] + mark + host[cut:], lang)[0] == host


def test_named_sources_are_not_watermarks():
    text = "来源：新华社。本文转自人民日报。The data come from the World Bank and were reprinted in the yearbook.\n"
    assert run(text)[1] == []
