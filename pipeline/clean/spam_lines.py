"""Line-level injection shapes: keyword prefixes and suffixes on the title line, and
link-list lines of spam keywords (togel / slot gacor lists) with the block they form.

A title segment or a list item counts as keywords only when it is short and not
prose; whatever reads as a sentence stays, and its keywords are left to the
inline detectors.
"""

from __future__ import annotations

import re
from collections import Counter

from .context import DocContext
from .lexicon import SpamLexicon, TermHit
from .spam_fit import STOPWORDS, DocProfile, latin_words
from .spam_rejoin import Insertion
from .spam_shapes import CJK_CHAR, is_brand_code

# Pieces of made-up gaming brand names (Luckyspin, Vegasbet, Jackpotwin).
_GAMING_NAME = re.compile(r"(?i)bet\d|bet$|casino|slot|vegas|jackpot|poker|lotto|gacor|togel|365|777|888")
_TITLE_SEP = re.compile(r"\s*(?:[_|｜,，、—–]+|\s-\s|-(?=[A-Za-z\u4e00-\u9fff]))\s*")
_TITLE_SEP_ZH = re.compile(_TITLE_SEP.pattern + r"|\s+")
_LINE_SEP = re.compile(r"[\s_|｜,，、·/\-–—:：;；.。()（）\[\]【】]+")


def _covered(hits: list[TermHit], s: int, e: int) -> int:
    return sum(max(0, min(e, h.end) - max(s, h.start)) for h in hits)


def _content_len(segment: str) -> int:
    return len(_LINE_SEP.sub("", segment))


def _segments(line: str, zh: bool) -> list[tuple[int, int]]:
    """Title segments as (start, end) within the line."""
    return _segments_by(line, _TITLE_SEP if not zh else _TITLE_SEP_ZH)


def _segment_class(text: str, base: int, seg: tuple[int, int], lex: SpamLexicon,
                   hits: list[TermHit], profile: DocProfile, guess_names: bool, lang: str = "zh",
                   line_hits: list[TermHit] = ()) -> str:
    s, e = base + seg[0], base + seg[1]
    size = _content_len(text[s:e]) or 1
    inside = [h for h in hits if h.start < e and h.end > s]
    strong = [h for h in inside if lex.is_strong(h.entry_id)]
    if strong and _covered(strong, s, e) / size >= 0.7:
        return "spam"
    named = [h for h in line_hits if s <= h.start and h.end <= e and lex.is_strong(h.entry_id)]
    if named and _named_product(text, s, e, named):
        return "spam"  # even in a governance article, whose products are otherwise its own words
    token = text[s:e].strip()
    if guess_names and re.fullmatch(r"[A-Za-z0-9]+", token) and text.lower().count(token.lower()) == 1 \
            and (is_brand_code(token) or _GAMING_NAME.search(token)):
        return "code"  # an unlisted brand (Winbox88, Luckyspin) the article never mentions again
    if lang == "en" and re.fullmatch(r"[\u4e00-\u9fff\u3400-\u4dbf，、·]{2,}", token):
        return "foreign"  # Chinese beside an English title: spam when it stands with spam keywords
    if size > 20 or any(w in STOPWORDS for w in latin_words(text[s:e])):
        return "ok"  # prose, not a keyword
    cover = _covered(inside, s, e) / size
    if inside and (cover >= 0.7 or cover >= 0.3 and profile.fit(text[s:e]) < 0.3) \
            and not _prose_residue(text, s, e, inside):
        return "weak"
    return "ok"


def _prose_residue(text: str, s: int, e: int, inside: list[TermHit]) -> bool:
    """Besides its keywords the segment holds a clause of its own (…推薦今年新增社区食堂50家): the
    keywords are glued into a sentence and go inline, not with the segment."""
    chars = list(text[s:e])
    for h in inside:
        chars[max(0, h.start - s) : h.end - s] = " " * (min(e, h.end) - max(s, h.start))
    return len(re.findall(r"[\u4e00-\u9fff]", "".join(chars))) >= 8


_NAME_WORD = re.compile(r"[A-Z][A-Za-z0-9'&]*|\d+|[\u4e00-\u9fff]{1,6}")


def _named_product(text: str, s: int, e: int, strong: list[TermHit]) -> bool:
    """A name and the gaming product it sells, closing the segment: "Goldcrest Live Casino",
    "Redpine 88 Sportsbook". A title's own words around such a keyword make it prose, not a name."""
    seg_end = s + len(text[s:e].rstrip())
    last = max(strong, key=lambda h: h.end)
    if last.end != seg_end:
        return False
    words = text[s : last.start].split()
    return 1 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words) \
        and not any(w.lower() in STOPWORDS for w in words)


def title_insertions(text: str, ctx: DocContext, lex: SpamLexicon, hits: list[TermHit],
                     profile: DocProfile, guess_names: bool = True) -> list[Insertion]:
    """Spam keywords put in front of or behind the title (the first line of the text).

    ``guess_names``: also take an unlisted brand-looking name (not in governance articles)."""
    m = re.match(r"\s*([^\n]{1,200})(?:\n|$)", text)
    if not m:
        return []
    base, line = m.start(1), m.group(1)
    segs = _segments(line, ctx.lang == "zh")
    line_hits = [TermHit(base + h.start, base + h.end, h.family, h.entry_id) for h in lex.find_terms(line)]
    classes = [_segment_class(text, base, seg, lex, hits, profile, guess_names, ctx.lang, line_hits) for seg in segs]
    if "spam" in classes:  # Chinese beside an English title that carries spam keywords is theirs
        classes = ["code" if c == "foreign" else c for c in classes]
    if "ok" not in classes:
        return []  # nothing genuine to keep: not a title with affixes
    out = []
    first_ok = classes.index("ok")
    last_ok = len(classes) - 1 - classes[::-1].index("ok")
    for run, start, end in ((classes[:first_ok], segs[0][0], segs[first_ok][0]),
                            (classes[last_ok + 1 :], segs[last_ok][1], segs[-1][1])):
        strong_inside = any(base + start <= h.start and h.end <= base + end and lex.is_strong(h.entry_id)
                            for h in hits)
        if run and ("spam" in run or "code" in run or strong_inside and "ok" not in run):
            conf = 0.7 if "code" in run else 0.8 if "weak" in run else 0.9
            out.append(Insertion(base + start, base + end, "unknown", "spam.title", conf))
    known = hits + [h for h in line_hits if h not in hits]
    return [_with_family(ins, known) for ins in out]


def _with_family(ins: Insertion, hits: list[TermHit]) -> Insertion:
    fams = Counter(h.family for h in hits if ins.start <= h.start < ins.end)
    family = fams.most_common(1)[0][0] if fams else ins.family
    return Insertion(ins.start, ins.end, family, f"spam.{family}.title-keywords", ins.confidence)


def link_list_lines(text: str, lex: SpamLexicon, hits: list[TermHit], lang: str) -> list[Insertion]:
    """Lines made of spam keywords (togel / slot gacor link lists) and the block they form."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    marked: dict[int, float] = {}
    for i, line in enumerate(lines):
        conf = _keyword_line(text, lex, line, [h for h in hits if line[0] <= h.start and h.end <= line[1]])
        if conf:
            marked[i] = conf
    for i in sorted(marked):  # lines between or next to link lines that carry keywords too
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j not in marked and _block_neighbour(text, lines[j], hits, lang):
                marked[j] = 0.6
    out = []
    for i, conf in sorted(marked.items()):
        family = _line_family(hits, lines[i])
        out.append(Insertion(lines[i][0], lines[i][1], family, f"spam.{family}.link-list", conf, True))
    return out


_ITEM_SEP = re.compile(r"\s*[|｜]\s*|\s{2,}|\t")


def _keyword_line(text: str, lex: SpamLexicon, line: tuple[int, int], inside: list[TermHit]) -> float:
    """Confidence that a line is a list of spam keywords (0 when it is not)."""
    s, e = line
    size = _content_len(text[s:e])
    if not size or not inside:
        return 0.0
    strong = [h for h in inside if lex.is_strong(h.entry_id)]
    items = [m for m in _segments_by(text[s:e], _ITEM_SEP)]
    listed = [a for a, b in items if any(s + a <= h.start < s + b for h in inside)]
    if len(items) >= 2 and len(listed) * 10 >= len(items) * 7 and (strong or len(listed) == len(items)) \
            and not any(_prose(text[s + a : s + b]) for a, b in items):
        return 0.85 if strong else 0.75  # "幸运飞艇计划 | 北京赛车pk10 | 重庆时时彩开奖"
    cover = _covered(inside, s, e) / size
    n_items = 1 + sum(1 for a, b in zip(inside, inside[1:]) if b.start > a.end)
    if n_items < 2 or _residue_is_prose(text, s, e, inside):
        return 0.0  # not a list, or genuine words on the line: only the keywords go, inline
    if strong and cover >= 0.7:
        return 0.9
    if len(inside) >= 3 and cover >= 0.8:
        return 0.7
    return 0.0


def _segments_by(line: str, sep: re.Pattern) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in sep.finditer(line):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(line):
        out.append((pos, len(line)))
    return out


def _prose(item: str) -> bool:
    return _content_len(item) > 20 or any(w in STOPWORDS for w in latin_words(item)) \
        or bool(re.search(r"[。！？，,.!?]", item))


def _residue_is_prose(text: str, s: int, e: int, hits: list[TermHit]) -> bool:
    """What the keywords leave of the line reads as prose: Chinese words or English function words."""
    chars = list(text[s:e])
    for h in hits:
        chars[h.start - s : h.end - s] = " " * (h.end - h.start)
    residue = "".join(chars)
    if re.search(r"[\u4e00-\u9fff]{2,}", residue):
        return True
    return any(w in STOPWORDS for w in latin_words(residue))


def _block_neighbour(text: str, line: tuple[int, int], hits: list[TermHit], lang: str) -> bool:
    s, e = line
    body = text[s:e]
    size = _content_len(body)
    if not size or len(body) > 120:
        return False
    inside = [h for h in hits if s <= h.start and h.end <= e]
    if inside and _covered(inside, s, e) / size >= 0.3:
        return True
    if inside and not any(w in STOPWORDS for w in latin_words(body)) and not re.search(r"[。！？.!?]$", body):
        return True  # a keyword line without a sentence in it (Pola Gacor Malam Ini | Bocoran Admin)
    return lang == "zh" and not CJK_CHAR.search(body) and bool(re.search(r"[A-Za-z]{3}", body))


def _line_family(hits: list[TermHit], line: tuple[int, int]) -> str:
    fams = Counter(h.family for h in hits if line[0] <= h.start < line[1])
    return fams.most_common(1)[0][0] if fams else "lottery-id"


_TAIL = re.compile(r"(?m)(?<=[.!?。！？])([ \t]*)([^\n.!?。！？]{3,160}?)[ \t]*$")
_TAIL_SEP = re.compile(r"[ \t]*[|｜][ \t]*")


def keyword_tails(text: str, lex: SpamLexicon) -> list[Insertion]:
    """After a line's last sentence, names with the gaming product they sell joined by | ("Goldcrest
    Sportsbook | Redpine Live Casino"), or keyword items: a tail no sentence has."""
    out = []
    for m in _TAIL.finditer(text):
        s, e = m.start(2), m.end(2)
        items = _segments_by(text[s:e], _TAIL_SEP)
        if len(items) == 1 and CJK_CHAR.search(text[s:e]):
            continue  # one Chinese item has no edge to its name: the inline detectors judge it
        if items and all(_is_named_item(text, lex, s + a, s + b) for a, b in items):
            fams = Counter(h.family for h in lex.find_terms(text[s:e]))
            family = fams.most_common(1)[0][0] if fams else "gambling"
            out.append(Insertion(m.start(1), e, family, f"spam.{family}.keyword-tail", 0.8))
    return out


def _is_named_item(text: str, lex: SpamLexicon, s: int, e: int) -> bool:
    hits = [TermHit(s + h.start, s + h.end, h.family, h.entry_id) for h in lex.find_terms(text[s:e])]
    strong = [h for h in hits if lex.is_strong(h.entry_id)]
    if not strong:
        return False
    if _named_product(text, s, e, strong):
        return True
    chars = list(text[s:e])
    for h in hits:
        chars[h.start - s : h.end - s] = " " * (h.end - h.start)
    return not _content_len("".join(chars))  # keywords and nothing else
