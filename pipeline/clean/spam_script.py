"""Traditional-script keywords inside a Simplified article: injected text of families no lexicon lists.

Taiwanese SEO keywords (網頁設計, 水電行) keep their script when they are
spliced into a mainland article, so a short Traditional run in an otherwise
Simplified text is evidence of injection on its own. Words are judged by
OpenCC at word level (jieba), so names that keep an old form in Simplified
text (乾隆) are not taken for Traditional.
"""

from __future__ import annotations

import functools
import re
from .spam_rejoin import Insertion
from .spam_shapes import _jieba

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
CONFIDENCE = 0.6


@functools.lru_cache(maxsize=1)
def _converters():
    import opencc

    return opencc.OpenCC("t2s").convert, opencc.OpenCC("s2t").convert


def is_traditional(word: str) -> bool:
    return _converters()[0](word) != word


_is_traditional = is_traditional


def _is_simplified(word: str) -> bool:
    return _converters()[1](word) != word


def traditional_runs(text: str, places: frozenset = frozenset()) -> list[Insertion]:
    """Runs of Traditional words in a text written in Simplified script (``places``: city
    names an SEO keyword may carry in front)."""
    if _converters()[0](text) == text:
        return []  # no Traditional character anywhere
    tokens = [(m.start() + off, w) for m in _CJK_RUN.finditer(text) for off, w in _offsets(m.group(0))]
    simp = sum(1 for _p, w in tokens if _is_simplified(w))
    trad = [i for i, (_p, w) in enumerate(tokens) if _is_traditional(w)]
    if simp < 20 or len(trad) * 10 > simp:
        return []  # not a Simplified article, or a mixed one: script tells nothing
    out = []
    for first, last in _groups(trad, tokens):
        if sum(_trad_chars(tokens[i][1]) for i in range(first, last + 1)) < 2:
            continue
        first, last = _absorb(tokens, first, last, places)
        start, end = tokens[first][0], tokens[last][0] + len(tokens[last][1])
        out.append(Insertion(start, end, "seo-tw", "spam.unknown.traditional-in-simplified", CONFIDENCE))
    return out


def _offsets(run: str):
    pos = 0
    for word in _jieba().cut(run):
        yield pos, word
        pos += len(word)


def _trad_chars(word: str) -> int:
    conv = _converters()[0](word)
    return sum(a != b for a, b in zip(word, conv))


def _groups(trad: list[int], tokens: list[tuple[int, str]]):
    """Consecutive Traditional tokens (allowing one neutral token between) that touch in the text."""
    group: list[int] = []
    for i in trad:
        if group and i - group[-1] <= 2 and _touching(tokens, group[-1], i):
            group.append(i)
            continue
        if group:
            yield group[0], group[-1]
        group = [i]
    if group:
        yield group[0], group[-1]


def _touching(tokens: list[tuple[int, str]], i: int, j: int) -> bool:
    return tokens[j][0] == tokens[i][0] + sum(len(tokens[k][1]) for k in range(i, j))


def _absorb(tokens: list[tuple[int, str]], first: int, last: int, places: frozenset) -> tuple[int, int]:
    """Take in a Taiwanese city name in front (台北 before 水電行): SEO keywords name their market."""
    if first > 0 and tokens[first - 1][1] in places and _touching(tokens, first - 1, first):
        first -= 1
    return first, last


_CJK_PHRASE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff，、：0-9A-Za-z]*[\u4e00-\u9fff](?:[，。！]?)")


def cjk_in_english(text: str, taken: list[tuple[int, int]]) -> list[Insertion]:
    """Chinese phrases glued into an English article (teams台南通水管推薦): English prose sets a
    Chinese term apart with spaces, brackets or quotes (hukou (户口)), and only now and then."""
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    if not cjk or cjk * 20 > len(text):
        return []  # no Chinese, or a bilingual text
    out = []
    for m in _CJK_PHRASE.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()].rstrip(" ")
        after = text[m.end() : m.end() + 1]
        if before[-1:] in ("(", "（", "\"", "“", "'", "‘", "《", "「") or after in (")", "）", "\"", "”", "’", "》", "」"):
            continue  # a term quoted or glossed
        left = text[m.start() - 1] if m.start() else " "
        if not (re.match(r"[A-Za-z0-9.,;:]", left) or re.match(r"[A-Za-z0-9]", after or " ")):
            continue  # set apart by spaces: a term the article names (known as 对口援藏)
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        out.append(Insertion(m.start(), m.end(), "seo-tw" if _trad_chars(m.group(0)) else "unknown",
                             "spam.unknown.chinese-in-english", 0.7))
    return out
