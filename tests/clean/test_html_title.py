"""Titles with keywords glued on by a comma, in the other script than the title."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_document
from pipeline.clean.dom.title import clean_title, script_tail
from pipeline.records import RawDocument
from pipeline.settings import CleanSettings


@pytest.mark.parametrize(
    "raw, main, tail",
    [
        ("New ferry timetable for the river towns,成人影院,午夜福利视频", "New ferry timetable for the river towns",
         "成人影院,午夜福利视频"),
        ("县政府关于渡口管理的通知，free movies，hot dating", "县政府关于渡口管理的通知", "free movies，hot dating"),
        ("Notice on rural roads, bridges and ferries", "Notice on rural roads, bridges and ferries", None),
        ("关于渡口、桥梁和公路的通知，2023年", "关于渡口、桥梁和公路的通知，2023年", None),
        ("Ferry rules, 渡口", "Ferry rules, 渡口", None),  # a two-character gloss is not a keyword list
    ],
)
def test_script_tail(raw, main, tail):
    assert script_tail(raw) == (main, tail)


def test_clean_title_drops_the_tail_and_the_heading_confirms_the_rest():
    ct = clean_title("New ferry timetable for the river towns,成人影院,午夜福利视频",
                     "New ferry timetable for the river towns")
    assert ct.title == "New ferry timetable for the river towns"
    assert ct.removed == ["成人影院,午夜福利视频"]


def test_page_title_with_comma_tail():
    html = (
        "<html><head><meta charset='utf-8'><title>New ferry timetable for the river towns,成人影院,午夜福利视频</title>"
        "</head><body><h1>New ferry timetable for the river towns</h1>"
        "<p>The river ferry will run every twenty minutes from next month, the transport bureau said on Friday, "
        "and the last boat will leave at ten in the evening instead of eight.</p></body></html>"
    )
    rec = clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                         CleanSettings())
    assert rec.title == "New ferry timetable for the river towns"
    assert "成人影院" not in rec.text


@pytest.mark.parametrize("raw", ["[转帖] 渡口改造方案公布", "【原创】渡口改造方案公布", "Re: 渡口改造方案公布", "回复：渡口改造方案公布"])
def test_forum_thread_tags_leave_the_title(raw):
    assert clean_title(raw, expect_site=False).title == "渡口改造方案公布"


def test_forum_tag_on_a_page_heading():
    html = ("<html><head><title>[转帖] 渡口改造方案公布 - 北湾论坛</title></head><body><h1>[转帖] 渡口改造方案公布</h1>"
            "<p>县交通运输局表示，五月起渡口将增加两条渡船，票价保持不变，末班船延长至晚上十点。</p></body></html>")
    rec = clean_document(RawDocument(source="t.html", content=html.encode(), media_type="text/html"),
                         CleanSettings())
    assert rec.title == "渡口改造方案公布"
