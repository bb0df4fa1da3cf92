"""Cleaning step: injected spam in text (kind ``spam``).

Detectors, each proposing :class:`~.spam_rejoin.Insertion`s:

* lexicon clusters: listed brands, calls to action and products, with the
  keywords and unlisted brand-shaped tokens glued to them (``bet365 Play online
  games``, ``金龙体育官网``); a brand in place of a place name (``…县``);
* title prefixes and suffixes made of spam keywords (``国产精品_久久精品|Title``);
* link-list lines of lottery and slot keywords, and the block around them;
* brand-shaped tokens repeated at odd places (``Winbox88``), not in any lexicon;
* made-up brand names with no keyword next to them (:mod:`.spam_coined`): Latin names glued
  into or onto words (``coop|Xyz88|eration``, ``metres|Xyzwin``), gaming names set bare into
  prose, Chinese names of luck and venue morphemes splitting a word (``稳|鼎X博汇|定``), each
  then chased wherever else it stands, title included (:mod:`.spam_names`);
* sentences spliced in from unrelated text (:mod:`.spam_fit`).

Articles about gambling governance keep their vocabulary: there a listed term
needs a second piece of evidence (a call to action next to it, or a word or
number it splits). Only the insertion is removed; :mod:`.spam_rejoin` rejoins
its neighbours.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..changes import Edit
from .context import DocContext
from .lexicon import SpamLexicon, TermHit, load_spam_lexicon
from .spam_coined import between_clauses, coined_name, glued_edges, glued_word_start, zipf
from .spam_commerce import ad_sentences, brand_led_calls
from .spam_fit import STOPWORDS, DocProfile, count_cues, is_governance_doc, off_topic_sentences, sentences
from .spam_names import (
    ABSORBABLE_ZH,
    AFFIX_SEP,
    coined_title_affixes,
    place_morphemes,
    place_names,
    chase_sellers,
    seller_names,
    without_names,
    coined_names,
    every_occurrence,
)
from .spam_lines import keyword_tails, link_list_lines, title_insertions
from .spam_rejoin import JOINERS, Insertion, removal_edits
from .spam_repeats import repeated_odd_phrases
from .spam_script import cjk_in_english, is_traditional, traditional_runs
from .spam_compose import positional_trades
from .spam_shapes import (
    brand_shaped_repeats,
    bracket_wrapped,
    cjk_place_before,
    extend_unknown_brand,
    latin_glued_in_chinese,
    split_dates,
    splits_a_word,
    unlisted_brand_as_place,
    word_freq,
)

_INFLECTION = re.compile(r"(?:s|es|ed|ing|er|ers)(?![A-Za-z])")
_CODE_AFTER_CJK = re.compile(r"(?:[A-Za-z]{1,4}\d{1,4}|[A-Z]{2,4})(?![A-Za-z0-9])")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
CONFIDENCE = {"brand": 0.95, "cta": 0.9, "shape": 0.85, "product": 0.8}


def find_edits(text: str, ctx: DocContext) -> list[Edit]:
    return _find_edits(text, ctx, None)


def _find_edits(text: str, ctx: DocContext, governance: bool | None,
                governed: frozenset | None = None) -> list[Edit]:
    if not text.strip():
        return []
    governance_given = governance
    lex = load_spam_lexicon()
    hits = lex.find_terms(text, include_weak=True)
    if governance is None:
        # Topic words inside a brand or a call to action do not make an article about gambling;
        # inside a product name (online casino) they may be the article's own subject.
        selling = [h for h in hits if _info(lex, h) in (("brand", "strong"), ("cta", "strong"), ("shape", "strong"))]
        listed = [(h.start, h.end) for h in hits if _info(lex, h)[1] == "strong"]
        governance = is_governance_doc(text, lex, ctx.lang, [(h.start, h.end) for h in selling], listed)
        governed = frozenset(h.family for h in lex.topic_terms(text)) if governance else frozenset()
        if ctx.title and "\n" not in ctx.title:
            ctx.title = clean_title(ctx.title, ctx, governance, governed)
    elif governed is None:
        governed = frozenset({"gambling", "porn"}) if governance else frozenset()
    profile = DocProfile.of(text)
    found: list[Insertion] = []
    own = [h for h in hits if _info(lex, h)[0] != "product"] if governance else hits
    found += title_insertions(text, ctx, lex, own, profile, guess_names=not governance)
    # Outside a governance article, lottery game names (时时彩, 北京赛车) in a keyword line are spam
    # too; inside one, a line listing products (online casino | sports betting) is the article's own.
    if governance:
        list_hits = [h for h in hits if _info(lex, h)[0] != "product"]
    else:
        list_hits = sorted(hits + lex.topic_terms(text))
    found += link_list_lines(text, lex, _disjoint_hits(list_hits), ctx.lang)
    found += keyword_tails(text, lex)  # name + product items after a line's last sentence (spam_lines)
    found += lexicon_clusters(text, lex, hits, governance, ctx.lang, governed)
    found += coined_names(text, ctx.lang, lex, found, hits, governance)
    if not governance:
        found += brand_shaped_repeats(text, [(i.start, i.end) for i in found])
        found += unlisted_brand_as_place(text, [(i.start, i.end) for i in found],
                                         lex.cues("gaming_morphemes", "zh") + place_morphemes(lex))
        found += split_dates(text, [(i.start, i.end) for i in found])
        found += repeated_odd_phrases(text, lex, ctx.lang, [(i.start, i.end) for i in found])
        if ctx.lang == "zh":
            found += traditional_runs(text, frozenset(lex.cues("seo_places", "zh")))
            found += latin_glued_in_chinese(text, [(i.start, i.end) for i in found],
                                            frozenset(lex.cues("latin_in_zh_ok", "zh")),
                                            lex.cues("brand_morphemes", "en"))
    found += positional_trades(text, lex.compositions, [(i.start, i.end) for i in found])
    if ctx.lang == "en":
        found += cjk_in_english(text, [(i.start, i.end) for i in found])
    found += [Insertion(s, e, "filler", "spam.filler.off-topic-sentence", conf)
              for s, e, conf in off_topic_sentences(text, lex, ctx.lang, [(i.start, i.end) for i in found])]
    # In a governance article the products it bans (online casino) are its own words.
    strong = {h.entry_id for h in own if _info(lex, h)[1] == "strong" and _info(lex, h)[0] != "topic"}
    cues = lex.cues("governance_cues", ctx.lang)
    found += ad_sentences(text, sentences(text), hits, found, strong, profile.fit,
                          lambda sent: count_cues(sent, cues, ctx.lang), governance,
                          lex.cues("ad_words", "en") + lex.cues("ad_words", "zh"),
                          lex.cues("gaming_morphemes", "zh"))
    places = place_names(text, found)
    found += every_occurrence(text, places, found)
    found += chase_sellers(text, seller_names(text, found, lex, tuple(ctx.removed_spam)), found, lex)
    found, coined = coined_title_affixes(text, found)
    if (places or coined) and ctx.title and governance_given is None:
        ctx.title = without_names(ctx.title, places + coined)
    found = [replace(i, start=glued_word_start(text, i.start)) for i in found]
    return removal_edits(text, found, profile.vocabulary() | set(lex.cues("policy_vocabulary", "en")))


def clean_title(title: str, ctx: DocContext, governance: bool = False,
                governed: frozenset | None = None) -> str:
    """The title record field without injected keywords (it is metadata: not logged as a change).

    Judged with the article's own governance decision: a title alone is too short to tell."""
    edits = _find_edits(title, DocContext(lang=ctx.lang, settings=ctx.settings), governance, governed)
    for e in sorted(edits, key=lambda e: -e.start):
        if e.confidence >= ctx.settings.review_threshold:
            title = title[: e.start] + e.after + title[e.end :]
    return title.strip(" _|｜-–—,，、\n") or title


def _disjoint_hits(hits: list[TermHit]) -> list[TermHit]:
    out: list[TermHit] = []
    for h in hits:
        if not out or h.start >= out[-1].end:
            out.append(h)
    return out


def _info(lex: SpamLexicon, hit: TermHit) -> tuple[str, str]:
    return lex.role_strength(hit.entry_id)


def _strength(lex: SpamLexicon, hit: TermHit) -> str:
    return _info(lex, hit)[1]


def _clusters(text: str, hits: list[TermHit]) -> list[list[TermHit]]:
    """Hits separated only by joiner characters (at most three) form one cluster."""
    groups: list[list[TermHit]] = []
    for hit in hits:
        if groups:
            gap = text[groups[-1][-1].end : hit.start]
            if len(gap) <= 3 and all(c in JOINERS for c in gap):
                groups[-1].append(hit)
                continue
        groups.append([hit])
    return groups


def lexicon_clusters(text: str, lex: SpamLexicon, hits: list[TermHit], governance: bool,
                     lang: str = "zh", governed: frozenset = frozenset({"gambling", "porn"})) -> list[Insertion]:
    """Clusters of listed terms judged as insertions; ``governed``: the topic families a
    governance article is about (its spam of other families has no protection)."""
    only_near_spam = _terms_only_near_spam(text, lex, hits)
    allowed = frozenset(lex.cues("latin_in_zh_ok", "zh"))
    morphemes = lex.cues("gaming_morphemes", "zh")
    out = []
    for group in _clusters(text, hits):
        kept = _trim_weak_edges(text, lex, group, only_near_spam)
        if not kept:
            led = brand_led_calls(text, group, allowed, morphemes, is_traditional if lang == "zh" else None)
            if led is not None:
                out.append(led)
            continue
        ins = _judge_cluster(text, lex, kept, governance, governed)
        if ins is not None:
            out.append(ins)
    return out


def _trim_weak_edges(text: str, lex: SpamLexicon, group: list[TermHit],
                     only_near_spam: set[str]) -> list[TermHit]:
    """Drop weak hits at a cluster's edges unless they are clearly part of the insertion."""
    if not any(_strength(lex, h) == "strong" or _info(lex, h)[0] == "brand" for h in group):
        return []

    def absorbable(h: TermHit) -> bool:
        if _strength(lex, h) == "strong" or _info(lex, h)[0] == "brand":
            return True
        term = text[h.start : h.end]
        if re.search(r"[A-Za-z]", term) and not re.search(r"[\u4e00-\u9fff]", term):
            return term.lower() in only_near_spam
        # Service keywords carry their sales suffix (抓漏推薦, 網頁設計公司, 排名優化).
        return term in ABSORBABLE_ZH or h.family == "seo-tw"

    while group and not absorbable(group[0]):
        group = group[1:]
    while group and not absorbable(group[-1]):
        group = group[:-1]
    return group


def _terms_only_near_spam(text: str, lex: SpamLexicon, hits: list[TermHit]) -> set[str]:
    """Latin weak keywords whose every occurrence in the document sits next to a strong hit."""
    near: Counter = Counter()
    for group in _clusters(text, hits):
        if any(_strength(lex, h) == "strong" for h in group):
            near.update(text[h.start : h.end].lower() for h in group if _strength(lex, h) == "weak")
    out = set()
    for term, n in near.items():
        total = len(re.findall(rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])", text, re.IGNORECASE))
        if total <= n:
            out.add(term)
    return out


def _judge_cluster(text: str, lex: SpamLexicon, group: list[TermHit], governance: bool,
                   governed: frozenset = frozenset({"gambling", "porn"})) -> Insertion | None:
    roles = [_info(lex, h) for h in group]
    start, end = group[0].start, group[-1].end
    start, unknown = extend_unknown_brand(text, start, group, roles[0][0])
    start, end = glued_edges(text, start, end)
    code = _CODE_AFTER_CJK.match(text, end)
    if code and end and _CJK_CHAR.match(text[end - 1]):
        end = code.end()  # 九游会|J9: the brand's Latin code glued after its Chinese name
    place = _place_suffix(text, end, lex)
    strong_roles = {r for r, s in roles if s == "strong"}
    has_weak_brand = any(r == "brand" and s == "weak" for r, s in roles)
    if has_weak_brand and not (strong_roles & {"cta", "product", "shape"}) and not place:
        # A real casino operator named without a call to action is the article's own,
        # unless (outside a governance article) it carries a keyword or splits a word.
        if between_clauses(text, start, end):
            pass  # set between two clauses, where no noun phrase stands (risks, X but the)
        elif governance or not (len(group) > 1 or splits_a_word(text, start, end)
                                or _line_affix(text, start, end)):
            return None
    if governance and not _injected_in_governance_text(text, group, roles, start, end, place, governed,
                                                       unknown and _between_cjk(text, start, end)):
        return None
    family = next((h.family for h, (r, s) in zip(group, roles) if s == "strong"), group[0].family)
    if place:
        family = "brand-as-place"
    conf = max(CONFIDENCE.get(r, 0.7) for r, s in roles if s == "strong") if strong_roles else 0.75
    if governance:
        conf = min(conf, 0.7)
    if family == "seo-tw":
        start = _seo_place_before(text, start, lex)
    elif any(h.family == "escort" for h in group) and re.match(r"[A-Za-z]", text[start : start + 1]):
        start = cjk_place_before(text, start)
        start = _capitalised_place_before(text, start, lex)
    elif any(h.family == "escort" for h in group) and not governance:
        start = cjk_place_before(text, start)  # 菲律宾|包养网: the market named before the keyword
    if not governance:
        start, end = _title_case_edges(text, start, end, lex)
    start, end = bracket_wrapped(text, start, end)
    rule = "+".join(dict.fromkeys(
        ["spam.brand-as-place"] * bool(place) + [f"spam.{h.entry_id}" for h in group]
        + ["spam.unknown.brand-before-keyword"] * bool(unknown)))
    return Insertion(start, end, family, rule, conf)


def _injected_in_governance_text(text: str, group: list[TermHit], roles: list[tuple[str, str]],
                                 start: int, end: int, place: bool, governed: frozenset,
                                 unlisted_inside: bool = False) -> bool:
    """An article about gambling names operators and products itself; there a listed term is
    injected only when it splits a word, is glued into one, stands for a place name, or pairs
    a brand (or a brand-shaped code) with a call to action or product."""
    if place or splits_a_word(text, start, end) or between_clauses(text, start, end):
        return True
    if any(s == "strong" and (h.family in _NEVER_GOVERNANCE or (h.family == "escort" and r == "shape")
                              or _GOVERNED_BY.get(h.family, h.family) not in governed)
           for h, (r, s) in zip(group, roles)):
        return True  # plumbing ads, Sugar Daddy in a gambling article: not the article's topic
    if _camel_glued(text, start, end) and not _coined_glued_after(text, end):
        return True  # clausesPhilippines Sugar Daddy: a capital glued to a lower-case word
    if 0 < start and end < len(text) and text[start - 1].isascii() and text[start - 1].isalpha() \
            and text[end].isascii() and text[end].isalpha() and not _INFLECTION.match(text, end):
        return True  # glued into the words on both sides (not just a plural: online casinos)
    # An unlisted name set into a Chinese sentence with no quotes (为赌博|金X城娱乐官网|资金) is
    # branded too: an article quotes the sites it names.
    branded = any(r == "brand" for r, _s in roles) or unlisted_inside \
        or bool(re.search(r"\d|[a-z][A-Z]", text[start : group[0].start]))
    # A licensed operator's own venue (新葡京娱乐场, Venetian casino) is the article's subject;
    # only a call to action (download, register, bonus) sells it.
    operator_only = all(s == "weak" for r, s in roles if r == "brand") and any(r == "brand" for r, _s in roles)
    selling_roles = ("cta", "shape") if operator_only else ("cta", "product", "shape")
    selling = any(r in selling_roles and s == "strong" for r, s in roles)
    return branded and selling


def _between_cjk(text: str, start: int, end: int) -> bool:
    return 0 < start and end < len(text) and bool(_CJK_CHAR.match(text[start - 1])) \
        and bool(_CJK_CHAR.match(text[end]))


def _title_case_edges(text: str, start: int, end: int, lex: SpamLexicon) -> tuple[int, int]:
    """A Title-Case ad phrase takes its praise word and its market (Best|Online Casino|Malaysia)."""
    phrase = text[start:end]
    if not re.fullmatch(r"(?:[A-Z0-9][A-Za-z0-9]*[ ]?)+", phrase):
        return start, end
    for word in lex.cues("ad_prefixes", "en"):
        if text.endswith(word + " ", 0, start):
            start -= len(word) + 1
            break
    for word in lex.cues("ad_places", "en"):
        if text.startswith(" " + word, end) and not text[end + len(word) + 1 : end + len(word) + 2].isalnum():
            end += len(word) + 1
            break
    return start, end




def _line_affix(text: str, start: int, end: int) -> bool:
    """The hit opens or closes a line, set off by a title separator (澳门新葡京_Title, Title-金沙娱乐)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip() and AFFIX_SEP.match(text, end) and line_end - end > 4:
        return True
    before = text[line_start:start]
    m = re.search(r"[_|｜\-–—][ \t]*$", before)
    return bool(m) and not text[end:line_end].strip() and len(before) > 4


_CAP_BEFORE = re.compile(r"(?:(?<=[a-z])|(?<![A-Za-z]))((?:[A-Z][a-z]+ ){1,2})$")


def _capitalised_place_before(text: str, start: int, lex: SpamLexicon) -> int:
    """Escort ads name a market in front (Mombasa Sugar Daddy): capitalised words right before the
    keyword that the article uses nowhere else and that are not policy words."""
    m = _CAP_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return start
    policy = set(lex.cues("policy_vocabulary", "en")) | {w.lower() for w in lex.cues("place_suffixes", "en")}
    markets = set(lex.cues("ad_places", "en"))
    for word in m.group(1).split():
        low = word.lower()
        count = len(re.findall(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text, re.IGNORECASE))
        if low in policy or low in STOPWORDS or count > 1:
            return start
        if word not in markets and zipf(word) >= 4.4:
            return start  # a common English word capitalised in a name (Fund, Office), not a market
    return m.start(1)


def _seo_place_before(text: str, start: int, lex: SpamLexicon) -> int:
    """Service ads name their market in front (新竹|抓漏推薦)."""
    for place in lex.cues("seo_places", "zh"):
        if text.startswith(place, start - len(place)) and start >= len(place):
            return start - len(place)
    return start


_NEVER_GOVERNANCE = frozenset({"seo-tw"})
_GOVERNED_BY = {"escort": "porn", "lottery-id": "gambling"}


def _camel_glued(text: str, start: int, end: int) -> bool:
    left = start > 0 and text[start - 1].islower() and text[start - 1].isascii() and text[start].isupper()
    right = end < len(text) and text[end - 1].islower() and text[end].isupper() and text[end].isascii()
    return left or right


def _coined_glued_after(text: str, end: int) -> bool:
    """``the online casino|XyzTigerBet accepted``: the made-up name glued after the article's own
    product word is the insertion (found on its own), not the product word."""
    m = re.match(r"[A-Z][A-Za-z0-9]{3,40}", text[end : end + 41])
    return bool(m) and end > 0 and text[end - 1].islower() and coined_name(m.group(0))


def _place_suffix(text: str, end: int, lex: SpamLexicon) -> bool:
    """A place-name suffix right after the hit: the brand stands where a place name was."""
    rest = text[end : end + 12]
    for suffix in lex.cues("place_suffixes", "zh"):
        if rest.startswith(suffix):
            nxt = rest[len(suffix) : len(suffix) + 1]
            return not (nxt and word_freq(suffix + nxt) >= 500)  # 市场, 区域: not a place name
    return any(re.match(rf"[ ]?{s}\b", rest) for s in lex.cues("place_suffixes", "en"))
