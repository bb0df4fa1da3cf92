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
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

LABELS = ("ACTOR", "MECHANISM", "STAGE")
STAGE_FIELDS = ("start_year", "end_year", "stage_id")
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d-"

Range = tuple[int, int]


# ----------------------------------------------------------------- matching


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u3000" <= ch <= "\u303f"


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() and not _is_cjk(ch)


def normalise(text: str) -> tuple[str, list[int]]:
    """Text folded for matching, and the original index of every folded character.

    Case and width are folded, dashes unified, white-space runs become one space,
    and a space next to a dash or a CJK character is dropped.
    """
    chars: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if chars and chars[-1][0] != " ":
                chars.append((" ", i))
            continue
        folded = "-" if ch in _DASHES else unicodedata.normalize("NFKC", ch).lower()
        chars.extend((c, i) for c in folded)
    kept = [
        (c, i)
        for k, (c, i) in enumerate(chars)
        if c != " " or not _drops_space(chars[k - 1][0] if k else "", chars[k + 1][0] if k + 1 < len(chars) else "")
    ]
    return "".join(c for c, _ in kept), [i for _, i in kept]


def _drops_space(prev: str, nxt: str) -> bool:
    return not prev or not nxt or "-" in (prev, nxt) or _is_cjk(prev) or _is_cjk(nxt)


def find_occurrences(needle: str, text: str, folded: Optional[tuple[str, list[int]]] = None) -> list[Range]:
    """Ranges of ``text`` where ``needle`` occurs (folded as in :func:`normalise`).

    A needle that begins or ends with a letter or digit must not continue a
    word of the text (``aid`` does not occur in ``said``).
    """
    key, _ = normalise(needle)
    if not key:
        return []
    hay, index = folded or normalise(text)
    found: list[Range] = []
    pos = hay.find(key)
    while pos >= 0:
        end = pos + len(key)
        left_ok = not (_is_word_char(key[0]) and pos > 0 and _is_word_char(hay[pos - 1]))
        right_ok = not (_is_word_char(key[-1]) and end < len(hay) and _is_word_char(hay[end]))
        if left_ok and right_ok:
            found.append((index[pos], index[end - 1] + 1))
        pos = hay.find(key, pos + 1)
    return found


def source_range_to_text(changes: Iterable[Any], start: int, end: int) -> Range:
    """Carry a ``source_text`` range through ordered changes into cleaned-text offsets.

    A range boundary inside a changed region widens to that change's whole
    replacement; a range lying inside a deletion comes back empty.
    """
    delta, text_start, text_end = 0, None, None
    for ch in changes:
        c_start, c_end, after = _get(ch, "start"), _get(ch, "end"), _get(ch, "after")
        growth = len(after) - (c_end - c_start)
        if text_start is None:
            if c_start <= start < c_end:
                text_start = c_start + delta
            elif c_start >= start and not (c_start == c_end == start):
                text_start = start + delta
        if c_start < end <= c_end:
            text_end = c_start + delta + len(after)
            break
        if c_start >= end:
            break
        delta += growth
    if text_start is None:
        text_start = start + delta
    if text_end is None:
        text_end = end + delta
    return text_start, max(text_start, text_end)


def _get(obj: Any, name: str) -> Any:
    return obj[name] if isinstance(obj, dict) else getattr(obj, name)


def locate_gold(needle: str, text: str, source_text: str, changes: list, folded=None) -> list[Range]:
    """Occurrences of a gold string in the cleaned text, else carried over from the source."""
    found = find_occurrences(needle, text, folded)
    if found:
        return found
    carried = (source_range_to_text(changes, s, e) for s, e in find_occurrences(needle, source_text))
    return sorted({r for r in carried if r[1] > r[0]})


def overlaps(a: Range, b: Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# ------------------------------------------------------------- per document


@dataclass
class GoldDoc:
    name: str
    path: Path
    lang: str
    exhaustive: bool
    annotations: dict[str, list[dict]]


@dataclass
class DocScore:
    """Counts for one document; ``missed`` and ``spurious`` feed the details view."""

    name: str
    lang: str
    exhaustive: bool
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    stage: dict[str, int] = field(default_factory=dict)
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)
    error: Optional[str] = None


def gold_entry(entry: Any) -> dict:
    """A gold entry as a dict: plain strings become ``{"text": s}``."""
    return {"text": entry} if isinstance(entry, str) else dict(entry)


def score_document(gold: GoldDoc, record: Any, annotation: Any) -> DocScore:
    """Score one annotation record (spans over ``record.text``) against its gold."""
    score = DocScore(gold.name, gold.lang, gold.exhaustive)
    folded = normalise(record.text)
    stage_hits = {"matched": 0, **{f: 0 for f in STAGE_FIELDS}, "all": 0}
    for label in LABELS:
        entries = [gold_entry(e) for e in gold.annotations.get(label, [])]
        spans = [s for s in annotation.spans if s.label == label]
        located = [locate_gold(e["text"], record.text, record.source_text, record.changes, folded) for e in entries]
        all_ranges = [r for ranges in located for r in ranges]
        found = 0
        for entry, ranges in zip(entries, located):
            hits = [s for s in spans if any(overlaps((s.start, s.end), r) for r in ranges)]
            if hits:
                found += 1
                if label == "STAGE":
                    _score_stage(entry, _best_hit(hits, ranges), stage_hits)
            else:
                score.missed.setdefault(label, []).append(entry["text"])
        correct = 0
        for s in spans:
            if any(overlaps((s.start, s.end), r) for r in all_ranges):
                correct += 1
            else:
                score.spurious.setdefault(label, []).append(s.text)
        score.counts[label] = {"gold": len(entries), "found": found, "predicted": len(spans), "correct": correct}
    score.stage = stage_hits
    return score


def _best_hit(hits: list, ranges: list[Range]):
    def overlap(span) -> int:
        return max(min(span.end, e) - max(span.start, s) for s, e in ranges)

    return max(hits, key=lambda s: (overlap(s), -s.start))


def _score_stage(entry: dict, span: Any, tally: dict[str, int]) -> None:
    tally["matched"] += 1
    attrs = span.attrs or {}
    ok = [attrs.get(f) == entry.get(f) for f in STAGE_FIELDS]
    for f, good in zip(STAGE_FIELDS, ok):
        tally[f] += int(good)
    tally["all"] += int(all(ok))


# ------------------------------------------------------------ the whole set


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
        from ..annotate import Annotator

        self.root = root
        self.annotator = Annotator()
        self._done: dict[Path, tuple[Any, Any]] = {}

    def __call__(self, path: Path) -> tuple[Any, Any]:
        if path not in self._done:
            self._done[path] = self._process(path)
        return self._done[path]

    def _process(self, path: Path) -> tuple[Any, Any]:
        from ..clean import clean_document
        from ..readers.local import read_document
        from ..records import QuarantineRecord

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


def _ratio(num: int, den: int) -> Optional[float]:
    return round(num / den, 4) if den else None


def _f1(p: Optional[float], r: Optional[float]) -> Optional[float]:
    if p is None or r is None:
        return None
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def summarise(scores: list[DocScore]) -> dict[str, dict]:
    """Micro-averaged figures per label: recall over all documents, precision
    over exhaustive ones; F1 combines the two."""
    out = {}
    for label in LABELS:
        gold = sum(s.counts[label]["gold"] for s in scores)
        found = sum(s.counts[label]["found"] for s in scores)
        exh = [s for s in scores if s.exhaustive]
        predicted = sum(s.counts[label]["predicted"] for s in exh)
        correct = sum(s.counts[label]["correct"] for s in exh)
        recall = _ratio(found, gold)
        precision = _ratio(correct, predicted) if exh else None
        if exh and not predicted:
            precision = 0.0 if gold else None
        out[label] = {
            "gold": gold,
            "found": found,
            "recall": recall,
            "predicted": predicted if exh else None,
            "correct": correct if exh else None,
            "precision": precision,
            "f1": _f1(precision, recall),
        }
    return out


def stage_summary(scores: list[DocScore]) -> dict:
    tally = {k: sum(s.stage.get(k, 0) for s in scores) for k in ("matched", *STAGE_FIELDS, "all")}
    return {"matched": tally["matched"], **{k: _ratio(tally[k], tally["matched"]) for k in (*STAGE_FIELDS, "all")}}


def concept_ids(annotation: Any, label: Optional[str] = None) -> set[str]:
    return {s.concept_id for s in annotation.spans if s.concept_id and (label is None or s.label == label)}


def jaccard(a: set, b: set) -> Optional[float]:
    return round(len(a & b) / len(a | b), 4) if a | b else None


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


def _fmt(x: Optional[float]) -> str:
    return "-" if x is None else f"{x:.3f}"


def print_tables(result: dict, console) -> None:
    from rich.table import Table

    title = f"annotation: {result['documents']} documents ({result['exhaustive_documents']} with exhaustive gold)"
    table = Table(title=title)
    for col in ("label", "lang", "gold", "found", "recall", "predicted", "correct", "precision", "F1"):
        table.add_column(col, justify="left" if col in ("label", "lang") else "right")
    groups = [("all", result["labels"]), *sorted(result["by_lang"].items())]
    for label in LABELS:
        for lang, figures in groups:
            f = figures[label]
            table.add_row(
                label, lang, str(f["gold"]), str(f["found"]), _fmt(f["recall"]),
                "-" if f["predicted"] is None else str(f["predicted"]),
                "-" if f["correct"] is None else str(f["correct"]),
                _fmt(f["precision"]), _fmt(f["f1"]),
            )
    console.print(table)
    stage = result["stage_normalisation"]
    st = Table(title=f"STAGE normalisation of {stage['matched']} matched gold stages")
    for col in (*STAGE_FIELDS, "all three"):
        st.add_column(col, justify="right")
    st.add_row(*(_fmt(stage[k]) for k in (*STAGE_FIELDS, "all")))
    console.print(st)
    if result["pairs"]:
        _print_pairs(result["pairs"], console)
    errors = [d for d in result["per_document"] if d.get("error")]
    for d in errors:
        console.print(f"[red]{d['name']}: {d['error']}[/red]")


def _print_pairs(pairs: list[dict], console) -> None:
    from rich.table import Table

    pt = Table(title="concept-id Jaccard, Chinese vs English version")
    for col in ("pair", "all", *LABELS, "zh ids", "en ids"):
        pt.add_column(col, justify="left" if col == "pair" else "right")
    for p in pairs:
        if p.get("error"):
            pt.add_row(p["name"], "error", "", "", "", "", "")
            continue
        pt.add_row(
            p["name"], _fmt(p["jaccard"]), *(_fmt(p["by_label"][lb]) for lb in LABELS),
            str(p["zh_concepts"]), str(p["en_concepts"]),
        )
    console.print(pt)
