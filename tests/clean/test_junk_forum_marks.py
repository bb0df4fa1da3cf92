"""Forum and repost watermarks found by their parts: a host and a forum word in one short segment."""

from __future__ import annotations

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import junk
from pipeline.clean.context import DocContext

P1 = "渡口将增加两条渡船。"
P2 = "票价保持不变，末班船延长至晚上十点。"


def run(text: str, lang: str = "zh") -> tuple[str, list]:
    edits = junk.find_edits(text, DocContext(lang=lang))
    log = ChangeLog(text)
    log.apply(edits)
    return log.text, [e.rule for e in edits]


@pytest.mark.parametrize(
    "mark",
    [
        "【转自 北湾论坛 www.beiwan-bbs.com】",
        "[Reposted from Northbay Forum forum.northbay-life.net]",
        "【來自 北灣社區 bbs.beiwan.tw 轉載請保留出處】",
    ],
)
def test_bracketed_forum_marks_inside_a_paragraph(mark):
    out, rules = run(P1 + mark + P2)
    assert out == P1 + P2
    assert "junk.watermark.forum-host" in rules


@pytest.mark.parametrize(
    "line",
    [
        "本帖由 渡口老王 发布于 北湾论坛 bbs.beiwan-life.com",
        "—— 此文来自 北湾家园 www.beiwan-home.cc 仅供学习交流 ——",
        "Northbay Forum - your local home on the web, bbs.northbay.net",
        "Posted on Harbour Community club.harbour-talk.org - please keep this notice when reposting",
    ],
)
def test_whole_watermark_lines(line):
    out, rules = run(P1 + "\n" + line + "\n" + P2)
    assert out == P1 + "\n" + P2
    assert rules == ["junk.watermark.forum-host"]


def test_mark_closing_a_paragraph():
    out, _ = run(P1 + P2 + "本帖由 渡口老王 发布于 北湾论坛 bbs.beiwan-life.com\n下一段。")
    assert out == P1 + P2 + "\n下一段。"


@pytest.mark.parametrize(
    "text",
    [
        "群众可登录县民生论坛 bbs.beiwan.com 反映诉求，政府部门将在三日内答复。",  # a sentence: a channel, not a mark
        "该倡议发布于县民生论坛 bbs.beiwan.gov.cn",  # a government host is a source
        "Residents can raise questions on the county forum at bbs.northbay.org.",
        "【来源：北湾日报 www.beiwan-daily.com】",  # a host without a forum word: a source line
        "北湾论坛第三届年会在县城召开",  # a forum word without a host
    ],
)
def test_forum_channels_and_sources_stay(text):
    out, rules = run(text)
    assert "junk.watermark.forum-host" not in rules
    assert out == text


@pytest.mark.parametrize("mark", ["【转自 北湾论坛】", "[Reposted from Northbay Forum]", "【来自：北湾论坛】"])
def test_forum_name_marks_without_a_host_in_brackets(mark):
    out, rules = run(P1 + mark + P2)
    assert out == P1 + P2 and rules == ["junk.watermark.forum-host"]


@pytest.mark.parametrize("text", ["【图为来自北湾论坛的网友】", P1 + "【来自北湾社区】" + P2, "—— 北湾论坛 ——"])
def test_captions_and_communities_are_not_forum_marks(text):
    assert run(text)[0] == text


@pytest.mark.parametrize("line", ["Northbay Community Health Center www.nbchc.org",
                                  "北湾社区卫生服务中心 www.beiwan-health.com"])
def test_an_address_line_naming_a_community_and_a_site_stays(line):
    text = P1 + "\n" + line + "\n" + P2
    assert run(text)[0] == text
