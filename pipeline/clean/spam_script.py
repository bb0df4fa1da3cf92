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
    if simp < 20:
        return []  # not a Simplified article
    out = _traditional_sentences(text, tokens)
    if len(out) > 2:
        return []  # many Traditional sentences: a mixed text, script tells nothing
    trad = [i for i in trad if not any(x.start <= tokens[i][0] < x.end for x in out)]
    if len(trad) * 10 > simp:
        return []  # Traditional words all through: a mixed text
    for first, last in _groups(trad, tokens):
        if sum(_trad_chars(tokens[i][1]) for i in range(first, last + 1)) < 2:
            continue
        first, last = _absorb(tokens, first, last, places)
        start, end = tokens[first][0], tokens[last][0] + len(tokens[last][1])
        if start and end < len(text) and _QUOTED.get(text[start - 1]) == text[end]:
            continue  # a title or name the article quotes in its own script (《國語日報》)
        out.append(Insertion(start, end, "seo-tw", "spam.unknown.traditional-in-simplified", CONFIDENCE))
    return out


_QUOTED = {"《": "》", "「": "」", "“": "”", "『": "』", "〈": "〉"}
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def _traditional_sentences(text: str, tokens: list[tuple[int, str]]) -> list[Insertion]:
    """A whole sentence in Traditional script (two Traditional words or more, no Simplified one)
    inside a Simplified article: a spliced ad, taken with its full stop. A sentence that only
    names something in the other script (乾隆, 「國語日報」) keeps a Simplified word and stays."""
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        s += len(m.group(0)) - len(m.group(0).lstrip(" \t\u3000"))
        words = [w for p, w in tokens if s <= p < e]
        trad = [w for w in words if _is_traditional(w)]
        if len(trad) < 2 or sum(map(_trad_chars, trad)) < 3 or any(_is_simplified(w) for w in words):
            continue
        if sum(map(len, words)) < 8 or re.search(r"[「『“\"（(]", text[s:e]):
            continue  # too short to judge, or a quotation the article gives
        line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        if not any(_is_simplified(w) for p, w in tokens if line_start <= p < s or e <= p < line_end):
            continue  # a line of its own (a title, a heading): no Simplified prose around it
        out.append(Insertion(s, e, "seo-tw", "spam.unknown.traditional-sentence", CONFIDENCE + 0.1))
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


_CJK_PHRASE = re.compile(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff，、：0-9A-Za-z]|[,_|](?=[\u4e00-\u9fff]))*"
                         r"[\u4e00-\u9fff](?:[，。！]?)")
_OPEN_QUOTES = ("(", "（", "\"", "“", "'", "‘", "《", "「")
_CLOSE_QUOTES = (")", "）", "\"", "”", "’", "》", "」")
# Words that introduce a Chinese term an English article names (known as 对口援藏).
_INTRODUCERS = re.compile(
    r"(?i)(?:known as|called|dubbed|termed|named|the term|the phrase|the slogan|the motto|the word|"
    r"the characters?|in chinese|pinyin|literally|meaning|namely|i\.e\.|titled|entitled|reads?|"
    r"signs? saying|banners? reading|[A-Za-z]:)\s*$")
# Words that leave a gap without the phrase after them: there the phrase is the article's own.
_NEEDS_COMPLEMENT = frozenset(
    "of the a an as under for by in into to with from on at its their his her our your this that these "
    "those about called named and or than like via per between through".split())
_GLOSS_AFTER = re.compile(r"\s?[(（\[]|\s?,\s?(?:or|meaning|literally|i\.e\.)\b|\s?[—–-]{1,2}\s?(?:meaning|literally)\b")


def _bilingual(text: str) -> bool:
    """Whole paragraphs in Chinese: a bilingual text, where Chinese is the text's own."""
    lines = 0
    cjk_in_lines = 0
    for line in text.split("\n"):
        cjk = sum(1 for c in line if "\u4e00" <= c <= "\u9fff")
        latin = sum(1 for c in line if c.isascii() and c.isalpha())
        if cjk >= 8 and cjk >= latin / 3:
            lines += 1
            cjk_in_lines += cjk
    return lines >= 2 and cjk_in_lines * 10 >= len(text)


def cjk_in_english(text: str, taken: list[tuple[int, int]]) -> list[Insertion]:
    """Chinese phrases inside English sentences (teams台南通水管推薦, the elderly, 某某 the
    disabled): English prose names a Chinese term only in quotes or brackets, after an
    introducing word (known as 对口援藏), or with a gloss after it (户口 (hukou))."""
    if not any("\u4e00" <= c <= "\u9fff" for c in text) or _bilingual(text):
        return []  # no Chinese, or a bilingual text
    out = []
    for m in _CJK_PHRASE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        glued = _glued(text, m.start(), m.end())
        if glued is None:
            continue
        out.append(Insertion(m.start(), m.end(), "seo-tw" if _trad_chars(m.group(0)) else "unknown",
                             "spam.unknown.chinese-in-english", 0.7 if glued else 0.6))
    return out + _chinese_lines(text, taken + [(i.start, i.end) for i in out])


_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{1,6}\s*[：:]")
_PROSE_END = re.compile(r"[A-Za-z0-9)\"”'’%][.!?][\"”'’)]?\s*$")


def _chinese_lines(text: str, taken: list[tuple[int, int]]) -> list[Insertion]:
    """A line of Chinese prose between two English paragraphs: an English article quotes
    Chinese inline, with a translation, never as a paragraph of its own (a title line,
    a label line such as 来源：… and the first lines are left alone)."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    out = []
    for i in range(1, len(lines) - 1):
        s, e = lines[i]
        body = text[s:e].strip()
        cjk = sum(1 for c in body if "\u4e00" <= c <= "\u9fff")
        if cjk < 8 or cjk * 2 < len(body) or _LABEL.match(body) or body[:1] in _OPEN_QUOTES:
            continue
        prev = next((text[a:b] for a, b in reversed(lines[:i]) if text[a:b].strip()), "")
        nxt = next((text[a:b] for a, b in lines[i + 1 :] if text[a:b].strip()), "")
        if not (_PROSE_END.search(prev) and re.match(r"\s*[A-Z][a-z]+", nxt) and _english(nxt)):
            continue
        if any(a < e and s < b for a, b in taken):
            continue
        start = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        out.append(Insertion(start, start + len(body), "unknown", "spam.unknown.chinese-line-in-english",
                             0.6, True))
    return out


def _english(line: str) -> bool:
    return len(re.findall(r"[A-Za-z]{2,}", line)) >= 4


def _glued(text: str, start: int, end: int):
    """True: glued to English words; False: set apart by spaces inside an English sentence;
    None: a term the article names (quoted, glossed, introduced) or no English around it."""
    before = text[max(0, start - 2) : start].rstrip(" ")
    after = text[end : end + 1]
    if before[-1:] in _OPEN_QUOTES or after in _CLOSE_QUOTES:
        return None  # a term quoted or glossed
    left = text[start - 1] if start else " "
    if re.match(r"[A-Za-z0-9.,;:]", left) or re.match(r"[A-Za-z0-9]", after or " "):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    head, tail = text[line_start:start], text[end:line_end]
    if _INTRODUCERS.search(head[-40:]) or _GLOSS_AFTER.match(tail):
        return None
    last = re.findall(r"[A-Za-z']+|[^\sA-Za-z']", head[-30:])[-1:]
    if last and last[0].lower() in _NEEDS_COMPLEMENT:
        return None  # the phrase fills the sentence's noun slot (the policy of 组团式援藏 sends)
    if not (re.search(r"[A-Za-z]{2,}[^\n]*$", head) and re.match(r"\s*[A-Za-z]{2,}", tail)):
        return None  # not inside an English sentence (a heading, a line of its own)
    english = sum(1 for c in text[line_start:line_end] if c.isascii() and c.isalpha())
    return False if english >= 3 * (end - start) else None
