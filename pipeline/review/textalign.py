"""Aligning two versions of a document text, so spans of the old one can be
compared with spans of the new one after cleaning changed the text.

Lines are matched first and only the differing blocks are compared character
by character, which keeps long documents fast (difflib is quadratic on one
long string) and the alignment readable.
"""

from __future__ import annotations

import bisect
from difflib import SequenceMatcher

Opcode = tuple[str, int, int, int, int]

CHAR_BLOCK_LIMIT = 20_000  # a differing block longer than this is one replace


def text_opcodes(old: str, new: str) -> list[Opcode]:
    """difflib-style opcodes in character offsets, adjacent equal runs merged."""
    if old == new:
        return [("equal", 0, len(old), 0, len(new))] if old else []
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    a_pos, b_pos = _starts(a), _starts(b)
    ops: list[Opcode] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        ci1, ci2, cj1, cj2 = a_pos[i1], a_pos[i2], b_pos[j1], b_pos[j2]
        if tag == "replace" and (ci2 - ci1) + (cj2 - cj1) <= CHAR_BLOCK_LIMIT:
            inner = SequenceMatcher(None, old[ci1:ci2], new[cj1:cj2], autojunk=False).get_opcodes()
            ops.extend((t, ci1 + x1, ci1 + x2, cj1 + y1, cj1 + y2) for t, x1, x2, y1, y2 in inner)
        else:
            ops.append((tag, ci1, ci2, cj1, cj2))
    return _merge(ops)


def _starts(lines: list[str]) -> list[int]:
    pos = [0]
    for line in lines:
        pos.append(pos[-1] + len(line))
    return pos


def _merge(ops: list[Opcode]) -> list[Opcode]:
    out: list[Opcode] = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if out and out[-1][0] == op[0] == "equal":
            t, i1, _, j1, _ = out[-1]
            out[-1] = (t, i1, op[2], j1, op[4])
        else:
            out.append(op)
    return out


class OffsetMap:
    """Maps an offset in the old text to the new text. An offset inside a
    changed region maps to that region's start (for a span start) or end
    (for a span end), so a span keeps covering what replaced its text; text
    inserted exactly at a span boundary stays outside the span."""

    def __init__(self, ops: list[Opcode]):
        self._ops = [op for op in ops if op[1] < op[2]]  # insertions cover no old offset
        self._starts = [op[1] for op in self._ops]
        self._new_len = max((op[4] for op in ops), default=0)

    def start(self, p: int) -> int:
        k = bisect.bisect_right(self._starts, p) - 1
        if k < 0:
            return 0
        tag, i1, i2, j1, j2 = self._ops[k]
        if p >= i2:
            return self._new_len
        return j1 + (p - i1) if tag == "equal" else j1

    def end(self, p: int) -> int:
        k = bisect.bisect_left(self._starts, p) - 1
        if k < 0:
            return 0
        tag, i1, i2, j1, j2 = self._ops[k]
        return j1 + min(p, i2) - i1 if tag == "equal" else j2
