"""Print the annotation figures: seed recall, dev-fixture P/R/F1, zh/en concept-id Jaccard, build time, throughput.

    .venv/bin/python tests/annotate/print_figures.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

t0 = time.perf_counter()
from annotate_scoring import LABELS, LabelScore, fixture_records, score_record  # noqa: E402

from pipeline.annotate import Annotator  # noqa: E402
from pipeline.annotate.nlp import BUILD_SECONDS  # noqa: E402
from pipeline.clean import clean_document  # noqa: E402
from pipeline.records import RawDocument  # noqa: E402


def main() -> None:
    annotator = Annotator()
    print(f"build: {time.perf_counter() - t0:.2f}s in all (spaCy+matchers: {BUILD_SECONDS})")
    import test_seed_recall as seed

    gold = json.loads(seed.GOLD.read_text(encoding="utf-8"))
    path = seed.SHARED / gold["file"]
    rec = clean_document(RawDocument(source=str(path), content=path.read_bytes(), media_type="text/plain"))
    ann = annotator.annotate([rec])[0]
    for label, (found, total, missed) in seed.seed_recall(gold, rec, ann).items():
        print(f"seed recall {label:9} {found}/{total} = {found / total:.3f} {missed or ''}")
    fixtures = fixture_records()
    anns = annotator.annotate([r for _, _, r in fixtures])
    for lang in ("zh", "en"):
        totals = {label: LabelScore() for label in LABELS}
        for (_, data, r), a in zip(fixtures, anns):
            if r.lang == lang:
                for label, s in score_record(a, data["gold"], data.get("not")).items():
                    totals[label].add(s)
        for label, s in totals.items():
            print(f"dev {lang} {label:9} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} (gold {s.gold}, spans {s.pred})")
    _jaccard(annotator, rec)
    _throughput(annotator, [r for _, _, r in fixtures] + [rec])


def _jaccard(annotator: Annotator, cleaned) -> None:
    import test_cross_language as cross

    paras = [p for p in cleaned.text.split("\n") if p.strip()]
    en_text = "\n\n".join(paras[i] for i in cross.PARAGRAPHS)
    zh_text = json.loads((cross.FIXTURES / "zh_seed_paragraphs_east_west_history.json").read_text(encoding="utf-8"))["text"]
    recs = [cleaned.model_copy(update={"lang": lang, "text": t, "source_text": t, "changes": []})
            for lang, t in (("en", en_text), ("zh", zh_text))]
    en, zh = annotator.annotate(recs)
    e = {s.concept_id for s in en.spans if s.concept_id}
    z = {s.concept_id for s in zh.spans if s.concept_id}
    print(f"concept-id Jaccard zh/en seed paragraphs: {len(e & z)}/{len(e | z)} = {len(e & z) / len(e | z):.3f}")


def _throughput(annotator: Annotator, recs) -> None:
    batch = [r.model_copy(update={"doc_id": f"{r.doc_id}-{i}"}) for i in range(40) for r in recs]
    for lang in ("zh", "en"):
        docs = [r for r in batch if r.lang == lang]
        start = time.perf_counter()
        annotator.annotate(docs)
        dt = time.perf_counter() - start
        chars = sum(len(r.text) for r in docs)
        print(f"throughput {lang}: {len(docs)} docs in {dt:.2f}s = {len(docs) / dt:.0f} docs/s, {chars / dt / 1000:.0f}k chars/s")


if __name__ == "__main__":
    main()
