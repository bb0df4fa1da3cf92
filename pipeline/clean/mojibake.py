"""Chinese bytes read as Latin-1/cp1252 (``ÖÐ¹ú`` -> ``中国``): the
``encoding.mojibake.*-as-latin1`` repairs of the encoding step.

A run of Latin-1/cp1252 characters maps back to the bytes it was read from;
the run is repaired when those bytes decode cleanly as UTF-8 (whose byte
shape rarely occurs by chance), or as GBK/GB18030 or Big5 into common
characters. Runs are trimmed first where the reading glued on a neighbour: an
ASCII letter taken for a GBK trail byte (``ÖÐ¹úGDP``) or a curly quote taken
for a byte (``“Á½²»³î”``).

A run too short or too UTF-8-shaped to judge alone (``Ö§`` -> 支 after
``156``, ``Äê£©¡·`` -> ``年）》``) is a *weak* candidate: it is repaired, at
confidence 0.9, only next to a repaired run on the same line with nothing but
ASCII (or other accepted runs) between them.

UTF-8 read as cp1252 by a converter that wrote U+FFFD for the five bytes
cp1252 leaves undefined is repaired byte by byte (rule ``...-lossy``,
confidence 0.8): a hole takes the one byte that makes a common character.
"""

from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path

from ..changes import Edit

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Characters a Latin-1 / cp1252 reading of non-ASCII bytes produces.
CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# Big5/GBK trail bytes may be ASCII; U+FFFD is a byte cp1252 could not read (0x81 0x8D 0x8F 0x90 0x9D).
LATIN_RUN = re.compile(f"(?:[\u0080-\u00ff{CP1252_EXTRA}\ufffd][\x40-\x7e]?){{2,}}")
UNDEFINED_1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
HOLE = -1
CHINESE = re.compile(f"[{CJK}\u3000-\u303f\uff00-\uffef]")
_UTF8_SEQ = re.compile(rb"[\xe0-\xef][\x80-\xbf]{1,2}")
_EDGE_PUNCT = "“”‘’•–—…"
NEAR = 24
WEAK_CONFIDENCE = 0.9
_CHARSETS = (("utf-8", "utf8"), ("gb18030", "gbk"), ("big5hkscs", "big5"))


def strict(data: bytes, charset: str) -> str | None:
    try:
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return None


def sloppy_bytes(s: str) -> bytes | None:
    out = bytearray()
    for ch in s:
        if ch == "\ufffd":
            return None
        if ord(ch) < 256:
            out.append(ord(ch))
        else:
            try:
                out += ch.encode("cp1252")
            except UnicodeEncodeError:
                return None
    return bytes(out)


def latin1_mojibake(text: str, ctx=None) -> list[Edit]:
    edits: list[Edit] = []
    weak: list[Edit] = []
    for m in LATIN_RUN.finditer(text):
        for a, b in _trims(m.group()):
            strong, candidate = _judge(m.group()[a:b], m.start() + a)
            if strong or candidate:
                edits += [strong] if strong else []
                weak += [candidate] if candidate else []
                break
    return sorted(edits + near_repaired(text, weak, edits), key=lambda e: e.start)


def _trims(run: str) -> list[tuple[int, int]]:
    """The run itself, then without glued ASCII letters at its end and
    without curly quotes or dashes at either edge."""
    a, b = 0, len(run)
    options = [(a, b)]
    while b > a and run[b - 1].isascii():
        b -= 1
        options.append((a, b))
    while a < b and run[a] in _EDGE_PUNCT:
        a += 1
    while b > a and run[b - 1] in _EDGE_PUNCT:
        b -= 1
    options.append((a, b))
    return [o for o in dict.fromkeys(options) if o[1] - o[0] >= 2]


def _judge(run: str, start: int) -> tuple[Edit | None, Edit | None]:
    """A confident repair of the run, or a weak candidate, or neither."""
    if "\ufffd" in run:
        return _judge_with_holes(run, start), None
    data = sloppy_bytes(run)
    if not data:
        return None, None
    for charset, name in _CHARSETS:
        fixed = strict(data, charset)
        if not fixed or not mostly_chinese(fixed):
            continue
        rule = f"encoding.mojibake.{name}-as-latin1"
        if charset == "utf-8" or plausible(data, fixed, charset):
            return Edit(start, start + len(run), fixed, "encoding", rule), None
        if all(common(ch, charset) for ch in fixed if not ch.isascii()):
            return None, Edit(start, start + len(run), fixed, "encoding", rule, WEAK_CONFIDENCE)
    return None, None


def _judge_with_holes(run: str, start: int) -> Edit | None:
    """UTF-8 read as cp1252 by a converter that replaced the five bytes
    cp1252 leaves undefined with U+FFFD: each hole is filled with the byte
    that makes its character a common one (unfilled holes stay U+FFFD)."""
    values: list[int] = []
    for ch in run:
        if ch == "\ufffd":
            values.append(HOLE)
            continue
        data = sloppy_bytes(ch)
        if data is None:
            return None
        values += list(data)
    fixed = _fill_utf8(values)
    if fixed is None or fixed.count("\ufffd") * 4 > len(fixed) or not mostly_chinese(fixed.replace("\ufffd", "")):
        return None
    return Edit(start, start + len(run), fixed, "encoding", "encoding.mojibake.utf8-as-latin1-lossy", 0.8)


def _fill_utf8(values: list[int]) -> str | None:
    slots: list[list[str]] = []
    i = 0
    while i < len(values):
        lead = values[i]
        size = 1 if 0 <= lead < 0x80 else 2 if 0xC0 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else 0
        if size == 0 or i + size > len(values):
            return None  # a hole or continuation byte where a character must start
        options = _fill_char(values[i : i + size])
        if options is None:
            return None
        slots.append(options)
        i += size
    return _resolve(slots)


def _fill_char(values: list[int]) -> list[str] | None:
    """The characters the bytes can stand for (an empty list: none is common)."""
    holes = [k for k, v in enumerate(values) if v == HOLE]
    options = []
    for fill in itertools.product(UNDEFINED_1252, repeat=len(holes)):
        trial = list(values)
        for k, b in zip(holes, fill):
            trial[k] = b
        ch = strict(bytes(trial), "utf-8")
        if ch is not None and (not holes or common(ch, "gb18030") or common(ch, "big5hkscs")):
            options.append(ch)
    if not options and not holes:
        return None
    return [ch for ch in options if _level1(ch)] or options


def _resolve(slots: list[list[str]]) -> str:
    """One character per slot: the only option, else the one that makes the
    best dictionary word with a neighbour's options (召回, not 听回), decided
    in rounds so a choice helps the next; U+FFFD where nothing decides."""
    slots = [list(o) for o in slots]
    changed = True
    while changed:
        changed = False
        for k, options in enumerate(slots):
            if len(options) > 1:
                choice = _choose(options, slots[k - 1] if k else [], slots[k + 1] if k + 1 < len(slots) else [])
                if choice:
                    slots[k] = [choice]
                    changed = True
    return "".join(o[0] if len(o) == 1 else "\ufffd" for o in slots)


def _choose(options: list[str], before: list[str], after: list[str]) -> str | None:
    words = _two_char_words()
    scores = [
        max((words.get(b + ch, 0) for b in before), default=0) + max((words.get(ch + a, 0) for a in after), default=0)
        for ch in options
    ]
    supported = [ch for ch, score in zip(options, scores) if score > 0]
    return supported[0] if len(supported) == 1 else None  # two readings make words: undecided


@functools.lru_cache(maxsize=1)
def _two_char_words() -> dict[str, int]:
    """Two-character words and their frequencies from jieba's dictionary
    (read only when a lossy run needs a choice)."""
    import jieba

    words = {}
    path = Path(jieba.__file__).parent / "dict.txt"
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ", 2)
            if len(parts) >= 2 and len(parts[0]) == 2:
                words[parts[0]] = int(parts[1])
    return words


def _level1(ch: str) -> bool:
    try:
        return 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
    except UnicodeEncodeError:
        return False


def near_repaired(text: str, weak: list[Edit], repaired: list[Edit]) -> list[Edit]:
    """Weak candidates next to a repaired run of the same charset (ASCII only
    in between, at most ``NEAR`` characters away); an accepted candidate
    counts as repaired for its neighbours."""
    anchors, keep, pending = list(repaired), [], list(weak)
    changed = True
    while changed:
        changed = False
        for e in list(pending):
            if any(_adjacent(text, e, r) for r in anchors if r.rule == e.rule):
                keep.append(e)
                anchors.append(e)
                pending.remove(e)
                changed = True
    return keep


def _adjacent(text: str, e: Edit, r: Edit) -> bool:
    gap = text[r.end : e.start] if r.end <= e.start else text[e.end : r.start]
    return len(gap) <= NEAR and gap.isascii() and "\n" not in gap


def plausible(data: bytes, fixed: str, charset: str) -> bool:
    """GBK or Big5, not broken UTF-8: at least two characters, mostly common
    ones (GB2312; Big5 symbols and level-1 characters), and bytes that do not
    follow UTF-8's lead/continuation shape."""
    if len(fixed) < 2 or sum(len(m) for m in _UTF8_SEQ.findall(data)) >= 0.5 * len(data):
        return False
    return sum(1 for ch in fixed if common(ch, charset)) >= 0.9 * len(fixed)


def common(ch: str, charset: str) -> bool:
    try:
        if charset == "gb18030":
            return bool(ch.encode("gb2312"))
        encoded = ch.encode("big5")
        return len(encoded) == 2 and 0xA1 <= encoded[0] <= 0xC6
    except UnicodeEncodeError:
        return False


def mostly_chinese(s: str) -> bool:
    return len(CHINESE.findall(s)) >= max(1, 0.8 * len(s.strip()))
