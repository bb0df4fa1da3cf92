"""Escort euphemisms sold with a deal (外围+包养), markets abroad, and matches that start
right after a word ending (证明|清迈…)."""

import pytest

from pipeline.clean.lexicon import load_spam_lexicon


@pytest.fixture(scope="module")
def lex():
    return load_spam_lexicon()


def _hits(lex, text):
    return [text[h.start : h.end] for h in lex.find_terms(text)]


@pytest.mark.parametrize("text, phrase", [
    ("办理时须出示身份证明曼谷外围包养，窗口当场受理", "曼谷外围包养"),     # after a word ending in 明
    ("伴游包夜", "伴游包夜"),                                               # no market named
    ("社保卡可在全省通用吉隆坡外圍包養。", "吉隆坡外圍包養"),               # Traditional script
    ("新政实施后杭州空降包月，市民反映良好", "杭州空降包月"),               # a Chinese city, another deal
    ("首尔伴游服务", "首尔伴游服务"),                                       # a market abroad
])
def test_euphemism_with_a_deal_is_a_strong_hit(lex, text, phrase):
    assert phrase in _hits(lex, text)


@pytest.mark.parametrize("text", [
    "该官员长期包养情妇，收受巨额贿赂",       # a word of anti-corruption reports
    "部队在城市外围包围了嫌疑人藏身处",       # perimeter, encircle
    "证明清迈至曼谷的铁路已经开通",           # cities abroad named in news
    "游客在东京参观了博物馆",
    "电商平台中网站设计不规范",                # still no city inside 平台中
])
def test_genuine_sentences_have_no_escort_hit(lex, text):
    assert _hits(lex, text) == []


@pytest.mark.parametrize("text, tail", [
    ("The fund grew by 4% last year. Lagos escort girls 24h Officials said", "24h"),
    ("Residents can book escort service incall outcall online", "outcall"),
    ("New clinics opened; call girls VIP near me, the report said", "near me"),
])
def test_english_escort_noun_takes_its_availability_tail(lex, text, tail):
    assert any(h.endswith(tail) for h in _hits(lex, text))


@pytest.mark.parametrize("text", [
    "Armed escorts 24 hours a day guarded the convoy.",
    "A police escort 24h a day protected the witness.",
])
def test_guard_escorts_with_hours_stay(lex, text):
    assert _hits(lex, text) == []
