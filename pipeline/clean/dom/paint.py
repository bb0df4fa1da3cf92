"""Removal decisions painted over the page text, then turned into edits.

Passes paint character ranges of ``source_text`` with a label (kind, rule,
confidence); a later pass overwrites an earlier one (spam over boilerplate).
Lines left with nothing take their line break with them, and each run of one
label becomes one :class:`~pipeline.changes.Edit`, so edits never overlap.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...changes import Edit


_OPEN_CLAUSE = frozenset("，、；：,;:")


@dataclass(frozen=True)
class Label:
    kind: str
    rule: str
    confidence: float = 1.0


class Canvas:
    def __init__(self, text: str) -> None:
        self.text = text
        self.labels: list[Label | None] = [None] * len(text)

    def paint(self, start: int, end: int, label: Label | None) -> None:
        for i in range(max(start, 0), min(end, len(self.text))):
            self.labels[i] = label

    def paint_if_free(self, start: int, end: int, label: Label) -> None:
        for i in range(max(start, 0), min(end, len(self.text))):
            if self.labels[i] is None:
                self.labels[i] = label

    def is_kept(self, start: int, end: int) -> bool:
        return any(self.labels[i] is None and not self.text[i].isspace() for i in range(start, end))

    def edits(self) -> list[Edit]:
        self._take_line_breaks()
        self._take_spaces()
        out: list[Edit] = []
        i, n = 0, len(self.text)
        while i < n:
            lab = self.labels[i]
            if lab is None:
                i += 1
                continue
            j = i
            while j < n and self.labels[j] == lab:
                j += 1
            out.append(Edit(self._word_gap(i, j), j, "", lab.kind, lab.rule, lab.confidence))
            i = j
        return out

    def _word_gap(self, i: int, j: int) -> int:
        """Keep the space in front of a removal that would glue two Latin words together."""
        t = self.text
        if t[i] == " " and 0 < i and j < len(t) and t[i - 1].isascii() and t[i - 1].isalnum() \
                and t[j].isascii() and t[j].isalnum() and j - i > 1:
            return i + 1
        return i

    def _take_line_breaks(self) -> None:
        """A line removed whole takes its line break (the last line takes the one before it)."""
        pos = 0
        text = self.text
        while pos < len(text):
            nl = text.find("\n", pos)
            end = len(text) if nl < 0 else nl
            removed = [self.labels[k] for k in range(pos, end) if not text[k].isspace()]
            if removed and all(removed):
                lab = removed[-1]
                self._fill_blanks(pos, end, lab)
                if nl >= 0:
                    self.labels[nl] = lab
                    if lab.kind == "spam" and pos >= 2 and text[pos - 2] in _OPEN_CLAUSE:
                        self.labels[pos - 1] = lab  # the injection split a sentence: rejoin it
                elif pos > 0 and self.labels[pos - 1] is None:
                    self.labels[pos - 1] = lab
            pos = end + 1

    def _fill_blanks(self, start: int, end: int, lab: Label) -> None:
        for k in range(start, end):
            if self.labels[k] is None:
                self.labels[k] = lab

    def _take_spaces(self) -> None:
        """A removal at a line start takes the space after it, so the kept line does not start blank."""
        text = self.text
        for i in range(len(text) - 1):
            lab = self.labels[i]
            if lab is None or self.labels[i + 1] is not None or text[i + 1] != " ":
                continue
            if all(self.labels[k] is not None for k in range(text.rfind("\n", 0, i) + 1, i + 1)):
                self.labels[i + 1] = lab
