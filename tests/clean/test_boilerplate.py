"""Site chrome lines in text: head and tail runs as one change, lone unambiguous lines."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.changes import ChangeLog
from pipeline.clean import boilerplate, metadata
from pipeline.clean.context import DocContext

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "raw" / "samples" / "000_746e50ebb22f7612.txt"
GOLD = Path("/work/shared/gold/seed.json")


def _clean(text: str, lang: str = "zh", steps=(boilerplate,)) -> tuple[str, list]:
    log = ChangeLog(text)
    ctx = DocContext(lang=lang)
    for step in steps:
        log.apply(step.find_edits(log.text, ctx))
    return log.text, log.changes()


def test_seed_tail_is_one_change_and_gold_chrome_is_gone():
    text = SEED.read_text(encoding="utf-8")
    out, changes = _clean(text, "en", steps=(metadata, boilerplate))
    tail = [c for c in changes if c.kind == "boilerplate"]
    assert len(tail) == 1 and tail[0].rule == "boilerplate.chrome-block.tail"
    assert tail[0].before.startswith("QR code icon 2.jpg") and tail[0].end == len(text)
    chrome = json.loads(GOLD.read_text(encoding="utf-8"))["boilerplate"] if GOLD.exists() else ["ICP No."]
    for s in chrome:
        assert s not in out, s
    assert out.rstrip().endswith("Research Center for Poverty and Rights Development of Southwest University of "
                                 "Political Science and Law)")


def test_chinese_tail_run():
    article = "东西部协作持续推进。各地完善结对帮扶机制，推动产业合作和劳务协作。"
    tail = ("\n扫一扫在手机打开当前页\n重点推荐\n最新文章\n图片\n\n友情链接：中国社会科学院 | 中国政府网\n"
            "版权所有 中国社会科学杂志社\n京ICP备11013869号 京公网安备11010502030146号\n"
            "总编室邮箱：zzszbj@126.com 联系电话：010-85886809")
    out, changes = _clean(article + "\n（作者单位：某大学）" + tail)
    assert out == article + "\n（作者单位：某大学）\n"
    assert [c.rule for c in changes] == ["boilerplate.chrome-block.tail"]


def test_head_run_goes_and_title_stays():
    text = "当前位置：首页 > 理论 > 正文\n分享到：\n协作治理的新进展\n正文第一段，介绍协作治理的新进展。"
    out, changes = _clean(text)
    assert out == "协作治理的新进展\n正文第一段，介绍协作治理的新进展。"
    assert changes[0].rule == "boilerplate.chrome-block.head"


def test_lone_filing_line_inside_goes_copyright_sentence_stays():
    text = ("标题\n第一段正文，讨论协作中的知识产权问题。\n京ICP备12345678号\n"
            "根据著作权法，作品的版权所有人享有复制权和发行权，未经许可不得转载。\n最后一段正文，提出政策建议。")
    out, changes = _clean(text)
    assert "京ICP备" not in out and "版权所有人享有复制权" in out
    assert [c.rule for c in changes] == ["boilerplate.icp-filing"]


def test_short_last_lines_without_chrome_stay():
    text = "标题\n正文第一段，介绍协作治理。\n省人民政府办公厅\n2021年3月29日"
    out, changes = _clean(text)
    assert out == text and not changes


def test_spam_line_inside_chrome_run_goes_with_it():
    text = "Article text ends here, with a full stop.\nKey recommendation\nbet365 live casino games\nAll rights reserved"
    out, _ = _clean(text, "en")
    assert out == "Article text ends here, with a full stop.\n"


def test_contact_person_of_a_notice_is_document_content():
    text = ("关于开展协作项目申报的通知\n各县区：\n请于5月底前报送项目材料。\n"
            "联系人：张三\n联系电话：0871-63612345\n附件：1. 项目申报表")
    out, changes = _clean(text)
    assert out == text and not changes


def test_article_sentence_naming_chrome_words_stays():
    text = ("标题\n第一段正文。\n各地通过微信公众号发布岗位信息，方便群众及时了解用工需求。\n"
            "Related articles on the programme were published by the provincial government last year.\n"
            "最后一段。\n京ICP备12345678号")
    out, changes = _clean(text)
    assert "微信公众号发布岗位信息" in out and "Related articles on the programme" in out
    assert "京ICP备" not in out
