"""Symbols glued between a word and the comma that goes on with the sentence (junk.symbol.before-clause-mark)."""

import pytest

from pipeline.clean.context import DocContext
from pipeline.clean.junk import find_edits
from pipeline.settings import CleanSettings


def _removed(text, lang="zh"):
    ctx = DocContext(lang=lang, settings=CleanSettings())
    return [text[e.start : e.end] for e in find_edits(text, ctx) if e.rule.startswith("junk.symbol")]


@pytest.mark.parametrize("text, symbol", [
    ("全市污水集中处理率达到96.2%❤，比上年提高两个百分点。", "❤"),
    ("县里完成水利投资3.2亿元◆；新建泵站十二座。", "◆"),
    ("縣府持續推動長照服務☀，擴大居家照顧量能。", "☀"),
    ("The committee approved the drainage plan🔥, and work starts in May.", "🔥"),
])
def test_symbol_before_a_clause_comma_goes(text, symbol):
    assert _removed(text) == [symbol]


@pytest.mark.parametrize("text", [
    "■ 第一部分 总体要求\n各地要加强组织领导，压实工作责任。",   # a bullet at a line start
    "咨询电话☎：0571-12345678，工作日受理。",                   # a label before a colon
    "Rated ★★★★ by residents, the new clinic opened in June.",  # set apart by spaces
    "该政策评级为“★★★”，位列全省前列。",                       # quoted
])
def test_symbols_set_apart_stay(text):
    assert _removed(text) == []
