"""STAGE rules: dates, ranges, decades, durations, congress-anchored periods, anaphors.

Term-base matches cover plan periods (十三五, Fourteenth Five-Year Plan) and
named phases (脱贫攻坚, new era, in recent years); this module finds what has
to be read from digits and shapes, and normalizes every STAGE to
``start_year`` / ``end_year``. Years that need context (9月1日, "this stage")
are filled in later by :mod:`pipeline.annotate.context`.
"""

from __future__ import annotations

import re
from typing import Optional

from .nlp import Candidate
from .termbase import TermBase

ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
YEAR = r"(?:1[89]\d\d|20\d\d)"
DASH = r"[-–—－~～]"


def _stage(start: int, end: int, rule: str, y0: Optional[int], y1: Optional[int], **extra) -> Candidate:
    return Candidate(start, end, "STAGE", None, {"rule": rule, "start_year": y0, "end_year": y1, **extra})


class StageRules:
    def __init__(self, termbase: TermBase):
        r = termbase.rules
        self.relative = {"zh": r.get("relative_years_zh", {}), "en": r.get("relative_years_en", {})}
        self.context_relative = {"zh": r.get("relative_context_years_zh", {}), "en": r.get("relative_context_years_en", {})}
        self.en_rules = self._english_rules(r)
        self.zh_rules = self._chinese_rules()
        self.anaphor_zh = _alternation(r["stage_anaphors_zh"], False)
        self.anaphor_en = _alternation(r["stage_anaphors_en"], True)
        self.anchor_en = re.compile(r"(?i)\b(?:" + "|".join(r["stage_anchor_en_before"]) + r")\s+(?:the\s+)?$")
        self.anchor_zh = re.compile("(?:" + "|".join(sorted(r["stage_anchor_zh_after"], key=len, reverse=True)) + ")")

    def _english_rules(self, r: dict) -> list[tuple[str, re.Pattern]]:
        mon = r"(?P<mon>" + _words(r["en_months"]) + r")\.?"
        nums = _words(r["en_number_words"])
        return [
            ("stage.date.iso", re.compile(rf"(?<![\d-])(?P<y>{YEAR})-(?:0?[1-9]|1[0-2])-(?:[0-2]?\d|3[01])(?![\d-])")),
            ("stage.date.en", re.compile(rf"(?i)\b{mon}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y>{YEAR})\b")),
            ("stage.date.en", re.compile(rf"(?i)\b\d{{1,2}}\s+{mon}\s+(?P<y>{YEAR})\b")),
            ("stage.month.en", re.compile(
                rf"(?i)\b(?:(?:early|mid|late|the end of|end of|the beginning of)[\s-]+)?{mon}\s+(?:of\s+)?(?P<y>{YEAR})\b")),
            ("stage.range.en", re.compile(
                rf"(?i)\b(?:from\s+)?(?P<y>{YEAR})\s*(?:{DASH}|to|through|until)\s*(?P<y2>{YEAR}|\d\d)(?![\d-])")),
            ("stage.range.en", re.compile(rf"(?i)\bbetween\s+(?P<y>{YEAR})\s+and\s+(?P<y2>{YEAR})\b")),
            ("stage.decade.en", re.compile(r"(?i)\b(?:the\s+)?(?P<dec>1[89]\d|20\d)0s\b")),
            ("stage.since.en", re.compile(rf"(?i)\b(?:since|starting from|as of)\s+(?P<open>{YEAR})(?!\d|,\d)")),
            ("stage.year.en", re.compile(rf"(?<![\d.,/#-])(?<!No\.\s)(?<!Issue\s)(?P<y>{YEAR})(?![\w%]|,\d|\.\d|-\d)")),
            ("stage.day.en", re.compile(rf"(?i)\b{mon}\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!,?\s*\d)")),
            ("stage.duration.en", re.compile(
                rf"(?i)\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:decade|(?:{nums}|few)\s+decades|(?:{nums}|\d{{1,2}})\s+years)\b")),
            ("stage.duration.en", re.compile(rf"(?i)\b(?:{nums}|\d{{1,2}})[\s-]+years?\b(?!\s+old)")),
            ("stage.duration.en", re.compile(r"(?i)\b(?:for|over|in)\s+(?:the\s+(?:past|last)\s+)?(?:several\s+|many\s+)?decades\b")),
            ("stage.duration.en", re.compile(rf"(?i)\b(?:{nums}|\d{{1,2}})[\s-]+decades?\b")),
            ("stage.relative.en", re.compile(
                rf"(?i)\b(?:since the beginning of |since the start of |earlier |later |(?:so far )?)(?P<rel>{_words(self.relative['en'])})\b")),
            ("stage.context-year.en", re.compile(
                rf"(?i)\b(?:(?:in|by|at the end of|later)\s+)?(?P<ctx>{_words(self.context_relative['en'])})\b")),
        ]

    def _chinese_rules(self) -> list[tuple[str, re.Pattern]]:
        zh_year = r"(?P<y>" + YEAR + r")"
        return [
            ("stage.range.zh", re.compile(rf"{zh_year}年?\s*(?:{DASH}|至|到)\s*(?P<y2>{YEAR})年?")),
            ("stage.date.zh", re.compile(rf"{zh_year}年(?:\d{{1,2}})月(?:\d{{1,2}})[日号]")),
            ("stage.month.zh", re.compile(rf"{zh_year}年(?:\d{{1,2}})月(?:份|底|初|末|中旬|上旬|下旬)?")),
            ("stage.since.zh", re.compile(rf"(?P<open>{YEAR})年(?:以[来來]|起|至今|开始|開始)")),
            ("stage.year.zh", re.compile(rf"(?<!\d){zh_year}年(?:底|初|末|前后|上半年|下半年)?")),
            ("stage.year.zh", re.compile(r"(?P<cy>[〇零一二三四五六七八九]{4})年")),
            ("stage.decade.zh", re.compile(r"(?:(?:20|二十|上)世纪)?(?P<zdec>[5-9]0|[五六七八九]十)年代")),
            ("stage.day.zh", re.compile(
                r"(?<![\d年〇零一二三四五六七八九十])(?:[1-9]|1[0-2])月(?:(?:[1-9]|[12]\d|3[01])[日号]|份|底|初|中旬|上旬|下旬)")),
            ("stage.duration.zh", re.compile(
                r"(?<![\d〇零一二三四五六七八九十两年第每近多])(?:[一二三四五六七八九十两]|[1-9]\d?)(?:个)?年(?:以?[来來])?(?![代级度前后底初末内轻])")),
            ("stage.relative.zh", re.compile(
                rf"(?P<rel>{_words(self.relative['zh'])})(?:以[来來]|上半年|下半年|前三季度|一季度|年初|年底|年末|初|底)?(?![\u4e00-\u9fff]?[龄纪])")),
            ("stage.context-year.zh", re.compile(
                rf"(?P<ctx>{_words(self.context_relative['zh'])})(?:(?:[1-9]|1[0-2])月(?:(?:[1-9]|[12]\d|3[01])[日号])?|底|初|年底|年初)?")),
        ]

    def find(self, text: str, lang: str) -> list[Candidate]:
        out: list[Candidate] = []
        for rule, rx in self.zh_rules if lang == "zh" else self.en_rules:
            for m in rx.finditer(text):
                cand = self._normalize(rule, m)
                if cand is not None:
                    out.append(cand)
        anaphor = self.anaphor_zh if lang == "zh" else self.anaphor_en
        for m in anaphor.finditer(text):
            out.append(_stage(m.start(), m.end(), "stage.anaphor", None, None, anaphor=True))
        return out

    def anchor_congress(self, cand: Candidate, text: str, lang: str, years: tuple) -> Optional[Candidate]:
        """A congress mention is a STAGE when a period is anchored on it ("since the 18th ...", 十八大以来)."""
        if lang == "en":
            m = self.anchor_en.search(text[max(0, cand.start - 30) : cand.start])
            if not m:
                return None
            start, end = cand.start - (len(text[max(0, cand.start - 30) : cand.start]) - m.start()), cand.end
        else:
            m = self.anchor_zh.match(text, cand.end)
            if not m:
                return None
            start, end = cand.start, m.end()
        attrs = {"rule": "stage.congress-anchored", "start_year": years[0], "end_year": None}
        return Candidate(start, end, "STAGE", cand.concept_id, attrs)

    def _normalize(self, rule: str, m: re.Match) -> Optional[Candidate]:
        g = m.groupdict()
        if g.get("y2"):
            y0, y2 = int(g["y"]), g["y2"]
            y1 = int(y2) if len(y2) == 4 else (y0 // 100) * 100 + int(y2)
            if y1 <= y0 or y1 - y0 > 100:
                return None
            return _stage(m.start(), m.end(), rule, y0, y1)
        if g.get("open"):
            return _stage(m.start(), m.end(), rule, int(g["open"]), None)
        if g.get("y"):
            y = int(g["y"])
            if rule == "stage.year.en" and _counts_things(m):
                return None
            return _stage(m.start(), m.end(), rule, y, y)
        if g.get("cy"):
            y = int("".join(str(ZH_DIGITS[c]) for c in g["cy"]))
            return _stage(m.start(), m.end(), rule, y, y) if 1800 <= y <= 2100 else None
        if g.get("dec"):
            d = int(g["dec"]) * 10
            return _stage(m.start(), m.end(), rule, d, d + 9)
        if g.get("zdec"):
            z = g["zdec"]
            d = 1900 + (int(z) if z.isdigit() else ZH_SMALL[z[0]] * 10)
            return _stage(m.start(), m.end(), rule, d, d + 9)
        if g.get("ctx"):
            table = self.context_relative["zh" if rule.endswith(".zh") else "en"]
            return _stage(m.start(), m.end(), rule, None, None, needs_year=True, year_offset=table[g["ctx"].lower()])
        if g.get("rel"):
            offset = self.relative["zh" if rule.endswith(".zh") else "en"][g["rel"].lower()]
            return _stage(m.start(), m.end(), rule, None, None, needs_year=True, year_offset=offset)
        if rule.startswith("stage.day"):
            return _stage(m.start(), m.end(), rule, None, None, needs_year=True)
        return _stage(m.start(), m.end(), rule, None, None)


def stage_id_for(y0: Optional[int], y1: Optional[int], canonical: list, published_year: Optional[int]) -> Optional[str]:
    """The canonical stage a period falls in: the one it overlaps most; open periods only in the open last stage."""
    if y0 is None and y1 is None:
        return None
    if y0 is None:
        y0 = y1
    if y1 is None:
        last = canonical[-1]
        return last.stage_id if last.years.end is None and y0 >= last.years.start else None
    if y0 == y1 and published_year is not None and y0 > published_year:
        return None  # a target year (2035), not a period the text is in
    best, best_overlap = None, 0
    for c in canonical:
        lo, hi = c.years.start, c.years.end if c.years.end is not None else 9999
        overlap = min(hi, y1) - max(lo, y0) + 1
        if overlap > best_overlap:
            best, best_overlap = c.stage_id, overlap
    return best


_YEAR_CUE = re.compile(r"(?i)\b(?:in|by|since|until|till|before|after|during|of|from|to|through|year|early|late|mid|end)\s*$")
_PLURAL_NEXT = re.compile(r"\s+[a-z]+s\b")


def _counts_things(m: re.Match) -> bool:
    """'2000 teachers' is a number of teachers; 'in 2000 teachers ...' still has its year cue."""
    text = m.string
    return bool(_PLURAL_NEXT.match(text, m.end())) and not _YEAR_CUE.search(text[max(0, m.start() - 12) : m.start()])


def _words(table) -> str:
    return "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))


def _alternation(phrases: list[str], ignore_case: bool) -> re.Pattern:
    alt = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alt})\b" if ignore_case else f"(?:{alt})")
