"""ACTOR pattern rules for what the term base cannot list.

Administrative units (乳山市, 花垣县十八洞村, Yunyang County), office holders
(县委书记张学锋, Party secretary of Yunyang County) and organisation shapes
(X领导小组, X委员会, X Leading Group). Spans found here carry no concept id;
``attrs.rule`` names the rule. The lexicons are in data/termbase/rules.json.
"""

from __future__ import annotations

import functools
import re

from ..segmentation import default_jieba
from .nlp import Candidate
from .termbase import TermBase, _to_traditional

HAN = r"\u4e00-\u9fff"
_ZH_FUNCTION_CHARS = "和与及在对的是为等向从已将把被了"
# 两省区, 各市县, 全县: counted or quantified units are not a named place.
_ZH_QUANTIFIERS = "两各全该本我多几一二三四五六七八九十每诸"


class ActorRules:
    def __init__(self, termbase: TermBase):
        _tag_table()  # load jieba's part-of-speech table now, not on the first document
        r = termbase.rules
        places = [c for c in termbase.concepts.values() if c.group in ("province-level", "planning-city", "city")]
        self.places_zh = {f for c in places for f in termbase.forms(c, "zh")}
        to_traditional = _to_traditional()
        self.zh_stop = {w for s in r["zh_admin_stop_words"] for w in (s, to_traditional(s))}
        self.zh_suffixes = sorted(r["zh_admin_suffixes"], key=len, reverse=True)
        self.zh_org_stops = sorted(r["zh_org_prefix_stops"], key=len, reverse=True)
        self._compile_zh(r)
        self._compile_en(r)

    def _compile_zh(self, r: dict) -> None:
        self.zh_chain = re.compile(rf"([{HAN}]{{2,4}}?(?:{_alt(r['zh_admin_chain_suffixes'])}))")
        # A county or city name jieba does not know, right after a function character (与布拖县结对).
        self.zh_bare_unit = re.compile(rf"(?<=[与和及、，。；：在向赴到对从同])[{HAN}]{{2}}(?:县|市|区|旗)(?![{HAN}]?[长])")
        self.zh_unit_tail = re.compile(rf"(?:{_alt(r['zh_body_suffixes'])}|长)")
        self.zh_body = re.compile(rf"(?:{_alt(r['zh_body_suffixes'])})")
        surnames = re.escape(r["zh_surnames"])
        self.zh_office = re.compile(
            rf"(?:{_alt(r['zh_office_prefixes'])})?(?:{_alt(r['zh_office_titles'])})(?=[{surnames}][{HAN}]{{1,2}})"
        )
        self.zh_org = re.compile(rf"(?:{_alt(r['zh_org_shapes'])})")
        # Bureaus and offices named by their function (民政局, 人社厅): a name on their own.
        self.zh_org_names = re.compile(rf"(?:{_alt(r['zh_org_names'])})")

    def _compile_en(self, r: dict) -> None:
        cap = r"[A-Z][A-Za-z'’]+(?: ?- ?[A-Z][a-z]+)?"
        stop = _alt(r["en_place_stop_words"])
        units = _alt(r["en_admin_units"])
        # Inside a name, "and the" starts a second name ("... of Jiangsu Province and the Shaanxi ...").
        conn = "(?:" + "|".join(re.escape(c) for c in r["en_connectors"] if c != "and") + r"|and(?!\s+the\b))"
        name = rf"{cap}(?:\s+(?:{conn}\s+)*{cap}){{0,5}}"
        titles = "(?i:" + _alt(r["en_office_titles"]) + ")"
        self.en_unit = re.compile(rf"\b(?!(?:{stop})\b)({cap}(?:\s(?!(?:{stop})\b){cap}){{0,2}})\s(?i:{units})\b")
        self.en_body = re.compile(
            rf"\b(?!(?:{stop})\b)({cap}(?:\s{cap}){{0,2}})\s(?i:provincial|municipal|county|prefectural|township|village)"
            rf"\s(?i:{_alt(r['en_body_suffixes'])})\b"
        )
        person = r"[A-Z][a-z]+\s[A-Z][a-z]+(?:-?[a-z]+)?"
        # "Zhang Xuefeng, secretary of the Rushan Municipal Party Committee" and "..., Wang Qiang, said"
        self.en_office_of = re.compile(
            rf"(?:\b{person},\s+(?:the\s+)?)?\b(?:{titles})\s+of\s+(?:the\s+)?{name}(?:,\s+{person}(?=,|\s+said\b))?"
        )
        self.en_office_name = re.compile(rf"\b(?:{titles})\s+(?!(?:{stop})\b)[A-Z][a-z]+\s[A-Z][a-z]+(?:-?[a-z]+)?\b")
        self.en_org = re.compile(
            rf"\b(?:(?!The\b|This\b|A\b|An\b){cap}\s+(?:{conn}\s+)*){{1,7}}(?:{_alt(r['en_org_shapes'])})\b"
            rf"(?:\s+of\s+(?:the\s+)?{name})?"
        )
        self.en_org_of = re.compile(rf"\b(?:Ministry|Department|Office|Bureau|Commission|Committee)\s+of\s+(?:the\s+)?{name}")
        self.en_org_lower = re.compile(
            rf"\b(?:(?!a\b|an\b|the\b|this\b|that\b|its\b|their\b|special\b|new\b)[a-z]+\s+)?(?:{_alt(r['en_org_lower_shapes'])})\b"
        )

    def find(self, doc, lang: str) -> list[Candidate]:
        return self._find_zh(doc) if lang == "zh" else self._find_en(doc.text)

    # -- Chinese -------------------------------------------------------
    def _find_zh(self, doc) -> list[Candidate]:
        text = doc.text
        out: list[Candidate] = []
        tokens = [(t.idx, t.idx + len(t.text), t.text) for t in doc]
        ends = {e for _, e, _ in tokens}
        for i, (s, e, w) in enumerate(tokens):
            start = self._zh_unit_start(tokens, i)
            if start is not None:
                out.append(Candidate(start, self._extend_zh(text, e, ends), "ACTOR", None, {"rule": "actor.admin-unit.zh"}))
        for i in range(1, len(tokens)):
            start = self._zh_split_unit_start(tokens, i)
            if start is not None:
                out.append(Candidate(start, self._extend_zh(text, tokens[i][0] + 1, ends), "ACTOR", None, {"rule": "actor.admin-unit.zh"}))
        starts = {s for s, _, _ in tokens}
        for m in self.zh_bare_unit.finditer(text):
            if m.start() in starts and m.end() in ends and self._plausible_stem(m.group(0)[:-1], m.group(0)):
                out.append(Candidate(m.start(), self._extend_zh(text, m.end(), ends), "ACTOR", None, {"rule": "actor.admin-unit.zh"}))
        for m in self.zh_office.finditer(text):
            name_end = _name_end(m.end(), ends)
            if name_end:
                out.append(Candidate(m.start(), name_end, "ACTOR", None, {"rule": "actor.office-holder.zh"}))
        for m in self.zh_org.finditer(text):
            start = self._org_prefix_start(text, m.start())
            if m.start() - start >= 2:
                out.append(Candidate(start, m.end(), "ACTOR", None, {"rule": "actor.org-shape.zh"}))
        for m in self.zh_org_names.finditer(text):
            out.append(Candidate(self._place_prefix_start(text, m.start()), m.end(), "ACTOR", None, {"rule": "actor.org-name.zh"}))
        return out

    def _plausible_stem(self, stem: str, word: str) -> bool:
        """An unknown place name, not a verb or adverb (推动县), a count (两县) or a stop word."""
        if word in self.zh_stop or stem[0] in _ZH_QUANTIFIERS or any(ch in stem for ch in _ZH_FUNCTION_CHARS):
            return False
        return not (_tag(stem) or "").startswith(("v", "d", "p", "c", "m"))

    def _place_prefix_start(self, text: str, start: int) -> int:
        """省 | 县 | 乳山市 | 各区县 before a bureau's name (省乡村振兴局, 各区县民政局)."""
        if start > 0 and text[start - 1] in "省市县区州旗乡镇":
            unit = text[start - 1]
            start -= 1
            for k in range(6, 1, -1):
                stem = text[max(0, start - k) : start]
                if len(stem) == k and (stem in self.places_zh or "ns" in (_tag(stem), _tag(stem + unit))):
                    return start - k
            if start > 0 and text[start - 1] in "省市县区州旗":
                start -= 1
        if start > 0 and text[start - 1] == "各":
            start -= 1
        return start

    def _zh_unit_start(self, tokens, i):
        s, e, w = tokens[i]
        if w in self.zh_stop:
            return None
        suffix = next((x for x in self.zh_suffixes if w.endswith(x)), None)
        if suffix is None:
            return s if w in self.places_zh else None
        stem = w[: -len(suffix)]
        if stem[:1] in _ZH_QUANTIFIERS:
            return None
        if w in self.places_zh or len(stem) >= 2 and (_tag(w) == "ns" or stem in self.places_zh or _tag(stem) == "ns"):
            return s
        if not stem and i > 0:
            ps, pe, pw = tokens[i - 1]
            if pe == s and len(pw) >= 2 and (pw in self.places_zh or _tag(pw) == "ns") and pw not in self.zh_stop:
                return ps
        return None

    def _zh_split_unit_start(self, tokens, i):
        """乳山 | 市委书记: jieba put the unit character with the body or title that follows it."""
        ps, pe, pw = tokens[i - 1]
        s, e, w = tokens[i]
        if pe != s or len(w) < 2 or w[0] not in "省市县区州旗" or not self.zh_unit_tail.match(w[1:]):
            return None
        if not 2 <= len(pw) <= 4 or pw in self.zh_stop or pw + w[0] in self.zh_stop or pw[0] in _ZH_QUANTIFIERS or not all("\u4e00" <= ch <= "\u9fff" for ch in pw):
            return None
        if any(ch in pw for ch in _ZH_FUNCTION_CHARS) or (_tag(pw) or "").startswith(("v", "d", "p", "c", "m")):
            return None
        return ps

    def _extend_zh(self, text: str, end: int, ends: set) -> int:
        while True:
            m = self.zh_chain.match(text, end)
            if not m or m.group(1) in self.zh_stop or any(ch in m.group(1) for ch in _ZH_FUNCTION_CHARS):
                break
            end = m.end()
        m = self.zh_body.match(text, end)
        if m:
            end = m.end()
        office = self.zh_office.match(text, end)
        if office:
            end = _name_end(office.end(), ends) or end
        return end

    def _org_prefix_start(self, text: str, shape_start: int) -> int:
        start = shape_start
        while start > 0 and shape_start - start < 20 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        prefix = text[start:shape_start]
        cut = 0
        for stop in self.zh_org_stops:
            k = prefix.rfind(stop)
            if k >= 0:
                cut = max(cut, k + len(stop))
        return start + cut

    # -- English -------------------------------------------------------
    def _find_en(self, text: str) -> list[Candidate]:
        out: list[Candidate] = []
        for rule, rx in (
            ("actor.admin-unit.en", self.en_unit),
            ("actor.local-body.en", self.en_body),
            ("actor.office-holder.en", self.en_office_of),
            ("actor.office-holder.en", self.en_office_name),
            ("actor.org-shape.en", self.en_org),
            ("actor.org-shape.en", self.en_org_of),
            ("actor.org-shape.en", self.en_org_lower),
        ):
            for m in rx.finditer(text):
                out.append(Candidate(m.start(), m.end(), "ACTOR", None, {"rule": rule}))
        return out


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _name_end(pos: int, token_ends: set):
    """End of a 2-3 character personal name starting at ``pos``, taken at a jieba token boundary."""
    for n in (3, 2):
        if pos + n in token_ends:
            return pos + n
    return None


@functools.lru_cache(maxsize=1)
def _tag_table() -> dict:
    default_jieba()  # posseg wraps the global tokenizer: give it the project cache first
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def _tag(word: str):
    return _tag_table().get(word)
