"""What changed between two annotation runs.

Documents are matched by ``doc_id``: a document is ``added``, ``removed``,
``changed`` (its text or any of its spans changed) or ``unchanged``.

Spans of a matched document are paired in two passes (the rule reviewers see):

1. **Same offsets.** When the text changed, old offsets are first carried
   over to the new text through a line-then-character alignment
   (``textalign``). Spans with the same (start, end) pair up: identical spans
   first, then spans with the same label.
2. **Overlap.** A span still unpaired pairs with the unpaired span of the
   **same label** that overlaps it most (ties: the earlier one), so a span
   whose boundaries moved is reported as ``resized`` instead of as a removal
   and an addition. Spans of different labels never pair by overlap (an ACTOR
   inside a MECHANISM phrase is not a change of either).
3. **Same offsets, any label.** What is left pairs by (start, end) alone:
   the same words now carry another label (``relabelled``).

A paired span is changed when its label (``relabelled``), its ``concept_id``
(``relinked``), its ``attrs`` (``attrs``) or its text (``resized``) differ;
moving with the text around it alone is no change. What stays unpaired is
``added`` or ``removed``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..records import AnnotationRecord, Span
from .runs import AnnotationSet
from .textalign import OffsetMap, text_opcodes

SPAN_CHANGE_KINDS = ("relabelled", "relinked", "attrs", "resized")
CHANGE_KINDS = ("added", "removed") + SPAN_CHANGE_KINDS
DOC_STATUSES = ("added", "removed", "changed", "unchanged")
UNLINKED = "(no concept)"


@dataclass(frozen=True)
class SpanChange:
    old: Span
    new: Span
    kinds: tuple[str, ...]

    def as_json(self) -> dict:
        return {"old": _span_json(self.old), "new": _span_json(self.new), "changes": list(self.kinds)}


@dataclass
class DocumentDiff:
    doc_id: str
    source: str
    status: str
    old: Optional[AnnotationRecord]
    new: Optional[AnnotationRecord]
    text_changed: bool = False
    spans_added: list[Span] = field(default_factory=list)
    spans_removed: list[Span] = field(default_factory=list)
    spans_changed: list[SpanChange] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "status": self.status,
            "spans_added": [_span_json(s) for s in self.spans_added],
            "spans_removed": [_span_json(s) for s in self.spans_removed],
            "spans_changed": [c.as_json() for c in self.spans_changed],
        }


@dataclass
class AnnotationDiff:
    old_ref: str
    new_ref: str
    documents: list[DocumentDiff]
    summary: dict

    def as_json(self) -> dict:
        return {"summary": self.summary, "documents": [d.as_json() for d in self.documents]}

    @property
    def changed_documents(self) -> list[DocumentDiff]:
        return [d for d in self.documents if d.status != "unchanged"]


def diff_sets(old: AnnotationSet, new: AnnotationSet) -> AnnotationDiff:
    ids = sorted(set(old.records) | set(new.records))
    docs = [diff_documents(old.records.get(i), new.records.get(i)) for i in ids]
    return AnnotationDiff(old.ref, new.ref, docs, summarise(old, new, docs))


def diff_documents(old: Optional[AnnotationRecord], new: Optional[AnnotationRecord]) -> DocumentDiff:
    rec = new or old
    assert rec is not None
    if old is None:
        return DocumentDiff(rec.doc_id, rec.source, "added", None, new, spans_added=_sorted(new.spans))
    if new is None:
        return DocumentDiff(rec.doc_id, rec.source, "removed", old, None, spans_removed=_sorted(old.spans))
    d = DocumentDiff(new.doc_id, new.source, "unchanged", old, new, text_changed=old.text != new.text)
    pairs, d.spans_removed, d.spans_added = pair_spans(old, new)
    d.spans_changed = [c for c in (_compare(o, n) for o, n in pairs) if c.kinds]
    d.spans_changed.sort(key=lambda c: _span_key(c.new))
    if d.text_changed or d.spans_added or d.spans_removed or d.spans_changed:
        d.status = "changed"
    return d


def pair_spans(old: AnnotationRecord, new: AnnotationRecord) -> tuple[list[tuple[Span, Span]], list[Span], list[Span]]:
    """(pairs, unpaired old spans, unpaired new spans), by the rule in the module docstring."""
    if old.text == new.text:
        mapped = [(s.start, s.end) for s in old.spans]
    else:
        offsets = OffsetMap(text_opcodes(old.text, new.text))
        mapped = [(offsets.start(s.start), max(offsets.start(s.start), offsets.end(s.end))) for s in old.spans]
    old_left = sorted(range(len(old.spans)), key=lambda i: (mapped[i], _span_key(old.spans[i])))
    new_left = sorted(range(len(new.spans)), key=lambda j: _span_key(new.spans[j]))
    pairs: list[tuple[int, int]] = []
    for same in (_identical, _same_label):
        _pair_exact(old.spans, new.spans, mapped, old_left, new_left, pairs, same)
    _pair_overlap(old.spans, new.spans, mapped, old_left, new_left, pairs)
    _pair_exact(old.spans, new.spans, mapped, old_left, new_left, pairs, lambda a, b: True)
    return (
        [(old.spans[i], new.spans[j]) for i, j in pairs],
        _sorted([old.spans[i] for i in old_left]),
        _sorted([new.spans[j] for j in new_left]),
    )


def _pair_exact(old_spans, new_spans, mapped, old_left, new_left, pairs, same) -> None:
    for i in list(old_left):
        for j in new_left:
            n = new_spans[j]
            if (n.start, n.end) == mapped[i] and same(old_spans[i], n):
                pairs.append((i, j))
                old_left.remove(i)
                new_left.remove(j)
                break


def _pair_overlap(old_spans, new_spans, mapped, old_left, new_left, pairs) -> None:
    for i in list(old_left):
        start, end = mapped[i]
        best, best_overlap = None, 0
        for j in new_left:
            n = new_spans[j]
            overlap = min(end, n.end) - max(start, n.start)
            if n.label == old_spans[i].label and overlap > best_overlap:
                best, best_overlap = j, overlap
        if best is not None:
            pairs.append((i, best))
            old_left.remove(i)
            new_left.remove(best)


def _identical(a: Span, b: Span) -> bool:
    return (a.label, a.concept_id, a.attrs, a.text) == (b.label, b.concept_id, b.attrs, b.text)


def _same_label(a: Span, b: Span) -> bool:
    return a.label == b.label


def _compare(old: Span, new: Span) -> SpanChange:
    kinds = []
    if old.label != new.label:
        kinds.append("relabelled")
    if old.concept_id != new.concept_id:
        kinds.append("relinked")
    if old.attrs != new.attrs:
        kinds.append("attrs")
    if old.text != new.text:
        kinds.append("resized")
    return SpanChange(old, new, tuple(kinds))


def _span_key(s: Span) -> tuple:
    return (s.start, s.end, s.label, s.concept_id or "", s.text)


def _sorted(spans) -> list[Span]:
    return sorted(spans, key=_span_key)


def _span_json(s: Span) -> dict:
    return s.model_dump(mode="json")


def summarise(old: AnnotationSet, new: AnnotationSet, docs: list[DocumentDiff]) -> dict:
    """Counts by document status, by kind of span change, by label and by concept.

    A changed span counts under its old and its new label (once when they
    are the same), and likewise under its old and new concept."""
    statuses = {s: sum(d.status == s for d in docs) for s in DOC_STATUSES}
    statuses["text_changed"] = sum(d.text_changed for d in docs)
    spans = {k: 0 for k in ("added", "removed", "changed") + SPAN_CHANGE_KINDS}
    by_label: dict[str, dict] = {}
    by_concept: dict[str, dict] = {}
    for side, aset in (("old", old), ("new", new)):
        for rec in aset.records.values():
            for s in rec.spans:
                _bump(by_label, s.label, side)
                _bump(by_concept, s.concept_id or UNLINKED, side)
    for d in docs:
        for what, items in (("added", d.spans_added), ("removed", d.spans_removed)):
            spans[what] += len(items)
            for s in items:
                _bump(by_label, s.label, what)
                _bump(by_concept, s.concept_id or UNLINKED, what)
        for c in d.spans_changed:
            spans["changed"] += 1
            for kind in c.kinds:
                spans[kind] += 1
            for label in {c.old.label, c.new.label}:
                _bump(by_label, label, "changed")
            for concept in {c.old.concept_id or UNLINKED, c.new.concept_id or UNLINKED}:
                _bump(by_concept, concept, "changed")
    return {
        "old": _side(old),
        "new": _side(new),
        "documents": statuses,
        "spans": spans,
        "by_label": dict(sorted(by_label.items())),
        "by_concept": dict(sorted(by_concept.items())),
    }


def _bump(table: dict, key: str, what: str) -> None:
    row = table.setdefault(key, {"old": 0, "new": 0, "added": 0, "removed": 0, "changed": 0})
    row[what] += 1


def _side(aset: AnnotationSet) -> dict:
    return {
        "ref": aset.ref,
        "documents": len(aset.records),
        "spans": sum(len(r.spans) for r in aset.records.values()),
    }
