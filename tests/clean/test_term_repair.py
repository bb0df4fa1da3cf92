"""Known literal mistranslations of policy terms -> preferred English terms."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from pipeline.changes import ChangeLog
from pipeline.clean import term_repair
from pipeline.clean.context import DocContext
from pipeline.settings import CleanSettings

SEED_TERMS = [
    "hematopoietic",
    "decentralization service",
    "Ethical regions",
    "Sanitary counter support",
    "4 plans",
    "old and cities.、less、edge",
    "Metropolitania Target in 2035",
]


def repair(text: str, mode: str = "rewrite") -> tuple[str, list, DocContext]:
    ctx = DocContext(lang="en", settings=CleanSettings(term_repair=mode))
    edits = term_repair.find_edits(text, ctx)
    log = ChangeLog(text)
    log.apply(edits)
    return log.text, edits, ctx


def test_file_format() -> None:
    data = json.loads(term_repair.MISTRANSLATIONS.read_text(encoding="utf-8"))
    assert data["version"]
    ids = [e["id"] for e in data["entries"]]
    assert len(ids) == len(set(ids))
    for e in data["entries"]:
        assert e["id"].startswith("mt-term/") and e["preferred"] and e["zh"] and e["wrong"]
        assert e["concept_id"] is None or re.fullmatch(r"(actor|mechanism|stage)/[a-z0-9-]+", e["concept_id"])
    listed = {w for e in data["entries"] for w in e["wrong"]}
    assert set(SEED_TERMS) <= listed
    assert len(data["entries"]) >= len(SEED_TERMS) + 20


@pytest.mark.parametrize(
    "before, after",
    [
        ('improving the "hematopoietic" ability in poverty-stricken areas', 'improving the "self-development" ability in poverty-stricken areas'),
        ('the reform of the "decentralization service" reform', 'the reform of the "streamline administration, delegate power and improve services" reform'),
        ("support the frontier, Ethical regions.", "support the frontier, ethnic regions."),
        ("in economic support, Sanitary counter support, Educational", "in economic support, health counterpart support, Educational"),
        ("9 provinces and cities, and 4 plans to carry out", "9 provinces and cities, and 4 cities with independent planning status to carry out"),
        ("Economy is old and cities., less, edge, Donation", "Economy is old revolutionary base, ethnic minority, border and poor areas, Donation"),
        ("Economy is old and cities.、less、edge、Donation", "Economy is old revolutionary base, ethnic minority, border and poor areas、Donation"),
        ("the Outline of the Metropolitania Target in 2035, We", "the Outline of the Long-Range Objectives Through the Year 2035, We"),
        ("respected by Xinxiang Xian in the village", "respected by respected local figures in the village"),
        ("ensure the two no worries and three guarantees", "ensure the Two Assurances and Three Guarantees"),
        ("file and card poor households", "registered as poor poor households"),
        ("prevent large-scale return poverty", "prevent large-scale falling back into poverty"),
        ("poor counties take off the hat", "poor counties removal from the poverty list"),
        ("the One Belt, One Road initiative", "the Belt and Road initiative"),
        ("low guarantee households", "minimum living allowance households"),
        ('solving "three farmers" issues', 'solving "agriculture, rural areas and farmers" issues'),
        ("Ethical regions are poorer. Ethical regions", "Ethnic regions are poorer. Ethnic regions"),
        ("Do not forget the original heart, keep the mission", "Do not forget the original aspiration, keep the mission"),
        ("deposits into the housing public accumulation fund rose", "deposits into the housing provident fund rose"),
        ("the lake length system and the forest length system", "the lake chief system and the forest chief system"),
        ("employers pay five insurances and one gold", "employers pay five social insurances and the housing fund"),
        ("promoting precise poverty alleviation in 2015", "promoting targeted poverty alleviation in 2015"),
        ('upholding the "Maple Bridge Experience" in the new era', 'upholding the "Fengqiao Experience" in the new era'),
        ("adhering to first standing and then breaking in energy", "adhering to establishing the new before abolishing the old in energy"),
    ],
)
def test_rewrites(before: str, after: str) -> None:
    assert repair(before)[0] == after


@pytest.mark.parametrize(
    "text",
    [
        'From "blood transfusion" from helping money',
        "hematopoietic stem cell transplants in the provincial hospital",
        "The plans to carry out reform were approved.",
        "He drafted 4 plans for the new office building.",
        "Three farmers were interviewed about the harvest.",
        "On the one hand, leaders must listen; on the other hand, act.",
        "Take off the hat at the entrance of the museum.",
        "Low insurance premiums attract young drivers.",
        "Ethical review boards approved the study.",
        "Research on Deep Poverty and Precision Governance",
        "The cable-stayed bridge has a length of 400 metres; the river length is 12 km.",
    ],
)
def test_leaves_genuine_usage_alone(text: str) -> None:
    assert repair(text)[0] == text


def test_edits_are_logged_with_before_and_after() -> None:
    text = "Focus on the hematopoietic function of poverty areas."
    log = ChangeLog(text)
    log.apply(term_repair.find_edits(text, DocContext(lang="en")))
    (change,) = log.changes()
    assert (change.before, change.after, change.kind, change.rule) == (
        "hematopoietic",
        "self-development",
        "mt",
        "mt.term.blood-making",
    )


def test_longest_match_wins() -> None:
    out, edits, _ = repair("relief counter support, Sanitary counter support")
    assert out == "relief counterpart support, health counterpart support"
    assert [e.rule for e in edits] == ["mt.term.counterpart-support", "mt.term.health-counterpart-support"]


def test_flag_mode_emits_review_items_and_flags() -> None:
    text = 'improving the "hematopoietic" ability of poor areas'
    ctx = DocContext(lang="en", settings=CleanSettings(term_repair="flag", review_threshold=0.5))
    edits = term_repair.find_edits(text, ctx)
    assert [e.confidence for e in edits] == [term_repair.FLAG_CONFIDENCE]
    assert "term-repair.flagged:mt-term/blood-making" in ctx.flags


def test_flag_mode_through_the_cleaner_leaves_text(tmp_path) -> None:
    from pipeline.clean import clean_document
    from pipeline.records import RawDocument

    text = 'Focus on improving the "hematopoietic" ability in poverty-stricken areas in the west of the country.'
    raw = RawDocument(source="t.txt", content=text.encode(), media_type="text/plain")
    record = clean_document(raw, CleanSettings(term_repair="flag", review_threshold=0.5))
    assert "hematopoietic" in record.text
    assert [c.after for c in record.review if c.rule == "mt.term.blood-making"] == ["self-development"]
    # At the default threshold 0 a flag is still never applied: it goes to review.
    flagged = clean_document(raw, CleanSettings(term_repair="flag"))
    assert "hematopoietic" in flagged.text
    assert [c.after for c in flagged.review if c.rule == "mt.term.blood-making"] == ["self-development"]
    rewritten = clean_document(raw, CleanSettings())
    assert '"self-development" ability' in rewritten.text


def test_only_english() -> None:
    assert term_repair.find_edits("hematopoietic 造血", DocContext(lang="zh")) == []


@pytest.mark.parametrize(
    "before",
    ["in the old, less, edge areas of the county", "in the old, less, edge, poor areas of the county", "in old, young, border and poor areas of the county"],
)
def test_old_minority_border_poor_with_areas_is_not_doubled(before: str) -> None:
    text = repair(before)[0]
    assert "old revolutionary base, ethnic minority, border and poor areas of the county" in text
    assert "areas areas" not in text
