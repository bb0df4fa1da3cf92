"""MECHANISM pattern rule for what the term base cannot list: a mode of assistance
named by its shape, "帮扶措施", "协作机制", "assistance measures", "aid funds".

A head word of assistance (帮扶, 协作, assistance, cooperation ...) followed by an
instrument word (措施, 机制, measures, mechanism, funds ...). Spans carry no concept
id and ``attrs.rule = "mechanism.shape.zh|en"``; a term-base span over the same
words wins (it is at least as long and has a concept).
"""

from __future__ import annotations

import re

from .nlp import Candidate
from .termbase import TermBase


class MechanismRules:
    def __init__(self, termbase: TermBase):
        r = termbase.rules
        heads_zh, tails_zh = _alt(r["mechanism_shape_heads_zh"]), _alt(r["mechanism_shape_tails_zh"])
        heads_en, tails_en = _alt(r["mechanism_shape_heads_en"]), _alt(r["mechanism_shape_tails_en"])
        self.zh = re.compile(rf"(?:{heads_zh})(?:工作)?(?:{tails_zh})")
        self.en = re.compile(rf"(?i)\b(?:{heads_en})(?:\s+work)?\s+(?:{tails_en})\b")

    def find(self, text: str, lang: str, terms: list[Candidate]) -> list[Candidate]:
        """Shape spans; one that overlaps a term-base MECHANISM widens that term instead
        ("pairing assistance" + "assistance mechanism" -> "pairing assistance mechanism", pairing-assistance)."""
        rx, rule = (self.zh, "mechanism.shape.zh") if lang == "zh" else (self.en, "mechanism.shape.en")
        named = [t for t in terms if t.label == "MECHANISM" and t.concept_id]
        out = []
        for m in rx.finditer(text):
            hits = [t for t in named if t.start < m.end() and m.start() < t.end]
            if not hits:
                out.append(Candidate(m.start(), m.end(), "MECHANISM", None, {"rule": rule}))
                continue
            best = max(hits, key=lambda t: (t.length, -t.start))
            start, end = min(best.start, m.start()), max(best.end, m.end())
            if (start, end) != (best.start, best.end):
                out.append(Candidate(start, end, "MECHANISM", best.concept_id, {"rule": "termbase+" + rule}))
        return out


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
