"""Recall per label on the seed's gold (shared/gold/seed.json), after cleaning the seed document.

Gold strings are surface strings as they read after cleaning. Where cleaning
rewrote a gold string (term repair turns "hematopoietic" into "self-development"),
its occurrences are found in ``source_text`` and carried through the change log.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate_scoring import occurrences, overlaps
from pipeline.annotate import Annotator
from pipeline.clean import clean_document
from pipeline.records import RawDocument

SHARED = Path("/work/shared")
GOLD = SHARED / "gold" / "seed.json"

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="shared seed gold not available")


def _source_to_text(changes, start: int, end: int) -> tuple[int, int]:
    """Map a source_text range to the cleaned text through the ordered change list."""
    delta, new_start, new_end = 0, None, None
    for ch in sorted(changes, key=lambda c: c.start):
        if new_start is None and start < ch.end and ch.start <= start:
            new_start = ch.start + delta
        if new_start is None and ch.start > start:
            new_start = start + delta
        if end <= ch.start:
            break
        if ch.start < end <= ch.end:
            new_end = ch.start + delta + len(ch.after)
        delta += len(ch.after) - (ch.end - ch.start)
    if new_start is None:
        new_start = start + delta
    if new_end is None:
        new_end = end + delta
    return new_start, new_end


@pytest.fixture(scope="module")
def seed_result():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    path = SHARED / gold["file"]
    raw = RawDocument(source=str(path), content=path.read_bytes(), media_type="text/plain")
    rec = clean_document(raw)
    ann = Annotator().annotate([rec])[0]
    return gold, rec, ann


def seed_recall(gold, rec, ann) -> dict[str, tuple[int, int, list[str]]]:
    out = {}
    for label, entries in gold["annotations"].items():
        found, missed = 0, []
        spans = [(s.start, s.end) for s in ann.spans if s.label == label]
        for entry in entries:
            g = entry["text"] if isinstance(entry, dict) else entry
            occ = occurrences(rec.text, g)
            if not occ:
                occ = [_source_to_text(rec.changes, a, b) for a, b in occurrences(rec.source_text, g)]
                occ = [o for o in occ if o[1] > o[0]]
            if any(overlaps(o, s) for o in occ for s in spans):
                found += 1
            else:
                missed.append(g)
        out[label] = (found, len(entries), missed)
    return out


@pytest.mark.parametrize("label", ["ACTOR", "MECHANISM", "STAGE"])
def test_seed_recall_per_label(seed_result, label):
    found, total, missed = seed_recall(*seed_result)[label]
    assert total > 0
    assert found / total >= 0.85, f"{label} recall {found}/{total}, missed {missed}"


def test_seed_stage_years_match_gold(seed_result):
    gold, rec, ann = seed_result
    stages = [s for s in ann.spans if s.label == "STAGE"]
    wrong = []
    for g in gold["annotations"]["STAGE"]:
        occ = occurrences(rec.text, g["text"])
        hits = [s for s in stages for o in occ if overlaps(o, (s.start, s.end))]
        if not hits:
            continue
        a = hits[0].attrs
        want = (g["start_year"], g["end_year"], g.get("stage_id"))
        got = (a.get("start_year"), a.get("end_year"), a.get("stage_id"))
        if got != want:
            wrong.append((g["text"], got, want))
    assert not wrong


def test_no_actor_in_seed_byline_or_chrome(seed_result):
    _, rec, ann = seed_result
    for name in ("Guo Chunfu", "Zhang Yueying", "Chinese Social Sciences"):
        for o in occurrences(rec.text, name):
            assert not [s for s in ann.spans if s.label == "ACTOR" and overlaps(o, (s.start, s.end))], name


def test_seed_spans_carry_stage_of_their_period(seed_result):
    _, rec, ann = seed_result
    by_text = {}
    for s in ann.spans:
        by_text.setdefault((s.label, s.text), []).append(s.attrs.get("stage_id"))
    # "General Secretary Xi Jinping proposed ..." is in the November 2013 sentence.
    assert "targeted-poverty-alleviation" in by_text[("ACTOR", "General Secretary Xi Jinping")]
    assert "poverty-alleviation-collaboration" in by_text[("MECHANISM", "pairing assistance")]
