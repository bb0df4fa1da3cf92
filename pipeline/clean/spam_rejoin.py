"""Turn detected insertions into edits that remove only the insertion and rejoin its neighbours.

A sentence is never dropped because it carries an insertion: the insertion and
the spaces that held it go, and the words around it are rejoined with exactly
one space in English, none in Chinese, none before punctuation and none inside
a number or a word the insertion split (``2019年3月1…5日`` -> ``15日``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable

from ..changes import Edit

SPACES = " \t\u00a0\u3000"
# Characters that join items of an injected keyword string; two insertions
# separated only by these are one insertion (台湾包养网站推荐：甜心包养网).
JOINERS = SPACES + "_|｜,，-–—·/、+：:"
_CLOSING = set(",.;:!?)]}>\"'”’」』》）】，。；：！？、…%")
_OPENING = set("([{<\"'“‘「『《（【")
_CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_WORD = re.compile(r"[A-Za-z]+")
_COMMAS = frozenset("，、")
_SEPARATOR = re.compile(r"(?:[_|｜]|[-–—](?= ))[ \t]*")
_SEPARATOR_BEFORE = re.compile(r"[ \t]*(?:[_|｜]|(?<= )[-–—])[ \t]*$")
_STOPS = frozenset("。；！？")


@dataclass(frozen=True)
class Insertion:
    """Injected text at ``[start, end)`` of the current text."""

    start: int
    end: int
    family: str
    rule: str
    confidence: float
    whole_line: bool = False


def merge_insertions(text: str, found: Iterable[Insertion]) -> list[Insertion]:
    """Merge overlapping insertions and those separated only by joiner characters."""
    merged: list[Insertion] = []
    for ins in sorted(found, key=lambda i: (i.start, -i.end)):
        if merged and _joined(text, merged[-1], ins):
            merged[-1] = _union(merged[-1], ins)
        else:
            merged.append(ins)
    return merged


def _joined(text: str, a: Insertion, b: Insertion) -> bool:
    if b.start <= a.end:
        return True
    gap = text[a.end : b.start]
    return len(gap) <= 3 and all(c in JOINERS for c in gap)


def _union(a: Insertion, b: Insertion) -> Insertion:
    rules = a.rule.split("+") + [r for r in b.rule.split("+") if r not in a.rule.split("+")]
    lead = a if a.confidence >= b.confidence else b
    return Insertion(
        min(a.start, b.start), max(a.end, b.end), lead.family, "+".join(rules),
        max(a.confidence, b.confidence), a.whole_line or b.whole_line,
    )


def removal_edits(text: str, insertions: list[Insertion], vocabulary: set[str]) -> list[Edit]:
    """Edits removing each insertion; insertions whose edits would touch are merged first."""
    pending = merge_insertions(text, insertions)
    while True:
        spans = [(_edit_range(text, ins, vocabulary), ins) for ins in pending]
        clash = next((i for i in range(len(spans) - 1) if spans[i][0][1] > spans[i + 1][0][0]
                      or spans[i][0][0] == spans[i + 1][0][0]), None)
        if clash is None:
            break
        pending[clash : clash + 2] = [_union(pending[clash], pending[clash + 1])]
    return [Edit(a, b, after, "spam", ins.rule, ins.confidence) for (a, b, after), ins in spans]


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _edit_range(text: str, ins: Insertion, vocabulary: set[str]) -> tuple[int, int, str]:
    a, b = ins.start, ins.end
    line_start, line_end = _line_bounds(text, a, b)
    left = a
    while left > line_start and text[left - 1] in SPACES:
        left -= 1
    right = b
    while right < line_end and text[right] in SPACES:
        right += 1
    at_start, at_end = left == line_start, right == line_end
    if ins.whole_line or (at_start and at_end):
        # Nothing of the line is genuine: the line and its line break go.
        return line_start, min(line_end + 1, len(text)), ""
    if at_start:
        m = _SEPARATOR.match(text, right)  # Keywords_|Title: the separator goes too
        return a, (m.end() if m and m.end() < line_end else right), ""  # keep the line's indentation
    if at_end:
        m = _SEPARATOR_BEFORE.search(text, line_start, left)  # Title | keywords
        return (m.start() if m and m.start() > line_start else left), b, ""
    if text[left - 1] in _COMMAS and text[right] in _COMMAS | _STOPS:
        # 市场，[…]，还 -> 市场，还; 市场，[…]。 or 市场，[…]，。 -> 市场。
        end = right + 1 if text[right] in _COMMAS else right
        if end < len(text) and text[end] in _STOPS:
            return left - 1, end, ""
        return left, end, ""
    return left, right, _joiner(text, left, right, a, b, vocabulary)


def _joiner(text: str, left: int, right: int, a: int, b: int, vocabulary: set[str]) -> str:
    lc, rc = text[left - 1], text[right]
    if rc in _CLOSING or lc in _OPENING:
        return ""
    if _CJK.match(lc) or _CJK.match(rc):
        return ""
    glued = left == a and right == b
    if glued and rc.isdigit() and (lc.isdigit() or (lc in ".," and left >= 2 and text[left - 2].isdigit())):
        return ""  # an insertion inside a number (3.…86)
    if glued and lc.isalpha() and rc.islower():
        head, tail = _last_word(text, left), _first_word(text, right)
        if (head + tail).lower() in vocabulary or _word_piece(head, tail, vocabulary) or _one_word(head, tail):
            return ""  # an insertion inside a word
    return " "


_SUFFIXES = ("tion", "tions", "sion", "ation", "ment", "ments", "ness", "ity", "ities", "ing", "ance", "ence",
             "ous", "ive", "ture", "ship", "able", "ible", "ally", "ised", "ized", "ises", "izes")
_SHORT_WORDS = frozenset("a an in on of to at by or as is it we be do no so up us if he my me".split())
_PREFIXES = ("re", "un", "im", "dis", "pre", "con", "com", "pro", "sub", "inter", "trans", "infra", "kilo")


def _word_piece(head: str, tail: str, vocabulary: set[str]) -> bool:
    """One side is no word of its own: a bare suffix (…|ation), prefix (infra|…) or a stub of
    one or two letters, while the other is not a word the article uses."""
    h, t = head.lower(), tail.lower()
    if not h or not t or (h in vocabulary and t in vocabulary):
        return False
    stub = lambda w: len(w) <= 2 and w not in _SHORT_WORDS  # noqa: E731
    return stub(h) or stub(t) or t in _SUFFIXES or h in _PREFIXES


def _one_word(head: str, tail: str) -> bool:
    """The halves make an English word more common than the rarer half (defer|ral, res|pite)."""
    from .spam_coined import zipf

    whole = zipf(head + tail)
    return whole >= 2.0 and whole > min(zipf(head), zipf(tail))


def _last_word(text: str, pos: int) -> str:
    m = re.search(r"[A-Za-z]+$", text[max(0, pos - 40) : pos])
    return m.group(0) if m else ""


def _first_word(text: str, pos: int) -> str:
    m = _WORD.match(text, pos)
    return m.group(0) if m else ""


def shifted(ins: Insertion, **changes) -> Insertion:
    return replace(ins, **changes)
