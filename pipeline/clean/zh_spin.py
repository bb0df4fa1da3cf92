"""Cleaning step: repair of synonym-spun Chinese (kind ``normalize``).

Content spinners ("伪原创" tools) swap frequent words for dictionary
synonyms throughout an article. A single swap can be a legitimate word
choice, but inside a fixed policy collocation it reads oddly: 因病返贫
becomes 因疾返穷, 巩固拓展 becomes 巩牢拓展, 加大力度 becomes 加大力道.

The data (``pipeline/data/zh/spin.json``) lists policy collocations and the
spun forms of their words. Every variant of a collocation with one or two
words swapped is an *odd collocation*. A document with at least
``min_hits`` distinct odd collocations is taken as spun; only then

* each odd collocation is put back (rule ``zh.spin.phrase.<synonym ids>``,
  confidence ``confidence.phrase``), the edit covering only the swapped
  characters;
* the listed word swaps apply in their contexts (``开拓了心内科`` ->
  ``开展了心内科``; rule ``zh.spin.word.<id>``, confidence ``confidence.word``).

In a document with fewer hits the odd collocations are proposed for review
only (confidence 0, never applied). Confidence below 1 lets
``--review-threshold`` hold every spin repair for a reviewer.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from dataclasses import dataclass

from ..changes import Edit, trim_replacement
from ..settings import DATA_DIR
from .context import DocContext

SPIN_DATA = DATA_DIR / "zh" / "spin.json"


@dataclass(frozen=True)
class Variant:
    phrase: str  # the collocation as written in policy text
    rule: str


@dataclass(frozen=True)
class SpinTable:
    variants: dict[str, Variant]
    pattern: re.Pattern | None
    word_swaps: tuple[dict, ...]
    allow_contexts: tuple[str, ...]
    min_hits: int
    phrase_confidence: float
    word_confidence: float


@functools.lru_cache(maxsize=1)
def load_table() -> SpinTable:
    data = json.loads(SPIN_DATA.read_text(encoding="utf-8"))
    variants = build_variants(data["phrases"], data["synonyms"], data["max_substitutions"], set(data["allow"]))
    keys = sorted(variants, key=lambda v: (-len(v), v))
    pattern = re.compile("|".join(map(re.escape, keys))) if keys else None
    conf = data["confidence"]
    swaps, contexts = tuple(data["word_swaps"]), tuple(data.get("allow_contexts", []))
    return SpinTable(variants, pattern, swaps, contexts, data["min_hits"], conf["phrase"], conf["word"])


def build_variants(phrases: list[str], synonyms: list[dict], max_subs: int, allow: set[str]) -> dict[str, Variant]:
    """Every spelling of each phrase with 1..max_subs of its words swapped for
    a spun synonym; variants that are themselves phrases or allowed are left out."""
    canonical = set(phrases)
    out: dict[str, Variant] = {}
    for phrase in phrases:
        slots = [
            (m.start(), m.start() + len(s["common"]), s)
            for s in synonyms
            for m in re.finditer(f"(?={re.escape(s['common'])})", phrase)
        ]
        slots.sort(key=lambda t: (t[0], t[1], t[2]["id"]))
        for n in range(1, max_subs + 1):
            for combo in itertools.combinations(slots, n):
                if any(a[1] > b[0] for a, b in zip(combo, combo[1:])):
                    continue  # overlapping slots
                for choice in itertools.product(*(c[2]["spun"] for c in combo)):
                    variant = _substitute(phrase, combo, choice)
                    if variant in canonical or variant in allow or variant in out:
                        continue
                    rule = "zh.spin.phrase." + "+".join(c[2]["id"] for c in combo)
                    out[variant] = Variant(phrase, rule)
    return out


def _substitute(phrase: str, combo: tuple, choice: tuple[str, ...]) -> str:
    parts, pos = [], 0
    for (start, end, _syn), spun in zip(combo, choice):
        parts += [phrase[pos:start], spun]
        pos = end
    return "".join(parts) + phrase[pos:]


def find_edits(text: str, ctx: DocContext) -> list[Edit]:
    if ctx.lang != "zh":
        return []
    table = load_table()
    hits = odd_collocations(text, table)
    distinct = {text[s:e] for s, e, _ in hits}
    spun = len(distinct) >= table.min_hits
    if spun and "zh.spun" not in ctx.flags:
        ctx.flags.append("zh.spun")
    confidence = table.phrase_confidence if spun else 0.0
    edits = [_minimal(text, s, e, v.phrase, v.rule, confidence) for s, e, v in hits]
    if spun:
        edits += word_swaps(text, table, [(s, e) for s, e, _ in hits])
    return sorted(edits, key=lambda e: e.start)


def odd_collocations(text: str, table: SpinTable) -> list[tuple[int, int, Variant]]:
    """Variants found in ``text``, except inside a listed legitimate context
    (``完全掩盖`` holds the variant ``全掩盖`` of 全覆盖)."""
    if table.pattern is None:
        return []
    allowed = [(m.start(), m.end()) for c in table.allow_contexts for m in re.finditer(re.escape(c), text)]
    return [
        (m.start(), m.end(), table.variants[m.group()])
        for m in table.pattern.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in allowed)
    ]


def _minimal(text: str, start: int, end: int, after: str, rule: str, confidence: float) -> Edit:
    """The edit covering only the characters the spinner changed."""
    a, b, replacement = trim_replacement(text[start:end], after)
    return Edit(start + a, start + b, replacement, "normalize", rule, confidence)


def word_swaps(text: str, table: SpinTable, taken: list[tuple[int, int]]) -> list[Edit]:
    """Listed spun words put back where their context says they stand for the common word."""
    edits: list[Edit] = []
    for swap in table.word_swaps:
        for m in re.finditer(re.escape(swap["spun"]), text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _context_ok(text, m.start(), m.end(), swap):
                edits.append(Edit(m.start(), m.end(), swap["common"], "normalize", f"zh.spin.word.{swap['id']}", table.word_confidence))
                taken.append((m.start(), m.end()))
    return edits


def _context_ok(text: str, start: int, end: int, swap: dict) -> bool:
    before, after = text[max(0, start - 6) : start], text[end : end + 6]
    if swap.get("preceded_by") and not any(before.endswith(w) for w in swap["preceded_by"]):
        return False
    if swap.get("followed_by") and not any(after.startswith(w) for w in swap["followed_by"]):
        return False
    if swap.get("after_regex") and not re.match(swap["after_regex"], text[end : end + 16]):
        return False
    if any(before.endswith(w) for w in swap.get("not_preceded_by", [])):
        return False
    return not any(after.startswith(w) for w in swap.get("not_followed_by", []))
