"""Overlap scoring of annotation spans against gold surface strings (shared by the annotate tests).

A gold entry is a surface string (or {"text", "start_year", ...} for STAGE); every
occurrence of it in the text, found case- and white-space-insensitively, is a
gold span. A predicted span is correct when it overlaps a gold span of its
label. ``not`` lists strings whose occurrences must carry no span of that label.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.records import CleanRecord

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "annotate"
LABELS = ("ACTOR", "MECHANISM", "STAGE")


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    chars = [re.escape(c) for c in needle if not c.isspace()]
    pattern = re.compile(r"\s*".join(chars), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class LabelScore:
    tp_pred: int = 0
    pred: int = 0
    tp_gold: int = 0
    gold: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    attr_errors: list[str] = field(default_factory=list)

    def add(self, other: "LabelScore") -> None:
        self.tp_pred += other.tp_pred
        self.pred += other.pred
        self.tp_gold += other.tp_gold
        self.gold += other.gold
        self.missed += other.missed
        self.wrong += other.wrong
        self.attr_errors += other.attr_errors

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_record(ann, gold: dict, not_: dict | None = None) -> dict[str, LabelScore]:
    text = ann.text
    out = {}
    for label in LABELS:
        s = LabelScore()
        spans = [(x.start, x.end, x) for x in ann.spans if x.label == label]
        banned = [o for n in (not_ or {}).get(label, []) for o in occurrences(text, n)]
        gold_occ = []
        for entry in gold.get(label, []):
            g = entry if isinstance(entry, dict) else {"text": entry}
            for occ in occurrences(text, g["text"]):
                if not any(b[0] <= occ[0] and occ[1] <= b[1] for b in banned):
                    gold_occ.append((occ, g))
        for occ, g in gold_occ:
            s.gold += 1
            hit = [x for a, b, x in spans if overlaps(occ, (a, b))]
            if hit:
                s.tp_gold += 1
                _check_attrs(s, g, hit[0])
            else:
                s.missed.append(g["text"])
        for a, b, x in spans:
            s.pred += 1
            if any(overlaps((a, b), occ) for occ, _ in gold_occ):
                s.tp_pred += 1
            else:
                s.wrong.append(x.text)
        out[label] = s
    return out


def _check_attrs(s: LabelScore, g: dict, span) -> None:
    for key in ("start_year", "end_year", "stage_id"):
        if key in g and span.attrs.get(key) != g[key]:
            s.attr_errors.append(f"{g['text']!r}: {key} {span.attrs.get(key)!r} != {g[key]!r}")


def fixture_records() -> list[tuple[str, dict, CleanRecord]]:
    out = []
    for path in sorted(FIXTURES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        rec = CleanRecord(
            doc_id=path.stem, source=str(path.name), lang=data["lang"], published=data.get("published"),
            raw_sha256="0" * 64, source_text=data["text"], text=data["text"],
        )
        out.append((path.stem, data, rec))
    return out
