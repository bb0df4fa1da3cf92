"""How well a phrase or sentence fits the document it sits in.

Injected text comes from elsewhere: its words (English) or character pairs
(Chinese) rarely occur in the rest of the article, while genuine text shares
vocabulary with its neighbours. These scores let the spam step catch
insertions of families no lexicon lists, and tell an article *about* gambling
from one that merely carries gambling spam.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from .lexicon import SpamLexicon
from .spam_fit_words import (  # noqa: F401  (re-exported: the other spam modules read them here)
    FIT_FILE,
    STOPWORDS,
    _STOP,
    _capitalised_inside,
    _hits,
    _patterns,
    _strip,
    _word_index,
    cjk_bigrams,
    content_words,
    fit_data,
    latin_words,
)

# Sentences end at these; a newline ends a paragraph.
_SENTENCE = re.compile(r"[^。！？!?\n]*?(?:[。！？!?]+[”’」』）)\"']*|\.[”’\"')]*(?=\s|$)|(?=\n)|$)")


@dataclass
class DocProfile:
    """Word and character-pair counts of one document."""

    words: Counter
    bigrams: Counter

    @classmethod
    def of(cls, text: str) -> "DocProfile":
        return cls(Counter(content_words(text)), Counter(cjk_bigrams(text)))

    def vocabulary(self) -> set[str]:
        return set(self.words)

    def fit(self, phrase: str, domain: frozenset = frozenset()) -> float:
        """Share of the phrase's words / character pairs that occur elsewhere in the
        document (or belong to the ``domain`` vocabulary of policy text).

        1.0 when the phrase has nothing to judge by.
        """
        own_w, own_b = Counter(content_words(phrase)), Counter(cjk_bigrams(phrase))
        total = sum(own_w.values()) + sum(own_b.values())
        if not total:
            return 1.0
        shared = sum(n for w, n in own_w.items() if self.words[w] > n or w in domain)
        shared += sum(n for g, n in own_b.items() if self.bigrams[g] > n or g in domain)
        return shared / total

    def size(self) -> int:
        return sum(self.words.values()) + sum(self.bigrams.values())


def count_cues(text: str, cues: Iterable[str], lang: str) -> int:
    low = text.lower()
    if lang == "zh":
        return sum(low.count(c.lower()) for c in cues)
    words = " " + " ".join(latin_words(text)) + " "
    return sum(words.count(" " + c.lower() + " ") for c in cues)


def is_governance_doc(text: str, lex: SpamLexicon, lang: str, spam_ranges: list[tuple[int, int]],
                      listed_ranges: list[tuple[int, int]] = ()) -> bool:
    """An article about gambling or porn governance (crackdowns, casino or lottery policy).

    Topic words inside detected spam do not count: ``live casino`` in a
    gambling insertion does not make a poverty article a casino article. An
    article that uses the topic words often in its own sentences (outside any
    listed term, ``listed_ranges``) is about the topic whatever its other words.
    """
    terms = lex.topic_terms(text)
    topic = [h for h in terms if not any(s <= h.start and h.end <= e for s, e in spam_ranges)]
    if len(topic) < 2:
        return False
    own = [h for h in topic if not any(s <= h.start and h.end <= e for s, e in listed_ranges)]
    if len(own) >= 5:
        return True
    cues = count_cues(text, lex.cues("governance_cues", lang), lang)
    return cues >= 2


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of sentences, without surrounding white space."""
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def off_topic_sentences(text: str, lex: SpamLexicon, lang: str,
                        skip: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int, float]]:
    """Sentences spliced in from unrelated text (novel prose, machine filler, ads).

    Each sentence is scored on (1) its fit with the rest of the document,
    (2) evidence of fiction: a scene of concrete things and bodily actions
    (harbor, coat, 马车, 泥泞), third-person narration, Chinese aspect
    particles, the fiction and filler cues of the spam lexicon, or evidence of
    an advertisement (an imperative call to action with promotion words), and
    (3) anchors in the article: numbers, quotations, speech verbs (said, 说：),
    names, organisations. An anchored sentence is reportage, whatever its
    register. Confidence 0.6-0.85, so ``--review-threshold`` can hold them.

    ``skip``: insertions already found; sentences are judged without them, so a
    genuine sentence carrying one keeps its words. Content-farm talk, novel clauses
    glued into genuine sentences and English sentences in Chinese paragraphs come
    from :mod:`.spam_filler`.
    """
    from . import spam_filler
    from .spam_genre import glued_blurb

    text = _mask(text, skip)
    if lang == "zh" and spam_filler.looks_traditional(text):
        from .spam_shapes import _to_simplified

        simple = _to_simplified()(text)  # the signal lists are in Simplified script
        text = simple if len(simple) == len(text) else text
    spans = sentences(text)
    profile = DocProfile.of(text)
    found = spam_filler.foreign_sentences(text) if lang == "zh" else []
    if len(spans) < 3 or profile.size() < (40 if lang == "zh" else 20):
        return found
    doc = _DocView(text, spans, profile, lex, lang)
    for i, (s, e) in enumerate(spans):
        if any(a < e and s < b for a, b, _c in found):
            continue
        part = spam_filler.spliced_clauses(doc, i) or glued_blurb(doc, i)
        if part:  # a novel's clause inside a genuine sentence: the rest of the sentence stays
            found.append(part)
            continue
        conf = doc.judge(i)
        quote = spam_filler.quoted_exchange(doc, i)
        if quote is not None:  # a bare quotation and its speaker's tag go together
            found = [f for f in found if f[0] != quote] + [(quote, e, max(conf, 0.6))]
        elif conf:
            found.append((s, e, conf))
    return sorted(found + spam_filler.novel_paragraphs(doc, found))


def _mask(text: str, skip: Iterable[tuple[int, int]]) -> str:
    """The text with the given ranges blanked (offsets unchanged)."""
    chars = None
    for a, b in skip:
        chars = chars or list(text)
        for k in range(max(0, a), min(b, len(text))):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars) if chars else text


class _DocView:
    """Per-document state: sentence fits are computed once, neighbours read them."""

    def __init__(self, text: str, spans: list[tuple[int, int]], profile: DocProfile, lex: SpamLexicon, lang: str):
        self.text, self.spans, self.profile, self.lex, self.lang = text, spans, profile, lex, lang
        self.data = fit_data()
        self.domain = _domain_vocabulary(lex, lang)
        self.fits = [profile.fit(text[s:e], self.domain) for s, e in spans]
        self.long_doc = len(spans) >= 8
        self.caps = Counter(re.findall(r"\b[A-Z][A-Za-z]+", text)) if lang == "en" else Counter()
        self.traditional = False  # off_topic_sentences reads Traditional text in Simplified
        self.storytelling = self._storytelling()

    def judge(self, i: int) -> float:
        from . import spam_filler
        from .spam_commerce import advert, advert_question
        from .spam_genre import genre_confidence, short_genre_confidence

        s, e = self.spans[i]
        sent, fit, lang = self.text[s:e], self.fits[i], self.lang
        size = len(cjk_bigrams(sent)) if lang == "zh" else len(content_words(sent))
        if size >= 3 and fit <= 0.4 and (advert(self, sent) or advert_question(self, i)):
            return 0.7
        if size < (6 if lang == "zh" else 5):  # too little to judge by: fit alone drops nothing
            return short_genre_confidence(self, i, sent, fit) if size >= (4 if lang == "zh" else 3) else 0.0
        genre = genre_confidence(self, i, sent, fit)
        if genre:  # a product blurb, a novel's character known by a role, circular filler
            return genre
        farm = spam_filler.content_farm_confidence(self, i, sent, fit)
        if farm:
            return farm
        if fit > 0.25:
            return 0.0
        cues = self.cues(sent)
        # Fiction quotes its characters too (冷笑道：“…”): only a speech verb of reportage or a
        # name the article repeats vetoes two cues.
        if cues >= 2 + 2 * self.storytelling and fit < 0.2 and not self._reported(sent, quotes=False):
            return 0.7
        if fit <= 0.05 and spam_filler.novel_dialogue(self, sent):
            return 0.6
        if fit > 0.25 or self._anchored(sent):
            return 0.0
        evidence = self._fiction_evidence(self.simplified(sent)) + cues
        evidence += 2 * spam_filler.dangling_pronoun(self, i, sent)
        # A name the article does not mention again may be a novel's character or a villager
        # quoted once: it asks for more evidence.
        t = self.data["thresholds"]
        need = (t["need_base"] + round(fit * SLOPE) + t["need_name"] * bool(_capitalised_inside(sent))
                + t["need_story"] * self.storytelling)
        if evidence >= need:
            return round(min(0.85, 0.6 + 0.04 * (evidence - need)), 2)
        if self.storytelling:
            return 0.0
        if evidence >= TOPIC and fit == 0 and self._among_topic(i):
            return 0.6
        return self._register_rule(i, sent, fit, cues)

    # -- helpers read by :mod:`.spam_filler` --

    def cues(self, sent: str) -> int:
        """Fiction and filler cues of the spam lexicon; in Chinese only whole words
        (她的手 is not in 她的手机)."""
        narrative, filler = self.lex.cues("narrative_cues", self.lang), self.lex.cues("filler_cues", self.lang)
        if self.lang != "zh":
            return count_cues(sent, narrative, "en") + count_cues(sent, filler, "en")
        sent = self.simplified(sent)
        present = [c for c in narrative + filler if c in sent]
        if not present:
            return 0
        from .spam_filler import word_bounds

        bounds = word_bounds(sent)
        return sum(1 for c in present for m in re.finditer(re.escape(c), sent)
                   if m.start() in bounds and m.end() in bounds)

    def evidence(self, part: str) -> int:
        """Scene, narration and cue evidence of a sentence or clause."""
        return self._fiction_evidence(self.simplified(part)) + self.cues(part)

    def names_something(self, part: str, exclude: Iterable[str] = ()) -> bool:
        """Institutions and policy things of the article (but ``exclude``), or a name (a capitalised
        word inside)."""
        anchors = [w for w in self.data["domain_anchors"].get(self.lang, ()) if w not in exclude]
        return bool(_hits(part, anchors, self.lang)
                    or (self.lang == "en" and _capitalised_inside(part)))

    def same_paragraph(self, i: int, j: int) -> bool:
        return "\n" not in self.text[self.spans[min(i, j)][1]:self.spans[max(i, j)][0]]

    def simplified(self, part: str) -> str:
        """Chinese in Simplified script (the signal lists' script); other text as it is."""
        if not self.traditional:
            return part
        from .spam_shapes import _to_simplified

        out = _to_simplified()(part)
        return out if len(out) == len(part) else part

    def _storytelling(self) -> bool:
        """A feature article tells its own stories: scenes anchored to its people and places.

        There, an unanchored scene is more likely the article's own colour, and needs more evidence."""
        told = 0
        for s, e in self.spans:
            sent = self.text[s:e]
            if self._fiction_evidence(sent) >= 3 and self._anchored(sent):
                told += 1
                if told >= STORIES:
                    return True
        return False

    def _register_rule(self, i: int, sent: str, fit: float, cues: int) -> float:
        """Pronouns and particles alone: only in long articles, inside a paragraph, at tiny fit."""
        s, e = self.spans[i]
        if not self.long_doc or fit >= 0.05 or not _inside_paragraph(self.text, s, e):
            return 0.0
        register = _register(sent, self.lex, self.lang)
        if (cues and register >= 2) or register >= 3 or (cues and fit == 0 and register):
            return 0.6
        return 0.0

    def _fiction_evidence(self, sent: str) -> int:
        d, lang = self.data, self.lang
        scene = _hits(sent, d["scene_words"].get(lang, ()), lang) + _hits(sent, d["filler_phrases"].get(lang, ()), lang)
        third = _hits(_strip(sent, d["third_person_exclusions"].get(lang, ())), d["third_person"].get(lang, ()), lang)
        third += _hits(_strip(sent, d["second_person_exclusions"].get(lang, ())), d["second_person"].get(lang, ()), lang)
        aspect = 0
        if lang == "zh":
            aspect = _hits(_strip(sent, d["aspect_exclusions"]["zh"]), d["aspect_markers"]["zh"], lang)
        patterns = sum(1 for rx in _patterns(lang) if rx.search(sent.lower()))
        patterns += sum(1 for rx in _patterns(lang, "narration_patterns_cased") if rx.search(sent))
        return scene + min(third, 2) + min(aspect, 2) + patterns

    def _anchored(self, sent: str) -> bool:
        """Numbers, reported speech, names or the article's institutions: the sentence is its own."""
        return bool(_NUMBERS.search(sent) or self._reported(sent)
                    or _hits(sent, self.data["domain_anchors"].get(self.lang, ()), self.lang))

    def _reported(self, sent: str, quotes: bool = True) -> bool:
        """Quotation marks, a speech verb (said, 说：, 表示) or a name the article mentions elsewhere."""
        spoken = _strip(sent, self.data.get("speech_exclusions", {}).get(self.lang, ()))
        if (quotes and _QUOTES.search(sent)) or _hits(spoken, self.data["speech_markers"].get(self.lang, ()), self.lang):
            return True
        return any(self.caps[w] > 1 for w in _capitalised_inside(sent))

    def _among_topic(self, i: int) -> bool:
        """The sentence sits in a paragraph whose other sentences are on topic."""
        s, e = self.spans[i]
        if not _inside_paragraph(self.text, s, e):
            return False
        near = [self.fits[j] for j in (i - 1, i + 1) if 0 <= j < len(self.spans)
                and not self.text[min(self.spans[j][1], e):max(self.spans[j][0], s)].count("\n")]
        return bool(near) and min(near) >= 0.3


# Extra evidence per unit of fit; evidence for a sentence sharing nothing with on-topic
# neighbours; anchored scenes that make an article a feature (need_* thresholds: fit.json).
SLOPE, TOPIC, STORIES = 20, 4, 2
_NUMBERS = re.compile(r"[0-9０-９%]")
_BRAND_CODE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z-]*[A-Za-z]\d{2,}(?![0-9])")
_QUOTES = re.compile(r"[“”‘「」『』\"]")



def _register(sentence: str, lex: SpamLexicon, lang: str) -> int:
    """Markers of narrative or conversational register: personal pronouns, modal particles."""
    markers = lex.cues("register_markers", lang)
    if lang != "zh":
        words = latin_words(sentence)
        return sum(words.count(m) if m.isalpha() else sentence.count(m) for m in markers)
    for excluded in lex.cues("register_exclusions", lang):
        sentence = sentence.replace(excluded, "")
    return sum(sentence.count(m) for m in markers)


def _domain_vocabulary(lex: SpamLexicon, lang: str) -> frozenset:
    words = lex.cues("policy_vocabulary", lang)
    if lang == "zh":
        return frozenset(g for w in words for g in cjk_bigrams(w))
    return frozenset(w.lower() for w in words)


def _inside_paragraph(text: str, s: int, e: int) -> bool:
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    return bool(text[line_start:s].strip()) or bool(text[e:line_end].strip())
