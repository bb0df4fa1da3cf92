"""MECHANISM pattern rules for what the term base cannot list.

- shape: a head word of assistance (帮扶, 协作, assistance ...) followed by an
  instrument word (措施, 机制, measures, mechanism, funds ...): "帮扶措施",
  "assistance measures" (``mechanism.shape.zh|en``).
- compound: a domain noun in front of an assistance head, the way policy names
  its lines of work: 文化扶贫, 交通帮扶, 网络扶贫行动, "cultural assistance",
  "legal aid", "transport poverty alleviation" (``mechanism.compound.zh|en``).
  The Chinese prefix must be a noun-like jieba word that is not an ACTOR form
  (企业帮扶 is an enterprise helping) nor a stop word; the English modifier
  comes from a list of domain words, and a following "team", "cadres" ...
  makes the phrase an actor's name instead.
- plus model: "龙头企业+合作社+农户", "company + cooperative + farmer"
  (``mechanism.plus-model.zh|en``).
Spans carry no concept id; a term-base span over the same words wins (it is at
least as long and has a concept), and one overlapping a shape span is widened.
"""

from __future__ import annotations

import re
from typing import Optional

from .nlp import Candidate
from .rules import _tag
from .termbase import TermBase

HAN = "\u4e00-\u9fff"


class MechanismRules:
    def __init__(self, termbase: TermBase):
        r = termbase.rules
        heads_zh, tails_zh = _alt(r["mechanism_shape_heads_zh"]), _alt(r["mechanism_shape_tails_zh"])
        heads_en, tails_en = _alt(r["mechanism_shape_heads_en"]), _alt(r["mechanism_shape_tails_en"])
        self.zh = re.compile(rf"(?:{heads_zh})(?:工作)?(?:{tails_zh})")
        self.en = re.compile(rf"(?i)\b(?:{heads_en})(?:\s+work)?\s+(?:{tails_en})\b")
        self.compound_heads_zh = set(r["mechanism_compound_heads_zh"])
        self.compound_tail_zh = re.compile(rf"(?:{_alt(r['mechanism_compound_tails_zh'])})")
        self.prefix_tags = tuple(r["mechanism_compound_prefix_tags_zh"])
        self.prefix_stops = set(r["mechanism_compound_prefix_stops_zh"])
        self.actor_forms = {f for c in termbase.concepts_for("actor") for f in termbase.forms(c, "zh")}
        mods, heads = _alt(r["mechanism_modifiers_en"]), _alt(r["mechanism_compound_heads_en"])
        actor_tails = _alt(r["mechanism_compound_actor_tails_en"])
        self.compound_en = re.compile(rf"(?i)\b(?:{mods})\s+(?:{heads})\b(?!\s+(?:{actor_tails})\b)(?!-)")
        self.plus_zh = re.compile(rf"[{HAN}]{{2,6}}(?:\s*[+＋]\s*[{HAN}]{{2,6}}){{1,4}}")
        self.plus_en = re.compile(r"\b(?!(?:the|a|an)\b)[a-z]+(?:\s[a-z]+)?(?:\s*\+\s*[a-z]+(?:\s[a-z]+)?){1,4}\b", re.I)

    def find(self, text: str, lang: str, terms: list[Candidate], doc=None) -> list[Candidate]:
        if lang == "zh":
            found = self._compounds_zh(doc) if doc is not None else []
            found += _spans(self.plus_zh, text, "mechanism.plus-model.zh")
        else:
            found = _spans(self.compound_en, text, "mechanism.compound.en")
            found += [c for c in _spans(self.plus_en, text, "mechanism.plus-model.en") if "+" in text[c.start : c.end]]
        named = [t for t in terms if t.label == "MECHANISM" and t.concept_id]
        # a named concept over the same words keeps its id (precision poverty alleviation)
        found = [c for c in found if not any(t.start < c.end and c.start < t.end for t in named)]
        return self._shapes(text, lang, terms) + found

    def _shapes(self, text: str, lang: str, terms: list[Candidate]) -> list[Candidate]:
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

    def _compounds_zh(self, doc) -> list[Candidate]:
        """文化 | 扶贫, 交通 | 帮扶 | 工程: a noun-like prefix token glued to an assistance head token."""
        text = doc.text
        out = []
        for i in range(1, len(doc)):
            head, prev = doc[i], doc[i - 1]
            if head.text not in self.compound_heads_zh or prev.idx + len(prev.text) != head.idx:
                continue
            start = self._prefix_start(prev.text, prev.idx)
            if start is None:
                continue
            end = head.idx + len(head.text)
            tail = self.compound_tail_zh.match(text, end)
            out.append(Candidate(start, tail.end() if tail else end, "MECHANISM", None, {"rule": "mechanism.compound.zh"}))
        return out

    def _prefix_start(self, word: str, idx: int) -> Optional[int]:
        if not 2 <= len(word) <= 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            return None
        if word in self.prefix_stops or word in self.actor_forms:
            return None
        tag = _tag(word) or ""
        return idx if tag in self.prefix_tags else None


def _spans(rx: re.Pattern, text: str, rule: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "MECHANISM", None, {"rule": rule}) for m in rx.finditer(text)]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
