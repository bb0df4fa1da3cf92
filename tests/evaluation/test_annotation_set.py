"""Well-formedness of the held-out annotation set under evaluation/annotation/."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.evaluation.annotation import find_occurrences, gold_entry, load_gold, load_pairs
from pipeline.lang import detect_lang
from pipeline.settings import REPO_ROOT

SET_DIR = REPO_ROOT / "evaluation" / "annotation"
LABELS = {"ACTOR", "MECHANISM", "STAGE"}
STAGE_IDS = {None, "counterpart-support", "poverty-alleviation-collaboration", "targeted-poverty-alleviation", "rural-revitalization"}
ENTRY_KEYS = {
    "ACTOR": {"text", "concept_id", "optional"},
    "MECHANISM": {"text", "concept_id", "optional"},
    "STAGE": {"text", "start_year", "end_year", "stage_id", "optional"},
}
GOLD_FILES = sorted((SET_DIR / "gold").glob("*.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_set_size_and_languages():
    docs = load_gold(SET_DIR)
    assert len(docs) >= 20
    assert sum(d.lang == "zh" for d in docs) >= 11
    assert sum(d.lang == "en" for d in docs) >= 11
    assert all(d.exhaustive for d in docs)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_is_well_formed_and_every_string_occurs_in_its_document(gold_path):
    gold = _load(gold_path)
    doc = SET_DIR / gold["file"]
    text = doc.read_text(encoding="utf-8")
    assert gold["lang"] == detect_lang(text)
    assert set(gold["annotations"]) == LABELS
    size = len(text.split()) if gold["lang"] == "en" else len(text)
    assert (150 if gold["lang"] == "en" else 450) <= size <= (600 if gold["lang"] == "en" else 1800)
    for label, entries in gold["annotations"].items():
        assert [e for e in entries if not gold_entry(e).get("optional")], f"no required {label} in {gold_path.name}"
        texts = [gold_entry(e)["text"] for e in entries]
        assert len(texts) == len(set(texts)), f"duplicate {label} strings"
        for entry in map(gold_entry, entries):
            assert set(entry) <= ENTRY_KEYS[label], f"unknown keys in {entry}"
            assert entry.get("optional", False) in (True, False)
            assert find_occurrences(entry["text"], text), f"{label} {entry['text']!r} not in {doc.name}"
            if label == "STAGE":
                start, end = entry["start_year"], entry["end_year"]
                assert start is None or isinstance(start, int)
                assert end is None or isinstance(end, int)
                assert start is None or end is None or start <= end
                assert entry["stage_id"] in STAGE_IDS


def test_pairs_point_at_documents_of_both_languages():
    pairs = load_pairs(SET_DIR)
    assert len(pairs) >= 3
    langs = {d.path: d.lang for d in load_gold(SET_DIR)}
    for pair in pairs:
        assert langs[pair["zh"]] == "zh" and langs[pair["en"]] == "en"


def test_english_seed_paragraphs_are_copied_verbatim_from_the_seed():
    seed = (REPO_ROOT / "raw" / "samples" / "000_746e50ebb22f7612.txt").read_text(encoding="utf-8")
    copied = (SET_DIR / "docs" / "en_seed_paragraphs.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in copied.split("\n\n") if p.strip()]
    assert len(paragraphs) == 4
    assert all(p.strip() in seed for p in paragraphs)


def test_documents_and_gold_are_what_the_marked_sources_build():
    spec = importlib.util.spec_from_file_location("build_gold", SET_DIR / "build_gold.py")
    build_gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_gold)
    marked = sorted((SET_DIR / "marked").glob("*.marked"))
    assert [p.stem for p in marked] == [p.stem for p in GOLD_FILES]
    for path in marked:
        first, body = path.read_text(encoding="utf-8").split("\n", 1)
        text, mentions = build_gold.parse(body)
        assert (SET_DIR / "docs" / f"{path.stem}.txt").read_text(encoding="utf-8") == text
        expected = build_gold.gold_for(path.stem, first.removeprefix("#lang").strip(), text, mentions)
        assert _load(SET_DIR / "gold" / f"{path.stem}.json") == expected
