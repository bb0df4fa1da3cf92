"""Synonym-spun Chinese: odd policy collocations put back, clean text untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import zh_spin
from pipeline.clean.context import DocContext
from pipeline.settings import CleanSettings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "zh_spin"


def spin_repair(text: str, lang: str = "zh") -> tuple[str, ChangeLog, DocContext]:
    ctx = DocContext(lang=lang, settings=CleanSettings())
    log = ChangeLog(text)
    log.apply(zh_spin.find_edits(text, ctx))
    return log.text, log, ctx


def test_spun_document_is_put_back_and_matches_the_original():
    spun = (FIXTURES / "spun_relocation.txt").read_text(encoding="utf-8")
    clean = (FIXTURES / "clean_relocation.txt").read_text(encoding="utf-8")
    fixed, log, ctx = spin_repair(spun)
    assert "zh.spun" in ctx.flags
    for odd in ["巩牢", "脱穷", "县当局", "返穷", "监控机制", "根底设施", "公共效劳", "乡村复兴", "力道"]:
        assert odd not in fixed
    # every line the clean version shares with the spun one is restored exactly
    # (首要抓手 is a legitimate phrase and stays).
    fixed_lines, clean_lines = fixed.splitlines(), clean.splitlines()
    assert fixed_lines[2] == clean_lines[2]
    assert clean_lines[3].startswith(fixed_lines[3])
    changes = log.changes()
    assert changes and all(c.kind == "normalize" and c.rule.startswith("zh.spin.") for c in changes)
    assert all(0 < c.confidence < 1 for c in changes)


def test_edits_cover_only_the_swapped_characters():
    fixed, log, _ = spin_repair("因疾返穷是突出风险。要加大力道推进，巩牢拓展成果。")
    assert fixed == "因病返贫是突出风险。要加大力度推进，巩固拓展成果。"
    befores = sorted(c.before for c in log.changes())
    assert befores == ["牢", "疾返穷", "道"]


def test_clean_text_is_unchanged():
    clean = (FIXTURES / "clean_relocation.txt").read_text(encoding="utf-8")
    fixed, log, ctx = spin_repair(clean)
    assert fixed == clean and not log.changes() and "zh.spun" not in ctx.flags


def test_a_single_odd_collocation_is_only_proposed_for_review():
    text = "县里建立了监控机制和长效机制，要加大力道。"  # one variant of a listed phrase only
    ctx = DocContext(lang="zh")
    edits = zh_spin.find_edits(text, ctx)
    assert edits and all(e.confidence == 0 for e in edits)
    assert "zh.spun" not in ctx.flags


def test_word_swaps_respect_their_context():
    text = "因疾返穷风险突出。要加大力道。医院开拓了心内科等新技术，企业开拓了新市场，澳门特区当局发布新规，县当局负责。"
    fixed, log, _ = spin_repair(text)
    assert "开展了心内科" in fixed
    assert "开拓了新市场" in fixed
    assert "澳门特区当局" in fixed
    assert "县政府负责" in fixed
    assert any(c.rule == "zh.spin.word.kaituo-kaizhan" and c.confidence < 0.9 for c in log.changes())


def test_english_documents_are_left_alone():
    text = "因疾返穷 and 加大力道 quoted in an English report."
    assert zh_spin.find_edits(text, DocContext(lang="en")) == []


@pytest.mark.parametrize("variant", sorted(zh_spin.load_table().variants)[:400])
def test_no_variant_is_a_listed_phrase_or_allowed(variant):
    import json

    data = json.loads(zh_spin.SPIN_DATA.read_text(encoding="utf-8"))
    assert variant not in data["phrases"] and variant not in data["allow"]


def test_edits_do_not_overlap():
    spun = (FIXTURES / "spun_relocation.txt").read_text(encoding="utf-8")
    edits = zh_spin.find_edits(spun, DocContext(lang="zh"))
    for a, b in zip(edits, edits[1:]):
        assert a.end <= b.start


def test_variant_inside_a_legitimate_longer_word_is_not_counted():
    # 完全掩盖 holds 全掩盖 (a variant of 全覆盖); 因疾返穷 alone is one hit only.
    text = "问题被完全掩盖了。因疾返穷的情况要注意。"
    ctx = DocContext(lang="zh")
    edits = zh_spin.find_edits(text, ctx)
    assert "zh.spun" not in ctx.flags
    assert all(e.confidence == 0 for e in edits)
    assert not any(text[e.start : e.end] in "完全掩盖" for e in edits)


def test_clean_policy_text_with_near_variants_is_unchanged():
    """开拓市场, 面向社会开展, 担任人大代表, 澳门特区当局, 完全掩盖, 美好感受,
    加强引导, 首要任务 are all legitimate and sit next to spin targets."""
    from pipeline.clean import zh_repair

    text = (FIXTURES / "clean_policy_near_variants.txt").read_text(encoding="utf-8")
    ctx = DocContext(lang="zh")
    assert zh_repair.find_edits(text, ctx) == []
    assert zh_spin.odd_collocations(text, zh_spin.load_table()) == []


@pytest.mark.parametrize(
    "spun, fixed",
    [
        ("县里树立了防返贫监测制度。", "县里建立了防返贫监测制度。"),
        ("全县履行方案已经下发。", "全县实施方案已经下发。"),
        ("推动县域经济成长。", "推动县域经济发展。"),
        ("人民大众满意。", "人民群众满意。"),
        ("这是要害环节。", "这是关键环节。"),
    ],
)
def test_word_swaps_in_a_spun_document(spun, fixed):
    evidence = "因疾返穷要防范，巩牢拓展成果。"
    text, log, ctx = spin_repair(evidence + spun)
    assert "zh.spun" in ctx.flags
    assert text == "因病返贫要防范，巩固拓展成果。" + fixed


@pytest.mark.parametrize(
    "legit",
    ["县里树立了正确的政绩观。", "干部认真履行了职责。", "孩子健康成长。", "大众传媒广泛报道。", "击中要害。"],
)
def test_word_swaps_keep_legitimate_uses_even_in_a_spun_document(legit):
    evidence = "因疾返穷要防范，巩牢拓展成果。"
    text, _, _ = spin_repair(evidence + legit)
    assert text.endswith(legit)
