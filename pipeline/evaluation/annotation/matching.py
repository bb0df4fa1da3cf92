"""Finding gold strings in cleaned text: folding for case, width, white space
and hyphen spacing, and carrying ``source_text`` ranges through a clean
record's changes into cleaned-text offsets."""

from __future__ import annotations

import unicodedata
from typing import Any, Iterable, Optional

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d-"

Range = tuple[int, int]

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
