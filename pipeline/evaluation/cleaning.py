"""Scoring the cleaner against gold files.

Every figure is a ratio of counts (micro-averaged), reported overall, per
language and per family (spam strings count towards their own family; every
other figure counts a document towards each family it lists), and spam recall
also per injection shape:

- spam recall: occurrences of gold spam strings in the reference text that are
  gone from the cleaned text. Matching is case-insensitive with white-space runs
  squashed; a string that survives in the record's title (and not in the text)
  also counts as surviving. Gold spam strings never occur in the document's
  genuine text (the eval-set tests check it), so counting occurrences is exact.
- keep rate: keep strings present in the cleaned text (or title), compared in
  :func:`~pipeline.evaluation.gold.match_form` (case, width, white space,
  Chinese punctuation and hyphen spacing ignored).
- boilerplate removal: like spam recall, over the gold boilerplate strings.
- metadata: title / published / authors fields equal to the gold.
- MT repair: ``must_not_remain`` strings absent (exact), ``no_regex`` patterns
  not matching, ``repairs[].after`` present (compared like keep strings except
  that hyphen spacing counts).
- gambling words kept: on ``gambling-governance`` documents, occurrences of
  赌博 / casino / lottery ... outside gold spam strings, in the source versus in
  the cleaned text.
- clean edit ratio: on ``"clean": true`` documents, characters touched by the
  record's changes over characters of its source text (lower is better). Removing
  a whole line that the gold marks as chrome or metadata (a menu, a byline) is
  what a clean page should get, and does not count.

A document the cleaner fails on scores as if nothing was removed and nothing
kept, so a crash can never improve a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from ..settings import CleanSettings
from .gold import GoldDoc, find_gold, match_form, reference_text, squash_space, without_strings

GAMBLING_WORDS = re.compile(
    r"赌博|賭博|赌场|賭場|博彩|彩票|赌资|賭資|赌客|賭客|赌球|賭球|涉赌|涉賭|禁赌|禁賭|聚赌|聚賭|赌|賭"
    r"|\bcasinos?\b|\bgambl\w*|\blotter(?:y|ies)\b|\bbetting\b|\bgaming\b|\bwager\w*",
    re.I,
)

METRICS = (
    "spam_recall",
    "keep_rate",
    "boilerplate_removal",
    "metadata_accuracy",
    "mt_repair_rate",
    "gambling_words_kept",
    "clean_edit_ratio",
)


@dataclass
class Ratio:
    num: float = 0.0
    den: float = 0.0

    def add(self, num: float, den: float) -> None:
        self.num += num
        self.den += den

    @property
    def value(self) -> Optional[float]:
        return None if self.den == 0 else self.num / self.den

    def as_dict(self) -> dict[str, Any]:
        v = self.value
        return {"value": None if v is None else round(v, 4), "num": round(self.num, 4), "den": round(self.den, 4)}


@dataclass
class DocScore:
    """One document's counts and what it missed."""

    file: str
    lang: str
    families: list[str]
    error: Optional[str] = None
    ratios: dict[str, Ratio] = field(default_factory=dict)
    spam_by_shape: dict[str, Ratio] = field(default_factory=dict)
    spam_by_family: dict[str, Ratio] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def ratio(self, metric: str) -> Ratio:
        return self.ratios.setdefault(metric, Ratio())

    def miss(self, what: str, item: str) -> None:
        self.misses.setdefault(what, []).append(item)


@dataclass
class Cleaned:
    """What the scorer needs from a clean record (or a failure)."""

    text: str
    title: str = ""
    published: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    source_text: str = ""
    changes: list[Any] = field(default_factory=list)
    error: Optional[str] = None


Cleaner = Callable[[Path, CleanSettings], Cleaned]


def clean_file(path: Path, settings: CleanSettings) -> Cleaned:
    """Run the real cleaner on one file."""
    from ..clean import clean_document
    from ..readers.local import read_document
    from ..records import QuarantineRecord

    raw = read_document(path, str(path))
    if isinstance(raw, QuarantineRecord):
        return Cleaned(text="", error=f"read: {raw.reason}")
    try:
        rec = clean_document(raw, settings)
    except Exception as exc:  # noqa: BLE001 - any failure is scored, not raised
        return Cleaned(text="", error=f"{type(exc).__name__}: {exc}")
    return Cleaned(
        text=rec.text,
        title=rec.title or "",
        published=rec.published,
        authors=list(rec.authors),
        source_text=rec.source_text,
        changes=[c.model_dump() for c in rec.changes],
    )


def _count(needle: str, hay: str) -> int:
    needle = squash_space(needle).lower()
    return hay.count(needle) if needle else 0


def score_spam(doc: GoldDoc, ref: str, out: Cleaned, s: DocScore) -> None:
    ref_l, text_l, title_l = (squash_space(x).lower() for x in (ref, out.text, out.title))
    for item in doc.spam_items():
        expected = _count(item["text"], ref_l)
        if out.error:
            left = expected
        else:
            left = min(expected, max(_count(item["text"], text_l), _count(item["text"], title_l)))
        removed = expected - left
        s.ratio("spam_recall").add(removed, expected)
        s.spam_by_shape.setdefault(item["shape"], Ratio()).add(removed, expected)
        s.spam_by_family.setdefault(item["family"], Ratio()).add(removed, expected)
        if left:
            s.miss("spam", item["text"])


def score_boilerplate(doc: GoldDoc, ref: str, out: Cleaned, s: DocScore) -> None:
    ref_l, text_l, title_l = (squash_space(x).lower() for x in (ref, out.text, out.title))
    for bp in doc.data.get("boilerplate") or []:
        expected = _count(bp, ref_l)
        left = expected if out.error else min(expected, max(_count(bp, text_l), _count(bp, title_l)))
        s.ratio("boilerplate_removal").add(expected - left, expected)
        if left:
            s.miss("boilerplate", bp)


def score_keep(doc: GoldDoc, out: Cleaned, s: DocScore) -> None:
    hay = match_form(out.text) + "\n" + match_form(out.title)
    for keep in doc.data.get("keep") or []:
        present = not out.error and match_form(keep) in hay
        s.ratio("keep_rate").add(int(present), 1)
        if not present:
            s.miss("keep", keep)


def score_metadata(doc: GoldDoc, out: Cleaned, s: DocScore) -> None:
    gold = doc.data.get("metadata") or {}
    checks = {
        "title": lambda g: match_form(g) == match_form(out.title),
        "published": lambda g: bool(out.published) and str(out.published)[:10] == str(g)[:10],
        "authors": lambda g: sorted(match_form(a) for a in g) == sorted(match_form(a) for a in out.authors),
    }
    for key, check in checks.items():
        if key not in gold or gold[key] in (None, "", []):
            continue
        ok = not out.error and check(gold[key])
        s.ratio("metadata_accuracy").add(int(ok), 1)
        if not ok:
            s.miss("metadata", key)


def score_mt(doc: GoldDoc, out: Cleaned, s: DocScore) -> None:
    mt = doc.data.get("mt_artifacts") or {}
    r = s.ratio("mt_repair_rate") if (mt or doc.data.get("repairs")) else None
    if r is None:
        return
    text_form = match_form(out.text, hyphens=False)
    for bad in mt.get("must_not_remain") or []:
        ok = not out.error and bad not in out.text
        r.add(int(ok), 1)
        if not ok:
            s.miss("mt", f"remains: {bad}")
    for pattern in mt.get("no_regex") or []:
        ok = not out.error and re.search(pattern, out.text) is None
        r.add(int(ok), 1)
        if not ok:
            s.miss("mt", f"matches: {pattern}")
    for rep in doc.data.get("repairs") or []:
        ok = not out.error and match_form(rep["after"], hyphens=False) in text_form
        r.add(int(ok), 1)
        if not ok:
            s.miss("mt", f"missing repair: {rep['after']}")


def score_gambling_words(doc: GoldDoc, out: Cleaned, s: DocScore) -> None:
    """Words in the body (an HTML <title> is left out: titles are scored as metadata);
    a title the cleaner moved out of the text still counts as kept."""
    if "gambling-governance" not in doc.families:
        return
    spam = [i["text"] for i in doc.spam_items()] + list(doc.data.get("boilerplate") or [])
    body = reference_text(doc.doc_path, doc.data.get("charset"), with_title=False)
    expected = len(GAMBLING_WORDS.findall(without_strings(body, spam, doc.lang)))
    kept = 0
    if not out.error:
        kept = len(GAMBLING_WORDS.findall(without_strings(out.text, spam, doc.lang)))
        if out.title and match_form(out.title) not in match_form(out.text):
            kept += len(GAMBLING_WORDS.findall(without_strings(out.title, spam, doc.lang)))
    s.ratio("gambling_words_kept").add(min(kept, expected), expected)
    if kept < expected:
        s.miss("gambling", f"{expected - kept} of {expected} gambling-governance words lost")


def score_clean_edits(doc: GoldDoc, out: Cleaned, s: DocScore) -> None:
    """Edits on a document with no spam, except removals of whole lines the gold
    itself calls site chrome or metadata (a clean *page* still has a menu and a byline)."""
    if not doc.data.get("clean"):
        return
    if out.error:
        s.ratio("clean_edit_ratio").add(1, 1)
        return
    marks = _chrome_and_metadata_marks(doc)
    edits = [c for c in out.changes if not _removes_marked_lines(c, marks)]
    touched = sum(max(len(c["before"]), len(c["after"])) for c in edits)
    s.ratio("clean_edit_ratio").add(touched, max(len(out.source_text), 1))
    for c in edits:
        s.miss("clean-edit", f"{c['rule']}: {c['before']!r} -> {c['after']!r}")


def _chrome_and_metadata_marks(doc: GoldDoc) -> list[str]:
    meta = doc.data.get("metadata") or {}
    marks = list(doc.data.get("boilerplate") or []) + list(meta.get("authors") or [])
    marks += [meta[k] for k in ("title", "source", "editor") if isinstance(meta.get(k), str)]
    published = meta.get("published")
    if isinstance(published, str) and len(published) >= 4:
        marks.append(published[:4])  # the byline's date, in whatever form it is written
    return [match_form(m) for m in marks if m and m.strip()]


def _removes_marked_lines(change: dict, marks: list[str]) -> bool:
    """A pure removal of whole lines, each carrying something the gold marks as chrome or metadata."""
    if change.get("after", "").strip() or change.get("kind") not in ("boilerplate", "metadata"):
        return False
    lines = [match_form(line) for line in change["before"].splitlines() if line.strip()]
    return bool(lines) and all(any(m in line for m in marks) for line in lines)


def score_document(doc: GoldDoc, out: Cleaned) -> DocScore:
    ref = reference_text(doc.doc_path, doc.data.get("charset"))
    s = DocScore(file=doc.name, lang=doc.lang, families=doc.families, error=out.error)
    score_spam(doc, ref, out, s)
    score_boilerplate(doc, ref, out, s)
    score_keep(doc, out, s)
    score_metadata(doc, out, s)
    score_mt(doc, out, s)
    score_gambling_words(doc, out, s)
    score_clean_edits(doc, out, s)
    return s


def evaluate(eval_dir: Path | Sequence[Path], settings: CleanSettings | None = None,
             cleaner: Cleaner = clean_file) -> dict[str, Any]:
    """Score every cleaning gold file under ``eval_dir`` (one folder, or several scored
    as one set, their documents named by folder); returns plain, JSON-ready data."""
    settings = settings or CleanSettings()
    dirs = [Path(eval_dir)] if isinstance(eval_dir, (str, Path)) else [Path(d) for d in eval_dir]
    scores = []
    for folder in dirs:
        for doc in find_gold(folder):
            if doc.is_cleaning_gold():
                score = score_document(doc, cleaner(doc.doc_path, settings))
                if len(dirs) > 1:
                    score.file = f"{folder.as_posix()}/{score.file}"
                scores.append(score)
    return summarise(scores)


def summarise(scores: list[DocScore]) -> dict[str, Any]:
    overall: dict[str, Ratio] = {}
    by_lang: dict[str, dict[str, Ratio]] = {}
    by_family: dict[str, dict[str, Ratio]] = {}
    spam_shape: dict[str, Ratio] = {}
    for s in scores:
        families = [by_family.setdefault(f, {}) for f in s.families]
        for metric, r in s.ratios.items():
            for g in [overall, by_lang.setdefault(s.lang, {})]:
                g.setdefault(metric, Ratio()).add(r.num, r.den)
            if metric == "spam_recall":
                continue  # per family, spam is counted by each string's own family
            for g in families:
                g.setdefault(metric, Ratio()).add(r.num, r.den)
        for shape, r in s.spam_by_shape.items():
            spam_shape.setdefault(shape, Ratio()).add(r.num, r.den)
        for fam, r in s.spam_by_family.items():
            by_family.setdefault(fam, {}).setdefault("spam_recall", Ratio()).add(r.num, r.den)
    return {
        "documents": len(scores),
        "errors": {s.file: s.error for s in scores if s.error},
        "overall": _table(overall),
        "by_language": {k: _table(v) for k, v in sorted(by_lang.items())},
        "by_family": {k: _table(v) for k, v in sorted(by_family.items())},
        "spam_recall_by_shape": {k: v.as_dict() for k, v in sorted(spam_shape.items())},
        "documents_detail": [
            {
                "file": s.file,
                "lang": s.lang,
                "families": s.families,
                "error": s.error,
                "scores": _table(s.ratios),
                "misses": {k: v for k, v in sorted(s.misses.items())},
            }
            for s in sorted(scores, key=lambda x: x.file)
        ],
    }


def _table(ratios: dict[str, Ratio]) -> dict[str, Any]:
    return {m: ratios[m].as_dict() for m in METRICS if m in ratios}
