"""Scoring STAGE / ACTOR / MECHANISM annotation against gold, with overlap matching.

Gold files are ``gold/*.json`` holding ``{"file", "lang", "annotations"}`` (the
seed-gold format of /work/shared/gold/seed.json); ``file`` is relative to the
folder that holds ``gold/``. Gold lists each distinct mention string once, so
matching is by string occurrence:

- recall: a gold entry is found when a predicted span of the same label
  overlaps any occurrence of its string in the cleaned text;
- precision: a predicted span is correct when it overlaps an occurrence of some
  gold string of the same label. Only gold marked ``"exhaustive": true`` lists
  every mention, so precision (and F1) come from those documents only.
- an entry marked ``"optional": true`` is accepted but not required: it counts
  for precision, not for recall.

Occurrences are found case-, width- and white-space-insensitively, with
``fixed -point`` equal to ``fixed-point``. A gold string that cleaning rewrote
(a repaired mistranslation) is looked up in ``source_text`` and its range is
carried through the record's ``changes`` into the cleaned text.

``pairs.json`` files (``[{"zh", "en", "note"}]``, paths relative to the file)
give Chinese/English versions of the same text; their concept-id sets are
compared by Jaccard overlap.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .matching import find_occurrences, locate_gold, normalise, overlaps, source_range_to_text
from .scoring import (
    LABELS,
    STAGE_FIELDS,
    DocScore,
    GoldDoc,
    concept_ids,
    gold_entry,
    jaccard,
    score_document,
    stage_summary,
    summarise,
)
from .tables import print_tables

__all__ = [
    "LABELS", "STAGE_FIELDS", "DocScore", "GoldDoc", "concept_ids", "dumps", "evaluate", "find_occurrences",
    "gold_entry", "jaccard", "load_gold", "load_pairs", "locate_gold", "normalise", "overlaps", "print_tables",
    "run", "score_document", "source_range_to_text", "stage_summary", "summarise",
]


def load_gold(eval_dir: Path) -> list[GoldDoc]:
    """Every ``gold/*.json`` with annotations below ``eval_dir``, in path order."""
    docs = []
    for path in sorted(eval_dir.rglob("*.json")):
        if path.parent.name != "gold" or any(p.startswith(".") for p in path.relative_to(eval_dir).parts):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "annotations" not in data or "file" not in data:
            continue
        docs.append(
            GoldDoc(
                name=path.relative_to(eval_dir).as_posix(),
                path=(path.parent.parent / data["file"]).resolve(),
                lang=data.get("lang", ""),
                exhaustive=data.get("exhaustive") is True,
                annotations=data["annotations"],
            )
        )
    return docs


def load_pairs(eval_dir: Path) -> list[dict]:
    pairs = []
    for path in sorted(eval_dir.rglob("pairs.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            pairs.append(
                {
                    "name": f"{path.parent.relative_to(eval_dir).as_posix()}:{item['zh']}",
                    "zh": (path.parent / item["zh"]).resolve(),
                    "en": (path.parent / item["en"]).resolve(),
                    "note": item.get("note", ""),
                }
            )
    return pairs


class DocumentRunner:
    """Reads, cleans and annotates documents once each, as ``pipeline run`` would."""

    def __init__(self, root: Path):
        from ...annotate import Annotator

        self.root = root
        self.annotator = Annotator()
        self._done: dict[Path, tuple[Any, Any]] = {}

    def __call__(self, path: Path) -> tuple[Any, Any]:
        if path not in self._done:
            self._done[path] = self._process(path)
        return self._done[path]

    def _process(self, path: Path) -> tuple[Any, Any]:
        from ...clean import clean_document
        from ...readers.local import read_document
        from ...records import QuarantineRecord

        source = path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else path.name
        raw = read_document(path, source)
        if isinstance(raw, QuarantineRecord):
            raise RuntimeError(raw.reason)
        record = clean_document(raw)
        out = self.annotator.annotate([record])
        return record, (out[0] if isinstance(out, list) else out)


def evaluate(eval_dir: Path, details: bool = False) -> dict:
    """Scores for every gold document and pair below ``eval_dir`` (a plain dict)."""
    eval_dir = Path(eval_dir).resolve()
    runner = DocumentRunner(eval_dir)
    scores = []
    for gold in load_gold(eval_dir):
        try:
            record, annotation = runner(gold.path)
        except Exception as exc:  # a document that cannot be processed scores nothing
            score = DocScore(gold.name, gold.lang, gold.exhaustive, error=f"{type(exc).__name__}: {exc}")
            score.counts = {
                lb: {"gold": len(gold.annotations.get(lb, [])), "found": 0, "predicted": 0, "correct": 0}
                for lb in LABELS
            }
            scores.append(score)
            continue
        scores.append(score_document(gold, record, annotation))
    return {
        "documents": len(scores),
        "exhaustive_documents": sum(s.exhaustive for s in scores),
        "labels": summarise(scores),
        "by_lang": {lang: summarise([s for s in scores if s.lang == lang]) for lang in sorted({s.lang for s in scores})},
        "stage_normalisation": stage_summary(scores),
        "pairs": [pair_jaccard(p, runner, eval_dir, details) for p in load_pairs(eval_dir)],
        "per_document": [_doc_view(s, details) for s in scores],
    }


def pair_jaccard(pair: dict, runner: DocumentRunner, eval_dir: Path, details: bool) -> dict:
    out: dict[str, Any] = {"name": pair["name"], "note": pair["note"]}
    try:
        zh, en = runner(pair["zh"])[1], runner(pair["en"])[1]
    except Exception as exc:
        out["error"] = f"{type(exc).__name__}: {exc}"
        return out
    out["jaccard"] = jaccard(concept_ids(zh), concept_ids(en))
    out["by_label"] = {lb: jaccard(concept_ids(zh, lb), concept_ids(en, lb)) for lb in LABELS}
    out["zh_concepts"], out["en_concepts"] = len(concept_ids(zh)), len(concept_ids(en))
    if details:
        out["only_zh"] = sorted(concept_ids(zh) - concept_ids(en))
        out["only_en"] = sorted(concept_ids(en) - concept_ids(zh))
    return out


def _doc_view(score: DocScore, details: bool) -> dict:
    view: dict[str, Any] = {
        "name": score.name,
        "lang": score.lang,
        "exhaustive": score.exhaustive,
        "counts": score.counts,
    }
    if score.error:
        view["error"] = score.error
    if details:
        view["missed"] = {k: sorted(set(v)) for k, v in sorted(score.missed.items())}
        view["spurious"] = {k: sorted(set(v)) for k, v in sorted(score.spurious.items())} if score.exhaustive else {}
    return view


# ------------------------------------------------------------------ output


def run(eval_dir: Path, console, as_json: bool, details: bool = False) -> dict:
    """Score the annotation gold below ``eval_dir``; print tables unless ``as_json``.

    Returns the figures as a plain, deterministic dict (sorted keys when dumped);
    with ``as_json`` nothing is printed and the caller prints the dict.
    """
    result = evaluate(Path(eval_dir), details=details)
    if not as_json:
        print_tables(result, console)
    return result


def dumps(result: dict) -> str:
    return json.dumps(result, ensure_ascii=False, sort_keys=True, indent=2)
