"""Document structure the annotator needs: metadata lines, paragraphs, sentences,
and the period each sentence is in.

A sentence is in the period of its first dated STAGE; a sentence without one is
in the period of the last STAGE before it in the same paragraph (or, at the
start of a paragraph, of the paragraph's first STAGE). "At this stage" / 这一阶段
take the period named before them; 9月1日 takes its year from the nearest year
before it in the paragraph, else from the document date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .nlp import Candidate
from .stages import stage_id_for

_SENTENCE_END = re.compile(r"[。！？!?；]+[”’\"」』）)]*|\n+|(?<=[a-z0-9%)\]”\"])\.(?=\s|$|[A-Z])")
# Spans that name a calendar year a day-only date (9月1日) can take.
_CONTEXT_CHARS = 300
_DATED_RULES = ("stage.date", "stage.month", "stage.year", "stage.range", "stage.since", "stage.relative")


@dataclass
class Segment:
    start: int
    end: int


def metadata_lines(text: str, patterns: list[re.Pattern], max_chars: int, datelines: list[re.Pattern]) -> list[Segment]:
    """Byline and site-chrome lines, and news datelines: nothing in them is annotated."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip() and len(line) <= max_chars and any(p.search(line) for p in patterns):
            out.append(Segment(pos, pos + len(line)))
        else:
            found = next((m for m in (d.match(line) for d in datelines) if m), None)
            if found:
                out.append(Segment(pos, pos + found.end()))
        pos += len(line) + 1
    return out


def paragraphs(text: str) -> list[Segment]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Segment(pos, pos + len(line)))
        pos += len(line) + 1
    return out


def sentences(text: str, para: Segment) -> list[Segment]:
    out, start = [], para.start
    for m in _SENTENCE_END.finditer(text, para.start, para.end):
        _append_trimmed(out, text, start, m.end())
        start = m.end()
    _append_trimmed(out, text, start, para.end)
    return out


def _append_trimmed(out: list[Segment], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Segment(start, end))


def resolve_stages(text: str, stages: list[Candidate], canonical: list, published_year: Optional[int]) -> None:
    """Fill context years of day-only dates and set ``stage_id`` on every dated STAGE."""
    paras = paragraphs(text)
    for cand in stages:
        if cand.attrs.get("rule", "").startswith("stage.relative"):
            offset = cand.attrs.pop("year_offset", 0)
            cand.attrs.pop("needs_year", None)
            year = published_year + offset if published_year is not None else None
            cand.attrs.update(start_year=year, end_year=year)
            if year is not None:
                cand.attrs["year_from"] = "published"
        elif cand.attrs.pop("needs_year", False):
            year, source = _context_year(cand, stages, paras, published_year)
            if year is not None:
                year += cand.attrs.get("year_offset", 0)
            cand.attrs.pop("year_offset", None)
            cand.attrs.update(start_year=year, end_year=year)
            if year is not None:
                cand.attrs["year_from"] = source
        if not cand.attrs.get("anaphor"):
            a = cand.attrs
            a["stage_id"] = stage_id_for(a.get("start_year"), a.get("end_year"), canonical, published_year)


def _context_year(cand: Candidate, stages: list[Candidate], paras: list[Segment], published_year):
    """The year of the nearest dated STAGE before ``cand`` in its paragraph, or within the
    preceding ``_CONTEXT_CHARS`` characters; else the document date."""
    para = next((p for p in paras if p.start <= cand.start < p.end), None)
    lower = min(para.start if para else cand.start, max(0, cand.start - _CONTEXT_CHARS))
    before = [
        s for s in stages
        if lower <= s.start < cand.start and s.attrs.get("start_year")
        and s.attrs.get("rule", "").startswith(_DATED_RULES)
    ]
    if before:
        prev = before[-1].attrs
        return (prev["end_year"] or prev["start_year"]), "context"
    return published_year, "published"


def sentence_periods(text: str, stages: list[Candidate], nested: set[int] = frozenset()) -> list[tuple[Segment, Optional[Candidate]]]:
    """Every sentence with the STAGE span that gives its period (own, carried or the paragraph's)."""
    out: list[tuple[Segment, Optional[Candidate]]] = []
    for para in paragraphs(text):
        sents = sentences(text, para)
        in_para = [s for s in stages if para.start <= s.start < para.end]
        current: Optional[Candidate] = None
        rows = []
        for sent in sents:
            own = [s for s in in_para if sent.start <= s.start < sent.end]
            for s in own:
                if s.attrs.get("anaphor"):
                    _refer(s, current)
            chosen = _choose([s for s in own if id(s) not in nested])
            if chosen is not None:
                current = chosen
            rows.append((sent, current))
        first = next((p for _, p in rows if p is not None), None)
        out += [(sent, period if period is not None else first) for sent, period in rows]
    return out


def _choose(own: list[Candidate]) -> Optional[Candidate]:
    usable = [
        s for s in own
        if not s.attrs.get("rule", "").startswith("stage.duration")
        and not (s.attrs.get("rule", "").startswith("stage.day") and s.attrs.get("start_year") is None)
    ]
    for pick in (
        lambda s: s.attrs.get("stage_id"),
        lambda s: s.attrs.get("start_year") is not None or s.attrs.get("end_year") is not None,
        lambda s: True,
    ):
        found = [s for s in usable if pick(s)]
        if found:
            return found[0]
    return None


def _refer(anaphor: Candidate, period: Optional[Candidate]) -> None:
    a = anaphor.attrs
    a.pop("anaphor", None)
    if period is None:
        a.update(start_year=None, end_year=None, stage_id=None, unresolved=True)
        return
    p = period.attrs
    a.update(start_year=p.get("start_year"), end_year=p.get("end_year"), stage_id=p.get("stage_id"))
    a["refers_to"] = [period.start, period.end]


def stage_summary(text: str, period: Optional[Candidate]) -> Optional[dict]:
    if period is None:
        return None
    a = period.attrs
    return {
        "text": text[period.start : period.end],
        "start": period.start,
        "end": period.end,
        "start_year": a.get("start_year"),
        "end_year": a.get("end_year"),
        "stage_id": a.get("stage_id"),
        "concept_id": period.concept_id,
    }
