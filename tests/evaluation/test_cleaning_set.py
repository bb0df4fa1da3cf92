"""The held-out cleaning set under evaluation/cleaning is well-formed: every gold
string is where the gold says it is, and the set covers what the field notes list."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.evaluation.gold import find_gold, match_form, reference_text, without_strings

SET_DIR = Path(__file__).resolve().parents[2] / "evaluation" / "cleaning"
DOCS = [d for d in find_gold(SET_DIR)]
IDS = [d.gold_path.stem for d in DOCS]

# The field notes' families of injected text and shapes of injection, by the ids the gold uses.
FIELD_NOTE_FAMILIES = {"gambling", "escort", "lottery-id", "porn", "seo-tw", "brand-as-place"}
FIELD_NOTE_SHAPES = {
    "glued", "mid-sentence", "mid-word", "mid-number", "title-prefix", "title-suffix",
    "spliced-sentence", "empty-id-element", "jammer-code", "watermark", "hidden-element",
    "link-block", "place-replacement", "pinyin-gloss", "pinyin-interleave", "symbol-in-word",
    "synonym-spun", "mojibake",
}


def _ref(doc) -> str:
    return reference_text(doc.doc_path, doc.data.get("charset"))


def test_the_set_is_large_and_bilingual():
    assert len(DOCS) >= 48
    langs = Counter(d.lang for d in DOCS)
    assert set(langs) == {"zh", "en"} and min(langs.values()) >= 20
    suffixes = Counter((d.lang, d.doc_path.suffix) for d in DOCS)
    assert all(suffixes[(lang, s)] >= 5 for lang in ("zh", "en") for s in (".txt", ".html"))
    charsets = {d.data.get("charset") for d in DOCS}
    assert {"gbk", "gb18030", "big5"} <= charsets


def test_every_field_note_family_and_shape_is_covered_several_times():
    fams = Counter(i["family"] for d in DOCS for i in d.spam_items())
    for fam in FIELD_NOTE_FAMILIES:
        assert fams[fam] >= 3, fam
        assert sum(fam in d.families for d in DOCS) >= 2, fam
    shapes = Counter(s for d in DOCS for s in d.shapes)
    assert FIELD_NOTE_SHAPES <= set(shapes), FIELD_NOTE_SHAPES - set(shapes)


def test_gambling_governance_and_clean_documents():
    gov = [d for d in DOCS if "gambling-governance" in d.families]
    assert len(gov) >= 6 and {d.lang for d in gov} == {"zh", "en"}
    assert sum(bool(d.spam_items()) for d in gov) >= 3  # some also carry injected spam
    clean = [d for d in DOCS if d.data.get("clean")]
    clean_langs = Counter(d.lang for d in clean)
    assert clean_langs["zh"] >= 4 and clean_langs["en"] >= 4
    assert all(not d.spam_items() and not d.data.get("boilerplate") for d in clean)


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_gold_strings_occur_in_the_document(doc):
    assert doc.doc_path.is_file(), doc.data["file"]
    assert doc.gold_path.stem == doc.doc_path.name.rsplit(".", 1)[0]
    ref = _ref(doc)
    spam = [i["text"] for i in doc.spam_items()]
    for s in spam + list(doc.data.get("boilerplate") or []):
        assert s in ref, s
    rejoined = match_form(without_strings(ref, spam, doc.lang))
    for keep in doc.data.get("keep") or []:
        assert match_form(keep) in rejoined, keep
    mt = doc.data.get("mt_artifacts") or {}
    for bad in mt.get("must_not_remain") or []:
        assert bad in ref, bad
    for pattern in mt.get("no_regex") or []:
        assert re.search(pattern, ref), pattern
    ref_form = match_form(ref, hyphens=False)
    for rep in doc.data.get("repairs") or []:
        assert match_form(rep["after"], hyphens=False) not in ref_form, rep["after"]


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_spam_and_chrome_are_not_part_of_genuine_strings(doc):
    """Occurrence counting is exact only if no spam or chrome string is also genuine text."""
    spam = [i["text"] for i in doc.spam_items()]
    boiler = list(doc.data.get("boilerplate") or [])
    meta = doc.data.get("metadata") or {}
    genuine = list(doc.data.get("keep") or []) + [meta.get("title", "")] + list(meta.get("authors") or [])
    for s in spam + boiler:
        assert not any(s.lower() in g.lower() for g in genuine), s


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_gold_has_the_seed_fields(doc):
    for key in ("file", "lang", "kind", "metadata", "families", "shapes", "spam", "keep", "boilerplate"):
        assert key in doc.data, key
    assert doc.lang in ("zh", "en")
    assert doc.data["metadata"].get("title")
    assert len(doc.data["keep"]) >= 3


def test_the_seed_gold_resolves_relative_to_its_folder():
    shared = Path(__file__).resolve().parents[3] / "shared"
    if not (shared / "gold" / "seed.json").exists():
        pytest.skip("shared/ not beside the repository")
    found = find_gold(shared)
    assert any(d.doc_path.is_file() and d.is_cleaning_gold() for d in found)
