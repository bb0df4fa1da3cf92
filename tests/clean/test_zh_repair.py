"""Chinese repair: pinyin, symbols, full-width forms, wrapped lines, script."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.changes import ChangeLog
from pipeline.clean import zh_repair
from pipeline.clean.context import DocContext
from pipeline.settings import CleanSettings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mt"


def repair(text: str, lang: str = "zh", **settings) -> tuple[str, ChangeLog]:
    ctx = DocContext(lang=lang, settings=CleanSettings(**settings))
    log = ChangeLog(text)
    log.apply(zh_repair.find_edits(text, ctx))
    return log.text, log


@pytest.mark.parametrize(
    "before, after, rule",
    [
        ("堅持發(fā)展(zhǎn)是第一要務", "堅持發展是第一要務", "zh.pinyin.gloss"),
        ("推進鄉（xiāng）村（cūn）振興", "推進鄉村振興", "zh.pinyin.gloss"),
        ("堅持發展(fāzhǎn)理念", "堅持發展理念", "zh.pinyin.gloss"),
        ("发fā展zhǎn是shì硬道理", "发展是硬道理", "zh.pinyin.interleaved"),
        ("发 fā 展 zhǎn 是 shì 硬 yìng 道 dào 理 lǐ。", "发展是硬道理。", "zh.pinyin.interleaved"),
        ("发fa1展zhan3是shi4硬道理", "发展是硬道理", "zh.pinyin.interleaved"),
        ("乡村㊣振兴\ue60d战略", "乡村振兴战略", "zh.symbol.inside-word"),
        ("２０２１年ＧＤＰ增长３．５％，", "2021年GDP增长3.5％，", "zh.width.fullwidth-alnum"),
    ],
)
def test_repairs(before: str, after: str, rule: str) -> None:
    out, log = repair(before)
    assert out == after
    assert {c.rule for c in log.changes()} == {rule}


@pytest.mark.parametrize(
    "text",
    [
        "中国(China)和世界贸易组织(WTO)，条款(a)项，附件(一)",
        "使用café和Beijing两个词，",
        "中共中央 国务院关于实施乡村振兴战略的意见",
        "第一章 总则\n第一条 为了规范管理，制定本办法。",
        "面积100㎡，①项目②资金，“万企帮万村”（试点）。",
        "北京Beijing和上海Shanghai是两个城市。",
    ],
)
def test_leaves_genuine_text_alone(text: str) -> None:
    assert repair(text)[0] == text


def test_single_toned_word_is_not_taken_for_interleaved_pinyin() -> None:
    text = "这家叫Café的店。"
    assert repair(text)[0] == text


def test_symbols_handled_by_junk_are_not_handled_twice() -> None:
    # emoji and box drawing inside words belong to junk.symbol.inside-word
    text = "中■国😀发展"
    assert repair(text)[0] == text


def test_fullwidth_letters_in_english_text() -> None:
    assert repair("The ＧＤＰ grew.", lang="en")[0] == "The GDP grew."


def test_hard_wrapped_lines_are_joined_inside_sentences_only() -> None:
    text = (FIXTURES / "wrapped_chinese_notice.txt").read_text(encoding="utf-8")
    out, log = repair(text)
    assert "同乡村振兴有效衔接" in out and "通知如下。" in out
    assert "专业技术人才" in out
    assert "各有关省、自治区、直辖市：\n" in out  # a short line is not a wrapped one
    assert "工作。\n  二、加强组织领导。" in out  # sentence end: the break stays
    assert {c.rule for c in log.changes()} == {"zh.space.line-wrap"}


def test_traditional_to_simplified_only_when_asked_and_source_kept() -> None:
    text = "關於進一步做好東西部協作。English 頭髮 stays"
    assert repair(text)[0] == text
    out, log = repair(text, to_simplified=True)
    assert out == "关于进一步做好东西部协作。English 头发 stays"
    assert log.source_text == text
    assert {c.rule for c in log.changes()} == {"zh.script.t2s"}
    assert all(c.kind == "normalize" for c in log.changes())


@pytest.mark.parametrize("name", ["clean_chinese_policy.txt", "clean_chinese_report.txt"])
@pytest.mark.parametrize("to_simplified", [False, True])
def test_clean_chinese_is_almost_untouched(name: str, to_simplified: bool) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    _, log = repair(text, to_simplified=to_simplified)
    edited = sum(max(len(c.before), len(c.after)) for c in log.changes())
    assert edited / len(text) < 0.001, log.changes()


ZH_PIECES = ["发", "展", "發", "(fā)", "（xiāng）", "fā", "zhǎn", " ", "\n", "，", "。", "２０２１", "Ａ", "㊣", "中国",
             "(China)", "Beijing", "café", "关於", "頭髮", "。\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ZH_PIECES), max_size=40), st.booleans())
def test_edits_apply_and_a_second_run_changes_nothing(pieces: list[str], to_simplified: bool) -> None:
    text = "".join(pieces)
    once, _ = repair(text, to_simplified=to_simplified)
    assert repair(once, to_simplified=to_simplified)[0] == once


def test_wrapped_lines_with_figures_use_display_width_and_rejoin_split_numbers() -> None:
    text = (FIXTURES / "wrapped_chinese_with_figures.txt").read_text(encoding="utf-8")
    out, _ = repair(text)
    assert "比上年增长10.8%，" in out
    assert "人均纯收入12560元" in out
    assert "其中脱贫劳动力1480人。\n    全县共有" in out
    assert out.startswith("2021年全县巩固脱贫成果情况\n\n")


def test_english_words_across_a_wrap_are_not_glued() -> None:
    lines = ["这是一段用于测试的中文文字，其中包含英文单词Beijing"] * 3 + ["City并继续写下去。"]
    text = "\n".join(lines)
    assert "Beijing\nCity" in repair(text)[0]
