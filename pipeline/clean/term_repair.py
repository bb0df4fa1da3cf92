"""Cleaning step: known literal mistranslations of policy terms.

The entries live in ``pipeline/data/termbase/mistranslations.json`` (the term
base reads the same file for the preferred English terms). Each hit becomes an
edit with kind ``mt`` and rule ``mt.term.<slug>``, so the change log keeps the
wrong rendering as ``before`` and the preferred term as ``after``.

With ``settings.term_repair == "flag"`` nothing is rewritten. Every hit is
named in the record's flags (``term-repair.flagged:<id>``) and proposed with
confidence 0.0 (:data:`FLAG_CONFIDENCE`), which the cleaner never applies: it
lists the edit in the record's ``review`` instead.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import Optional

from ..changes import Edit
from ..settings import DATA_DIR
from .context import DocContext

MISTRANSLATIONS = DATA_DIR / "termbase" / "mistranslations.json"
FLAG_CONFIDENCE = 0.0
CONTEXT_WINDOW = 200

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_SEPARATOR_CLASSES = {",": "[,，、]", "，": "[,，、]", "、": "[,，、]", ".": "[.。]", "。": "[.。]"}


@dataclass(frozen=True)
class TermRule:
    id: str
    preferred: str
    pattern: re.Pattern
    context: Optional[re.Pattern]
    not_context: Optional[re.Pattern]
    # Lower-case phrases of which one occurs in any hit (the longest
    # punctuation-free stretch of each wrong form): a cheap substring test
    # that skips the regex for most rules in most documents.
    anchors: tuple[str, ...]

    @property
    def rule(self) -> str:
        return "mt.term." + self.id.split("/", 1)[-1]


def wrong_pattern(wrong: str) -> str:
    """A regex for one listed rendering: case-insensitive words on word
    boundaries, flexible spacing, Chinese and English commas interchangeable."""
    parts = []
    for tok in _TOKEN.findall(wrong):
        if tok in _SEPARATOR_CLASSES:
            parts.append(r"\s*" + _SEPARATOR_CLASSES[tok] + r"\s*")
        elif re.match(r"\w", tok):
            parts.append((r"\s+" if parts and not parts[-1].endswith(r"\s*") else "") + re.escape(tok))
        else:
            parts.append(r"\s*" + re.escape(tok) + r"\s*")
    return r"(?<![\w-])" + "".join(parts) + r"(?![\w-])"


@functools.lru_cache(maxsize=1)
def load_rules() -> tuple[TermRule, ...]:
    data = json.loads(MISTRANSLATIONS.read_text(encoding="utf-8"))
    rules = []
    for entry in data["entries"]:
        if entry.get("pattern"):
            pattern = re.compile(entry["pattern"])
        else:
            alternation = "|".join(wrong_pattern(w) for w in sorted(entry["wrong"], key=len, reverse=True))
            pattern = re.compile(f"(?P<term>{alternation})", re.I)
        rules.append(
            TermRule(
                id=entry["id"],
                preferred=entry["preferred"],
                pattern=pattern,
                context=re.compile(entry["context"]) if entry.get("context") else None,
                not_context=re.compile(entry["not_context"]) if entry.get("not_context") else None,
                anchors=tuple(sorted({_anchor(w) for w in entry["wrong"]})),
            )
        )
    return tuple(rules)


def _anchor(wrong: str) -> str:
    stretches = re.split(r"\s*[^\w\s'’-]+\s*", wrong.lower())
    return " ".join(max(stretches, key=len).split())


def find_edits(text: str, ctx: DocContext) -> list[Edit]:
    if ctx.lang != "en":
        return []
    flag_only = ctx.settings.term_repair == "flag"
    hits = sorted(_hits(text), key=lambda h: (h[0], -(h[1] - h[0])))
    edits: list[Edit] = []
    for start, end, rule in hits:
        if edits and start < edits[-1].end:
            continue  # overlaps a longer or earlier hit
        after = _match_case(text[start:end], rule.preferred, _sentence_start(text, start))
        edits.append(Edit(start, end, after, "mt", rule.rule, FLAG_CONFIDENCE if flag_only else 1.0))
    if flag_only:
        _flag(edits, ctx)
    return edits


def _flag(edits: list[Edit], ctx: DocContext) -> None:
    for e in edits:
        flag = "term-repair.flagged:mt-term/" + e.rule.removeprefix("mt.term.")
        if flag not in ctx.flags:
            ctx.flags.append(flag)


def _hits(text: str) -> list[tuple[int, int, TermRule]]:
    found = []
    lowered = " ".join(text.lower().split())
    for rule in load_rules():
        if not any(a in lowered for a in rule.anchors):
            continue
        for m in rule.pattern.finditer(text):
            group = next((g for g in ("term", "term2") if g in m.re.groupindex and m.group(g) is not None), None)
            start, end = m.span(group) if group else m.span()
            if start == end or not _context_ok(text, start, end, rule):
                continue
            found.append((start, end, rule))
    return found


def _context_ok(text: str, start: int, end: int, rule: TermRule) -> bool:
    window = text[max(0, start - CONTEXT_WINDOW) : end + CONTEXT_WINDOW]
    if rule.context and not rule.context.search(window):
        return False
    return not (rule.not_context and rule.not_context.search(window))


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\"“'‘(")
    return not before or before[-1] in "\n.!?:;。！？：；"


def _match_case(found: str, preferred: str, sentence_start: bool) -> str:
    """Keep the preferred term's own capitals; capitalise its first letter
    only at the start of a sentence (MT capitalises terms mid-sentence)."""
    lead = re.match(r"[\"“]?", found).group()
    trail = re.search(r"[\"”]?$", found[len(lead) :]).group()
    if sentence_start and found[len(lead) :][:1].isupper() and preferred[:1].islower():
        preferred = preferred[:1].upper() + preferred[1:]
    return lead + preferred + trail
