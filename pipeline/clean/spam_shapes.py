"""Injection shapes that need more than a lexicon look-up.

Title prefixes and suffixes, link-list lines, unlisted brands in front of a
call to action, brand-shaped tokens repeated at odd places, insertions wrapped
in brackets, and the word- or number-splitting test used as evidence.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from .context import DocContext
from .lexicon import SpamLexicon, TermHit
from .spam_fit import STOPWORDS, DocProfile, latin_words
from .spam_rejoin import Insertion

_TITLE_SEP = re.compile(r"\s*(?:[_|｜,，、—–]+|\s-\s|-(?=[A-Za-z\u4e00-\u9fff]))\s*")
_TITLE_SEP_ZH = re.compile(_TITLE_SEP.pattern + r"|\s+")
_LINE_SEP = re.compile(r"[\s_|｜,，、·/\-–—:：;；.。()（）\[\]【】]+")
_BRAND_SHAPED = re.compile(r"(?<![A-Za-z0-9\-_./@])[A-Za-z0-9]{3,16}(?![A-Za-z0-9\-_/@]|\.[A-Za-z0-9])")
_LATIN_TOKEN = re.compile(r"[A-Za-z0-9]+$")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_UNIT_OR_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|km|kg|mm|cm|mg|ml|kw|kwh|mw|gw|gb|mb|tb|mu|ha|yuan|pm|am|s)")
_OPEN_CLOSE = {"《": "》", "【": "】", "（": "）", "(": ")", "[": "]", "「": "」", "〈": "〉"}


@functools.lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba


@functools.lru_cache(maxsize=1)
def _to_simplified():
    import opencc

    return opencc.OpenCC("t2s").convert


def word_freq(word: str) -> int:
    """jieba's frequency of a word, read in Simplified script (the dictionary's)."""
    jb = _jieba()
    return jb.get_FREQ(word) or jb.get_FREQ(_to_simplified()(word)) or 0


def splits_a_word(text: str, start: int, end: int) -> bool:
    """The text on either side of [start, end) reads as one word or number once joined."""
    if start == 0 or end >= len(text):
        return False
    lc, rc = text[start - 1], text[end]
    if lc.isdigit() and rc.isdigit():
        return True
    if _CJK_CHAR.match(lc) and _CJK_CHAR.match(rc):
        if word_freq(lc + rc) >= 100:
            return True
        return any(word_freq(text[start - i : start] + text[end : end + j]) >= 1000
                   for i, j in ((1, 2), (2, 1)) if start - i >= 0 and _CJK_CHAR.match(text[start - i]))
    return False


def bracket_wrapped(text: str, start: int, end: int) -> tuple[int, int]:
    """Include brackets that wrap nothing but the insertion (中《…》国)."""
    if start > 0 and end < len(text) and _OPEN_CLOSE.get(text[start - 1]) == text[end]:
        return start - 1, end + 1
    return start, end


def extend_unknown_brand(text: str, start: int, group: list[TermHit], first_role: str) -> tuple[int, bool]:
    """Take in an unlisted brand right before a call to action (Winbox88 app download, 金龙体育官网)."""
    first = group[0]
    if first_role == "brand" or first.family not in ("gambling", "lottery-id", "porn"):
        return start, False
    window = text[max(0, start - 24) : start]
    m = _LATIN_TOKEN.search(window.rstrip(" ")) if len(window) - len(window.rstrip(" ")) <= 1 else None
    if m:
        token = m.group(0)
        tok_start = start - (len(window) - m.start())
        if _brand_like_latin(text, token, tok_start):
            return tok_start, True
        return start, False
    run = re.search(r"[\u4e00-\u9fff]{2,}$", window)
    if not run or not any(h.entry_id in _CJK_BRAND_BEFORE for h in group):
        return start, False
    words = list(_jieba().cut(run.group(0)))
    take = 0
    if words and words[-1] in _TRADE_WORDS:  # 金龙|体育(中国)官方网站
        take = len(words.pop())
    last = words[-1] if words else ""
    if 2 <= len(last) <= 4 and word_freq(last) < 2000 and text.count(last) == 1:
        return start - take - len(last), True
    return start, False


_CJK_BRAND_BEFORE = ("gambling.cta.zh-site", "gambling.product.zh", "gambling.shape.zh-china-official-site",
                     "gambling.shape.zh-site-entry")
_TRADE_WORDS = frozenset({"体育", "娱乐", "真人", "彩票", "电竞", "棋牌", "国际", "集团"})


def _brand_like_latin(text: str, token: str, at: int) -> bool:
    if re.search(r"\d", token) and re.search(r"[A-Za-z]", token):
        return True
    before = text[max(0, at - 3) : at].rstrip(" ")
    if not before or before[-1] in ".!?。！？\n\"“(（:：":
        return False  # capitalised because it starts a sentence, not because it is a name
    if not token[:1].isupper() or token.lower() in _COMMON_CAPITALISED:
        return False
    # A capitalised word mid-sentence that the article uses only in front of spam keywords,
    # more than once, is the brand those keywords advertise.
    word = rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])"
    total = len(re.findall(word, text))
    before_spam = len(re.findall(word + r" ?(?=[A-Za-z]*(?: ?[A-Za-z]+){0,2} ?(?:app|download|casino|review|games?|online|login|bonus|slots?|betting|official))", text))
    return total >= 2 and before_spam == total


_COMMON_CAPITALISED = frozenset({"the", "a", "an", "and", "or", "in", "on", "of", "to", "for", "with", "by",
                                 "this", "that", "it", "we", "our", "china", "chinese", "official", "free"})


def brand_shaped_repeats(text: str, taken: list[tuple[int, int]]) -> list[Insertion]:
    """Letters-and-digits tokens (Winbox88, 7xbet) repeated, or splitting a Chinese word."""
    cands = [m for m in _BRAND_SHAPED.finditer(text) if _brand_shape(m.group(0))]
    # Counted wherever the token stands as a word, also after a full stop with no space.
    counts = Counter(m.group(0).lower() for m in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z0-9]{3,16}(?![A-Za-z0-9])", text))
    out = []
    for m in cands:
        if counts[m.group(0).lower()] < 2 and not splits_a_word(text, m.start(), m.end()):
            continue  # once, and not splitting a word (中bet88国): a code, a model, a name
        if any(s <= m.start() < e for s, e in taken):
            continue
        out.append(Insertion(m.start(), m.end(), "unknown", "spam.unknown.repeated-brand-token", 0.7))
    return out


_TRADE_BEFORE_PLACE = re.compile(r"(?:娱乐|体育|彩票|真人|棋牌|官网)(?=[县市镇乡区])")


def unlisted_brand_as_place(text: str, taken: list[tuple[int, int]]) -> list[Insertion]:
    """An unlisted gaming name standing where a place name was, more than once
    (鸿福娱乐县, Lucky Casino County)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for key, start, end in [*_zh_gaming_places(text), *_en_gaming_places(text)]:
        spans.setdefault(key, []).append((start, end))
    out = []
    for key, found in sorted(spans.items()):
        if len(found) >= 2:
            out += [Insertion(s, e, "brand-as-place", "spam.brand-as-place.unlisted", 0.75)
                    for s, e in found if not any(a < e and s < b for a, b in taken)]
    return out


def _zh_gaming_places(text: str):
    for m in _TRADE_BEFORE_PLACE.finditer(text):
        nxt = text[m.end() : m.end() + 2]
        if word_freq(nxt) >= 500:  # 市场, 区域: the trade word is followed by a word, not a place suffix
            continue
        run = re.search(r"[\u4e00-\u9fff]{2,}$", text[max(0, m.start() - 8) : m.start()])
        words = list(_jieba().cut(run.group(0))) if run else []
        name = words[-1] if words else ""
        if 2 <= len(name) <= 4 and word_freq(name) < 2000:
            yield name + m.group(0), m.start() - len(name), m.end()


_EN_PLACE = re.compile(r"\b((?:[A-Z][A-Za-z0-9]*[ -]){0,2}[A-Z][A-Za-z0-9]*) (?=(?:County|City|Town|Township|District|Province|Prefecture)\b)")
_GAMING_TOKEN = re.compile(r"(?i)^(?:casinos?|bet\w*|\w*bet|slots?|lotto|poker|gaming|jackpot|sportsbook|baccarat|\w*\d\w*)$")


def _en_gaming_places(text: str):
    for m in _EN_PLACE.finditer(text):
        if any(_GAMING_TOKEN.match(tok) for tok in re.split(r"[ -]", m.group(1))):
            yield m.group(1).lower(), m.start(1), m.end(1)


def _brand_shape(token: str) -> bool:
    letters = sum(c.isalpha() for c in token)
    digits = sum(c.isdigit() for c in token)
    if letters < 3 or digits < 2 or not any(c.islower() for c in token):
        return False
    if _UNIT_OR_ORDINAL.fullmatch(token.lower()):
        return False
    if re.match(r"\d{4}", token) or re.fullmatch(r"[A-Za-z]+\d+[A-Za-z]?", token) and token[0].isupper() \
            and token[1:].isupper():
        return False  # years and project or standard codes (2017abc, GB18030)
    return True


def _covered(hits: list[TermHit], s: int, e: int) -> int:
    return sum(max(0, min(e, h.end) - max(s, h.start)) for h in hits)


def _content_len(segment: str) -> int:
    return len(_LINE_SEP.sub("", segment))


def _segments(line: str, zh: bool) -> list[tuple[int, int]]:
    """Title segments as (start, end) within the line."""
    return _segments_by(line, _TITLE_SEP if not zh else _TITLE_SEP_ZH)


def _segment_class(text: str, base: int, seg: tuple[int, int], lex: SpamLexicon,
                   hits: list[TermHit], profile: DocProfile) -> str:
    s, e = base + seg[0], base + seg[1]
    size = _content_len(text[s:e]) or 1
    inside = [h for h in hits if h.start < e and h.end > s]
    strong = [h for h in inside if lex.is_strong(h.entry_id)]
    if strong and _covered(strong, s, e) / size >= 0.7:
        return "spam"
    token = text[s:e].strip()
    if re.fullmatch(r"[A-Za-z0-9]+", token) and _brand_shape(token) and text.count(token) == 1:
        return "code"  # an unlisted brand code (Winbox88) the article never mentions again
    if size > 20 or any(w in STOPWORDS for w in latin_words(text[s:e])):
        return "ok"  # prose, not a keyword
    cover = _covered(inside, s, e) / size
    if inside and (cover >= 0.7 or cover >= 0.3 and profile.fit(text[s:e]) < 0.3):
        return "weak"
    return "ok"


def title_insertions(text: str, ctx: DocContext, lex: SpamLexicon, hits: list[TermHit],
                     profile: DocProfile) -> list[Insertion]:
    """Spam keywords put in front of or behind the title (the first line of the text)."""
    m = re.match(r"\s*([^\n]{1,200})(?:\n|$)", text)
    if not m:
        return []
    base, line = m.start(1), m.group(1)
    segs = _segments(line, ctx.lang == "zh")
    classes = [_segment_class(text, base, seg, lex, hits, profile) for seg in segs]
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
    return [_with_family(ins, hits) for ins in out]


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
    return lang == "zh" and not _CJK_CHAR.search(body) and bool(re.search(r"[A-Za-z]{3}", body))


def _line_family(hits: list[TermHit], line: tuple[int, int]) -> str:
    fams = Counter(h.family for h in hits if line[0] <= h.start < line[1])
    return fams.most_common(1)[0][0] if fams else "lottery-id"


# A date or year split by an insertion: 3月1…5日, 201…9年. The joined number must be a valid date.
_SPLIT_DAY = re.compile(r"(?<=\d月)(\d)([^\d\s日至到或和与及、~～\-—]{2,12}?)(\d)(?=日|号)")
_SPLIT_YEAR = re.compile(r"(?<![\d])(1[89]|20)(\d?)([^\d\s年至到或和与及、~～\-—]{2,12}?)(\d{1,2})(?=年)")


_MEASURE = set("个多余家项名人部省市县区年月日次批万亿千百元届期条件所座台辆吨米亩岁倍成天周章节版页楼层栋室号位只份套架艘场")


def split_dates(text: str, taken: list[tuple[int, int]]) -> list[Insertion]:
    """Text spliced inside a date (2019年3月1台北搬家5日): the date rejoined must be a real one."""
    out = []
    for m in _SPLIT_DAY.finditer(text):
        if 1 <= int(m.group(1) + m.group(3)) <= 31:
            out.append((m.start(2), m.end(2)))
    for m in _SPLIT_YEAR.finditer(text):
        year = m.group(1) + m.group(2) + m.group(4)
        counted = m.group(3)[0] in _MEASURE  # 18个部门10年: a count, not a split year
        if len(year) == 4 and 1900 <= int(year) <= 2100 and not counted:
            out.append((m.start(3), m.end(3)))
    return [Insertion(s, e, "unknown", "spam.unknown.inside-a-date", 0.7)
            for s, e in out if not any(a < e and s < b for a, b in taken)]
