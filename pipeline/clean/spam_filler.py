"""Filler that is not a whole novel sentence: content-farm talk, a clause of a novel glued into a
genuine sentence, a sentence in the other language, a pronoun with no one to stand for.

Signals (lists in ``pipeline/data/spam/fit.json``):

* content-farm discourse: the writer addresses the reader (小编, 点赞收藏, in this article, you)
  in vague, generic words (many things, everyone, 各种各样, 总的来说) and names nothing: no
  number, institution, place or person;
* a spliced clause: one comma-separated clause (or a run of them) of scene and action words
  that shares nothing with the article, inside a sentence whose other clauses are the
  article's own (numbers, institutions, vocabulary);
* an English sentence glued into a Chinese paragraph;
* 她/He opening a sentence when the sentence before names no one.

Used by :func:`.spam_fit.off_topic_sentences`; ``doc`` is its per-document view.
"""

from __future__ import annotations

import functools
import re

from .spam_fit import STOPWORDS, _hits, _strip, cjk_bigrams, content_words, fit_data, latin_words

_NUMBERS = re.compile(r"[0-9０-９%]")
_QUOTES = re.compile(r"[“”‘「」『』\"]")
_CLAUSE_ZH = re.compile(r"[^，；：,;]+[，；：,;]?")
_CLAUSE_EN = re.compile(r"[^,;:]+(?:[,;:](?=\s)|$)")
_LATIN_SENTENCE = re.compile(r"[A-Z][A-Za-z'’-]*(?:[ ,;:'’-]+[A-Za-z'’-]+){5,}[.!?]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def thresholds() -> dict:
    return fit_data()["thresholds"]


# --- content-farm talk ---------------------------------------------------------------------------------------

def content_farm(doc, sent: str) -> tuple[int, int, int]:
    """(reader-addressing markers, second-person words, generic words) of a sentence; zeros when
    it names anything or quotes someone."""
    d, lang = fit_data()["content_farm"], doc.lang
    if _NUMBERS.search(sent) or _QUOTES.search(sent):
        return 0, 0, 0
    reader = _hits(sent, d["reader"][lang], lang)
    if reader < thresholds()["farm_reader_unvetoed"] and doc.names_something(sent, exclude=d["not_names"][lang]):
        return 0, 0, 0
    if doc._reported(_without(sent, d["reader"][lang]) if reader else sent):
        return reader, 0, 0  # someone says it: generic words are theirs (needless to say is no one speaking)
    you = _hits(_strip(sent, fit_data()["second_person_exclusions"].get(lang, ())), d["second_person"][lang], lang)
    return reader, you, _hits(sent, d["generic"][lang], lang)


def _without(sent: str, phrases) -> str:
    """The sentence without the listed phrases (any case)."""
    low = sent.lower()
    for p in phrases:
        k = low.find(p.lower())
        while k >= 0:
            sent = sent[:k] + " " * len(p) + sent[k + len(p):]
            low = sent.lower()
            k = low.find(p.lower())
    return sent


def content_farm_confidence(doc, i: int, sent: str, fit: float) -> float:
    if _farm(doc, sent, fit) == "reader":
        return 0.75
    if _farm(doc, sent, fit) or _lone_address(doc, i, sent, fit) or _trend_filler(doc, sent, fit):
        return 0.65
    t = thresholds()
    if i and fit <= t["farm_fit"] and doc.same_paragraph(i - 1, i) \
            and content_farm(doc, sent)[2] >= t["farm_follow_generic"]:
        ps, pe = doc.spans[i - 1]
        if _farm(doc, doc.text[ps:pe], doc.fits[i - 1]):
            return 0.65  # the vague sentence that carries a content-farm paragraph on
    return 0.0


def _trend_filler(doc, sent: str, fit: float) -> bool:
    """Machine filler about the age (with the rapid development of ..., 人们对美好生活的追求不断提升):
    clichés of progress with a generic word, naming nothing of the article."""
    t = thresholds()
    if fit > t["farm_fit"]:
        return False
    generic = content_farm(doc, sent)[2]  # zero when the sentence names, counts or quotes anything
    trend = _hits(doc.simplified(sent), fit_data()["content_farm"]["trend"][doc.lang], doc.lang)
    return generic >= 1 and trend >= t["trend_words"]


def _lone_address(doc, i: int, sent: str, fit: float) -> bool:
    """The writer turns to the reader (you, we all, 大家, 你) in vague words, in an article that does
    not otherwise speak to its reader (a service guide says you throughout), or muses on life.
    An office's own we (contact us, 联系我们) is no address."""
    t = thresholds()
    if fit > t["farm_fit"] or doc.storytelling:
        return False  # a feature's people talk among themselves (你看看我，我看看你)
    reader, you, generic = content_farm(doc, sent)
    life = _hits(sent, fit_data()["content_farm"]["life"][doc.lang], doc.lang)
    if life >= t["farm_life"] and generic + reader >= 1:
        return True
    if not _addresses(doc.lang, sent) or not (generic or reader or you):
        return False
    return _address_total(doc) - 1 <= t["farm_address_elsewhere"]


def _address_total(doc) -> int:
    """Sentences of the document that speak to the reader (computed once per document)."""
    if not hasattr(doc, "_address_total"):
        doc._address_total = sum(1 for a, b in doc.spans if _addresses(doc.lang, doc.text[a:b]))
    return doc._address_total


def _addresses(lang: str, sent: str) -> bool:
    """Second person or an inclusive we outside quotations."""
    bare = _QUOTED.sub("", sent)
    words = _hits(_strip(bare, fit_data()["second_person_exclusions"].get(lang, ())),
                  fit_data()["content_farm"]["address"][lang], lang)
    return words > 0


def _farm(doc, sent: str, fit: float) -> str:
    """'reader' (talks to the reader about the text), 'generic' (vague talk), or ''."""
    t = thresholds()
    reader, you, generic = content_farm(doc, sent)
    if reader and reader + generic >= t["farm_reader_total"]:
        return "reader"
    if fit <= t["farm_fit"] and generic >= (t["farm_you_generic"] if you else t["farm_generic"]):
        return "generic"
    return ""


# --- a novel's dialogue --------------------------------------------------------------------------------------

_DIALOGUE = {"en": re.compile(r"\b(?:I|me|my|you|your)\b"), "zh": re.compile(r"[你我](?![们們国省市县区])")}
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,200})[”\"」』]")


def novel_dialogue(doc, sent: str) -> bool:
    """A character speaking to another (you, me) in a scene, named nowhere else in the article:
    quotation marks and said do not make it reportage."""
    quoted = " ".join(_QUOTED.findall(sent))
    if not quoted or not _DIALOGUE[doc.lang].search(quoted) or _NUMBERS.search(sent):
        return False
    if _hits(sent, fit_data()["domain_anchors"].get(doc.lang, ()), doc.lang):
        return False
    if any(doc.caps[w] > 1 for w in re.findall(r"\b[A-Z][a-z]+", sent) if w not in ("I", "You", "Your", "My")):
        return False
    if doc._reported(_QUOTED.sub("", sent), quotes=False) and doc.lang == "zh":
        return False  # 说：, 表示: reportage's speech verbs
    return doc.evidence(sent) >= thresholds()["dialogue_evidence"]


# --- a pronoun with no antecedent ----------------------------------------------------------------------------

_PRONOUN = {"zh": re.compile(r"[他她](?![们們])"), "en": re.compile(r"\b(?:he|she|his|her|him)\b", re.I)}
_EN_PERSON = re.compile(r"\b(?:man|woman|men|women|boy|girl|farmer|teacher|doctor|official|villager|resident|"
                        r"worker|student|mother|father|son|daughter|wife|husband|head|director|chief|secretary|"
                        r"owner|manager|grower|herder|driver|nurse|child|children|person|chairman|mayor|leader|"
                        r"retiree|pensioner|volunteer|cadre|reporter)s?\b", re.I)
_PERSON_END = "员者师长嫂婆爷叔姨哥姐"  # titles of one person (院长, 记者), not groups (群众, 病人)


def dangling_pronoun(doc, i: int, sent: str) -> bool:
    """He/she comes before anyone is named: in the sentence before it and in its own first words."""
    m = _PRONOUN[doc.lang].search(sent)
    if not m or _names_person(doc.lang, sent[: m.start()]):
        return False
    if i == 0:
        return True
    ps, pe = doc.spans[i - 1]
    prev = doc.text[ps:pe]
    return not (_PRONOUN[doc.lang].search(prev) or _names_person(doc.lang, prev))


def _names_person(lang: str, part: str) -> bool:
    """A personal name or a word for a person (村民, 院长, a capitalised name)."""
    if lang == "en":
        return bool(re.search(r"(?<=[a-z,;] )[A-Z][a-z]+|\b(?:I|we|they)\b", part) or _EN_PERSON.search(part))
    if not _CJK.search(part):
        return False
    from .spam_shapes import _jieba

    _jieba()
    import jieba.posseg as posseg

    return any(p.flag in ("nr", "nrfg", "nrt") or (p.flag.startswith("n") and len(p.word) >= 2
                                                  and p.word[-1] in _PERSON_END)
               for p in posseg.cut(part))


def quoted_exchange(doc, i: int) -> int | None:
    """Start of a bare quotation (“你……？”) that sentence ``i`` tags with its speaker in a scene
    (…红着眼眶问道): together a novel's dialogue."""
    if i == 0 or not doc.same_paragraph(i - 1, i):
        return None
    ps, pe = doc.spans[i - 1]
    s, e = doc.spans[i]
    quote = doc.text[ps:pe]
    if not (quote[0] in "“\"「『" and quote[-1] in "”\"」』") or doc.fits[i - 1] > 0.05 or doc.fits[i] > 0.05:
        return None
    return ps if novel_dialogue(doc, doc.text[ps:e]) else None


# --- an English sentence inside a Chinese paragraph ----------------------------------------------------------

def foreign_sentences(text: str) -> list[tuple[int, int, float]]:
    """English sentences glued into Chinese paragraphs (not in quotes or brackets, not a line of their own)."""
    out = []
    for m in _LATIN_SENTENCE.finditer(text):
        s, e = m.span()
        words = latin_words(m.group(0))
        if len(words) < 6 or sum(w in STOPWORDS for w in words) < 2:
            continue
        if s and text[s - 1] in "（(“\"《「『[【‘'":
            continue
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        if not (_CJK.search(text[line_start:s]) or _CJK.search(text[e:line_end])):
            continue
        out.append((s, e, 0.7))
    return out


# --- a novel's clause glued into a genuine sentence ----------------------------------------------------------

def clauses(text: str, s: int, e: int, lang: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of sentence [s, e), each with its trailing separator."""
    rx = _CLAUSE_ZH if lang == "zh" else _CLAUSE_EN
    out = []
    for m in rx.finditer(text, s, e):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        if b > a:
            out.append((a, b))
    return out


def spliced_clauses(doc, i: int) -> tuple[int, int, float] | None:
    """The run of clauses of sentence ``i`` that reads as a novel while the rest is the article's."""
    s, e = doc.spans[i]
    parts = clauses(doc.text, s, e, doc.lang)
    if len(parts) < 2:
        return None
    t = thresholds()
    need = t["clause_evidence"] + 2 * doc.storytelling
    marks = [_clause_mark(doc, a, b) for a, b in parts]
    runs = [r for r in _runs(marks) if sum(m[1] for m in marks[r[0]:r[1] + 1]) >= need]
    if not runs:
        return None
    j, k = max(runs, key=lambda r: sum(m[1] for m in marks[r[0]:r[1] + 1]))
    host = [p for n, p in enumerate(parts) if not j <= n <= k]
    if not any(_host_clause(doc, a, b) for a, b in host):
        return None
    if sum(doc.evidence(doc.text[a:b]) for a, b in host) > t["host_evidence"]:
        return None  # the whole sentence tells a story: the article's own anecdote
    if any(_hits(doc.text[a:b], fit_data()["reporter_arrival"][doc.lang], doc.lang) for a, b in host):
        return None  # 走进社区食堂，饭菜的香味扑面而来: the reporter arrives and sets the scene
    a, b = parts[j][0], parts[k][1]
    if _introduces_speech(doc.text, b):
        return None  # 他笑得合不拢嘴：“…” / He grinned: "…": the speaker the quote belongs to
    if k == len(parts) - 1:
        b = e  # the sentence's full stop goes with its last clause
    return a, b, 0.65


def _introduces_speech(text: str, b: int) -> bool:
    """The clause ending at ``b`` leads into a quotation (ends with a colon or comma right
    before an opening quote mark)."""
    m = re.match(r"\s*[“\"「『‘]", text[b : b + 4])
    return bool(m) and text[:b].rstrip()[-1:] in ":：,，"


def _clause_mark(doc, a: int, b: int) -> tuple[str, int]:
    """('scene', evidence) for a clause of scene or narration sharing nothing with the article,
    ('tiny', 0) for a scrap with nothing of the article (那天夜里), or ('', 0)."""
    clause = doc.text[a:b]
    size = len(cjk_bigrams(clause)) if doc.lang == "zh" else len(content_words(clause))
    if _NUMBERS.search(clause) or _QUOTES.search(clause) or doc.names_something(clause):
        return "", 0
    fit = doc.profile.fit(clause, doc.domain)
    if size < (4 if doc.lang == "zh" else 3):
        return ("tiny", 0) if fit == 0 else ("", 0)
    if fit > thresholds()["clause_fit"]:
        return "", 0
    evidence = doc.evidence(clause)
    if _ends_before_lower(doc, b):
        evidence += 2  # a full stop followed by a lower-case word: the sentence was cut open here
    return ("scene", evidence) if evidence else ("", 0)


def _runs(marks: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Maximal runs of scene clauses and the scraps next to them; never all clauses."""
    runs = []
    n = 0
    while n < len(marks):
        if not marks[n][0]:
            n += 1
            continue
        k = n
        while k + 1 < len(marks) and marks[k + 1][0]:
            k += 1
        if not (n == 0 and k == len(marks) - 1) and any(m[0] == "scene" for m in marks[n:k + 1]):
            runs.append((n, k))
        n = k + 1
    return runs


def _host_clause(doc, a: int, b: int) -> bool:
    clause = doc.text[a:b]
    return bool(_NUMBERS.search(clause) or doc.names_something(clause)) \
        or doc.profile.fit(clause, doc.domain) >= thresholds()["host_fit"]


def _ends_before_lower(doc, b: int) -> bool:
    """The clause ends a sentence whose next one opens in lower case (``…by then. and the yield``)."""
    if doc.lang != "en" or b == 0 or doc.text[b - 1] != ".":
        return False
    m = re.match(r"[ \t]+([a-z])", doc.text[b : b + 4])
    return bool(m)


# --- a novel's paragraph -------------------------------------------------------------------------------------

def novel_paragraphs(doc, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Sentences of a novel's paragraph the sentence rules left: next to a novel sentence in its
    paragraph, or a whole paragraph of unanchored narration sharing (almost) nothing with an
    article whose other paragraphs are anchored."""
    t = thresholds()
    flagged = {i for i, span in enumerate(doc.spans) if any(a <= span[0] and span[1] <= b for a, b, _c in found)}
    out = []
    for para in _paragraphs(doc):
        free = [i for i in para if i not in flagged]
        if not free or any(_anchor(doc, i) for i in free):
            continue
        if len(free) >= 2 and not doc.storytelling and _whole_paragraph_novel(doc, free):
            out += [(*doc.spans[i], 0.6) for i in free]
            continue
        grown = True
        while grown:  # a sentence next to a novel sentence needs only a trace of the scene
            grown = False
            for i in free:
                if i not in flagged and ({i - 1, i + 1} & flagged) and doc.fits[i] <= t["neighbour_fit"] \
                        and (doc.evidence(doc.text[slice(*doc.spans[i])]) or doc.fits[i] == 0):
                    flagged.add(i)
                    out.append((*doc.spans[i], 0.6))
                    grown = True
    return out


def _paragraphs(doc) -> list[list[int]]:
    paras: list[list[int]] = []
    for i in range(len(doc.spans)):
        if paras and doc.same_paragraph(paras[-1][-1], i):
            paras[-1].append(i)
        else:
            paras.append([i])
    return paras


def _anchor(doc, i: int) -> bool:
    sent = doc.text[slice(*doc.spans[i])]
    return doc._anchored(sent) or bool(_farm(doc, sent, doc.fits[i]))


def _whole_paragraph_novel(doc, para: list[int]) -> bool:
    """The paragraph's sentences ``para`` (the ones no rule took yet), taken together."""
    t = thresholds()
    if doc.profile.fit(" ".join(doc.text[slice(*doc.spans[i])] for i in para), doc.domain) > t["paragraph_fit"]:
        return False
    if sum(doc.evidence(doc.text[slice(*doc.spans[i])]) for i in para) < t["paragraph_evidence"]:
        return False
    if not hasattr(doc, "_anchor_flags"):
        doc._anchor_flags = [_anchor(doc, j) for j in range(len(doc.spans))]  # once per document
    others = sum(1 for j, anchored in enumerate(doc._anchor_flags) if anchored and j not in para)
    return others >= t["paragraph_anchored_elsewhere"]


# --- script and words ----------------------------------------------------------------------------------------

_TRADITIONAL_ONLY = re.compile(r"[們個說來這為國會過時對從與還將經長開關問題於實際應業發農區縣鄉鎮]")


def looks_traditional(text: str) -> bool:
    """A Chinese text in Traditional script (characters only Traditional writes this way)."""
    return bool(_CJK.search(text[:4000])) and len(_TRADITIONAL_ONLY.findall(text[:4000])) >= 5


@functools.lru_cache(maxsize=4096)
def word_bounds(sent: str) -> frozenset:
    """Offsets where jieba's words of ``sent`` begin or end."""
    from .spam_shapes import _jieba

    bounds, pos = {0}, 0
    for word in _jieba().cut(sent):
        pos += len(word)
        bounds.add(pos)
    return frozenset(bounds)
