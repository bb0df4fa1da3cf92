"""Cleaning step: repair of Chinese text (kind ``normalize`` or ``junk``).

* pinyin glosses after characters on mirror sites (``發(fā)展`` -> ``發展``)
  and pinyin interleaved after every character (``发fā展zhǎn``);
* private-use icon-font glyphs and enclosed CJK marks (``㊣``) inside a word;
  emoji, box drawing and the other symbols are the junk step's
  (``junk.symbol.inside-word``) and are not handled twice;
* full-width ASCII letters and digits to half-width (``２０２１`` -> ``2021``);
  Chinese punctuation stays full-width;
* line breaks that split Chinese text in a hard-wrapped document;
* Traditional -> Simplified script with OpenCC ``t2s`` when
  ``settings.to_simplified`` is on (the Traditional text stays in ``source_text``);
* synonym-spun Chinese (:mod:`.zh_spin`, last, in Chinese documents only).

Every rule works on CJK runs only, so it also applies to Chinese quoted in
an English document.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata

from ..changes import Edit
from . import zh_spin
from .context import DocContext
from .mt_repair import CJK, run_passes

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_VOWELS = f"aeiouüv{_TONED}"
# One pinyin syllable: optional initial, vowels, optional nasal/er coda, optional tone digit.
_SYLLABLE = rf"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[{_VOWELS}]{{1,3}}(?:ng|n|r)?(?![{_VOWELS}])[1-5]?"
_TONE = re.compile(f"[{_TONED}]|[a-zü][1-5]", re.I)
_GLOSS = re.compile(rf"(?<=[{CJK}])(?:[(（]\s*(?:{_SYLLABLE}[\s'’]?)+?\s*[)）])+", re.I)
_INTERLEAVED = re.compile(rf"(?<=[{CJK}])[ ]?((?:{_SYLLABLE}){{1,4}})(?:[ ]?(?=[{CJK}])|(?=[，。、；：！？）》”\s]|$))", re.I)
_FOREIGN_SYMBOL = re.compile(f"(?<=[{CJK}])[\u3200-\u32ff\ue000-\uf8ff\ufffc]+(?=[{CJK}])")
_FULLWIDTH_ALNUM = re.compile(r"[０-９Ａ-Ｚａ-ｚ]+(?:[．][０-９]+)?")
_CJK_OR_MID = re.compile(f"[{CJK}，、：；“”（）《》]")
_ASCII_ALNUM = re.compile(r"[0-9A-Za-z%.]")
MIN_INTERLEAVED = 2
MIN_WRAPPED_LINES = 3
WRAP_SLACK_COLUMNS = 4


def find_edits(text: str, ctx: DocContext) -> list[Edit]:
    passes = [fullwidth_alnum, pinyin_glosses, interleaved_pinyin, foreign_symbols, wrapped_lines]
    if ctx.settings.to_simplified:
        passes.append(traditional_to_simplified)
    # Synonym spin last: it reads the text with glosses and symbols gone.
    passes.append(zh_spin.find_edits)
    return run_passes(text, ctx, passes)


def foreign_symbols(text: str, ctx: DocContext) -> list[Edit]:
    """Icon-font glyphs (private use area) and enclosed CJK marks inside a Chinese word."""
    return [Edit(m.start(), m.end(), "", "junk", "zh.symbol.inside-word") for m in _FOREIGN_SYMBOL.finditer(text)]


def pinyin_glosses(text: str, ctx: DocContext) -> list[Edit]:
    """``發(fā)展`` -> ``發展``: a parenthesised pinyin reading with tone marks
    (or tone digits) right after a character."""
    return [
        Edit(m.start(), m.end(), "", "normalize", "zh.pinyin.gloss")
        for m in _GLOSS.finditer(text)
        if _TONE.search(m.group())
    ]


def interleaved_pinyin(text: str, ctx: DocContext) -> list[Edit]:
    """``发fā展zhǎn`` -> ``发展``: a toned syllable after each character.
    Needs at least MIN_INTERLEAVED such syllables in the text, so one stray
    romanised word is not taken for a reading."""
    hits = [m for m in _INTERLEAVED.finditer(text) if _TONE.search(m.group(1))]
    if len(hits) < MIN_INTERLEAVED:
        return []
    return [Edit(m.start(), m.end(), "", "normalize", "zh.pinyin.interleaved") for m in hits]


def fullwidth_alnum(text: str, ctx: DocContext) -> list[Edit]:
    """``２０２１年`` -> ``2021年``, ``ＧＤＰ`` -> ``GDP``, ``３．５`` -> ``3.5``."""
    return [
        Edit(m.start(), m.end(), _halfwidth(m.group()), "normalize", "zh.width.fullwidth-alnum")
        for m in _FULLWIDTH_ALNUM.finditer(text)
    ]


def _halfwidth(s: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) for c in s)


def wrapped_lines(text: str, ctx: DocContext) -> list[Edit]:
    """Join lines of a hard-wrapped Chinese document where the break falls
    inside a sentence: the line is as long as the wrap width (the longest line),
    ends with a character or a mid-sentence mark, and the next line goes on
    with a character. A document counts as hard-wrapped when at least
    MIN_WRAPPED_LINES lines reach the wrap width."""
    lines = text.split("\n")
    widths = [_columns(ln.rstrip()) for ln in lines]
    width = max(widths, default=0)
    # Line-breaking rules (no 。 at a line start) can end a line up to two characters short.
    full = [w >= max(24, width - WRAP_SLACK_COLUMNS) for w in widths]
    if width < 24 or sum(full) < MIN_WRAPPED_LINES:
        return []
    edits, pos = [], 0
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        nxt = lines[i + 1]
        body = line.rstrip()
        if full[i] and body and _wrap_joins(body[-1], nxt.lstrip()[:1]):
            start = pos + len(body)
            stop = end + 1 + (len(nxt) - len(nxt.lstrip()))
            edits.append(Edit(start, stop, "", "normalize", "zh.space.line-wrap"))
        pos = end + 1
    return edits


def _wrap_joins(end: str, start: str) -> bool:
    """Whether a line break between ``end`` and ``start`` falls inside a
    Chinese sentence: Chinese on at least one side (a sentence-final mark on
    the left ends the sentence), or a number split in two."""
    if not start or end in "。！？…":
        return False
    if end.isdigit() and start.isdigit():
        return True
    if _CJK_OR_MID.match(end):
        return bool(_CJK_OR_MID.match(start) or _ASCII_ALNUM.match(start))
    return bool(_ASCII_ALNUM.match(end) and _CJK_OR_MID.match(start))


def _columns(line: str) -> int:
    """Display width: wide (CJK, full-width) characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def traditional_to_simplified(text: str, ctx: DocContext) -> list[Edit]:
    """OpenCC t2s, one edit per run of changed characters."""
    converted = _t2s().convert(text)
    if converted == text:
        return []
    if len(converted) == len(text):
        return [_t2s_edit(a, b, converted[a:b]) for a, b in _changed_runs(text, converted)]
    edits, pos = [], 0
    for line in text.splitlines(keepends=True):  # rare: a phrase changed length
        new = _t2s().convert(line)
        if new != line:
            matcher = difflib.SequenceMatcher(None, line, new, autojunk=False)
            for op, a1, a2, b1, b2 in matcher.get_opcodes():
                if op != "equal":
                    edits.append(_t2s_edit(pos + a1, pos + a2, new[b1:b2]))
        pos += len(line)
    return edits


def _changed_runs(a: str, b: str) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            if runs and runs[-1][1] == i:
                runs[-1] = (runs[-1][0], i + 1)
            else:
                runs.append((i, i + 1))
    return runs


def _t2s_edit(start: int, end: int, after: str) -> Edit:
    return Edit(start, end, after, "normalize", "zh.script.t2s")
