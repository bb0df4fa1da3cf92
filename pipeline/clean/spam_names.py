"""Names found once go wherever else they stand: a brand that replaced a place name, a made-up
brand found by :mod:`.spam_coined` (with the trade words and title separator glued to it), and
the title field without them."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .lexicon import SpamLexicon, TermHit
from .spam_coined import (
    chase,
    chinese_coined_names,
    chinese_names_in_english,
    digit_joined_names,
    english_plain_names,
    glued_latin_names,
    latin_brands_in_chinese,
    names_inside_numbers,
)
from .spam_rejoin import Insertion
from .spam_shapes import _jieba, _to_simplified, word_freq

# Short keywords absorbed when glued to a listed hit (开云体育 + 官网).
ABSORBABLE_ZH = ("官网", "娱乐", "体育", "app", "APP", "下载", "网址", "登录", "注册", "开户", "官方", "真人", "官方网站",
                 "网站入口")
AFFIX_SEP = re.compile(r"[ \t]*[_|｜\-–—][ \t]*")


def place_morphemes(lex: SpamLexicon) -> tuple[str, ...]:
    """Venue morphemes (汇, 坊, 国际) that can end a made-up name standing for a place; not those
    that make a word with a place suffix (城市)."""
    return _place_morphemes(lex.cues("brand_venues", "zh"))


@functools.lru_cache(maxsize=4)
def _place_morphemes(venues: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v for v in venues if not any(word_freq(v[-1] + suffix) >= 100 for suffix in "县市镇乡区"))


def coined_names(text: str, lang: str, lex: SpamLexicon, found: list[Insertion],
                 hits: list[TermHit], governance: bool) -> list[Insertion]:
    """Made-up brand names no lexicon lists (:mod:`.spam_coined`)."""
    out = glued_latin_names(text, [(i.start, i.end) for i in found])
    out += names_inside_numbers(text, [(i.start, i.end) for i in found + out])
    taken = [(i.start, i.end) for i in found + out]
    out += bare_sites(text, taken, lex.cues("brand_morphemes", "en"))
    taken = [(i.start, i.end) for i in found + out]
    if lang == "en":
        out += english_plain_names(text, taken, lex.cues("brand_morphemes", "en"), governance)
        out += names_in_no_noun_slot(text, taken + [(i.start, i.end) for i in out])
        out += chinese_names_in_english(text, taken, lex.cues("brand_morphemes", "zh"), lex.cues("brand_venues", "zh"))
    if lang == "zh":
        out += chinese_coined_names(text, taken, lex.cues("brand_morphemes", "zh"),
                                    lex.cues("brand_venues", "zh"), [(h.start, h.end) for h in hits],
                                    frozenset(lex.cues("brand_trade_words", "zh")))
        out += _free_of(digit_joined_names(text, lex.cues("brand_morphemes", "en")), taken + [(i.start, i.end) for i in out])
        out += latin_brands_in_chinese(text, taken + [(i.start, i.end) for i in out],
                                       lex.cues("brand_morphemes", "en"),
                                       frozenset(lex.cues("latin_in_zh_ok", "zh")), governance)
        unread = unread_names(text, lex.cues("brand_morphemes", "zh"), lex.cues("brand_venues", "zh"),
                              lex.cues("gaming_morphemes", "zh"), governance,
                              taken + [(i.start, i.end) for i in out], [(h.start, h.end) for h in hits],
                              lex.cues("common_surnames", "zh"), lex.cues("brand_name_ends", "zh"))
        unread += names_after_predicates(text, taken + [(i.start, i.end) for i in out + unread])
        out += unread + chase(text, [text[i.start : i.end] for i in unread if i.rule.endswith("split")],
                              out + unread, "spam.coined.zh-elsewhere")
    return out


def _free_of(found: list[Insertion], taken: list[tuple[int, int]]) -> list[Insertion]:
    return [i for i in found if not any(a < i.end and i.start < b for a, b in taken)]


def place_names(text: str, found: list[Insertion]) -> list[str]:
    """Names found standing for a place (鸿运彩城, Lucky Casino), longest first."""
    names = {text[i.start : i.end].strip() for i in found if i.family == "brand-as-place"}
    # Two Chinese characters (金沙) are too short to chase through the text: 金沙江 is a river.
    return sorted((n for n in names if len(n) >= (2 if n.isascii() else 3) and "\n" not in n),
                  key=lambda n: (-len(n), n))


def every_occurrence(text: str, names: list[str], found: list[Insertion]) -> list[Insertion]:
    """A brand that replaced a place name replaced it everywhere: each occurrence goes."""
    taken = [(i.start, i.end) for i in found]
    out = []
    for name in names:
        bound = r"(?<![A-Za-z0-9])" if name[0].isascii() else ""
        end_bound = r"(?![A-Za-z0-9])" if name[-1].isascii() else ""
        trade = "" if name.isascii() else "(?:" + "|".join(map(re.escape, ABSORBABLE_ZH)) + ")*"
        for m in re.finditer(bound + re.escape(name) + trade + end_bound, text):
            end = title_prefix_end(text, m.start(), m.end())
            if not any(a < end and m.start() < b for a, b in taken):
                taken.append((m.start(), end))
                out.append(Insertion(m.start(), end, "brand-as-place", "spam.brand-as-place.every-occurrence", 0.75))
    return out


def title_prefix_end(text: str, start: int, end: int) -> int:
    """A name opening a line, set off by a separator from the rest (鸿运彩城娱乐-Title): the
    trade words glued to it and the separator go with it."""
    if start and text[start - 1] != "\n":
        return end
    trade = re.match("(?:" + "|".join(map(re.escape, ABSORBABLE_ZH)) + ")*", text[end:])
    sep = AFFIX_SEP.match(text, end + trade.end())
    if sep and (text.find("\n", end) % (len(text) + 1)) - sep.end() > 4:
        return sep.end()
    return end


def coined_title_affixes(text: str, found: list[Insertion]) -> tuple[list[Insertion], list[str]]:
    """Made-up names found in the body, extended over a title prefix; and the names, for the title."""
    out, names = [], set()
    for i in found:
        if i.rule.startswith("spam.coined."):
            names.add(text[i.start : i.end])
            i = replace(i, end=title_prefix_end(text, i.start, i.end))
        out.append(i)
    return out, sorted((n for n in names if len(n) >= (4 if n.isascii() else 3)), key=lambda n: (-len(n), n))


def without_names(title: str, names: list[str]) -> str:
    for name in names:
        trade = "" if name.isascii() else "(?:" + "|".join(map(re.escape, ABSORBABLE_ZH)) + ")*"
        title = re.sub(r"\s*" + re.escape(name) + trade + (r"\s*" if name[-1].isascii() else ""), " " if name[0].isascii() else "", title)
    return title.strip(" _|｜-–—,，、") or title


# A name seen selling (in a keyword link line, glued before 官网 / online casino) is the same
# brand wherever else it stands, bare in prose or in the title: the ad's own words name it.
_SELLING_FAMILIES = frozenset({"gambling", "lottery-id", "brand-as-place"})
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{4,24}(?![A-Za-z0-9])")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def seller_names(text: str, found: list[Insertion], lex: SpamLexicon, removed: tuple[str, ...] = ()) -> list[str]:
    """Made-up names inside insertions that sell (a gambling keyword next to them): Latin
    words no dictionary knows, and the Chinese name opening a run before a listed keyword;
    ``removed``: spam texts earlier steps took out (a hidden ``<span>``), read the same way."""
    names: set[str] = set()
    segments = [text[i.start : i.end] for i in found
                if i.family in _SELLING_FAMILIES and not i.rule.startswith(("spam.coined.", "spam.filler."))]
    for segment in segments + list(removed):
        names |= _names_in_segment(segment, lex)
    # A made-up Latin name found bare is also chased as its site (Xyz88 xyz88.vip).
    names |= {text[i.start : i.end].strip() for i in found if i.rule.startswith(("spam.coined.latin", "spam.unknown.repeated-brand"))
              and re.fullmatch(r"\s*[A-Za-z][A-Za-z0-9]{4,24}\s*", text[i.start : i.end])}
    return sorted(names, key=lambda n: (-len(n), n))


def _names_in_segment(segment: str, lex: SpamLexicon) -> set[str]:
    from .spam_coined import _PINYIN, zipf

    names: set[str] = set()
    listed = lex.find_terms(segment, include_weak=True) + lex.topic_terms(segment)
    if not any(h.family in _SELLING_FAMILIES for h in listed):
        return names
    for m in _LATIN_WORD.finditer(segment):
        word = m.group(0)
        if any(m.start() <= h.start and h.end <= m.end() or h.start < m.end() and m.start() < h.end
               and not re.search(r"[^A-Za-z0-9 ]", segment[h.start : h.end]) for h in listed):
            continue  # a listed keyword itself, not the name a shape (Xyz娱乐app) takes in
        if sum(c.isalpha() for c in word) >= 5 and zipf(word) < 1.0 and not _PINYIN.fullmatch(word.lower()):
            names.add(word)
    for run in _CJK_RUN.finditer(segment):
        first = min((h.start for h in listed if run.start() <= h.start < run.end()), default=None)
        name = segment[run.start() : first] if first is not None else ""
        if 3 <= len(name) <= 4 and not word_freq(name) and not any(name.endswith(s) for s in "县市镇乡区省村州") \
                and _made_up(name):
            names.add(name)
    return names


def _made_up(name: str) -> bool:
    """A made-up name has a part no common word is (富贵|贰号): 欢迎来到, 立即注册 are only words."""
    words = [w for w in _jieba().cut(name, HMM=False) if len(w) > 1]
    return not words or any(word_freq(w) < 100 for w in words)


_LOCATIVE = re.compile(r"(?<![A-Za-z])(?:in|at|from|near|across|around|outside|via)\s$")


def chase_sellers(text: str, names: list[str], found: list[Insertion], lex: SpamLexicon) -> list[Insertion]:
    """Every other place a seller's name stands: as a word (Latin, any case, ``Xyz Crown`` for
    ``XyzCrown``, with a domain ending ``xyzcrown.vip``), or anywhere in Chinese text; with the
    listed keywords right after it (``Xyz Crown Live Casino |`` before a title)."""
    if not names:
        return []
    taken = [(i.start, i.end) for i in found]
    listed = {h.start: h.end for h in lex.find_terms(text, include_weak=True) + lex.topic_terms(text)}
    out = []
    for name in names:
        if name.isascii():
            spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
            body = "|".join(dict.fromkeys(map(re.escape, (name, spaced))))
            pattern = re.compile(r"(?<![A-Za-z0-9])(?:" + body + r")(?:\.[a-z]{2,4})?(?![A-Za-z])", re.IGNORECASE)
        else:
            pattern = re.compile(re.escape(name) + "(?:" + "|".join(map(re.escape, ABSORBABLE_ZH)) + ")*")
        for m in pattern.finditer(text):
            if name.isascii() and _LOCATIVE.search(text, max(0, m.start() - 12), m.start()):
                continue  # in Xyz, from Xyz: a town the article is about (a border casino hub)
            end = m.end()
            while listed.get(end + (text[end : end + 1] == " ")):
                end = listed[end + (text[end : end + 1] == " ")]
            end = title_prefix_end(text, m.start(), end)
            if not any(a < end and m.start() < b for a, b in taken):
                taken.append((m.start(), end))
                out.append(Insertion(m.start(), end, "gambling", "spam.coined.seller-elsewhere", 0.75))
    return out


# Chinese: a made-up name jieba cannot read (it falls back to single characters), made of luck
# and venue morphemes, with a site's trade word or lucky digits after it, or splitting a word.
_FUNCTION_CHARS = frozenset("的了在和是与及或也都就而被把将向从对为以于之其等各每该此这那个有不没很更最又再并且还已中上下"
                           "年月日号元万亿岁次件名位人")
_LUCKY_DIGITS = re.compile(r"\d{2,3}(?!\d|[.,]\d|[%％个万亿元年月日号岁次件名位人枚项家所座台辆吨米亩倍成天周章节版页楼层栋室户只份套条间张])")
_CLOSE_TRADE = ("官网", "官方", "娱乐", "体育", "国际", "真人", "app", "APP", "下载", "登录", "注册", "平台")


_SITE_INTRODUCERS = ("据", "从", "经", "登录", "登陆", "访问", "通过", "关注", "浏览", "查看", "打开", "进入", "搜索", "前往")


def unread_names(text: str, luck: tuple[str, ...], venue: tuple[str, ...], gaming: tuple[str, ...],
                 governance: bool, taken: list[tuple[int, int]],
                 listed: list[tuple[int, int]] = (), surnames: tuple[str, ...] = (),
                 name_ends: tuple[str, ...] = ()) -> list[Insertion]:
    """``销售机构|鼎X彩官网|不得``, ``满6个月|汇X88|即可``, ``声|X河豪庭|誉``: single characters
    (or a gaming word such as 银河) no word holds, two luck or venue morphemes among them (one,
    with a trade word after), closed by a trade word, lucky digits, or the two halves of a word."""

    marks = frozenset("".join(luck)) | frozenset(v for v in venue if len(v) == 1)
    out = []
    for run in _CJK_RUN.finditer(text):
        plain = _to_simplified()(run.group(0))
        if len(plain) != len(run.group(0)) or sum(c in marks for c in plain) < 1:
            continue
        pos, tokens = run.start(), []
        for word in _jieba().cut(plain, HMM=False):
            tokens.append((pos, word))
            pos += len(word)
        out += _unread_in_run(text, tokens, marks, frozenset(gaming), governance,
                              frozenset(v for v in venue if len(v) == 1))
    # A person's name (surname + given name of luck characters: 王金宝) is no brand, unless it
    # ends as a venue or club does (金X会, X鲨湾).
    venue_ends = frozenset(name_ends) | frozenset(v for v in venue if len(v) == 1)
    out = [i for i in out if not (text[i.start] in surnames and len(_name_part(text, i)) <= 3
                                  and _name_part(text, i)[-1:] not in venue_ends)]
    # A listed name (新葡京) is judged by the lexicon rules, not here; its trade word may be listed.
    out = [i for i in out if not any(a < i.start + len(_name_part(text, i)) and i.start < b for a, b in listed)]
    return [i for i in out if not any(a < i.end and i.start < b for a, b in taken)]


def _name_part(text: str, ins: Insertion) -> str:
    part = text[ins.start : ins.end].rstrip("0123456789")
    for t in _CLOSE_TRADE:
        if part.endswith(t) and len(part) > len(t):
            return part[: -len(t)]
    return part


def _unread_in_run(text, tokens, marks, gaming, governance, venues=frozenset()):
    out, i = [], 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and (len(tokens[j][1]) == 1 and tokens[j][1] not in _FUNCTION_CHARS
                                   or tokens[j][1] in gaming):
            j += 1
        if j == i:
            i += 1
            continue
        start, end = tokens[i][0], tokens[j - 1][0] + len(tokens[j - 1][1])
        after = tokens[j][1] if j < len(tokens) else text[end : end + 3]
        run_end = end
        i = j
        cut = min((k for k in range(start + 2, end) for t in _CLOSE_TRADE if text.startswith(t, k)), default=end)
        split = end - start >= 5 and word_freq(_to_simplified()(text[start] + text[end - 1])) >= 50
        if split:
            start, end = start + 1, end - 1  # 声|…|誉: the two halves of a word around the name
        else:
            end = cut  # the trade word (官|网) jieba cut into characters too
            while end - start > 2 and text[start] not in marks and word_freq(text[start]) >= 20000:
                start += 1  # a common word of its own before the name (很好|X星体育)
        name = _to_simplified()(text[start:end])
        coded = len(name) == 2 and all(c in marks for c in name) and _LUCKY_DIGITS.match(text, end)
        traded = len(name) == 2 and any(text.startswith(t, end) for t in _CLOSE_TRADE[:4])
        if not (3 <= len(name) <= 5 or coded or traded) or word_freq(name) or sum(c in marks for c in name) < 1:
            continue  # two characters only with a lucky number or a site word after them (X鼎|88, X澜|娱乐)
        if text[start - 1 : start] in "“\"《「（(" or text[end : end + 1] in "”\"》」）)":
            continue  # quoted or bracketed: a name the article presents
        if not split and text[max(0, start - 2) : start].endswith(_SITE_INTRODUCERS):
            continue  # 登录X官网, 通过X官网, 据X官网: a site the article points to
        tail = next((t for t in _CLOSE_TRADE if text.startswith(t, end) and (end < run_end or after == t)), "")
        digits = _LUCKY_DIGITS.match(text, end)
        two = sum(c in marks for c in name) >= 2
        split = split or 0 < start and end < len(text) and word_freq(_to_simplified()(text[start - 1] + text[end])) >= 50
        closing = len(name) == 3 and all(c in marks for c in name) and any(c in venues for c in name) \
            and text[end : end + 1] in "，。；" and text[start - 1 : start] not in "、，" and len(tokens) and start > tokens[0][0] + 1
        if split and two:
            out.append(Insertion(start, end, "gambling", "spam.coined.zh-unread-split", 0.75))
        elif closing and not governance:  # 效能|盛X汇|，: a name of morphemes only, closing a clause
            out.append(Insertion(start, end, "gambling", "spam.coined.zh-unread-closing", 0.7))
        elif (tail or (digits and two)) and (two or tail):
            close = end + len(tail) + (digits.end() - end if digits and not tail else 0)
            if governance and (text[close : close + 1] in "等、" or text[start - 1 : start] == "、"):
                continue  # a list of platforms the article names
            out.append(Insertion(start, close, "gambling", "spam.coined.zh-unread-name", 0.75))
    return out


# A name with a site's word closing a clause right after an adjective predicate (给了不全|X娱乐|、):
# after 不全, 很好, 繁琐 the clause is over; no noun phrase stands there.
_TAIL_NAME = re.compile(r"(?<=[\u4e00-\u9fff]{3})(娱乐|娛樂|体育|體育|官网|官網)(?=[、，。；！？,;])")


def names_after_predicates(text: str, taken: list[tuple[int, int]]) -> list[Insertion]:
    """Read with jieba's part-of-speech tags, only where the shape is there: the name is the
    two or three characters jieba reads as a noun between the adjective and the trade word."""
    import jieba.posseg as posseg

    out = []
    for m in _TAIL_NAME.finditer(text):
        left = text[max(0, m.start() - 10) : m.start()]
        bounds, pos = {}, 0
        for w in posseg.cut(left):
            pos += len(w.word)
            bounds[pos] = w
        for n in (2, 3):
            before, name = bounds.get(len(left) - n), left[-n:]
            if before is None or before.flag not in ("a", "ad") or not _CJK_RUN.fullmatch(name):
                continue
            if word_freq(name + m.group(1)) or any(a < m.end() and m.start() - n < b for a, b in taken):
                continue
            out.append(Insertion(m.start() - n, m.end(), "gambling", "spam.coined.zh-after-predicate", 0.7))
            break
    return out


# English: a made-up name after "and" joining two lower-case words, followed by an adverb or an
# article (``winnings and Xyzwave then close``, ``warnings and Xyzstar a hotline``): the sentence
# reads whole without it, and a firm named there would be introduced (``and the app Xyz``).
_SLOT = re.compile(r"(?<![A-Za-z])([a-z]{3,}),? (?:and|or|but) ([A-Z][A-Za-z0-9]{4,24}) "
                   r"(then|also|still|soon|later|often|quickly|usually|even|never|always|just|only|a|an|the) [a-z]")


def names_in_no_noun_slot(text: str, taken: list[tuple[int, int]]) -> list[Insertion]:
    from .spam_coined import _INTRODUCING, _PINYIN, coined_name, zipf

    out = []
    for m in _SLOT.finditer(text):
        name = m.group(2)
        if m.group(1) in _INTRODUCING or not coined_name(name) or zipf(name) >= 1.0 \
                or _PINYIN.fullmatch(name.lower()):
            continue
        if len(re.findall(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text, re.IGNORECASE)) > 1:
            continue  # a name the article uses again: its own
        if not any(a < m.end(2) and m.start(2) < b for a, b in taken):
            out.append(Insertion(m.start(2), m.end(2), "gambling", "spam.coined.latin-no-noun-slot", 0.7))
    return out


# A bare site of a made-up gaming name in running prose (``3,000 households www.xyz88.com in
# the county``): an article points to a site it names (visit, at, on, 登录); gov, edu, org sites
# and plain-word labels are the article's own.
_SITE = re.compile(r"(?<![A-Za-z0-9_@/.-])(?:www\.)?([a-z][a-z0-9-]{3,30})\.(?!gov|edu|org|int|mil)[a-z]{2,6}(?:\.[a-z]{2})?"
                   r"(?![A-Za-z0-9_/@-]|\.[a-z])", re.IGNORECASE)
_SITE_LEAD = re.compile(r"(?:visit|visiting|at|on|via|see|website|site|portal|platform|app|url|address|"
                        r"email|e-mail|from|to|登录|登陆|访问|网址|网站|官网|进入|关注|浏览|[:：(（“\"])\s*$",
                        re.IGNORECASE)


def bare_sites(text: str, taken: list[tuple[int, int]], gaming: tuple[str, ...]) -> list[Insertion]:
    from .spam_coined import _gaming_latin, zipf

    out = []
    for m in _SITE.finditer(text):
        label = m.group(1)
        branded = re.search(r"[a-z]{3}\d{2,}|\d{2,}[a-z]{3}", label.lower()) or (
            zipf(label) < 1.0 and _gaming_latin(label.capitalize(), gaming))
        if not branded or _SITE_LEAD.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(Insertion(m.start(), m.end(), "gambling", "spam.coined.bare-site", 0.7))
    return out
