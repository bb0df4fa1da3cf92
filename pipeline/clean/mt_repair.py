"""Cleaning step: repair of machine-translation artifacts in English text.

Chinese punctuation left in the translation, punctuation glued to the next
word, ``high -quality`` hyphen splits, spacing around punctuation and
stuttered phrases or list items. The rules and their ids live in
``pipeline/data/mt/``; this module applies them.

The repairs run as a chain of passes (see :func:`run_passes`): each pass sees
the text as the previous one left it, and the chain is returned as one set of
non-overlapping edits whose ``rule`` names every pass involved.
URLs, e-mail addresses, file and host names, numbers and dotted
abbreviations are protected spans no pass touches.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from typing import Callable

from ..changes import ChangeLog, Edit
from ..settings import DATA_DIR
from .context import DocContext

MT_DATA = DATA_DIR / "mt"
Pass = Callable[[str, DocContext], list[Edit]]

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{CJK}]")
_HSPACE = " \t\u3000"
_CLOSERS = set(",.;:!?)]}…")


@functools.lru_cache(maxsize=None)
def load_rules(name: str) -> dict:
    return json.loads((MT_DATA / f"{name}.json").read_text(encoding="utf-8"))


MAX_ROUNDS = 3


def run_passes(text: str, ctx: DocContext, passes: list[Pass]) -> list[Edit]:
    """Run passes in order, each over the text the previous left, and the chain
    again while it still changes something (collapsing one stutter can reveal
    another); return the result as edits against ``text`` (merged edits join
    rule ids)."""
    log = ChangeLog(text)
    for _ in range(MAX_ROUNDS):
        before = log.text
        for step in passes:
            log.apply(step(log.text, ctx))
        if log.text == before:
            break
    return [Edit(c.start, c.end, c.after, c.kind, c.rule, c.confidence) for c in log.changes()]


def find_edits(text: str, ctx: DocContext) -> list[Edit]:
    if ctx.lang != "en":
        return []
    edits = run_passes(
        text,
        ctx,
        [
            chinese_punctuation,
            doubled_spaces,
            hyphen_splits,
            space_before_punctuation,
            glued_punctuation,
            quote_spacing,
            stutter,
            doubled_words,
            doubled_content_words,
        ],
    )
    flag_unbalanced_quotes(text, ctx)
    return edits


# --- protected spans -------------------------------------------------------


_URL_TAIL = r"(?:[^\s<>\"'，。、；）)\],]|,(?![\sA-Z]))*[^\s<>\"'，。、；）)\],.;:!?]"


@functools.lru_cache(maxsize=1)
def _protected_pattern() -> re.Pattern:
    data = load_rules("protected")
    abbrevs = sorted(data["abbreviations"], key=len, reverse=True)
    names = "|".join(sorted(set(data["file_extensions"]) | set(data["tlds"]), key=len, reverse=True))
    parts = [
        rf"(?:https?|ftp)://{_URL_TAIL}",
        rf"\bwww\.{_URL_TAIL}",
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
        rf"\b[\w-]+(?:\.[\w-]+)*\.(?:{names})\b",
        r"\d+(?:[.,:/]\d+)+",
        r"(?<![\w.])(?:[A-Za-z]\.){2,}",
        r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in abbrevs) + ")",
        r"&#?\w+;",
    ]
    return re.compile("|".join(parts))


class Protected:
    """Sorted protected ranges of one text; ``touches`` asks about a range."""

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in _protected_pattern().finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def touches(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a protected span, or is an empty
        range strictly inside one."""
        i = bisect.bisect_right(self.starts, max(start, end - 1)) - 1
        if i < 0:
            return False
        if end > start:
            return self.ends[i] > start
        return self.starts[i] < start < self.ends[i]


# --- Chinese punctuation ----------------------------------------------------


@functools.lru_cache(maxsize=1)
def _marks() -> tuple[dict, re.Pattern, re.Pattern]:
    data = load_rules("punctuation")
    marks = {m["mark"]: m for m in data["marks"]}
    alternation = "|".join(re.escape(k) for k in sorted(marks, key=len, reverse=True))
    unambiguous = "".join(m["mark"] for m in data["marks"] if not m.get("ambiguous") and len(m["mark"]) == 1)
    return marks, re.compile(f"[{_HSPACE}]*({alternation})[{_HSPACE}]*"), re.compile(f"[{re.escape(unambiguous)}]")


_PAIRS = {"（": "）", "【": "】", "〔": "〕", "《": "》", "〈": "〉", "“": "”", "‘": "’"}


def chinese_punctuation(text: str, ctx: DocContext) -> list[Edit]:
    marks, pattern, unambiguous = _marks()
    zh_doc = len(unambiguous.findall(text)) >= load_rules("punctuation")["min_zh_marks"]
    protected = Protected(text)
    found = []
    for m in pattern.finditer(text):
        spec = marks[m.group(1)]
        if spec.get("ambiguous") and not zh_doc or protected.touches(*m.span(1)):
            continue
        found.append((m, spec, _cjk_neighbour(text, *m.span(1))))
    skip = _pair_skips([(m.group(1), m.start(1), in_cjk) for m, _, in_cjk in found], text)
    edits = []
    for (m, spec, _), skipped in zip(found, skip):
        if not skipped:
            start, end, after = _respace(text, m, spec)
            edits.append(Edit(start, end, after, "mt", spec["rule"]))
    return edits


def _cjk_neighbour(text: str, a: int, b: int, reach: int = 4) -> bool:
    """Whether the nearest letter or digit on either side, looking past
    spaces and punctuation, is a CJK character."""
    left = next((c for c in reversed(text[max(0, a - reach) : a]) if c.isalnum()), "")
    right = next((c for c in text[b : b + reach] if c.isalnum()), "")
    return bool(_CJK_CHAR.match(left) or _CJK_CHAR.match(right))


def _pair_skips(marks: list[tuple[str, int, bool]], text: str) -> list[bool]:
    """A bracket or quote pair is converted as a whole: when one end sits in
    Chinese text, the other end is left alone too."""
    skip = [in_cjk for _, _, in_cjk in marks]
    open_at: dict[str, list[int]] = {}
    for i, (mark, pos, _) in enumerate(marks):
        if mark in _PAIRS:
            open_at.setdefault(_PAIRS[mark], []).append(i)
        elif open_at.get(mark):
            j = open_at[mark].pop()
            if "\n" not in text[marks[j][1] : pos]:
                skip[i] = skip[j] = skip[i] or skip[j]
    return skip


def _respace(text: str, m: re.Match, spec: dict) -> tuple[int, int, str]:
    """The replaced range and its text: the mark plus the spacing its style asks for."""
    a, b = m.span(1)
    prev = text[: m.start()][-1:]
    nxt = text[m.end() : m.end() + 1]
    to, style = spec["to"], spec["style"]
    if spec.get("drop_next_to_quote") and _quote_adjacent(text, a, b, style):
        to = ""
    if style == "char":
        lead = " " if to in "\"'" and spec["mark"] in "“‘" and prev.isalnum() and m.start() == a else ""
        trail = " " if to in "\"'" and spec["mark"] in "”" and nxt.isalnum() and m.end() == b else ""
        return a, b, lead + to + trail
    at_line_start = m.start() == 0 or prev == "\n"
    start = a if at_line_start else m.start()
    if style == "opening":
        lead = " " if prev and (prev.isalnum() or prev in _CLOSERS or prev in "\"'") and not at_line_start else ""
        return start, m.end(), lead + to
    digits = prev.isdigit() and nxt.isdigit() and m.start() == a and m.end() == b
    if digits and spec["mark"] in "，。．" and (spec["mark"] != "，" or re.match(r"\d{3}(?!\d)", text[b:])):
        return a, b, to  # 1，000 / 3。5 inside a number
    return start, m.end(), to + (" " if _wants_space(text, m.end()) else "")


def _quote_adjacent(text: str, a: int, b: int, style: str) -> bool:
    quotes = "\"'“”‘’「」"
    inner = text[b : b + 1] if style == "opening" else text[a - 1 : a]
    outer = text[a - 1 : a] if style == "opening" else text[b : b + 1]
    return bool(inner and inner in quotes) or bool(outer and outer in quotes)


def _wants_space(text: str, pos: int) -> bool:
    """Whether a closing mark replaced just before ``pos`` needs a space after it."""
    nxt = text[pos : pos + 1]
    if not nxt or nxt in "\r\n" or nxt in _CLOSERS or nxt in "，。、：；！？）】》〕”’":
        return False
    if nxt == '"':
        return text[pos + 1 : pos + 2].isalnum()
    return True


# --- spacing around ASCII punctuation -------------------------------------

_GLUED = re.compile(
    r"(?<=[A-Za-z0-9)\]\"'%]),(?=[A-Za-z]|[\"“][A-Za-z])"
    r"|(?<=[A-Za-z]),(?=\d)"
    r"|(?<=[a-z)\]\"'%])\.(?=[A-Z](?:[a-z]|\s))"
    r"|(?<=[A-Za-z)\]\"'%0-9]);(?=[A-Za-z])"
    r"|(?<=[A-Za-z)\]]):(?=[A-Za-z])"
    r"|(?<=[a-z)\]])[?!](?=[A-Z])"
)


def glued_punctuation(text: str, ctx: DocContext) -> list[Edit]:
    """``governance,Typical`` -> ``governance, Typical`` (never inside a protected span)."""
    protected = Protected(text)
    edits = []
    for m in _GLUED.finditer(text):
        # A full stop may end a protected abbreviation ("e.g.The"); other marks may not sit in one.
        if protected.touches(m.end(), m.end()) or (m.group() != "." and protected.touches(m.start(), m.end())):
            continue
        edits.append(Edit(m.end(), m.end(), " ", "mt", "mt.space.after-punctuation"))
    return edits


_SPACE_BEFORE = re.compile(r"(?<=[^\s(\[])[ \t]+(?=[,;](?!\d)|[:!?)\]](?!\w)|\.(?![.\w]))|(?<=[(\[])[ \t]+(?=\S)")


def space_before_punctuation(text: str, ctx: DocContext) -> list[Edit]:
    """``word ,`` -> ``word,``; ``( word`` -> ``(word``."""
    protected = Protected(text)
    return [
        Edit(m.start(), m.end(), "", "mt", "mt.space.before-punctuation")
        for m in _SPACE_BEFORE.finditer(text)
        if not protected.touches(m.start(), m.end())
    ]


_DOUBLED = re.compile(r"(?<=\S)(?: {2,}|[ ]*\u3000[ \u3000]*)(?=\S)")


def doubled_spaces(text: str, ctx: DocContext) -> list[Edit]:
    """Runs of spaces (or an ideographic space) between two words -> one space.
    Indentation at a line start is left alone."""
    return [Edit(m.start(), m.end(), " ", "mt", "mt.space.doubled") for m in _DOUBLED.finditer(text)]


_HYPHEN_SPLIT = re.compile(r"(?<=[A-Za-z]) -(?=[A-Za-z])|(?<=\d) -(?=\d)")
# ``high- quality``; a suspended hyphen (``high- and low-income``) stays.
_HYPHEN_SPLIT_AFTER = re.compile(r"(?<=[A-Za-z]{2})- (?!(?:and|or|nor|to|as)\b)(?=[a-z])")


def hyphen_splits(text: str, ctx: DocContext) -> list[Edit]:
    """``high -quality`` -> ``high-quality``; ``1979 -1996`` -> ``1979-1996``;
    ``high- quality`` -> ``high-quality``. A spaced dash (``a - b``), a minus
    before a number (``by -5``) and a suspended hyphen (``high- and low-``) stay."""
    protected = Protected(text)
    edits = [
        Edit(m.start(), m.start() + 1, "", "mt", "mt.hyphen.split")
        for m in _HYPHEN_SPLIT.finditer(text)
        if not protected.touches(m.start(), m.end())
    ]
    edits += [
        Edit(m.start() + 1, m.end(), "", "mt", "mt.hyphen.split")
        for m in _HYPHEN_SPLIT_AFTER.finditer(text)
        if not protected.touches(m.start(), m.end())
    ]
    return sorted(edits, key=lambda e: e.start)


_QUOTE_SPACING = [
    (re.compile(r"(?<=[A-Za-z0-9,;:])“(?=[A-Za-z])"), " “"),  # the“rural -> the “rural
    (re.compile(r"(?<=[A-Za-z.,!?])”(?=[A-Za-z])"), "” "),  # ”strategy -> ” strategy
    (re.compile(r"“[ ]+(?=[A-Za-z])"), "“"),  # “ rural -> “rural
    (re.compile(r"(?<=[A-Za-z.,!?])[ ]+”"), "”"),  # rural ” -> rural”
]


def quote_spacing(text: str, ctx: DocContext) -> list[Edit]:
    """Curly quotes left by the translation with the spacing of Chinese text:
    a space goes before an opening and after a closing quote, none inside.
    Only in paragraphs whose curly quotes pair up."""
    edits: list[Edit] = []
    pos = 0
    for para in re.split(r"(\n)", text):
        if para.count("“") == para.count("”") and "“" in para:
            for pattern, after in _QUOTE_SPACING:
                edits += [Edit(pos + m.start(), pos + m.end(), after, "mt", "mt.space.quotes") for m in pattern.finditer(para)]
        pos += len(para)
    return sorted(edits, key=lambda e: e.start)


# --- stutter ----------------------------------------------------------------

_WORD = r"[A-Za-z][A-Za-z'’-]*"


@functools.lru_cache(maxsize=1)
def _stutter_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_rules("stutter")
    n = data["max_phrase_words"]
    phrase = rf"(?P<p>(?:{_WORD}[ ]+){{1,{n - 1}}}?{_WORD})"
    adjacent = re.compile(rf"(?<![\w'’-]){phrase}(?P<rep>(?:[ ]+(?P=p))+)(?![\w'’-])", re.I)
    item = rf"(?P<p>(?:{_WORD}[ ]+){{0,{n - 1}}}?{_WORD})"
    listed = re.compile(rf"(?<![\w'’-]){item}(?P<rep>(?:,[ ]*(?P=p))+)(?![\w'’-])(?P<tail>[ ]*(?:[,;:.]|$))?", re.I | re.M)
    links = "|".join(map(re.escape, data["linking_words"]))
    linked = re.compile(rf"(?<![\w'’-]){phrase}(?P<rep>[ ]+(?:{links})[ ]+(?P=p))(?![\w'’-])", re.I)
    return adjacent, listed, linked


def stutter(text: str, ctx: DocContext) -> list[Edit]:
    """``the era of the era of`` -> ``the era of``; ``X, X,`` -> ``X,``; ``the
    East-West cooperation of the East-West cooperation`` -> ``the East-West cooperation``."""
    adjacent, listed, linked = _stutter_patterns()
    edits: list[Edit] = []
    patterns = (("mt.stutter.phrase", adjacent), ("mt.stutter.list-item", listed), ("mt.stutter.linked", linked))
    for rule, pattern in patterns:
        for m in pattern.finditer(text):
            words = m.group("p").split()
            if len(words) == 1 and (m.group("tail") is None or _may_repeat(words[0])):
                continue
            if rule == "mt.stutter.linked" and _content_count(words) < load_rules("stutter")["min_linked_content_words"]:
                continue
            if not _collapsible(words) or any(e.start < m.end() and m.start() < e.end for e in edits):
                continue
            edits.append(Edit(m.start("rep"), m.end("rep"), "", "mt", rule))
    return edits


def _collapsible(words: list[str]) -> bool:
    data = load_rules("stutter")
    function = set(data["function_words"])
    content = [w for w in words if w.lower() not in function]
    if not any(len(w) >= data["min_content_letters"] for w in content):
        return False
    return not all(w[0].isupper() for w in content)  # every content word capitalised: a name


def doubled_words(text: str, ctx: DocContext) -> list[Edit]:
    """``strengthen the the leadership`` -> ``strengthen the leadership``
    (only the function words listed in ``stutter.json``)."""
    words = "|".join(map(re.escape, load_rules("stutter")["doubled_function_words"]))
    pattern = re.compile(rf"(?<![\w'’-])({words})(?P<rep>[ ]+\1)(?![\w'’-])", re.I)
    return [Edit(m.start("rep"), m.end("rep"), "", "mt", "mt.stutter.word") for m in pattern.finditer(text)]


def doubled_content_words(text: str, ctx: DocContext) -> list[Edit]:
    """``the internship internship positions`` -> ``the internship positions``: a long
    lower-case word said twice in a row (a capitalised pair may be a name: Walla Walla)."""
    data = load_rules("stutter")
    pattern = re.compile(rf"(?<![\w'’-])([a-z]{{{data['min_doubled_word_letters']},}})(?P<rep>[ ]+\1)(?![\w'’-])")
    return [Edit(m.start("rep"), m.end("rep"), "", "mt", "mt.stutter.doubled-word")
            for m in pattern.finditer(text) if not _may_repeat(m.group(1))]


def _content_count(words: list[str]) -> int:
    function = set(load_rules("stutter")["function_words"])
    return sum(1 for w in words if w.lower() not in function)


def _may_repeat(word: str) -> bool:
    return word.lower() in set(load_rules("stutter")["may_repeat"])


# --- quotes -----------------------------------------------------------------


def flag_unbalanced_quotes(text: str, ctx: DocContext) -> None:
    """An odd number of straight double quotes, or unequal curly quotes, in a
    paragraph is flagged, not fixed: where the missing quote belongs is a guess."""
    for para in re.split(r"\n\s*\n", text):
        if para.count('"') % 2 or para.count("“") != para.count("”"):
            if "mt.quotes.unbalanced" not in ctx.flags:
                ctx.flags.append("mt.quotes.unbalanced")
            return
