"""Annotation: clean records -> STAGE / ACTOR / MECHANISM spans and frames.

Per document: term-base matches (PhraseMatcher over spaCy tokens) and pattern
rules propose candidates; candidates in byline or chrome lines are dropped;
each label keeps its longest non-overlapping spans; STAGE spans get normalized
years and a canonical ``stage_id``; ACTOR and MECHANISM spans get the
``stage_id`` of the period their sentence is in; every sentence with an ACTOR
and a MECHANISM becomes a :class:`~pipeline.records.Frame`.
"""

from __future__ import annotations

import bisect
import re
from typing import Optional

from ..records import AnnotationRecord, CleanRecord, Frame, Span
from ..versions import versions
from . import context
from .nlp import Candidate, LangPipeline, pipeline_for
from .groups import GroupRules
from .mechanisms import MechanismRules
from .rules import ActorRules
from .stages import StageRules
from .termbase import TermBase, default_termbase

LABELS = ("ACTOR", "MECHANISM", "STAGE")
_GENERIC_GROUPS = ("role", "local-body", "place-group")
_PLACE_GROUPS = ("province-level", "planning-city", "city")


class Annotator:
    """Build once per process (the spaCy/jieba set-up takes about a second), then annotate batches."""

    def __init__(self, termbase: Optional[TermBase] = None, batch_size: int = 32):
        self.termbase = termbase or default_termbase()
        self.batch_size = batch_size
        own = termbase is not None
        self.pipelines = {lang: pipeline_for(lang, self.termbase if own else None) for lang in ("zh", "en")}
        self.actor_rules = ActorRules(self.termbase)
        self.mechanism_rules = MechanismRules(self.termbase)
        self.group_rules = GroupRules(self.termbase)
        self.stage_rules = StageRules(self.termbase)
        r = self.termbase.rules
        self.meta_patterns = [re.compile(p) for p in r["metadata_line_patterns"]]
        self.meta_max = int(r["metadata_line_max_chars"])
        self.datelines = [re.compile(p) for p in r.get("dateline_patterns", [])]
        self.canonical = self.termbase.canonical_stages()
        self.location_verbs_zh = re.compile("|".join(map(re.escape, r["location_verbs_zh"])))
        self.location_preps_zh = re.compile("(?:" + "|".join(map(re.escape, r["location_prepositions_zh"])) + ")$")
        self.location_preps_en = re.compile(
            r"(?i)\b(?:" + "|".join(map(re.escape, r["location_prepositions_en"])) + r")\s+(?:the\s+)?$"
        )

    def annotate(self, records: list[CleanRecord]) -> list[AnnotationRecord]:
        out: list[Optional[AnnotationRecord]] = [None] * len(records)
        for lang in ("zh", "en"):
            idx = [i for i, r in enumerate(records) if r.lang == lang]
            pipe = self.pipelines[lang]
            docs = pipe.nlp.pipe((records[i].text for i in idx), batch_size=self.batch_size)
            for i, doc in zip(idx, docs):
                out[i] = self._annotate_doc(records[i], doc, pipe)
        return [r for r in out if r is not None]

    def _annotate_doc(self, rec: CleanRecord, doc, pipe: LangPipeline) -> AnnotationRecord:
        text, lang = rec.text, rec.lang
        cands = pipe.match_terms(doc)
        cands = self._stage_terms(cands, text, lang)
        cands += self.actor_rules.find(doc, lang)
        cands += self.group_rules.find(text, lang)
        cands += self.mechanism_rules.find(text, lang, cands, doc)
        cands += self.stage_rules.find(text, lang)
        cands = self._drop_excluded(cands, text, lang)
        cands = _drop_bylined_people(cands, text, rec)
        kept = _resolve_overlaps(cands, len(text), self.termbase)
        kept = _drop_nested(kept)
        stages = [c for c in kept if c.label == "STAGE"]
        context.resolve_stages(text, stages, self.canonical, _year(rec.published))
        nested = _stages_inside_mechanisms(kept)
        periods = context.sentence_periods(text, stages, nested)
        kept = [c for c in kept if not c.attrs.pop("unresolved", False)]
        frames = self._assign_periods(kept, periods, text)
        spans = [_to_span(c, text) for c in sorted(kept, key=lambda c: (c.start, c.end, c.label, c.concept_id or ""))]
        return AnnotationRecord(
            doc_id=rec.doc_id, source=rec.source, lang=lang, text=text, spans=spans, frames=frames, versions=versions()
        )

    def _stage_terms(self, cands: list[Candidate], text: str, lang: str) -> list[Candidate]:
        """Give term-base STAGE spans their years; a congress is its year, or the open period anchored on it."""
        out = []
        for c in cands:
            if c.label != "STAGE":
                out.append(c)
                continue
            concept = self.termbase.concepts[c.concept_id]
            years = (concept.years.start, concept.years.end)
            if concept.type == "congress":
                anchored = self.stage_rules.anchor_congress(c, text, lang, years)
                # A bare congress that dates an event (党的十九大提出 ...) places it in that year.
                out.append(anchored or Candidate(c.start, c.end, "STAGE", c.concept_id,
                                                 {"rule": "stage.congress", "start_year": years[0], "end_year": years[1]}))
                continue
            c.attrs.update(start_year=years[0], end_year=years[1])
            out.append(c)
        return out

    def _drop_excluded(self, cands: list[Candidate], text: str, lang: str) -> list[Candidate]:
        masked = context.metadata_lines(text, self.meta_patterns, self.meta_max, self.datelines)
        venues = [c for c in cands if c.label == "ACTOR" and self._is_location(c, text, lang)]
        out = []
        for c in cands:
            if any(m.start <= c.start < m.end for m in masked):
                continue
            if c.label == "ACTOR" and any(v.start <= c.start and c.end <= v.end for v in venues):
                continue
            out.append(c)
        return out

    def _is_location(self, c: Candidate, text: str, lang: str) -> bool:
        """A place named only as where something happens is not an ACTOR."""
        concept = self.termbase.concepts.get(c.concept_id or "")
        is_place = (concept is not None and concept.group in _PLACE_GROUPS) or c.attrs.get("rule", "").startswith("actor.admin-unit")
        if not is_place:
            return False
        if lang == "en":
            return bool(self.location_preps_en.search(text[max(0, c.start - 20) : c.start]))
        before = text[max(0, c.start - 2) : c.start]
        return bool(self.location_preps_zh.search(before)) and bool(self.location_verbs_zh.search(text[c.end : c.end + 8]))

    def _assign_periods(self, kept: list[Candidate], periods, text: str) -> list[Frame]:
        frames: list[Frame] = []
        by_start = sorted(kept, key=lambda c: (c.start, c.end))
        starts = [c.start for c in by_start]
        for sent, period in periods:
            stage_id = period.attrs.get("stage_id") if period is not None else None
            inside = by_start[bisect.bisect_left(starts, sent.start) : bisect.bisect_left(starts, sent.end)]
            for c in inside:
                if c.label != "STAGE":
                    c.attrs["stage_id"] = stage_id
            actors = _names((c for c in inside if c.label == "ACTOR"), text)
            mechanisms = _names((c for c in inside if c.label == "MECHANISM"), text)
            if actors and mechanisms:
                frames.append(
                    Frame(start=sent.start, end=sent.end, actors=actors, mechanisms=mechanisms,
                          stage=context.stage_summary(text, period))
                )
        return frames


def _resolve_overlaps(cands: list[Candidate], n: int, termbase: TermBase) -> list[Candidate]:
    """Per label: longest first, term-base concepts before pattern spans; a label never overlaps itself."""
    cands = _prefer_concepts(cands, termbase)
    kept: list[Candidate] = []
    for label in LABELS:
        taken = bytearray(n)
        mine = [c for c in cands if c.label == label and c.end > c.start]
        mine.sort(key=lambda c: (-c.length, c.concept_id is None, c.start, c.concept_id or "", c.attrs.get("rule", "")))
        for c in mine:
            if not any(taken[c.start : c.end]):
                taken[c.start : c.end] = b"\x01" * c.length
                kept.append(c)
    return kept


def _prefer_concepts(cands: list[Candidate], termbase: TermBase) -> list[Candidate]:
    """Drop a pattern span that ends where a named term-base span of its label ends and is at most twice
    as long ("State Council's Poverty Alleviation and Development Leading Group" is the leading group);
    generic terms (Municipal Government) do not outrank the pattern (Guangzhou Municipal Government)."""
    people = {(c.label, c.end): c.concept_id for c in cands if _group(termbase, c) == "person"}
    for c in cands:
        if c.concept_id is None and c.attrs.get("rule", "").startswith("actor.office-holder"):
            c.concept_id = people.get((c.label, c.end))  # "Vice Premier Hu Chunhua" is Hu Chunhua
    ends = {}
    for c in cands:
        concept = termbase.concepts.get(c.concept_id or "")
        if concept is not None and concept.group not in _GENERIC_GROUPS:
            key = (c.label, c.end)
            ends[key] = max(ends.get(key, 0), c.length)
    return [c for c in cands if c.concept_id or ends.get((c.label, c.end), 0) * 2 < c.length]


def _group(termbase: TermBase, c: Candidate) -> Optional[str]:
    concept = termbase.concepts.get(c.concept_id or "")
    return concept.group if concept is not None else None


def _drop_bylined_people(cands: list[Candidate], text: str, rec: CleanRecord) -> list[Candidate]:
    """The article's own authors and editors are document metadata, never an ACTOR."""
    names = [n for n in rec.authors if isinstance(n, str)]
    for key in ("editor", "editors", "reporter", "reporters"):
        value = rec.metadata.get(key)
        names += [value] if isinstance(value, str) else [v for v in value or [] if isinstance(v, str)]
    names = [n.strip() for n in names if len(n.strip()) >= 2]
    if not names:
        return cands
    return [c for c in cands if c.label != "ACTOR" or not any(n in text[c.start : c.end] for n in names)]


class _Intervals:
    """The spans of one label (non-overlapping after resolution), for fast "is c strictly inside one" checks."""

    def __init__(self, spans: list[Candidate]):
        self.spans = sorted(spans, key=lambda c: c.start)
        self.starts = [c.start for c in self.spans]

    def strictly_contains(self, c: Candidate) -> bool:
        k = bisect.bisect_right(self.starts, c.start) - 1
        return k >= 0 and c.end <= self.spans[k].end and self.spans[k].length > c.length


def _drop_nested(kept: list[Candidate]) -> list[Candidate]:
    """A MECHANISM inside an ACTOR's name ("Poverty Alleviation and Development" in a leading group) is part of
    the name; a pattern-found ACTOR inside a MECHANISM's name ("... Xingwan Village" action) is not an actor."""
    actors = _Intervals([c for c in kept if c.label == "ACTOR"])
    mechanisms = _Intervals([c for c in kept if c.label == "MECHANISM"])
    return [
        c for c in kept
        if not (c.label == "MECHANISM" and actors.strictly_contains(c))
        and not (c.label == "ACTOR" and c.concept_id is None and mechanisms.strictly_contains(c))
    ]


def _stages_inside_mechanisms(kept: list[Candidate]) -> set[int]:
    """STAGE spans inside a MECHANISM name (脱贫攻坚 in 巩固拓展脱贫攻坚成果) do not set a sentence's period."""
    mechanisms = _Intervals([c for c in kept if c.label == "MECHANISM"])
    return {id(c) for c in kept if c.label == "STAGE" and mechanisms.strictly_contains(c)}


def _names(cands, text: str) -> list[str]:
    return list(dict.fromkeys(c.concept_id or text[c.start : c.end] for c in cands))


def _to_span(c: Candidate, text: str) -> Span:
    attrs = dict(c.attrs)
    if c.label == "STAGE":
        attrs.setdefault("start_year", None)
        attrs.setdefault("end_year", None)
        attrs.setdefault("stage_id", None)
    else:
        attrs.setdefault("stage_id", None)
    return Span(start=c.start, end=c.end, text=text[c.start : c.end], label=c.label, concept_id=c.concept_id, attrs=attrs)


def _year(published: Optional[str]) -> Optional[int]:
    if published and re.match(r"^\d{4}", published):
        return int(published[:4])
    return None
