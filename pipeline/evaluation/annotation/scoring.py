"""Scoring one document's spans against its gold, and summing the counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .matching import Range, locate_gold, normalise, overlaps

LABELS = ("ACTOR", "MECHANISM", "STAGE")
STAGE_FIELDS = ("start_year", "end_year", "stage_id")


@dataclass
class GoldDoc:
    name: str
    path: Path
    lang: str
    exhaustive: bool
    annotations: dict[str, list[dict]]


@dataclass
class DocScore:
    """Counts for one document; ``missed`` and ``spurious`` feed the details view."""

    name: str
    lang: str
    exhaustive: bool
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    stage: dict[str, int] = field(default_factory=dict)
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)
    error: Optional[str] = None


def gold_entry(entry: Any) -> dict:
    """A gold entry as a dict: plain strings become ``{"text": s}``."""
    return {"text": entry} if isinstance(entry, str) else dict(entry)


def score_document(gold: GoldDoc, record: Any, annotation: Any) -> DocScore:
    """Score one annotation record (spans over ``record.text``) against its gold.

    An entry marked ``"optional": true`` is a reading the guide accepts but does
    not require (a place inside a mechanism's name, a policy slogan): a span on
    it is not counted wrong, and missing it is not counted either.
    """
    score = DocScore(gold.name, gold.lang, gold.exhaustive)
    folded = normalise(record.text)
    stage_hits = {"matched": 0, **{f: 0 for f in STAGE_FIELDS}, "all": 0}
    for label in LABELS:
        entries = [gold_entry(e) for e in gold.annotations.get(label, [])]
        spans = [s for s in annotation.spans if s.label == label]
        located = [locate_gold(e["text"], record.text, record.source_text, record.changes, folded) for e in entries]
        all_ranges = [r for ranges in located for r in ranges]
        required = [(e, ranges) for e, ranges in zip(entries, located) if not e.get("optional")]
        found = sum(_recalled(entry, ranges, spans, label, score, stage_hits) for entry, ranges in required)
        correct = 0
        for s in spans:
            if any(overlaps((s.start, s.end), r) for r in all_ranges):
                correct += 1
            else:
                score.spurious.setdefault(label, []).append(s.text)
        score.counts[label] = {"gold": len(required), "found": found, "predicted": len(spans), "correct": correct}
    score.stage = stage_hits
    return score


def _recalled(entry: dict, ranges: list[Range], spans: list, label: str, score: DocScore, stage_hits: dict) -> bool:
    hits = [s for s in spans if any(overlaps((s.start, s.end), r) for r in ranges)]
    if not hits:
        score.missed.setdefault(label, []).append(entry["text"])
        return False
    if label == "STAGE":
        _score_stage(entry, _best_hit(hits, ranges), stage_hits)
    return True


def _best_hit(hits: list, ranges: list[Range]):
    def overlap(span) -> int:
        return max(min(span.end, e) - max(span.start, s) for s, e in ranges)

    return max(hits, key=lambda s: (overlap(s), -s.start))


def _score_stage(entry: dict, span: Any, tally: dict[str, int]) -> None:
    tally["matched"] += 1
    attrs = span.attrs or {}
    ok = [attrs.get(f) == entry.get(f) for f in STAGE_FIELDS]
    for f, good in zip(STAGE_FIELDS, ok):
        tally[f] += int(good)
    tally["all"] += int(all(ok))


def _ratio(num: int, den: int) -> Optional[float]:
    return round(num / den, 4) if den else None


def _f1(p: Optional[float], r: Optional[float]) -> Optional[float]:
    if p is None or r is None:
        return None
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def summarise(scores: list[DocScore]) -> dict[str, dict]:
    """Micro-averaged figures per label: recall over all documents, precision
    over exhaustive ones; F1 combines the two."""
    out = {}
    for label in LABELS:
        gold = sum(s.counts[label]["gold"] for s in scores)
        found = sum(s.counts[label]["found"] for s in scores)
        exh = [s for s in scores if s.exhaustive]
        predicted = sum(s.counts[label]["predicted"] for s in exh)
        correct = sum(s.counts[label]["correct"] for s in exh)
        recall = _ratio(found, gold)
        precision = _ratio(correct, predicted) if exh else None
        if exh and not predicted:
            precision = 0.0 if gold else None
        out[label] = {
            "gold": gold,
            "found": found,
            "recall": recall,
            "predicted": predicted if exh else None,
            "correct": correct if exh else None,
            "precision": precision,
            "f1": _f1(precision, recall),
        }
    return out


def stage_summary(scores: list[DocScore]) -> dict:
    tally = {k: sum(s.stage.get(k, 0) for s in scores) for k in ("matched", *STAGE_FIELDS, "all")}
    return {"matched": tally["matched"], **{k: _ratio(tally[k], tally["matched"]) for k in (*STAGE_FIELDS, "all")}}


def concept_ids(annotation: Any, label: Optional[str] = None) -> set[str]:
    return {s.concept_id for s in annotation.spans if s.concept_id and (label is None or s.label == label)}


def jaccard(a: set, b: set) -> Optional[float]:
    return round(len(a & b) / len(a | b), 4) if a | b else None
