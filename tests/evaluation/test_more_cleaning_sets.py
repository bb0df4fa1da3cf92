"""The later development sets (evaluation/dev2 to dev5) and the second held-out set
(evaluation/heldout2) are well-formed: every gold string is where the gold says
it is, each set covers the field notes' families and shapes, and the committed
documents are what the set's builder writes.

These checks read gold and documents only; they never run the cleaner, so they
say nothing about scores (held-out sets are scored by ``make eval``)."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.evaluation.gold import find_gold, match_form, reference_text, without_strings

ROOT = Path(__file__).resolve().parents[2]
SETS = [ROOT / "evaluation" / name / "cleaning" for name in ("dev2", "dev3", "dev4", "dev5", "heldout2")
        if (ROOT / "evaluation" / name / "cleaning" / "gold").is_dir()]
DOCS = [(s, d) for s in SETS for d in find_gold(s)]
FIELD_NOTE_FAMILIES = {"gambling", "escort", "lottery-id", "porn", "seo-tw", "brand-as-place"}
CORE_SHAPES = {"glued", "mid-sentence", "mid-word", "mid-number", "title-prefix", "title-suffix",
               "spliced-sentence", "empty-id-element", "jammer-code", "watermark", "hidden-element",
               "link-block", "place-replacement"}


def _name(s: Path) -> str:
    return s.parent.name


@pytest.mark.parametrize("folder", SETS, ids=_name)
def test_set_covers_both_languages_every_family_and_shape(folder):
    docs = find_gold(folder)
    assert len(docs) >= 25
    assert set(Counter(d.lang for d in docs)) == {"zh", "en"}
    fams = Counter(i["family"] for d in docs for i in d.spam_items())
    assert all(fams[f] >= 2 for f in FIELD_NOTE_FAMILIES), fams
    shapes = {i["shape"] for d in docs for i in d.spam_items()}
    assert CORE_SHAPES <= shapes, CORE_SHAPES - shapes
    gov = [d for d in docs if "gambling-governance" in d.families]
    assert len(gov) >= 5 and sum(bool(d.spam_items()) for d in gov) >= 3
    clean = [d for d in docs if d.data.get("clean")]
    assert len(clean) >= 4 and all(not d.spam_items() for d in clean)


@pytest.mark.parametrize("folder, doc", DOCS, ids=[f"{_name(s)}/{d.gold_path.stem}" for s, d in DOCS])
def test_gold_strings_occur_in_the_document(folder, doc):
    ref = reference_text(doc.doc_path, doc.data.get("charset"))
    spam = [i["text"] for i in doc.spam_items()]
    for s in spam + list(doc.data.get("boilerplate") or []):
        assert s in ref, s
    rejoined = match_form(without_strings(ref, spam, doc.lang))
    for keep in doc.data["keep"]:
        assert match_form(keep) in rejoined, keep
    meta = doc.data["metadata"]
    assert meta.get("title") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("published", ""))


@pytest.mark.parametrize("folder", SETS, ids=_name)
def test_docs_and_gold_are_what_the_builder_writes(folder):
    spec = importlib.util.spec_from_file_location("set_builder", ROOT / "evaluation" / "set_builder.py")
    set_builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(set_builder)
    Doc = set_builder.heldout_builder().Doc
    specs = set_builder.load_specs(folder / "build")
    assert len(specs) == len(find_gold(folder))
    for s in specs:
        data, gold = Doc(s).build()
        stem = s["name"].rsplit(".", 1)[0]
        assert (folder / "docs" / s["name"]).read_bytes() == data, s["name"]
        assert json.loads((folder / "gold" / f"{stem}.json").read_text(encoding="utf-8")) == gold, stem
