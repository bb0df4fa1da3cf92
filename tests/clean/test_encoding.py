"""Charset detection and decoding, and mojibake repair as logged edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.changes import ChangeLog
from pipeline.clean import encoding
from pipeline.clean.context import DocContext
from pipeline.records import RawDocument

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "encoding"
TITLE_ZH = "关于进一步做好东西部协作和对口支援工作的通知"
TITLE_TW = "關於進一步做好東西部協作和對口支援工作的通知"
PHRASE = "巩固拓展脱贫攻坚成果"


def decode(name: str, **kw) -> encoding.Decoded:
    path = FIXTURES / name
    return encoding.decode_document(RawDocument(source=str(path), content=path.read_bytes(), **kw))


def repair(text: str, lang: str = "zh") -> tuple[str, ChangeLog, DocContext]:
    ctx = DocContext(lang=lang)
    log = ChangeLog(text)
    log.apply(encoding.find_edits(text, ctx))
    return log.text, log, ctx


@pytest.mark.parametrize(
    "name, charset, expected, flags",
    [
        ("gbk_page_http_equiv_gb2312.html", "gb18030", TITLE_ZH, []),
        ("gbk_page_meta_charset.html", "gb18030", TITLE_ZH, []),
        ("big5_text_undeclared.txt", "big5hkscs", TITLE_TW, []),
        ("gb18030_text_undeclared.txt", "gb18030", "“䶮”字和欧元符号€", []),
        ("utf8_text_with_bom_crlf.txt", "utf-8-bom", TITLE_ZH + "\r\n", []),
        ("utf8_page_declared_gbk.html", "utf-8", TITLE_ZH, ["charset-declared-wrong"]),
        ("utf8_text_with_gbk_fragment.txt", "utf-8", "附件：实施方案", ["decode-fallback", "mixed-encoding"]),
    ],
)
def test_decode_fixtures(name: str, charset: str, expected: str, flags: list[str]) -> None:
    decoded = decode(name)
    assert decoded.charset == charset
    assert expected in decoded.text
    assert "\ufffd" not in decoded.text
    assert decoded.flags == flags


def test_truncated_gbk_keeps_every_whole_character_and_flags_the_rest() -> None:
    decoded = decode("gbk_text_truncated_byte.txt")
    assert decoded.charset == "gb18030"
    assert TITLE_ZH in decoded.text and PHRASE in decoded.text
    assert decoded.text.count("\ufffd") == 1
    assert {"decode-fallback", "replacement-characters"} <= set(decoded.flags)


def test_http_header_charset_is_used_when_the_bytes_agree() -> None:
    data = ("通知：" + PHRASE).encode("gbk")
    assert encoding.decode_document(RawDocument(source="x", content=data, http_charset="GBK")).text == "通知：" + PHRASE
    big5 = TITLE_TW.encode("big5")
    assert encoding.decode_document(RawDocument(source="x", content=big5, http_charset="big5")).text == TITLE_TW


def test_default_latin1_header_does_not_win_over_chinese_bytes() -> None:
    data = (TITLE_ZH + "，" + PHRASE + "。").encode("gbk")
    decoded = encoding.decode_document(RawDocument(source="x", content=data, http_charset="ISO-8859-1"))
    assert decoded.text == TITLE_ZH + "，" + PHRASE + "。"


def test_utf16_bom() -> None:
    data = "\ufeff".encode("utf-16-le") + TITLE_ZH.encode("utf-16-le")
    decoded = encoding.decode_document(RawDocument(source="x", content=data))
    assert decoded.text == TITLE_ZH and decoded.charset == "utf-16-le-bom"


@pytest.mark.parametrize(
    "broken, fixed, rule",
    [
        (PHRASE.encode("gbk").decode("latin-1"), PHRASE, "encoding.mojibake.gbk-as-latin1"),
        ("国务院办公厅关于印发".encode("gbk").decode("cp1252", errors="replace"), "国务院办公厅关于印发", "encoding.mojibake.gbk-as-latin1"),
        ("Report: " + PHRASE.encode("utf-8").decode("latin-1") + " end", "Report: " + PHRASE + " end", "encoding.mojibake.utf8-as-latin1"),
        ("政府工作报告".encode("utf-8").decode("gbk"), "政府工作报告", "encoding.mojibake.utf8-as-gbk"),
        ("the cafÃ© on the corner", "the café on the corner", "encoding.mojibake.ftfy"),
        ("Big5: " + TITLE_TW.encode("big5").decode("latin-1") + " end", "Big5: " + TITLE_TW + " end", "encoding.mojibake.big5-as-latin1"),
        (PHRASE.encode("gbk").decode("latin-1") + "abc", PHRASE + "abc", "encoding.mojibake.gbk-as-latin1"),
    ],
)
def test_mojibake_repaired_and_logged(broken: str, fixed: str, rule: str) -> None:
    out, log, _ = repair(broken)
    assert out == fixed
    assert {c.rule for c in log.changes()} == {rule}
    assert all(c.kind == "encoding" for c in log.changes())


def test_crlf_becomes_a_normalize_change() -> None:
    out, log, _ = repair("第一行\r\n第二行\r第三行")
    assert out == "第一行\n第二行\n第三行"
    assert {(c.kind, c.rule) for c in log.changes()} == {("normalize", "encoding.newline.crlf")}


@pytest.mark.parametrize(
    "text",
    [
        "Größe, Ångström, naïveté, São Paulo, ações, Zürich, façade — “quoted” text…",
        "全角字符ＡＢＣ１２３和标点，。“”保持不变；（注）【附件】",
        "GB18030 字符：䶮、€、〇",
    ],
)
def test_genuine_text_is_not_mojibake(text: str) -> None:
    assert repair(text)[0] == text


@pytest.mark.parametrize("name", ["clean_chinese_policy.txt", "clean_english_policy.txt", "clean_english_edge_cases.txt"])
def test_clean_fixtures_unchanged(name: str) -> None:
    text = (FIXTURES.parent / "mt" / name).read_text(encoding="utf-8")
    out, _, ctx = repair(text)
    assert out == text and ctx.flags == []


@pytest.mark.parametrize(
    "text, flag",
    [
        ("国务院关于???的通知", "failed-conversion:?-run"),
        ("国务院关于推进?的通知", "failed-conversion:?-run"),
        ("涓�鍥界壒鑹茬ぞ", "failed-conversion:replacement-char"),
    ],
)
def test_failed_conversion_is_flagged_not_deleted(text: str, flag: str) -> None:
    out, _, ctx = repair(text)
    assert out.count("?") == text.count("?") and out.count("\ufffd") >= text.count("\ufffd")
    assert flag in ctx.flags


def test_lossy_utf8_read_as_gbk_is_repaired_around_the_loss() -> None:
    source = "国家发展和改革委员会关于印发，政府工作报告。"
    broken = source.encode("utf-8").decode("gbk", errors="replace")
    out, log, ctx = repair(broken)
    assert "发展和改革委员会关于印发，政府工作报告" in out
    assert "\ufffd" in out  # what was lost stays marked
    assert {c.rule for c in log.changes()} == {"encoding.mojibake.utf8-as-gbk-lossy"}
    assert all(c.confidence < 1 for c in log.changes())
    assert "failed-conversion:replacement-char" in ctx.flags


def test_kunkin_trace_is_flagged() -> None:
    out, _, ctx = repair("标题锟斤拷锟斤拷正文")
    assert out == "标题锟斤拷锟斤拷正文"
    assert "failed-conversion:replacement-char" in ctx.flags


def test_character_references_are_decoded() -> None:
    out, log, _ = repair("&#20013;&#x56FD; &amp; R&amp;D&nbsp;plan, see a.php?id=1&lang=en &copy; 2021 &amp;#20013;")
    assert out == "中国 & R&D plan, see a.php?id=1&lang=en © 2021 中"
    assert {c.rule for c in log.changes()} == {"encoding.html-entity"}


def test_question_marks_in_english_are_not_failed_conversion() -> None:
    _, _, ctx = repair("Really? Why?? Because it works.", lang="en")
    assert ctx.flags == []


def test_cleaner_decodes_gbk_text_and_keeps_crlf_in_source() -> None:
    from pipeline.clean import clean_document

    text = (FIXTURES.parent / "mt" / "clean_chinese_policy.txt").read_text(encoding="utf-8")
    data = text.replace("\n", "\r\n").encode("gbk")
    record = clean_document(RawDocument(source="notice.txt", content=data, media_type="text/plain"))
    assert record.metadata["charset"] == "gb18030"
    assert "\r\n" in record.source_text and "\r" not in record.text
    assert "巩固拓展脱贫攻坚成果" in record.text


ENC_PIECES = [TITLE_TW.encode("big5").decode("latin-1"), "@", "a",  "&amp;", "&#20013;", "#20013;", "amp;", "&nbsp;", PHRASE, PHRASE.encode("gbk").decode("latin-1"), PHRASE.encode("utf-8").decode("latin-1"), "政府工作报告".encode("utf-8").decode("gbk"),
              "cafÃ©", "Größe", " ", "\r\n", "\n", "?", "???", "\ufffd", "“", "ＡＢＣ", "abc", "€"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ENC_PIECES), max_size=20))
def test_edits_apply_and_a_second_run_changes_nothing(pieces: list[str]) -> None:
    once, _, _ = repair("".join(pieces))
    assert repair(once)[0] == once


def _encoding_repair(text: str, ctx: DocContext | None = None) -> str:
    ctx = ctx or DocContext(lang="zh")
    log = ChangeLog(text)
    log.apply(encoding.find_edits(text, ctx))
    return log.text


def test_gbk_run_split_by_digits_is_repaired_to_its_last_character() -> None:
    # 岚山县共选派驻村工作队156支 read as Latin-1: the digits split off 支 (one character).
    broken = "岚山县共选派驻村工作队".encode("gbk").decode("latin-1") + "156" + "支".encode("gbk").decode("latin-1") + "，队员462名"
    assert _encoding_repair(broken) == "岚山县共选派驻村工作队156支，队员462名"


def test_lone_short_latin_run_is_not_taken_for_gbk() -> None:
    for text in ["Price 50Ö§ only", "Müller Ö§ 12", "ÖÐ" + " and a long way off " * 3 + "Ö§"]:
        assert "支" not in _encoding_repair(text)


def test_title_and_metadata_mojibake_is_repaired() -> None:
    ctx = DocContext(
        lang="zh",
        title="政府工作报告".encode("utf-8").decode("gbk"),
        metadata={"authors": ["张三".encode("gbk").decode("latin-1")], "source_name": "新华网", "published": "2021-01-02"},
    )
    encoding.find_edits("正文", ctx)
    assert ctx.title == "政府工作报告"
    assert ctx.metadata == {"authors": ["张三"], "source_name": "新华网", "published": "2021-01-02"}


def _gbk_latin1(s: str) -> str:
    return s.encode("gbk").decode("latin-1")


@pytest.mark.parametrize(
    "template, chinese",
    [
        ("GDP of {}GDP", ("中国",)),  # an ASCII letter after the run is not a GBK trail byte
        ("{}Tibet aid", ("援藏",)),
        ("“{}”", ("两不愁三保障",)),  # curly quotes are not bytes of the run
        ("The {}2011-2020{} plan", ("《中国农村扶贫开发纲要（", "年）》")),  # short, UTF-8-shaped run next to a repaired one
        ("{} {} {}", ("第一", "二", "三")),  # one-character runs chained to a repaired run
    ],
)
def test_gbk_latin1_runs_with_glued_neighbours(template: str, chinese: tuple[str, ...]) -> None:
    broken = template.format(*(_gbk_latin1(c) for c in chinese))
    assert _encoding_repair(broken) == template.format(*chinese)
    assert _encoding_repair(broken, DocContext(lang="en")) == template.format(*chinese)


@pytest.mark.parametrize("text", ["Müller, Zürich, São Paulo, résumé, naïve café", "façade — “déjà vu” • Ålesund", "x" + _gbk_latin1("支") + "y"])
def test_european_text_and_lone_short_runs_stay(text: str) -> None:
    assert _encoding_repair(text) == text


def test_utf8_read_as_cp1252_with_replaced_bytes_is_filled_where_certain() -> None:
    # cp1252 cannot read 0x8F (in 召) or 0x8D/0x90 (in 不合): a converter wrote U+FFFD.
    broken = "县委组织部建立了工作队员召回和轮换制度，对考核不合格的队员予以调整。".encode("utf-8").decode("cp1252", errors="replace")
    assert "\ufffd" in broken
    text, log, _ = repair(broken)
    assert text == "县委组织部建立了工作队员召回和轮换制度，对考核不合格的队员予以调整。"
    assert {c.rule for c in log.changes()} == {"encoding.mojibake.utf8-as-latin1-lossy"}
    assert all(c.confidence < 1 for c in log.changes())
