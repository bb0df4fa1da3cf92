"""Unlisted brands selling with short calls to action (``WinStar official site``,
``LuckyHarbor88官网注册``, ``金沙萬利app下载``).

Short keywords (官网, app, download, official site) are ordinary words on their
own; right after a name shaped like a brand they are an advertisement, also in an
article about gambling governance: there the article names regulators, not
download pages. A Latin brand is a made-up compound (an inner capital: WinStar)
or letters with digits (LuckyHarbor88); a Chinese one is a run of rare words that
no dictionary holds, carrying a gaming morpheme (金沙, 鸿运) or a Traditional
character inside a Simplified article.
"""

from __future__ import annotations

import re

from .lexicon import TermHit
from .spam_rejoin import Insertion
from .spam_fit import _BRAND_CODE, _hits, count_cues, latin_words
from .spam_fit import _QUOTES as _QUOTE_CHAR
from .spam_shapes import _jieba, _rare_tail, is_brand_code, word_freq

# Keywords that ask the reader to do something (not topic words such as sports, games).
CALLS = frozenset({"官网", "app", "下载", "网址", "登录", "注册", "开户", "官方", "立即注册", "立即下载",
                   "official website", "official site", "download", "login", "register", "bonus"})
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]{2,20}) ?$")
_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,10}$")
CONFIDENCE = 0.8


def brand_led_calls(text: str, group: list[TermHit], allowed: frozenset, morphemes: tuple[str, ...],
                    is_traditional=None) -> Insertion | None:
    """The insertion made of an unlisted brand and the weak calls to action glued after it."""
    terms = {re.sub(r"\s+", " ", text[h.start : h.end].lower()) for h in group}
    if not terms & CALLS:
        return None
    start, end = group[0].start, group[-1].end
    window = text[max(0, start - 22) : start]
    m = _LATIN_BEFORE.search(window)
    if m and _latin_brand(m.group(1), allowed):
        return Insertion(start - len(window) + m.start(1), end, group[0].family,
                         "spam.unknown.brand-before-call", CONFIDENCE)
    calls_only = len(group) >= 2 and all(t in CALLS for t in terms)
    run = _CJK_BEFORE.search(window) if calls_only and not window.endswith(" ") else None
    if run:
        name = _rare_name(run.group(0))
        if name and (any(mo in name for mo in morphemes) or (is_traditional and is_traditional(name))):
            return Insertion(start - len(name), end, group[0].family, "spam.unknown.brand-before-call", 0.75)
    return None


def _latin_brand(token: str, allowed: frozenset) -> bool:
    if token.lower() in allowed:
        return False
    if re.search(r"[a-z][A-Z]", token) and token[0].isupper():
        return True  # WinStar, LuckyHarbor88 (not iPhone)
    return is_brand_code(token)


def _rare_name(run: str, max_freq: int = 0) -> str:
    """Trailing words of ``run`` that no dictionary lists together (2 to 4 characters)."""
    name = ""
    for word in reversed(list(_jieba().cut(run))):
        if len(name) + len(word) > 4 or word_freq(word) >= 2000:
            break
        name = word + name
    return name if 2 <= len(name) <= 4 and word_freq(name) <= max_freq else ""


_QUOTES = re.compile(r"[“\"'‘「『][^”\"'’」』\n]{0,60}[”\"'’」』]")


def ad_sentences(text: str, spans: list[tuple[int, int]], hits: list[TermHit], found: list[Insertion],
                 strong: set[str], fit, cue_count, governance: bool,
                 ad_words: tuple[str, ...] = (), morphemes: tuple[str, ...] = ()) -> list[Insertion]:
    """Whole sentences that advertise: what the spam leaves of them shares nothing with the
    article and is short (``Download the … now and win real money.``, ``…送38元彩金。``).

    ``strong``: ids of strong non-topic entries; ``fit(phrase)`` the document fit;
    ``cue_count(sentence)`` governance cue words in a sentence (such sentences are kept);
    ``ad_words``: the sales talk around the spam terms (now, win, 送, 元): what is left must
    be nothing or must talk sales.
    A sentence that merely carries an insertion keeps its words: its rest fits the article."""
    out = []
    for s, e in spans:
        sent_hits = [h for h in hits if s <= h.start and h.end <= e]
        if not sent_hits:
            continue
        strong_hits = [h for h in sent_hits if h.entry_id in strong]
        ins = [i for i in found if s <= i.start and i.end <= e and i.family not in ("brand-as-place", "filler")]
        calls = [h for h in sent_hits if text[h.start : h.end].lower() in CALLS
                 and not any(i.start <= h.start < i.end for i in ins)]
        signals = len({text[h.start : h.end] for h in strong_hits}) + len(ins) + len(calls)
        if signals < (2 if governance else 1) or not (strong_hits or ins):
            continue
        sent = text[s:e]
        if cue_count(sent) or _QUOTES.search(sent):
            continue
        covered = ([(h.start, h.end) for h in strong_hits] + [(i.start, i.end) for i in ins]
                   + [(h.start, h.end) for h in sent_hits if text[h.start : h.end].lower() in CALLS])
        if any(_inside_number(text, a, b) for a, b in covered):
            continue  # 上限为1.[…]2万元: a sentence a number runs through is the article's own
        residue = _residue(text, s, e, covered)
        lead = text[s : min(a for a, _b in covered)]
        named = _only_a_name(residue, lead, morphemes)
        if governance and not (named or _names_a_brand(sent, sent_hits)):
            continue  # a governance article describes offers (free spins, 彩金); ads name who makes them
        if _short(residue) and (_empty(residue) or named
                                or (_unfit(residue, fit) and _talks_sales(residue, ad_words))):
            family = (ins[0].family if ins else strong_hits[0].family)
            while e - s > 1 and text[e - 1] in _FINAL and text[e - 2] in _FINAL:
                e -= 1  # one full stop goes with the sentence; a run of them was the host's
            out.append(Insertion(s, e, family, f"spam.{family}.ad-sentence", 0.75))
    return out


def _inside_number(text: str, a: int, b: int) -> bool:
    """[a, b) sits inside a number: digits (or a decimal point after one) on both sides."""
    if a == 0 or b >= len(text) or not text[b].isdigit():
        return False
    left = text[a - 1]
    return left.isdigit() or (left in ".," and a >= 2 and text[a - 2].isdigit())


_BRAND_TOKEN = re.compile(r"[A-Za-z]+\d+[A-Za-z]*|\d+[A-Za-z]{2,}|[A-Z][a-z]+[A-Z][A-Za-z]*")


def _names_a_brand(sent: str, hits: list[TermHit]) -> bool:
    return any(".brand." in h.entry_id for h in hits) or bool(_BRAND_TOKEN.search(sent))


def _residue(text: str, s: int, e: int, covered: list[tuple[int, int]]) -> str:
    keep = [True] * (e - s)
    for a, b in covered:
        for i in range(max(a, s), min(b, e)):
            keep[i - s] = False
    return "".join(c if k else " " for c, k in zip(text[s:e], keep))


def _talks_sales(residue: str, ad_words: tuple[str, ...]) -> bool:
    low = residue.lower()
    words = set(re.findall(r"[a-z]+", low))
    return any(w in words if w.isascii() and w.isalpha() else w in low for w in ad_words)


def _only_a_name(residue: str, lead: str, morphemes: tuple[str, ...] = ()) -> bool:
    """What is left is one made-up name in front of the spam (金狮 of 金狮娱乐官网…): the
    brand advertised."""
    core = residue.strip(" \t\u3000。.!！?？，,")
    if core != lead.strip(" \t\u3000"):
        return False
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", core) or len(set(core)) == 1:
        return False  # 县县: one character repeated is no name
    words = list(_jieba().cut(core))
    if any(len(w) < 2 for w in words):
        return False  # 县县县: loose characters, not a name
    return _rare_tail(words) == core or (
        word_freq(core) == 0 and any(m in core for m in morphemes))


def _empty(residue: str) -> bool:
    return not residue.strip(" \t\u3000。.!！?？")  # nothing left but the sentence's full stop


def _unfit(residue: str, fit) -> bool:
    """Shares (almost) nothing with the article; too little to judge counts as nothing."""
    if not re.search(r"[\u4e00-\u9fff]{2}|[A-Za-z]{3}", residue):
        return True
    return fit(residue) < 0.34


def _short(residue: str) -> bool:
    cjk = len(re.findall(r"[\u4e00-\u9fff]", residue))
    words = [w for w in re.findall(r"[A-Za-z]{3,}", residue) if w.lower() not in _FUNCTION]
    return cjk <= 12 and len(words) <= 6


_FINAL = frozenset("。！？!?.")
_FUNCTION = frozenset("the and for you your our with now get from this that are all".split())


# --- whole advertising sentences no lexicon lists (read by :mod:`.spam_fit`; ``doc`` is its document view) ---

def _advert_vetoed(doc, sent: str) -> bool:
    """Quoted, or about regulation or public institutions: a report on adverts, or a public service."""
    lang = doc.lang
    return bool(_QUOTE_CHAR.search(sent) or count_cues(sent, doc.lex.cues("governance_cues", lang), lang)
                or _hits(sent, doc.data["advert_vetoes"].get(lang, ()), lang))


def advert(doc, sent: str) -> bool:
    """An imperative call to action (Join ... today, 欢迎来电, 首存即送) with promotion words."""
    d, lang = doc.data, doc.lang
    if _advert_vetoed(doc, sent):
        return False
    calls = _hits(sent, d["call_to_action"].get(lang, ()), lang)
    promo = _hits(sent, d["promotion_words"].get(lang, ()), lang)
    if lang == "en":
        first = (latin_words(sent[:20]) or [""])[0]
        opens = any(c.split()[0] == first for c in d["call_to_action"]["en"])
        if opens and _BRAND_CODE.search(sent):
            return True  # Play Lucky777 slots anytime: an order naming a made-up brand
        return (opens or calls >= 2) and calls + promo >= 3 or _pitch(doc, sent, calls + promo)
    return calls >= 1 and calls + promo >= 3 or _pitch(doc, sent, calls + promo)


def _pitch(doc, sent: str, sales: int) -> bool:
    """A trade recommended with reassurance claims (一次到位, 最安心, peace of mind) (two, or one with sales talk),
    sharing (almost) nothing with the article: a service pitch, also without a number to call."""
    pitch = doc.data.get("pitch_claims", {})
    if doc.profile.fit(sent, doc.domain) > pitch.get("max_fit", 0.0):
        return False
    claims = _hits(sent, pitch.get(doc.lang, ()), doc.lang)
    return claims >= 1 and claims + sales >= 2


def advert_question(doc, i: int) -> bool:
    """A question leading into an advertisement (Looking for a plumber? Call us today ...)."""
    s, e = doc.spans[i]
    if doc.text[e - 1] not in "?？" or i + 1 >= len(doc.spans) or doc.fits[i] > 0.4:
        return False
    ns, ne = doc.spans[i + 1]
    nxt = doc.text[ns:ne]
    return "\n" not in doc.text[e:ns] and doc.fits[i + 1] <= 0.4 and advert(doc, nxt) \
        and not _advert_vetoed(doc, doc.text[s:e])
