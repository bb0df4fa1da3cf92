"""Every dev fixture in tests/fixtures/spam: spam strings go, keep strings stay.

A fixture is ``name.txt`` plus ``name.json`` with ``lang``, ``spam`` (strings
that must not remain), ``keep`` (strings that must remain, white space
normalised), optional ``steps`` (default junk then spam) and
``expect_no_edits`` for texts with nothing injected.
"""

import json
import re
from pathlib import Path

import pytest

from pipeline.changes import ChangeLog, apply_changes
from pipeline.clean import junk, spam
from pipeline.clean.context import DocContext

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "spam"
CASES = sorted(p.stem for p in FIXTURES.glob("*.json"))
STEPS = {"junk": junk.find_edits, "spam": spam.find_edits}


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def clean(name: str):
    gold = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    log = ChangeLog(text)
    ctx = DocContext(lang=gold["lang"])
    edits = []
    for step in gold.get("steps", ["junk", "spam"]):
        found = STEPS[step](log.text, ctx)
        edits += found
        log.apply(found)
    return gold, text, log, edits


def test_there_are_fixtures_of_every_family():
    assert len(CASES) >= 15
    names = " ".join(CASES)
    for shape in ("gambling", "escort", "togel", "porn", "seo_tw", "brand_as_place", "spliced", "filler",
                  "junk", "governance", "unknown", "clean"):
        assert shape in names


@pytest.mark.parametrize("name", CASES)
def test_spam_strings_are_removed(name):
    gold, _text, log, _edits = clean(name)
    left = [s for s in gold["spam"] if _norm(s) in _norm(log.text)]
    assert left == [], log.text


@pytest.mark.parametrize("name", CASES)
def test_keep_strings_survive(name):
    gold, _text, log, _edits = clean(name)
    lost = [s for s in gold["keep"] if _norm(s) not in _norm(log.text)]
    assert lost == [], log.text


@pytest.mark.parametrize("name", [c for c in CASES if "no_edits" in (FIXTURES / f"{c}.json").read_text()])
def test_clean_and_governance_texts_are_untouched(name):
    _gold, text, log, edits = clean(name)
    assert [(e.rule, text[e.start:e.end]) for e in edits] == []
    assert log.text == text


@pytest.mark.parametrize("name", CASES)
def test_change_log_reproduces_text_and_only_removes(name):
    _gold, text, log, _edits = clean(name)
    assert apply_changes(text, log.changes()) == log.text
    for ch in log.changes():
        assert ch.kind in ("spam", "junk")
        # A removal never adds words: what is put back is white space or a line break.
        assert ch.after.strip() == "" or ch.after.strip() in ch.before
