"""The development sets under evaluation/dev (which rule writers may tune on) are
well-formed: every gold string is where the gold says it is, the cleaning set
covers every family and shape of the field notes in both languages, the
annotation gold is what its marked sources build, and the committed documents are
what the builders write."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.evaluation.gold import find_gold, match_form, reference_text, without_strings

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "evaluation" / "dev"
CLEAN_DOCS = find_gold(DEV / "cleaning")
ANNO_DOCS = find_gold(DEV / "annotation")

FIELD_NOTE_FAMILIES = {"gambling", "escort", "lottery-id", "porn", "seo-tw", "brand-as-place"}
OTHER_FAMILIES = {"filler", "jammer", "markup", "pinyin", "symbols", "synonym-spun", "mojibake", "mt"}
FIELD_NOTE_SHAPES = {
    "glued", "mid-sentence", "mid-word", "mid-number", "title-prefix", "title-suffix",
    "spliced-sentence", "empty-id-element", "jammer-code", "watermark", "hidden-element",
    "link-block", "place-replacement", "pinyin-gloss", "pinyin-interleave", "symbol-in-word",
    "synonym-spun", "mojibake",
}
HIDING = {
    "display-none": r"display\s*:\s*none",
    "visibility-hidden": r"visibility\s*:\s*hidden",
    "font-size-0": r"font-size\s*:\s*0",
    "off-screen": r"left\s*:\s*-\d{4,}px",
    "aria-hidden": r'aria-hidden="true"',
    "style-rule": r"<style>[^<]*[.#][\w-]+\s*\{[^}]*(display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0)",
}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ref(doc) -> str:
    return reference_text(doc.doc_path, doc.data.get("charset"))


# ---- cleaning --------------------------------------------------------------


def test_cleaning_set_size_languages_formats_and_charsets():
    assert len(CLEAN_DOCS) >= 40
    langs = Counter(d.lang for d in CLEAN_DOCS)
    assert set(langs) == {"zh", "en"} and min(langs.values()) >= 18
    suffixes = Counter((d.lang, d.doc_path.suffix) for d in CLEAN_DOCS)
    assert all(suffixes[(lang, s)] >= 5 for lang in ("zh", "en") for s in (".txt", ".html"))
    assert {"gbk", "gb18030", "big5"} <= {d.data.get("charset") for d in CLEAN_DOCS}


def test_cleaning_set_covers_every_family_and_shape():
    spam_fams = Counter(i["family"] for d in CLEAN_DOCS for i in d.spam_items())
    for fam in FIELD_NOTE_FAMILIES:
        assert spam_fams[fam] >= 3, fam
        assert {d.lang for d in CLEAN_DOCS if fam in d.families} == {"zh", "en"} or fam == "brand-as-place", fam
    listed = {f for d in CLEAN_DOCS for f in d.families}
    assert FIELD_NOTE_FAMILIES | OTHER_FAMILIES <= listed, (FIELD_NOTE_FAMILIES | OTHER_FAMILIES) - listed
    shapes = Counter(s for d in CLEAN_DOCS for s in d.shapes)
    assert FIELD_NOTE_SHAPES <= set(shapes), FIELD_NOTE_SHAPES - set(shapes)


def test_every_hiding_technique_is_used_on_spam():
    html = "\n".join(d.doc_path.read_bytes().decode(d.data.get("charset") or "utf-8") for d in CLEAN_DOCS
                     if d.doc_path.suffix == ".html" and any(i["shape"] == "hidden-element" for i in d.spam_items()))
    for name, pattern in HIDING.items():
        assert re.search(pattern, html), name


def test_gambling_governance_and_clean_documents():
    gov = [d for d in CLEAN_DOCS if "gambling-governance" in d.families]
    assert len(gov) >= 6 and {d.lang for d in gov} == {"zh", "en"}
    assert sum(bool(d.spam_items()) for d in gov) >= 3
    clean = [d for d in CLEAN_DOCS if d.data.get("clean")]
    assert len(clean) >= 6 and {d.lang for d in clean} == {"zh", "en"}
    assert all(not d.spam_items() and not d.data.get("boilerplate") and not d.data.get("mt_artifacts") for d in clean)


@pytest.mark.parametrize("doc", CLEAN_DOCS, ids=[d.gold_path.stem for d in CLEAN_DOCS])
def test_cleaning_gold_strings_occur_in_the_document(doc):
    assert doc.gold_path.stem == doc.doc_path.name.rsplit(".", 1)[0]
    for key in ("file", "lang", "kind", "metadata", "families", "shapes", "spam", "boilerplate", "keep"):
        assert key in doc.data, key
    ref = _ref(doc)
    spam = [i["text"] for i in doc.spam_items()]
    for s in spam + list(doc.data.get("boilerplate") or []):
        assert s in ref, s
    rejoined = match_form(without_strings(ref, spam, doc.lang))
    for keep in doc.data["keep"]:
        assert match_form(keep) in rejoined, keep
    mt = doc.data.get("mt_artifacts") or {}
    for bad in mt.get("must_not_remain") or []:
        assert bad in ref, bad
    for pattern in mt.get("no_regex") or []:
        assert re.search(pattern, ref), pattern
    ref_form = match_form(ref, hyphens=False)
    for rep in doc.data.get("repairs") or []:
        assert match_form(rep["after"], hyphens=False) not in ref_form, rep["after"]
    meta = doc.data["metadata"]
    assert meta.get("title") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("published", ""))
    if doc.data.get("charset"):
        head = doc.doc_path.read_bytes()[:400].decode("ascii", errors="ignore").lower()
        assert f"charset={doc.data['charset']}" in head.replace('"', "").replace(" ", ""), "meta charset must match"


def test_cleaning_docs_and_gold_are_what_the_builder_writes():
    set_builder = _load("set_builder", ROOT / "evaluation" / "set_builder.py")
    Doc = set_builder.heldout_builder().Doc
    specs = set_builder.load_specs(DEV / "cleaning" / "build")
    assert len(specs) == len(CLEAN_DOCS)
    for spec in specs:
        data, gold = Doc(spec).build()
        stem = spec["name"].rsplit(".", 1)[0]
        assert (DEV / "cleaning" / "docs" / spec["name"]).read_bytes() == data, spec["name"]
        assert json.loads((DEV / "cleaning" / "gold" / f"{stem}.json").read_text(encoding="utf-8")) == gold, stem


# ---- annotation ------------------------------------------------------------


def test_annotation_set_size_languages_and_pairs():
    langs = Counter(d.lang for d in ANNO_DOCS)
    assert langs["zh"] >= 6 and langs["en"] >= 6
    pairs = json.loads((DEV / "annotation" / "pairs.json").read_text(encoding="utf-8"))
    assert len(pairs) >= 2
    for p in pairs:
        assert (DEV / "annotation" / p["zh"]).is_file() and (DEV / "annotation" / p["en"]).is_file()


@pytest.mark.parametrize("doc", ANNO_DOCS, ids=[d.gold_path.stem for d in ANNO_DOCS])
def test_annotation_gold_strings_occur_and_cover_all_labels(doc):
    text = doc.doc_path.read_text(encoding="utf-8")
    anns = doc.data["annotations"]
    assert doc.data.get("exhaustive") is True
    assert all(anns[label] for label in ("ACTOR", "MECHANISM", "STAGE")), "every label is used"
    for label, items in anns.items():
        for item in items:
            s = item if isinstance(item, str) else item["text"]
            assert s and s in text, (label, s)
            if label == "STAGE":
                assert {"start_year", "end_year", "stage_id"} <= set(item)


def test_annotation_docs_and_gold_are_what_the_marked_files_build():
    bg = _load("heldout_build_gold", ROOT / "evaluation" / "annotation" / "build_gold.py")
    marked = sorted((DEV / "annotation" / "marked").glob("*.marked"))
    assert len(marked) == len(ANNO_DOCS)
    for path in marked:
        first, body = path.read_text(encoding="utf-8").split("\n", 1)
        lang = first.removeprefix("#lang").strip()
        text, mentions = bg.parse(body)
        assert (DEV / "annotation" / "docs" / f"{path.stem}.txt").read_text(encoding="utf-8") == text
        gold = json.loads((DEV / "annotation" / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert gold == bg.gold_for(path.stem, lang, text, mentions), path.stem
