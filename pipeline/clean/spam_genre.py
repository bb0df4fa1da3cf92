"""Sentences of another genre spliced into an article: a consumer product's blurb, genre fiction
whose character goes by a role or an epithet, a content farm's circular filler.

Each needs a sentence that shares (almost) nothing with its document and names nothing of it
(institutions, the article's people); the class signal then overrides the usual anchors:

* product blurb: a consumer product (this thermos, 这款耳机) described by its features and
  specs (stainless steel, keeps … hot for 12 hours, 续航长达48小时, 佩戴舒适, 理想之选). Spec
  figures do not make it reportage;
* genre character: a fiction role or epithet (探长, 舰长, 剑客, the inspector, the swordsman)
  the article mentions nowhere else, acting in a scene: a quoted order or a 说：of such a
  character is a novel's dialogue, not reported speech;
* tautology: a summary opener or vague words around a sentence that says the same thing twice
  (A 离不开 B，B 又推动 A).

Lists: ``product_blurb``, ``genre_roles`` in ``pipeline/data/spam/fit.json``. Used by
:meth:`.spam_fit._DocView.judge`; ``doc`` is its per-document view.
"""

from __future__ import annotations

import re
from collections import Counter

from .spam_fit import _hits, cjk_bigrams, content_words, count_cues, fit_data

_DIGITS = re.compile(r"[0-9０-９]")
_QUOTES = re.compile(r"[“”‘「」『』\"]")


def genre_confidence(doc, i: int, sent: str, fit: float) -> float:
    """Confidence that sentence ``i`` is a product blurb, genre fiction or a tautology; 0.0 if not."""
    if count_cues(sent, doc.lex.cues("governance_cues", doc.lang), doc.lang):
        return 0.0
    if product_blurb(doc, sent, fit):
        return 0.7
    if question_before_blurb(doc, i, sent, fit):
        return 0.65
    if genre_character(doc, sent, fit) or pronoun_dialogue(doc, i, sent, fit):
        return 0.65
    if quote_after_character(doc, i, sent, fit):
        return 0.6
    if tautology(doc, sent, fit):
        return 0.65
    return 0.0


def short_genre_confidence(doc, i: int, sent: str, fit: float) -> float:
    """A short sentence: a role's action (The inspector narrowed his eyes.) or the bare quotation that
    follows one in its paragraph (“The killer left before ten.”)."""
    if genre_character(doc, sent, fit) or question_before_blurb(doc, i, sent, fit):
        return 0.65
    return 0.6 if quote_after_character(doc, i, sent, fit) else 0.0


def quote_after_character(doc, i: int, sent: str, fit: float) -> bool:
    """A bare quotation naming nothing of the article, right after a genre character acts."""
    if not i or not doc.same_paragraph(i - 1, i) or fit > fit_data()["genre_roles"]["max_fit"]:
        return False
    if not (sent[:1] in "“\"「『" and sent.rstrip()[-1:] in "”\"」』") or _DIGITS.search(sent) \
            or _names_article(doc, sent, ()):
        return False
    ps, pe = doc.spans[i - 1]
    return genre_character(doc, doc.text[ps:pe], doc.fits[i - 1])


# --- a consumer product's blurb ------------------------------------------------------------------------------

def product_blurb(doc, sent: str, fit: float) -> bool:
    """Features and specs of a consumer product, naming nothing of the article."""
    d, lang = fit_data()["product_blurb"], doc.lang
    if fit > d["max_fit"] or _QUOTES.search(sent) or _names_article(doc, sent, d["not_anchors"][lang]):
        return False
    if _hits(sent, doc.data["advert_vetoes"].get(lang, ()), lang) or _hits(sent, d["negations"][lang], lang) \
            or _hits(sent, d["institutional"][lang], lang):
        return False  # 方便市民: a public service; 不达标: a product tested; 配发, exporters: goods of institutions
    features = _hits(sent, d["features"][lang], lang)
    product = _hits(sent, d["products"][lang], lang) + bool(re.search(d["opener"][lang], sent, re.I))
    if lang == "zh" and not product:
        product = bool(re.search(d["product_suffix"]["zh"], sent))
    return features >= d["features_with_product"] if product else features >= d["features_alone"]


def question_before_blurb(doc, i: int, sent: str, fit: float) -> bool:
    """The question a blurb opens with (Looking for the perfect travel companion? 还在为噪音烦恼吗？)."""
    d = fit_data()["product_blurb"]
    if sent.rstrip()[-1:] not in "?？" or i + 1 >= len(doc.spans) or not doc.same_paragraph(i, i + 1):
        return False
    if fit > d["max_fit"] or _DIGITS.search(sent) or _QUOTES.search(sent) or _names_article(doc, sent, ()):
        return False
    ns, ne = doc.spans[i + 1]
    return product_blurb(doc, doc.text[ns:ne], doc.fits[i + 1])


def glued_blurb(doc, i: int) -> tuple[int, int, float] | None:
    """A product blurb's clauses glued into a genuine sentence (…580台，这款耳机佩戴舒适，续航长达48小时。)."""
    from .spam_filler import clauses

    d, lang = fit_data()["product_blurb"], doc.lang
    s, e = doc.spans[i]
    sent = doc.text[s:e]
    if _hits(sent, d["features"][lang], lang) < 2:
        return None  # no blurb in it: the cheap test first
    parts = clauses(doc.text, s, e, lang)
    if len(parts) < 2 or _hits(sent, d["negations"][lang], lang) or _hits(sent, d["institutional"][lang], lang) \
            or product_blurb(doc, sent, doc.fits[i]):
        return None  # a product tested (不达标, failed), or a whole blurb (the sentence rule takes it)
    scores = [_blurb_clause(doc, doc.text[a:b]) for a, b in parts]
    for n, k in _runs(scores):
        if _glued_run(doc, parts, scores, n, k):
            return parts[n][0], (e if k == len(parts) - 1 else parts[k][1]), 0.65
    return None


def _runs(scores: list) -> list[tuple[int, int]]:
    """Maximal runs (first, last) of clauses that could belong to a blurb."""
    out, n = [], 0
    while n < len(scores):
        if scores[n] is None:
            n += 1
            continue
        k = n
        while k + 1 < len(scores) and scores[k + 1] is not None:
            k += 1
        out.append((n, k))
        n = k + 1
    return out


def _glued_run(doc, parts: list[tuple[int, int]], scores: list, n: int, k: int) -> bool:
    """Clauses n..k name a product and its features; every other clause is the article's own."""
    from .spam_filler import _host_clause

    host = parts[:n] + parts[k + 1:]
    if not host or any(x is not None for x in scores[:n] + scores[k + 1:]):
        return False
    if n == 0 and re.match(_PREDICATE[doc.lang], doc.text[parts[k + 1][0]:parts[k + 1][1]]):
        return False  # 这双布鞋做工考究，是合作社的拳头产品: one subject throughout, the article's product
    run = scores[n:k + 1]
    return any(p for _f, p in run) and sum(f for f, _p in run) >= fit_data()["product_blurb"]["features_with_product"] \
        and any(_host_clause(doc, a, b) for a, b in host)


_PREDICATE = {"zh": r"(?:是|成为|深受|受到|已|已经|被|销往|远销|获得|荣获|由|也是|还是|更是)",
              "en": r"(?:is|are|was|were|has|have|had|won|sells|sold|became|becomes)\b"}


def _blurb_clause(doc, clause: str) -> tuple[int, bool] | None:
    """(feature words, names a product) of a clause that could belong to a blurb, else None."""
    d, lang = fit_data()["product_blurb"], doc.lang
    features = _hits(clause, d["features"][lang], lang)
    product = bool(_hits(clause, d["products"][lang], lang) or re.search(d["opener"][lang], clause, re.I)
                   or (lang == "zh" and re.search(d["product_suffix"]["zh"], clause)))
    if not (features or product) or _QUOTES.search(clause) or doc.profile.fit(clause, doc.domain) > d["max_fit"]:
        return None
    if _hits(clause, doc.data["advert_vetoes"].get(lang, ()), lang) \
            or _names_article(doc, clause, d["not_anchors"][lang]):
        return None
    return features, product


# --- genre fiction: a character known by a role -----------------------------------------------------------

def genre_character(doc, sent: str, fit: float) -> bool:
    """A fiction role (探长, the swordsman) nobody else in the article holds, in a scene."""
    d, lang = fit_data()["genre_roles"], doc.lang
    if fit > d["max_fit"] or _DIGITS.search(sent) or _names_article(doc, sent, ()):
        return False
    if not _QUOTES.search(sent) and doc._reported(sent, quotes=False):
        return False  # said caseloads had fallen, 表示: indirect speech is reportage; fiction quotes its people
    roles = [r for r in d[lang] if _has_word(sent, r, lang)]
    if any(_introduced(sent, r, lang) or _job_title(sent, r, lang) for r in roles):
        return False  # 一位老者, a pirate once, the captain of the ferry: reportage introduces people
    if not roles or any(_count_word(doc.text, r, lang) > _count_word(sent, r, lang) for r in roles):
        return False
    if lang == "en" and any(doc.caps[w] > 1 for w in re.findall(r"\b[A-Z][a-z]+", sent)[1:]):
        return False  # a name the article repeats: its own captain
    stripped = sent
    for r in roles:
        stripped = re.sub(re.escape(r), " ", stripped, flags=re.I)
    return doc.evidence(stripped) >= (d["evidence"] - (fit == 0))


_INDEFINITE = {"zh": "(?:[一几有每][位个名群些]|有位|有个)[^，。！？；]{0,4}",
               "en": r"\b(?:a|an|one|some|several)\s+(?:[\w-]+\s+){0,2}"}


def _introduced(sent: str, role: str, lang: str) -> bool:
    """The role comes with an indefinite (一位白发老者, a pirate): a genre's character is already known
    to its reader (那剑客, the inspector)."""
    return bool(re.search(_INDEFINITE[lang] + re.escape(role), sent, re.I))


def _job_title(sent: str, role: str, lang: str) -> bool:
    """The captain of the ferry, the inspector from the bureau: a post somewhere, not a character."""
    return lang == "en" and bool(re.search(r"\b" + re.escape(role) + r"s?\s+(?:of|from|at|for)\b", sent, re.I))


def _has_word(text: str, word: str, lang: str) -> bool:
    return _count_word(text, word, lang, bounded=True) > 0


def _count_word(text: str, word: str, lang: str, bounded: bool = False) -> int:
    """Occurrences of ``word``; in Chinese ``bounded`` counts only whole jieba words (少年 not in 青少年)."""
    if lang == "zh":
        if not bounded or word not in text:
            return text.count(word)
        from .spam_filler import word_bounds

        bounds = word_bounds(text)
        return sum(1 for m in re.finditer(re.escape(word), text) if m.start() in bounds and m.end() in bounds)
    return len(re.findall(r"\b" + re.escape(word) + r"\b", text, re.I))


# --- a novel's dialogue tagged by a bare pronoun (Chinese) ---------------------------------------------------

def pronoun_dialogue(doc, i: int, sent: str, fit: float) -> bool:
    """他轻声说：“我再也不会放开你的手。”: a speaker nobody was named for, speaking to another (你, 我)
    in a scene. 说： is reportage's speech verb only when someone of the article says it."""
    from .spam_filler import _DIALOGUE, _QUOTED, dangling_pronoun, thresholds

    if doc.lang != "zh" or doc.storytelling or fit > thresholds()["pronoun_dialogue_fit"]:
        return False
    if _DIGITS.search(sent) or _names_article(doc, sent, ()):
        return False
    quoted = " ".join(_QUOTED.findall(sent))
    if not quoted or not _DIALOGUE["zh"].search(quoted) or not dangling_pronoun(doc, i, sent):
        return False
    return doc.evidence(_QUOTED.sub("", sent)) >= thresholds()["dialogue_evidence"]


# --- circular filler -----------------------------------------------------------------------------------------

def tautology(doc, sent: str, fit: float) -> bool:
    """Vague words around a sentence that repeats its own phrases (A needs B, B drives A)."""
    d, lang = fit_data()["tautology"], doc.lang
    if fit > d["max_fit"] or _DIGITS.search(sent) or _QUOTES.search(sent) or _names_article(doc, sent, ()):
        return False
    units = cjk_bigrams(sent) if lang == "zh" else content_words(sent)
    counts = Counter(units)
    repeated = [u for u in units if counts[u] >= 2]
    if len(units) < d["min_units"][lang] or len(set(repeated)) < d["min_repeated"][lang]:
        return False
    if len(repeated) / len(units) < d["repeated_share"]:
        return False
    generic = fit_data()["content_farm"]["generic"][lang] + fit_data()["content_farm"]["reader"][lang]
    return _hits(sent, generic, lang) + _hits(sent, d["openers"][lang], lang) >= 1


def _names_article(doc, sent: str, not_anchors) -> bool:
    """Institutions and policy things of the article (listed anchors but ``not_anchors``; in Chinese
    whole words, 外出 is not in 户外出行, or one-character suffixes such as 局) or a name the
    article repeats (jieba's person tags are too loose to tell a name in Chinese: 续航 is one)."""
    low = sent.lower()
    anchors = [a for a in fit_data()["domain_anchors"].get(doc.lang, ()) if a in low and a not in not_anchors]
    if doc.lang == "zh":
        return any(a in sent and (len(a) == 1 or _count_word(sent, a, "zh", bounded=True)) for a in anchors)
    return bool(_hits(sent, anchors, "en")) or any(doc.caps[w] > 1 for w in re.findall(r"\b[A-Z][a-z]+", sent)[1:])
