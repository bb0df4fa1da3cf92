"""The same odd phrase repeated across the article: insertions of families no lexicon lists.

An injected phrase recurs in different sentences, and its words (or character
pairs) occur nowhere else in the article. A genuine repeated term shares that
property only when it is a rare name, so a second piece of evidence is
required: one occurrence splits a word or number (``中…国``, ``1…5日``), is
glued to the words around it (``CooperationXyzFund``), or the phrase carries a
commercial keyword (官网, app, online, review …).
"""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import SpamLexicon
from .spam_fit import STOPWORDS, cjk_bigrams, latin_words
from .spam_rejoin import Insertion
from .spam_shapes import splits_a_word

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_PHRASE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+){0,3}")
_TOKEN = re.compile(r"[A-Za-z0-9]+")
CONFIDENCE = 0.65


def repeated_odd_phrases(text: str, lex: SpamLexicon, lang: str,
                         taken: list[tuple[int, int]]) -> list[Insertion]:
    found = _chinese(text, lex) if lang == "zh" else _english(text, lex)
    return [i for i in found if not any(s < i.end and i.start < e for s, e in taken)]


def _commercial(lex: SpamLexicon, phrase: str) -> bool:
    """A listed keyword, or short keywords making up half the phrase (app download, 娱乐官网).
    A trade named twice (家电维修 in an article on home services) is the article's subject: weak
    service-trade words do not count."""
    if lex.find_terms(phrase):
        return True
    covered = sum(h.end - h.start for h in lex.find_terms(phrase, include_weak=True) if h.family != "seo-tw")
    return covered * 2 >= len(phrase.replace(" ", ""))


def _chinese(text: str, lex: SpamLexicon) -> list[Insertion]:
    bigrams = Counter(cjk_bigrams(text))
    counts: Counter = Counter()
    for run in _CJK_RUN.finditer(text):
        s = run.group(0)
        for n in range(3, 9):
            counts.update(s[i : i + n] for i in range(len(s) - n + 1))
    chosen: list[str] = []
    for phrase, n in sorted(counts.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        if n < 2 or any(phrase in c for c in chosen):
            continue
        inner = cjk_bigrams(phrase)
        if any(bigrams[g] != n * inner.count(g) for g in inner):
            continue  # its character pairs occur outside the phrase too: genuine vocabulary
        chosen.append(phrase)
    out = []
    for phrase in chosen:
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text)]
        if not _maximal(text, spans):
            continue
        splits = sum(splits_a_word(text, s, e) for s, e in spans)
        if _commercial(lex, phrase) or splits >= max(2, (len(spans) + 1) // 2):
            out += [Insertion(s, e, "unknown", "spam.unknown.repeated-odd-phrase", CONFIDENCE) for s, e in spans]
    return out


def _english(text: str, lex: SpamLexicon) -> list[Insertion]:
    words = Counter(latin_words(text))
    counts: Counter = Counter()
    for m in _TOKEN.finditer(text):
        tail = text[m.start() : m.start() + 60]
        tokens = _TOKEN.findall(tail)
        for k in range(1, 5):
            phrase = " ".join(tokens[:k])
            if len(phrase.split()) == k and tail.startswith(phrase):
                counts[phrase] += 1
    out: list[Insertion] = []
    claimed: list[str] = []
    for phrase, n in sorted(counts.items(), key=lambda kv: (-len(kv[0].split()), kv[0])):
        if n < 2 or any(phrase.lower() in c for c in claimed) or not _odd_words(phrase, n, words):
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text)
                 if _bounded_or_seamed(text, m.start(), m.end())]
        if not _maximal_words(text, spans):
            continue
        glued = any(_glued(text, s, e) for s, e in spans)
        if glued or _commercial(lex, phrase) or _out_of_grammar(text, spans):
            claimed.append(phrase.lower())
            out += [Insertion(s, e, "unknown", "spam.unknown.repeated-odd-phrase", CONFIDENCE) for s, e in spans]
    return out


def _odd_words(phrase: str, n: int, words: Counter) -> bool:
    """Every content word of the phrase occurs only inside its n occurrences; one is a name or code."""
    toks = latin_words(phrase)
    content = [w for w in toks if w not in STOPWORDS]
    if not content or toks[0] in STOPWORDS or toks[-1] in STOPWORDS:
        return False
    if not re.search(r"[A-Z0-9]", phrase):
        return False
    if len(set(toks)) == 1 and not re.search(r"\d|[a-z][A-Z]", phrase):
        return False  # one plain word (perhaps repeated): a name or a term, not evidence of injection
    return all(words[w] == n * toks.count(w) for w in content)


def _out_of_grammar(text: str, spans: list[tuple[int, int]]) -> bool:
    """At least three occurrences, most of them after a content word in mid-sentence
    ("concentrated Xyz Pro in"): a genuine name mostly follows a function word or starts a sentence."""
    if len(spans) < 3:
        return False
    odd = 0
    for s, _e in spans:
        m = re.search(r"([A-Za-z]+)[ ]+$", text[max(0, s - 30) : s])
        if m and m.group(1).islower() and m.group(1) not in STOPWORDS:
            odd += 1
    return odd * 3 >= len(spans) * 2


def _maximal_words(text: str, spans: list[tuple[int, int]]) -> bool:
    """Word-level :func:`_maximal`: different words (or glued text) before and after."""
    lefts = {text[max(0, s - 12) : s].rstrip().rsplit(" ", 1)[-1] for s, _e in spans}
    rights = {text[e : e + 12].lstrip().split(" ", 1)[0] for _s, e in spans}
    return len(lefts) > 1 and len(rights) > 1


def _maximal(text: str, spans: list[tuple[int, int]]) -> bool:
    """The occurrences sit in different contexts on both sides (a phrase, not a piece of a longer one)."""
    lefts = {text[s - 1] if s else "" for s, _e in spans}
    rights = {text[e] if e < len(text) else "" for _s, e in spans}
    return len(lefts) > 1 and len(rights) > 1


def _bounded_or_seamed(text: str, s: int, e: int) -> bool:
    """An occurrence that stands as a word on each side, or meets its neighbour at a seam."""
    left_ok = s == 0 or not text[s - 1].isalnum() or _seam(text[s - 1], text[s])
    right_ok = e >= len(text) or not text[e].isalnum() or _seam(text[e - 1], text[e])
    return left_ok and right_ok


def _seam(a: str, b: str) -> bool:
    return (a.islower() and b.isupper()) or (a.isalpha() and b.isdigit()) or (a.isdigit() and b.isalpha())


def _glued(text: str, s: int, e: int) -> bool:
    """Glued to a word at a boundary no word has inside it (lower→Upper, letter↔digit)."""
    left = s > 0 and _seam(text[s - 1], text[s])
    right = e < len(text) and _seam(text[e - 1], text[e])
    return left or right
