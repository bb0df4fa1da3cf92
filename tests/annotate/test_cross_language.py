"""A Chinese text and its English machine translation get the same concept ids.

tests/fixtures/annotate/zh_seed_paragraphs_east_west_history.json is a Chinese
version (written for this test) of seed paragraphs 1-6, 10 and 11; the English
side is the same paragraphs of the cleaned seed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate_scoring import FIXTURES
from pipeline.annotate import Annotator
from pipeline.clean import clean_document
from pipeline.records import CleanRecord, RawDocument

SEED = Path("/work/shared/seeds/000_746e50ebb22f7612.txt")
PARAGRAPHS = (1, 2, 3, 4, 5, 6, 10, 11)


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not available")
def test_concept_id_jaccard_between_chinese_and_seed_translation():
    cleaned = clean_document(RawDocument(source=str(SEED), content=SEED.read_bytes(), media_type="text/plain"))
    paras = [p for p in cleaned.text.split("\n") if p.strip()]
    en_text = "\n\n".join(paras[i] for i in PARAGRAPHS)
    zh_text = json.loads((FIXTURES / "zh_seed_paragraphs_east_west_history.json").read_text(encoding="utf-8"))["text"]

    def rec(text, lang):
        return CleanRecord(doc_id=lang, source=lang, lang=lang, published="2021-03-18", raw_sha256="0",
                           source_text=text, text=text)

    en, zh = Annotator().annotate([rec(en_text, "en"), rec(zh_text, "zh")])
    e = {s.concept_id for s in en.spans if s.concept_id}
    z = {s.concept_id for s in zh.spans if s.concept_id}
    jaccard = len(e & z) / len(e | z)
    assert jaccard >= 0.7, (jaccard, sorted(e - z), sorted(z - e))
