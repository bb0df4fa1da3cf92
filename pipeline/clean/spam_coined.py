"""Coined brand names no lexicon lists: made-up Latin names (a glued CamelCase or code
token that is no English word) and made-up Chinese names built from luck and venue
morphemes (金, 鼎, 盛, 博, 彩, 汇, 国际 …), with no keyword next to them.

Evidence, strongest first:

* the name splits a word: what is left once it is taken out is a common word
  (``coop|Xyz88|eration`` -> cooperation, ``抽|永X国际|检`` -> 抽检);
* the name is glued to a lower-case English word at a seam no word has inside it
  (``metres|Xyzwin``: lower case then a capital), and is itself no English word;
* a Latin gaming name (bet, win, spin, 88 …) set into Chinese prose;
* a Chinese name made only of those morphemes, no dictionary word, standing
  between two words it does not belong to.

A name found once this way goes wherever else it stands as a word. English word
frequencies come from ``wordfreq`` (loaded lazily, on the first Latin candidate).
"""

from __future__ import annotations

import functools
import re

from .spam_rejoin import Insertion
from .spam_shapes import _jieba, splits_a_word, word_freq

CONFIDENCE = {"split": 0.8, "glued": 0.75, "standalone": 0.65, "chased": 0.7}
_TOKEN = re.compile(r"(?<![A-Za-z0-9\-_./@])[A-Za-z0-9]{5,40}(?![A-Za-z0-9\-_/@]|\.[A-Za-z0-9])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


@functools.lru_cache(maxsize=4096)
def zipf(word: str) -> float:
    """English word frequency (Zipf scale, 0 = unknown), case-insensitive."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def coined_name(token: str) -> bool:
    """A made-up name: mixed case with a lower-case letter, four letters at least, no English
    word, and shaped as a name (a capital first, a capital inside, or digits after letters)."""
    letters = sum(c.isalpha() for c in token)
    if letters < 4 or not token[:1].isupper() or not any(c.islower() for c in token):
        return False
    if token.isalpha() and zipf(token) >= 2.0:
        return False
    if re.search(r"[a-z][A-Z]|[A-Za-z]\d", token):
        return True
    return zipf(token) < 1.0 and not _PINYIN.fullmatch(token.lower())  # Songxi, Nanhu: a Chinese name


_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai"
                     r"|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)(?![aeiouv]))+")


def _seams(token: str) -> list[int]:
    return [i for i in range(1, len(token)) if token[i - 1].islower() and token[i].isupper()]


def _split_name(token: str) -> tuple[int, int, str] | None:
    """(start, end, kind) of a coined name inside ``token``: splitting a word, glued after a
    lower-case word, or (a code) glued before one."""
    if zipf(token) >= 1.0:
        return None
    for s in _seams(token):
        best = None
        for e in range(s + 4, len(token) - 1):
            joined = token[:s] + token[e:]
            if len(joined) >= 5 and joined.isalpha() and coined_name(token[s:e]):
                score = zipf(joined)
                # A name shaped as a brand (Xyz88, XyzAbc) may split a rarer word (defer|…|ral).
                floor = 2.3 if re.search(r"\d|[a-z][A-Z]", token[s:e]) else 3.0
                if score >= floor and (best is None or score > best[0]):
                    best = (score, e)
        if best is not None and s >= 2:
            return s, best[1], "split"
    for s in _seams(token):
        left, name = token[:s], token[s:]
        if s >= 3 and left.islower() and zipf(left) >= 1.5 and coined_name(name) and zipf(name) < 2.0:
            return s, len(token), "glued"
    m = re.match(r"([A-Z][A-Za-z]*\d+)([a-z]{3,})$", token)
    if m and coined_name(m.group(1)) and zipf(m.group(2)) >= 3.0:
        return 0, m.end(1), "glued"
    m = re.match(r"([A-Z][a-z]+[A-Z][a-z]+?)(the|and|to|of|in|for|with|that|which|on)$", token)
    if m and coined_name(m.group(1)) and zipf(m.group(1)) < 1.0 \
            and zipf(re.findall(r"[A-Z][a-z]*", token)[-1].lower()) < 3.0:
        # ApexSpin is one name, not ApexSp|in: the tail completes a word of its own
        return 0, m.end(1), "glued"  # XyzSpin|the: a made-up compound glued before a function word
    return None


def glued_latin_names(text: str, taken: list[tuple[int, int]]) -> list[Insertion]:
    """Coined Latin names glued into or onto words, and their other occurrences."""
    out: list[Insertion] = []
    names: list[str] = []
    for m in re.finditer(r"[A-Za-z0-9]{7,60}", text):
        if not re.search(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]", m.group(0)):
            continue
        found = _split_name(m.group(0))
        if found is None:
            continue
        s, e, kind = found
        out.append(Insertion(m.start() + s, m.start() + e, "gambling", f"spam.coined.latin-{kind}",
                             CONFIDENCE[kind]))
        names.append(m.group(0)[s:e])
    out += chase(text, names, out, "spam.coined.latin-elsewhere")
    return _free(out, taken)


def glued_word_start(text: str, start: int) -> int:
    """Where an insertion that took in a word glued to a coined name (``betting|Xyz88``) should
    start: at the name, leaving the word."""
    lead = len(text[start : start + 4]) - len(text[start : start + 4].lstrip(" "))
    m = re.match(r"[A-Za-z0-9]{7,60}", text[start + lead :])
    if not m or (start + lead > 0 and text[start + lead - 1].isalnum()):
        return start
    found = _split_name(m.group(0))
    if found and found[2] == "glued" and found[0] > 0:
        return start + lead + found[0]
    return start


_GLUED_BEFORE = re.compile(r"(?<![A-Za-z])([a-z]{3,})([A-Z][a-z]+) $")
_GLUED_AFTER = re.compile(r" ([a-z]{4,})(?![A-Za-z])")
_FUNCTION_TAILS = ("to", "the", "and", "of", "in", "for", "on", "with", "a")


def glued_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the words an English insertion is glued to at its edges, up to the seam
    (cover|Xyz casino bonus code|to pull): the glued token is no word, its parts are."""
    m = _GLUED_BEFORE.search(text, max(0, start - 40), start)
    if m and zipf(m.group(1) + m.group(2)) < 1.0 and zipf(m.group(1)) >= 3.0:
        start = m.start(2)
    m = _GLUED_AFTER.match(text, end)
    if m and zipf(m.group(1)) < 1.0:
        token = m.group(1)
        for tail in _FUNCTION_TAILS:
            head = token[: -len(tail)]
            if token.endswith(tail) and len(head) >= 3 and zipf(head) >= 3.0:
                return start, end + 1 + len(head)
    return start, end


_IN_NUMBER = re.compile(r"(?<=\d)[A-Z][A-Za-z]{3,}(\d*)(?=\d)")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def names_inside_numbers(text: str, taken: list[tuple[int, int]]) -> list[Insertion]:
    """A made-up name spliced into a number (3,8|Xyz88|47, 21|XyzSpin|60万元). Where the name's own
    digits run into the number's, the split that leaves a well-formed number wins."""
    out = []
    for m in _IN_NUMBER.finditer(text):
        letters = m.group(0)[: len(m.group(0)) - len(m.group(1))]
        if not re.search(r"[a-z][A-Z]", letters) and (zipf(letters) >= 3.0 or _PINYIN.fullmatch(letters.lower())):
            continue  # an English word (12June2020) or a Chinese name: text written without spaces
        out.append(Insertion(m.start(), m.start() + len(letters) + _digits_taken(text, m),
                             "gambling", "spam.coined.latin-in-number", CONFIDENCE["split"]))
    return _free(out, taken)


def _digits_taken(text: str, m: re.Match) -> int:
    digits = m.group(1)
    left = re.search(r"[\d,]*\d$", text[: m.start()]).group(0)
    right = re.match(r"\d[\d,]*", text[m.end() :]).group(0)
    for i in range(len(digits) + 1):
        if "," in left + right and _GROUPED.fullmatch(left + digits[i:] + right):
            return i
    run = re.match(r"(\d)\1+", digits)  # 88, 777: a lucky code's digits
    return len(run.group(0)) if run else 0


def chase(text: str, names: list[str], found: list[Insertion], rule: str) -> list[Insertion]:
    """Every other place a found name stands as a word (Latin) or in running text (Chinese)."""
    taken = [(i.start, i.end) for i in found]
    out = []
    for name in sorted(set(names), key=lambda n: (-len(n), n)):
        pattern = re.escape(name)
        if name.isascii():
            # and its site, in any case, even glued into a number (1|xyz88.vip|9.5 million)
            pattern = (r"(?<![A-Za-z])(?i:" + pattern + r")\.[a-z]{2,6}(?![A-Za-z])|(?<![A-Za-z0-9])"
                       + pattern + r"(?![A-Za-z0-9])")
        for m in re.finditer(pattern, text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                out.append(Insertion(m.start(), m.end(), "gambling", rule, CONFIDENCE["chased"]))
    return out


def latin_brands_in_chinese(text: str, taken: list[tuple[int, int]], gaming: tuple[str, ...],
                            allowed: frozenset, governance: bool = False) -> list[Insertion]:
    """A coined Latin gaming name (…bet, …win, …88) set bare into Chinese prose: Chinese writes a
    foreign name in brackets or quotes, next to its Chinese name. An article about gambling names
    platforms itself (查处了Xyzbet等平台): there only a name splitting a word (稳Xyzbet定) counts."""
    out = []
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if token.lower() in allowed or not coined_name(token) or not _gaming_latin(token, gaming):
            continue
        before, after = text[max(0, m.start() - 1) : m.start()], text[m.end() : m.end() + 1]
        if not (_CJK.match(before) or _CJK.match(after)):
            continue  # in an English passage, not set into Chinese prose
        if before in _OPENERS or after in _CLOSERS:
            continue  # glossed or quoted: a name the article presents
        if governance and not _splits_zh(text, m.start(), m.end()):
            continue
        out.append(Insertion(m.start(), m.end(), "gambling", "spam.coined.latin-in-chinese",
                             CONFIDENCE["standalone"]))
    return _free(out + chase(text, [text[i.start : i.end] for i in out], out,
                             "spam.coined.latin-elsewhere"), taken)


def coined_gaming_name(token: str) -> bool:
    """A made-up name built on a gaming morpheme (data: brand_morphemes, en)."""
    from .lexicon import load_spam_lexicon

    return coined_name(token) and _gaming_latin(token, load_spam_lexicon().cues("brand_morphemes", "en"))


_OS_VERSION = re.compile(r"[Ww]in(?:dows)?(?:7|8|10|11|XP)(?:Pro|Home|SP\d)?")


def _gaming_latin(token: str, gaming: tuple[str, ...]) -> bool:
    """A gaming morpheme in a part of the name that is no longer English word (Windows has win)."""
    if _OS_VERSION.fullmatch(token):
        return False  # Win10, Win11Pro: the operating system, shortened
    parts = [p.lower() for p in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", token)]
    if any(g in p and (p == g or zipf(p) < 3.0) for p in parts for g in gaming):
        return True
    if len(parts) > 1 and any(_morpheme_word(p, g) for p in parts for g in gaming):
        return True  # LuckyPalace, WinsCrown: a compound on a gaming word's plain form
    # Lucky digits close a name (Lucky88); digits between letters make a code (Hq3mZ8), not a brand;
    # a plain word before 365 names a year-round service (Office365, Health365).
    m = re.fullmatch(r"([A-Za-z]+)(\d*(?:8|77|99|168|365))", token)
    return bool(m) and not (m.group(2) == "365" and len(m.group(1)) >= 4 and zipf(m.group(1)) >= 3.5)


def _morpheme_word(part: str, morpheme: str) -> bool:
    """The gaming morpheme as a word of its own: lucky, wins, fortune, bets."""
    return part.startswith(morpheme) and part[len(morpheme):] in ("", "y", "s", "e", "es")


def _free(found: list[Insertion], taken: list[tuple[int, int]]) -> list[Insertion]:
    return [i for i in found if not any(a < i.end and i.start < b for a, b in taken)]


# Chinese: names made only of luck and venue morphemes (鼎盛博汇, 永盛国际), no dictionary word.
_OPENERS = frozenset("（(“\"‘'《「【『")
_CLOSERS = frozenset("）)”\"’'》」】』")
_NAMED_AFTER = ("公司", "集团", "酒店", "宾馆", "大厦", "广场", "超市", "商场", "银行", "中心", "花园", "家园",
                "小区", "街道", "县", "市", "镇", "乡", "区", "村", "路", "街", "省", "州", "先生", "女士")


def chinese_coined_names(text: str, taken: list[tuple[int, int]], luck: tuple[str, ...],
                         venue: tuple[str, ...], protected: list[tuple[int, int]],
                         trade: frozenset = frozenset()) -> list[Insertion]:
    """Made-up Chinese gaming names splitting a word (稳|X博汇|定) or standing between two
    words they do not belong to; ``luck``: characters of wealth and luck (金, 鼎, 盛, 永),
    ``venue``: characters and words of gaming places (博, 彩, 汇, 国际), ``trade``: words of a
    site's call (官网, 唯一, 网址) taken in when they close the clause after the name."""
    luck_chars = frozenset("".join(luck))
    venue_words = frozenset(venue)
    venue_chars = frozenset(v for v in venue if len(v) == 1)
    out: list[Insertion] = []
    for run in _CJK_RUN.finditer(text):
        if not _has_venue(run.group(0), venue_words) or not any(c in luck_chars for c in run.group(0)):
            continue  # no segmentation where no name can be
        tokens = _tokens(run.group(0), run.start())
        for i, j in _morpheme_groups(tokens, luck_chars | venue_chars, venue_words):
            start, end = tokens[i][0], tokens[j][0] + len(tokens[j][1])
            name = text[start:end]
            if not (3 <= len(name) <= 5) or word_freq(name) or any(a < end and start < b for a, b in protected):
                continue
            if not (any(c in luck_chars for c in name) and _has_venue(name, venue_words)):
                continue
            kind = _zh_evidence(text, tokens, i, j, start, end)
            if kind == "standalone" and sum(c in luck_chars for c in name) < 2:
                continue  # 新城国际: one luck character is too little without a split word
            if kind == "standalone":
                end = _trade_tail(text, tokens, j, trade)
            if kind:
                out.append(Insertion(start, end, "gambling", f"spam.coined.zh-{kind}", CONFIDENCE[kind]))
    out += chase(text, [text[i.start : i.end] for i in out], out, "spam.coined.zh-elsewhere")
    return _free(out, taken)


def chinese_names_in_english(text: str, taken: list[tuple[int, int]], luck: tuple[str, ...],
                             venue: tuple[str, ...]) -> list[Insertion]:
    """A bare Chinese gaming name in English prose (``the elderly, 金X国际 the disabled``):
    English sets a Chinese term it names in quotes or brackets, or after "known as"."""
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    if not cjk or cjk * 20 > len(text):
        return []  # no Chinese, or a bilingual text
    chars = frozenset("".join(luck)) | frozenset(v for v in venue if len(v) == 1)
    out = []
    for run in _CJK_RUN.finditer(text):
        name = run.group(0)
        tokens = _tokens(name, run.start())
        if not (3 <= len(name) <= 6) or list(_morpheme_groups(tokens, chars, frozenset(venue))) != [(0, len(tokens) - 1)]:
            continue
        if word_freq(name) or not (any(c in luck for c in name) and _has_venue(name, frozenset(venue))):
            continue
        before = text[max(0, run.start() - 12) : run.start()].rstrip()
        if before[-1:] in "(（\"“'‘《「" or text[run.end() : run.end() + 1] in ")）\"”'’》」" \
                or re.search(r"(?:known as|called|named|termed|dubbed)$", before):
            continue
        out.append(Insertion(run.start(), run.end(), "gambling", "spam.coined.zh-in-english", CONFIDENCE["standalone"]))
    return _free(out, taken)


def _trade_tail(text: str, tokens: list[tuple[int, str]], j: int, trade: frozenset) -> int:
    """The end of the name with the trade words glued after it, when they run to the end of the
    clause (永X国际|官方唯一网址。): the site's call, not the article's words."""
    end = tokens[j][0] + len(tokens[j][1])
    rest = tokens[j + 1 :]
    if rest and all(word in trade for _p, word in rest):
        return rest[-1][0] + len(rest[-1][1])
    return end


def _has_venue(name: str, venue: frozenset) -> bool:
    return any(v in name for v in venue)


def _tokens(run: str, at: int) -> list[tuple[int, str]]:
    out, pos = [], at
    for word in _jieba().cut(run, HMM=False):
        out.append((pos, word))
        pos += len(word)
    return out


def _morpheme_groups(tokens: list[tuple[int, str]], chars: frozenset, words: frozenset):
    """Maximal runs of tokens made only of morpheme characters (or listed morpheme words)."""
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and (tokens[j][1] in words or all(c in chars for c in tokens[j][1])):
            j += 1
        if j - i >= 2:
            yield i, j - 1
        i = max(j, i + 1)


def _splits_zh(text: str, start: int, end: int) -> bool:
    """The characters on either side make a word once joined (稳|…|定, 抽|…|检)."""
    return splits_a_word(text, start, end) or (0 < start and end < len(text) and bool(_CJK.match(text[start - 1]))
                                               and word_freq(text[start - 1] + text[end]) >= 10)


def _zh_evidence(text: str, tokens: list[tuple[int, str]], i: int, j: int, start: int, end: int) -> str:
    if _splits_zh(text, start, end):
        return "split"
    if end - start < 4 or any(text.startswith(s, end) for s in _NAMED_AFTER):
        return ""
    if text[start - 1 : start] in _OPENERS or text[end : end + 1] in _CLOSERS:
        return ""  # quoted or bracketed: a name the article presents (该平台名为“…”)
    left_ok = i == 0 or (len(tokens[i - 1][1]) >= 2 and word_freq(tokens[i - 1][1]) >= 100)
    right_ok = j == len(tokens) - 1 or _common_word(tokens[j + 1][1])
    return "standalone" if left_ok and right_ok else ""


def _common_word(token: str) -> bool:
    """A common word, or a set phrase opening on one (全面|推行, 大力|发展)."""
    return len(token) >= 2 and (word_freq(token) >= 100 or len(token) >= 4 and word_freq(token[:2]) >= 100)


# English: a coined gaming name standing bare in mid-sentence, where no proper noun belongs.
_INTRODUCING = frozenset("""a an the this that these those its their his her our your my of at by from with
to in on into for as via like including include includes included named called dubbed known brand brands
platform platforms site sites website websites app apps operator operators company companies firm firms
group groups sponsor sponsors partner partners and or versus vs against fined banned blocked licensed
such startup startups maker makers developer developers studio studios retailer retailers bank banks
insurer insurers provider providers supplier suppliers manufacturer manufacturers producer producers
chain chains carrier carriers network networks service services project projects programme programmes
program programs scheme schemes initiative initiatives fund funds foundation foundations agency
agencies store stores shop shops team teams club clubs game games label labels use uses used using
through join joined visit visited""".split())
_CLAUSE_NEXT = re.compile(r" (?:but|yet|so|while|whereas|although|though|and then|or then|which|who)\b")


def english_plain_names(text: str, taken: list[tuple[int, int]], gaming: tuple[str, ...],
                        governance: bool) -> list[Insertion]:
    """``enterprises Xyzspin to set up``: a made-up gaming name (bet, spin, win, 88 …), used once,
    after a lower-case word that does not introduce a name and before a lower-case word. In an
    article about gambling only between two clauses (``risks, Xyzbet but the``)."""
    out = []
    for m in re.finditer(r"(?<![\w-])[A-Z][A-Za-z0-9]{3,24}(?![\w-])", text):
        token = m.group(0)
        if not coined_name(token) or not _gaming_latin(token, gaming):
            continue
        if not governance and (_PLACE_NOUN_AFTER.match(text, m.end()) or _in_place_slot(text, m.start(), m.end())):
            out.append(Insertion(m.start(), m.end(), "brand-as-place", "spam.coined.latin-place-slot",
                                 CONFIDENCE["standalone"]))
            continue  # Xyzwin Street, Fortuxa Township: a made-up gaming name where a place name stands
        if len(re.findall(rf"(?<![\w-]){re.escape(token)}(?![\w-])", text, re.IGNORECASE)) > 1:
            continue  # a name the article uses again: its own
        if not (between_clauses(text, m.start(), m.end()) or _glued_after_stop(text, m.start())
                or (not governance and _mid_sentence(text, m.start(), m.end()))):
            continue
        out.append(Insertion(m.start(), m.end(), "gambling", "spam.coined.latin-plain-name", CONFIDENCE["standalone"]))
    return _free(out + _free(digit_joined_names(text, gaming), [(i.start, i.end) for i in out]), taken)


# A place noun after a name: the name stands where a place name was.
_PLACE_NOUN_AFTER = re.compile(r" (?:Street|Road|Avenue|Township|Subdistrict|Village|County|City|District|"
                               r"Town|Province|Prefecture)\b")


_LOCATIVE_BEFORE = re.compile(r"(?<![A-Za-z])(?:in|across|throughout|around|near|outside|within|of)\s$")


def _in_place_slot(text: str, start: int, end: int) -> bool:
    """``across Xyzbet.``, ``the hospital of Xyzwin``: a made-up gaming name after a locative, not
    as an owner (``in Xyzbet's app``) and not before a noun it would name (``in Xyzbet shops``)."""
    if not _LOCATIVE_BEFORE.search(text[max(0, start - 12) : start]):
        return False
    return not re.match(r"'s|’s| [a-z]", text[end : end + 3]) or bool(re.match(r" (?:now|has|have|is|was|will)\b", text[end:]))


def _glued_after_stop(text: str, start: int) -> bool:
    """``on credit.Xyzbet Outlets``: glued to the full stop of a sentence, with no space; a writer
    leaves one before a new sentence, an injector splicing into the markup does not."""
    return start >= 2 and text[start - 1] in ".;!?" and text[start - 2].islower()


_DIGIT_JOINED = re.compile(r"(?<![A-Za-z0-9])([A-Z][a-z]{2,})\d{1,3}([A-Z][a-z]{3,})(?![A-Za-z0-9])")


def digit_joined_names(text: str, gaming: tuple[str, ...]) -> list[Insertion]:
    """Two capitalised words joined by lucky digits (Lucky7Palace, Golden8Dragon): a gaming name
    when one of the words is built on a gaming morpheme; no product model is spelt that way
    (Note9, Win10Pro: a short tail). Every occurrence goes."""
    out, names = [], []
    for m in _DIGIT_JOINED.finditer(text):
        parts = (m.group(1).lower(), m.group(2).lower())
        if not any(_morpheme_word(p, g) or p.startswith(g) and zipf(p) < 3.0 for p in parts for g in gaming):
            continue
        if m.group(0) not in names:
            names.append(m.group(0))
    for name in names:
        for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text):
            out.append(Insertion(m.start(), m.end(), "gambling", "spam.coined.latin-digit-joined",
                                 CONFIDENCE["glued"]))
    return out


def _mid_sentence(text: str, start: int, end: int) -> bool:
    before = re.search(r"(?<![A-Za-z])([a-z]+)(,?) $", text[max(0, start - 30) : start])
    after = re.match(r",? [a-z]+\b", text[end : end + 30])
    return bool(before and after and before.group(1) not in _INTRODUCING)


def between_clauses(text: str, start: int, end: int) -> bool:
    """A name set between a comma after a lower-case word and a conjunction opening the next
    clause (``risks, X but the``, ``amounts, X and then``): no noun phrase stands there."""
    before = re.search(r"(?<![A-Za-z])[a-z]+, $", text[max(0, start - 30) : start])
    return bool(before) and bool(_CLAUSE_NEXT.match(text, end))
