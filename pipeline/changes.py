"""The change log: the one mechanism for every removal and rewrite.

A cleaning step never edits text directly. It proposes :class:`Edit`s against
the *current* text; :class:`ChangeLog` applies them and keeps the equivalent
list of changes against the untouched ``source_text``. The invariant, checked by
property tests, is::

    apply_changes(source_text, log.changes()) == log.text

Changes are ordered and non-overlapping in source coordinates. When a later
step edits text that an earlier step produced, the two are merged into one
change (its ``rule`` joins both rule ids with ``+``) so the invariant holds and
the reviewer still sees which rules were involved.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterable, Sequence

# When edits from different steps merge, the record keeps the kind that matters
# most to a reviewer: removing injected text outranks a punctuation repair.
KIND_PRIORITY = {
    "spam": 0,
    "boilerplate": 1,
    "metadata": 2,
    "junk": 3,
    "encoding": 4,
    "mt": 5,
    "normalize": 6,
}


@dataclass(frozen=True)
class Edit:
    """A proposed replacement of ``text[start:end]`` by ``after`` in the current text."""

    start: int
    end: int
    after: str
    kind: str
    rule: str
    confidence: float = 1.0

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit range {self.start}..{self.end} ({self.rule})")


def trim_replacement(before: str, after: str) -> tuple[int, int, str]:
    """The smallest range ``[a, b)`` of ``before`` and its replacement that turn it into ``after``.

    Steps that rewrite a whole line or phrase use it so the change log shows
    only the characters that really changed.
    """
    p = 0
    while p < min(len(before), len(after)) and before[p] == after[p]:
        p += 1
    s = 0
    while s < min(len(before), len(after)) - p and before[-1 - s] == after[-1 - s]:
        s += 1
    return p, len(before) - s, after[p : len(after) - s]


@dataclass
class SourceChange:
    """A change in source coordinates; ``after`` is the text it became."""

    start: int
    end: int
    before: str
    after: str
    kind: str
    rule: str
    confidence: float = 1.0

    def as_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "kind": self.kind,
            "rule": self.rule,
            "confidence": round(self.confidence, 4),
        }


def apply_changes(source_text: str, changes: Iterable) -> str:
    """Apply ordered, non-overlapping changes (dicts or objects) to ``source_text``."""
    out: list[str] = []
    pos = 0
    for ch in changes:
        start, end, before, after = _fields(ch)
        if start < pos or end < start or end > len(source_text):
            raise ValueError(f"changes overlap or fall outside the text at {start}..{end}")
        if source_text[start:end] != before:
            raise ValueError(f"change at {start}..{end} does not match the source text")
        out.append(source_text[pos:start])
        out.append(after)
        pos = end
    out.append(source_text[pos:])
    return "".join(out)


def _fields(ch) -> tuple[int, int, str, str]:
    if isinstance(ch, dict):
        return ch["start"], ch["end"], ch["before"], ch["after"]
    return ch.start, ch.end, ch.before, ch.after


def _merge_kind(kinds: Sequence[str]) -> str:
    return min(kinds, key=lambda k: (KIND_PRIORITY.get(k, 99), k))


def _merge_rule(rules: Sequence[str]) -> str:
    seen: list[str] = []
    for rule in rules:
        for part in rule.split("+"):
            if part not in seen:
                seen.append(part)
    return "+".join(seen)


@dataclass
class ChangeLog:
    """Current text plus the changes that produced it from ``source_text``.

    ``_changes`` is kept in order; ``_cur_starts[i]`` is where change ``i``'s
    ``after`` text begins in the current text.
    """

    source_text: str
    text: str = ""
    _changes: list[SourceChange] = field(default_factory=list)
    _cur_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.source_text

    def changes(self) -> list[SourceChange]:
        return list(self._changes)

    def _cur_end(self, i: int) -> int:
        return self._cur_starts[i] + len(self._changes[i].after)

    def to_source(self, pos: int) -> int:
        """Map an offset in the current text to an offset in ``source_text``.

        An offset inside rewritten text maps to the start of what it replaced.
        """
        i = bisect.bisect_right(self._cur_starts, pos) - 1
        while i >= 0:
            if self._cur_starts[i] <= pos < self._cur_end(i):
                return self._changes[i].start
            if self._cur_end(i) <= pos:
                return self._changes[i].end + (pos - self._cur_end(i))
            i -= 1
        return pos

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """Source range covering current-text range [start, end)."""
        src_start = self.to_source(start)
        if end == start:
            return src_start, src_start
        return src_start, max(src_start, self.to_source(end - 1) + 1)

    def _src_as_start(self, pos: int) -> int:
        """Source offset of an unchanged boundary used as a range start (after any deletion there)."""
        i = bisect.bisect_right(self._cur_starts, pos) - 1
        while i >= 0 and self._cur_end(i) > pos:
            i -= 1
        return pos if i < 0 else self._changes[i].end + (pos - self._cur_end(i))

    def _src_as_end(self, pos: int) -> int:
        """Source offset of an unchanged boundary used as a range end (before any deletion there)."""
        i = bisect.bisect_left(self._cur_starts, pos)
        if i >= len(self._changes):
            return self._src_as_start(pos)
        return self._changes[i].start - (self._cur_starts[i] - pos)

    def apply(self, edits: Iterable[Edit]) -> list[Edit]:
        """Apply non-overlapping edits given in current-text coordinates.

        One pass over the edits and the existing changes: edits that touch the
        same earlier change merge with it into one change. Returns the edits
        actually applied (no-ops dropped). Raises on overlap.
        """
        ordered = sorted(
            (e for e in edits if self.text[e.start : e.end] != e.after),
            key=lambda e: (e.start, e.end),
        )
        for prev, nxt in zip(ordered, ordered[1:]):
            if nxt.start < prev.end or nxt.start == prev.start:
                raise ValueError(f"overlapping edits {prev.rule} and {nxt.rule} at {nxt.start}")
        if ordered and ordered[-1].end > len(self.text):
            raise ValueError(f"edit {ordered[-1].rule} ends past the text")
        if ordered:
            self._rebuild(self._clusters(ordered))
        return ordered

    def _touched(self, e: Edit, lo: int) -> tuple[int, int]:
        """Index range [first, last] of the changes edit ``e`` must merge with (empty: first > last)."""
        a, b = e.start, e.end
        first, last = len(self._changes), -1
        for i in range(lo, len(self._changes)):
            cs, ce = self._cur_starts[i], self._cur_end(i)
            if cs > b:
                break
            if (cs < b and ce > a) if a < b else (cs <= a <= ce):
                first, last = min(first, i), i
        return first, last

    def _clusters(self, ordered: list[Edit]) -> list[tuple[list[Edit], int, int]]:
        """Group edits that touch a common earlier change; each group becomes one change."""
        clusters: list[tuple[list[Edit], int, int]] = []
        lo = 0
        for e in ordered:
            # Changes ending before this edit starts cannot touch it or any later edit.
            while lo < len(self._changes) and self._cur_end(lo) < e.start:
                lo += 1
            first, last = self._touched(e, lo)
            if clusters and last >= 0 and clusters[-1][2] >= first:
                group, f, l = clusters[-1]
                clusters[-1] = (group + [e], f, max(l, last))
            else:
                clusters.append(([e], first, last))
        return clusters

    def _rebuild(self, clusters: list[tuple[list[Edit], int, int]]) -> None:
        text, olds, starts = self.text, self._changes, self._cur_starts
        pieces: list[str] = []
        new_changes: list[SourceChange] = []
        new_starts: list[int] = []
        pos = delta = i = 0
        for group, first, last in clusters:
            a, b = group[0].start, group[-1].end
            merged = olds[first : last + 1] if last >= 0 else []
            boundary = first if merged else max(i, bisect.bisect_right(starts, a))
            for j in range(i, boundary):  # untouched changes before this group
                new_changes.append(olds[j])
                new_starts.append(starts[j] + delta)
            if merged:
                cur_a, cur_b = min(a, starts[first]), max(b, self._cur_end(last))
                src_a = merged[0].start if starts[first] <= a else self._src_as_start(a)
                src_b = merged[-1].end if self._cur_end(last) >= b else self._src_as_end(b)
            else:
                cur_a, cur_b = a, b
                src_a, src_b = self._src_as_start(a), self._src_as_end(b)
            after_parts, at = [], cur_a
            for e in group:
                after_parts += [text[at : e.start], e.after]
                at = e.end
            after_parts.append(text[at:cur_b])
            after = "".join(after_parts)
            pieces += [text[pos:cur_a], after]
            before = self.source_text[src_a:src_b]
            if before != after:  # else the edits cancelled out: the source reads as it was
                new_changes.append(
                    SourceChange(
                        src_a,
                        src_b,
                        before,
                        after,
                        _merge_kind([*(o.kind for o in merged), *(e.kind for e in group)]),
                        _merge_rule([*(o.rule for o in merged), *(e.rule for e in group)]),
                        min([*(o.confidence for o in merged), *(e.confidence for e in group)]),
                    )
                )
                new_starts.append(cur_a + delta)
            delta += len(after) - (cur_b - cur_a)
            pos = cur_b
            i = last + 1 if merged else boundary
        for j in range(i, len(olds)):
            new_changes.append(olds[j])
            new_starts.append(starts[j] + delta)
        pieces.append(text[pos:])
        self.text = "".join(pieces)
        self._changes, self._cur_starts = new_changes, new_starts
