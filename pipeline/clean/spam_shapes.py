"""Word-level injection shapes that need more than a lexicon look-up.

Unlisted brands in front of a call to action, brand codes repeated at odd
places, gaming names standing for a place name, text spliced inside a date,
insertions wrapped in brackets, and the word- or number-splitting test used as
evidence. Line-level shapes (title affixes, link lists) are in :mod:`.spam_lines`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from .lexicon import TermHit
from .spam_rejoin import Insertion
from ..segmentation import default_jieba

_BRAND_SHAPED = re.compile(r"(?<![A-Za-z0-9\-_./@])[A-Za-z0-9]{3,16}(?![A-Za-z0-9\-_/@]|\.[A-Za-z0-9])")
_LATIN_TOKEN = re.compile(r"[A-Za-z0-9]+$")
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_UNIT_OR_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|km|kg|mm|cm|mg|ml|kw|kwh|mw|gw|gb|mb|tb|mu|ha|yuan|pm|am|s)")
_OPEN_CLOSE = {"《": "》", "【": "】", "（": "）", "(": ")", "[": "]", "「": "」", "〈": "〉"}


def _jieba():
    return default_jieba()  # the global tokenizer, with its cache in the project folder


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
    if CJK_CHAR.match(lc) and CJK_CHAR.match(rc):
        if word_freq(lc + rc) >= 100:
            return True
        return any(word_freq(text[start - i : start] + text[end : end + j]) >= 1000
                   for i, j in ((1, 2), (2, 1)) if start - i >= 0 and CJK_CHAR.match(text[start - i]))
    return False


def cjk_place_before(text: str, start: int) -> int:
    """Take in a Chinese place name glued in front of an escort keyword (马来西亚|Sugar Daddy)."""
    run = re.search(r"[\u4e00-\u9fff]{2,8}$", text[max(0, start - 8) : start])
    if not run:
        return start
    _jieba()  # the global tokenizer posseg wraps, set up with the project cache first
    import jieba.posseg as posseg

    words = list(posseg.cut(run.group(0)))
    last = words[-1] if words else None
    if last is not None and last.flag == "ns" and 2 <= len(last.word) <= 5:
        return start - len(last.word)
    return start


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
            return _glued_prefix(text, tok_start), True
        glued = _GLUED_CAMEL.search(token)  # infra|LuckyStar casino: a brand glued into a word
        if glued:
            return tok_start + glued.start(), True
        return start, False
    run = re.search(r"[\u4e00-\u9fff]{2,}$", window)
    if not run or not any(h.entry_id in _CJK_BRAND_BEFORE for h in group):
        return start, False
    words = list(_jieba().cut(run.group(0)))
    take = 0
    if words and words[-1] in _TRADE_WORDS:  # 金龙|体育(中国)官方网站
        take = len(words.pop())
    last = _rare_tail(words) or _venue_name(words)
    if last and (text.count(last) == 1 or _of_brand_morphemes(last)):
        return start - take - len(last), True
    return start, False


_VENUE_ENDS = frozenset("城宫殿阁汇坊會宮閣匯")


def _venue_name(words: list[str]) -> str:
    """A word opening on a luck morpheme closed by a venue character (凤凰|城, 皇冠|会): a
    venue's name even though its stem is a dictionary word."""
    if len(words) < 2 or words[-1] not in _VENUE_ENDS or len(words[-2]) != 2:
        return ""
    from .lexicon import load_spam_lexicon

    return words[-2] + words[-1] if words[-2][0] in load_spam_lexicon().cues("brand_morphemes", "zh") else ""


def _of_brand_morphemes(name: str) -> bool:
    """Made only of luck and venue morphemes (鼎泰, 鸿鑫): a made-up name even when repeated."""
    from .lexicon import load_spam_lexicon

    lex = load_spam_lexicon()
    chars = set("".join(lex.cues("brand_morphemes", "zh") + lex.cues("brand_venues", "zh")))
    return len(name) >= 2 and all(c in chars for c in name) and word_freq(name) == 0


def _rare_tail(words: list[str]) -> str:
    """The longest run of trailing words (2 to 4 characters) that is no dictionary word and
    holds no common word of two or more characters (医院|金沙萬利, 车间|万利)."""
    best, name = "", ""
    for word in reversed(words):
        name = word + name
        if len(name) > 4 or (len(word) >= 2 and word_freq(word) >= 500):
            break
        if len(name) >= 2 and word_freq(name) < 2000:
            best = name
    return best


def _glued_prefix(text: str, start: int) -> int:
    """Take in a brand's first part glued to the word before by a hyphen (assistance|bet-harbor777):
    the split falls where the glued word ends in a word the article uses elsewhere."""
    if start < 2 or text[start - 1] != "-":
        return start
    m = re.search(r"(?<![A-Za-z])[A-Za-z]{4,30}$", text[max(0, start - 31) : start - 1])
    if not m:
        return start
    glued = m.group(0)
    for cut in range(len(glued) - 2, 2, -1):
        head = glued[:cut]
        if len(re.findall(rf"(?<![A-Za-z]){re.escape(head)}(?![A-Za-z])", text, re.IGNORECASE)) >= 1:
            return start - 1 - (len(glued) - cut)
    return start


_GLUED_CAMEL = re.compile(r"(?<=[a-z])[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+\d*$")
_CJK_BRAND_BEFORE = ("gambling.cta.zh-site", "gambling.product.zh", "gambling.shape.zh-china-official-site",
                     "gambling.shape.zh-site-entry")
_TRADE_WORDS = frozenset({"体育", "娱乐", "真人", "彩票", "电竞", "棋牌", "国际", "集团"})


def _brand_like_latin(text: str, token: str, at: int) -> bool:
    if re.search(r"\d", token) and re.search(r"[A-Za-z]", token):
        return True
    if token[:1].isupper() and re.search(r"[a-z][A-Z]", token) and token.lower() not in _COMMON_CAPITALISED:
        return True  # a made-up compound: GoldenPanda, WinStar
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
    cands = [m for m in _BRAND_SHAPED.finditer(text) if is_brand_code(m.group(0))]
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


_TRADE_BEFORE_PLACE = re.compile(r"(?:娱乐|体育|彩票|真人|棋牌|官网|国际|集团|平台|电竞|游戏|在线)(?=[县市镇乡区省])")


def unlisted_brand_as_place(text: str, taken: list[tuple[int, int]],
                            morphemes: tuple[str, ...] = ()) -> list[Insertion]:
    """An unlisted gaming name standing where a place name was, more than once
    (鸿福娱乐县, 鸿运彩城县, Lucky Casino County); ``morphemes``: characters and words
    gaming names are made of (彩, 博, 鸿运)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    found = [*_zh_gaming_places(text), *_zh_morpheme_places(text, morphemes), *_en_gaming_places(text),
             *_cjk_places_in_english(text, morphemes)]
    seen: set[tuple[int, int]] = set()
    for key, start, end in found:
        if (start, end) in seen:
            continue
        seen.add((start, end))
        spans.setdefault(key, []).append((start, end))
    out = []
    for key, found in sorted(spans.items()):
        if len(found) >= 2 or _named_again(text, key, found):
            out += [Insertion(s, e, "brand-as-place", "spam.brand-as-place.unlisted", 0.75)
                    for s, e in found if not any(a < e and s < b for a, b in taken)]
    return out


def _named_again(text: str, key: str, found: list[tuple[int, int]]) -> bool:
    """A Latin or (in English prose) Chinese name seen once with a place suffix and bare elsewhere
    (``Xyzluck City`` in a heading, ``This year Xyzluck plans``): the place it stands for."""
    if key.isascii():
        pattern = r"(?<![A-Za-z0-9])" + re.escape(key) + r"(?![A-Za-z0-9])"
        return len(re.findall(pattern, text, re.IGNORECASE)) >= 2
    return _is_english(text) and text.count(key) >= 2


def _is_english(text: str) -> bool:
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return 0 < cjk * 20 < len(text)


_CJK_PLACE_EN = re.compile(r"(?<![\u4e00-\u9fff(（\"“'‘《「])([\u4e00-\u9fff]{2,5}?)(?:([县市镇乡区])|(?= (?:County|City|Town|"
                           r"Township|District|Province|Prefecture)\b))(?![\u4e00-\u9fff)）\"”'’》」])")


def _cjk_places_in_english(text: str, morphemes: tuple[str, ...]):
    """A made-up Chinese gaming name standing for a place in English prose (``in 金X汇 County``,
    ``the 金X汇县 health commission``): English writes a Chinese place in pinyin, or glosses it in
    brackets; a name with a gaming morpheme and no dictionary word is the brand."""
    if not morphemes or not _is_english(text):
        return
    for m in _CJK_PLACE_EN.finditer(text):
        name = m.group(1)
        if 2 <= len(name) and not word_freq(name) and any(mo in name for mo in morphemes):
            yield name, m.start(), m.end()


def _zh_gaming_places(text: str):
    """Read in Simplified script, so 天X娛樂縣 counts as 天X娱乐县 (offsets kept: only when the
    conversion keeps the length)."""
    simple = _to_simplified()(text) if re.search(r"[\u4e00-\u9fff]", text) else text
    if len(simple) != len(text):
        simple = text
    for m in _TRADE_BEFORE_PLACE.finditer(simple):
        nxt = text[m.end() : m.end() + 2]
        if word_freq(nxt) >= 500:  # 市场, 区域: the trade word is followed by a word, not a place suffix
            continue
        run = re.search(r"[\u4e00-\u9fff]{2,}$", text[max(0, m.start() - 8) : m.start()])
        words = list(_jieba().cut(run.group(0))) if run else []
        name = words[-1] if words else ""
        if 2 <= len(name) <= 4 and word_freq(name) < 2000:
            yield name + text[m.start() : m.end()], m.start() - len(name), m.end()


_BEFORE_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff]{2})[县市镇乡区]")


def _zh_morpheme_places(text: str, morphemes: tuple[str, ...]):
    """A made-up name (no dictionary word) carrying a gaming morpheme right before 县/市."""
    if not morphemes:
        return
    for m in _BEFORE_SUFFIX.finditer(text):
        run = re.search(r"[\u4e00-\u9fff]{2,8}$", text[max(0, m.start() - 8) : m.start()]).group(0)
        if not any(mo in run[-4:] for mo in morphemes):
            continue
        words = list(_jieba().cut(run))
        # A gaming word and one landform character (金沙|岭, 永利|港) before 县: the character is the name's.
        name = words.pop() if len(words) >= 2 and len(words[-1]) == 1 and words[-2] in morphemes \
            and len(words[-2]) > 1 else ""
        for word in reversed(words):
            if len(name) + len(word) > 4 or (word_freq(word) >= 2000 and word not in _TRADE_WORDS
                                              and word not in morphemes and not _completes(word, name, morphemes)):
                break
            name = word + name
        if 3 <= len(name) <= 4 and word_freq(name) == 0 and any(mo in name for mo in morphemes):
            yield name, m.start() - len(name), m.start()


def _completes(word: str, name: str, morphemes: tuple[str, ...]) -> bool:
    """``word`` opens a morpheme jieba cut across (银|河湾 holds 银河)."""
    joined = word + name
    return any(len(mo) > 1 and -1 < joined.find(mo) < len(word) < joined.find(mo) + len(mo) for mo in morphemes)


# Made-up compounds (LuckyWin) are gaming names; McLean, DeKalb, LaSalle are real places.
_EN_CAMEL_NAME = re.compile(r"^(?!Mc|Mac|De|Di|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z][A-Za-z]*$")
_EN_PLACE = re.compile(r"\b((?:[A-Z][A-Za-z0-9]*[ -]){0,2}[A-Z][A-Za-z0-9]*) (?=(?:County|City|Town|Township|District|Province|Prefecture)\b)")
_GAMING_TOKEN = re.compile(r"(?i)^(?:casinos?|bet\w*|\w*bet|slots?|lotto|poker|gaming|jackpot|sportsbook|baccarat|\w*\d\w*)$")


def _en_gaming_places(text: str):
    from .spam_coined import coined_gaming_name  # a made-up gaming name: Xyzwin, Quokkaspin

    for m in _EN_PLACE.finditer(text):
        if any(_GAMING_TOKEN.match(tok) or _EN_CAMEL_NAME.match(tok) or coined_gaming_name(tok)
               for tok in re.split(r"[ -]", m.group(1))):
            yield m.group(1).lower(), m.start(1), m.end(1)


def is_brand_code(token: str) -> bool:
    """Letters and digits in a brand's way (Winbox88, 188bet), not a year, unit, ordinal or standard code."""
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


# A Latin phrase glued between Chinese characters (乡村振兴Lucky Win战略): Chinese prose writes
# foreign names in brackets or quotes and keeps acronyms in capitals (GDP, 5G, APP). It does glue
# single technical terms (支持WiFi6的终端, 糖化血红蛋白HbA1c检测): one token counts only when it is
# built on a gaming morpheme (ApexBet).
_LATIN_IN_CJK = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z][A-Za-z0-9'.&-]*(?: [A-Za-z0-9][A-Za-z0-9'.&-]*){0,4}(?=[\u4e00-\u9fff])")


def latin_glued_in_chinese(text: str, taken: list[tuple[int, int]], allowed: frozenset,
                           gaming: tuple[str, ...] = ()) -> list[Insertion]:
    out = []
    for m in _LATIN_IN_CJK.finditer(text):
        phrase = m.group(0)
        letters = sum(c.isalpha() for c in phrase)
        if letters < 4 or not any(c.islower() for c in phrase) or phrase.lower() in allowed:
            continue
        if " " not in phrase and not _gaming_token(phrase, gaming):
            continue  # one technical term (WiFi6, HbA1c, Win10Pro), not a brand
        if re.search(r"\.[A-Za-z]|@", phrase):
            continue  # a web or mail address
        if any(w.lower() in allowed for w in phrase.split()):
            continue
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(Insertion(m.start(), m.end(), "unknown", "spam.unknown.latin-in-chinese", 0.6))
    return out


def _gaming_token(token: str, gaming: tuple[str, ...]) -> bool:
    from .spam_coined import _gaming_latin  # spam_coined builds on this module

    return _gaming_latin(token, gaming)
