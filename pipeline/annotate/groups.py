"""ACTOR pattern rules for parties named as a group rather than by name.

Aggregates of places (东部9省市, "the paired provinces", "economically developed
provinces and cities", "the two places") and back-references to a pair (两地,
两校). Rule ids start with ``actor.admin-unit`` so a group named only as where
something happens ("in the two places") is dropped like any other location.
Lexicons: ``actor_group_*`` and ``actor_pair_units_zh`` in data/termbase/rules.json.
"""

from __future__ import annotations

import re

from .nlp import Candidate
from .termbase import TermBase

_ZH_COUNT = r"(?:\d+|[一二三四五六七八九十两几]+)个?"


class GroupRules:
    def __init__(self, termbase: TermBase):
        r = termbase.rules
        prefixes, units = _alt(r["actor_group_prefixes_zh"]), _alt(r["actor_group_units_zh"])
        # 东部9省市, 西部12个省区市, 对口支援省市 is in the term base
        self.zh_group = re.compile(rf"(?:{prefixes}){_ZH_COUNT}(?:{units})")
        # 两地, 两校: the pair an article has just introduced (not 两院院士, 两市场)
        self.zh_pair = re.compile(rf"(?<![一二三四五六七八九十])两(?:{_alt(r['actor_pair_units_zh'])})(?![省市县区场院士])")
        mods, units_en = _alt(r["actor_group_modifiers_en"]), _alt(r["actor_group_units_en"])
        counts = rf"(?:{_alt(r['actor_group_counts_en'])}|\d+)"
        self.en_group = re.compile(
            rf"(?i)\b(?:{counts}\s+)?(?:{mods})(?:\s+and\s+(?:{mods}))?\s+(?:{units_en})\b"
        )
        self.en_pair = re.compile(r"(?i)\b(?:the\s+two|both)\s+(?:places|provinces|cities|counties|sides|regions|schools|hospitals)\b")

    def find(self, text: str, lang: str) -> list[Candidate]:
        if lang == "zh":
            rules = (("actor.admin-unit.group.zh", self.zh_group), ("actor.admin-unit.pair.zh", self.zh_pair))
        else:
            rules = (("actor.admin-unit.group.en", self.en_group), ("actor.admin-unit.pair.en", self.en_pair))
        out = []
        for rule, rx in rules:
            for m in rx.finditer(text):
                out.append(Candidate(m.start(), m.end(), "ACTOR", None, {"rule": rule}))
        return out


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
