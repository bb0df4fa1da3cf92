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

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
STOPWORDS = _STOP = frozenset(
    "the a an and or of to in on at by for with from as is are was were be been being it its this that "
    "these those their his her he she they we our you your not no but if then than so such also has have "
    "had do does did will would shall should can could may might must into over under up down out about "
    "more most other some any all each every which who whom whose what when where why how there here".split()
)
# Sentences end at these; a newline ends a paragraph.
_SENTENCE = re.compile(r"[^。！？!?\n]*?(?:[。！？!?]+[”’」』）)\"']*|\.[”’\"')]*(?=\s|$)|(?=\n)|$)")


def latin_words(text: str) -> list[str]:
    return [w.lower() for w in _LATIN_WORD.findall(text)]


def content_words(text: str) -> list[str]:
    return [w for w in latin_words(text) if len(w) > 2 and w not in _STOP]


def cjk_bigrams(text: str) -> list[str]:
    out = []
    for run in _CJK_RUN.findall(text):
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out


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


def off_topic_sentences(text: str, lex: SpamLexicon, lang: str) -> list[tuple[int, int, float]]:
    """Sentences spliced in from unrelated text (novel prose, machine filler).

    A candidate shares little vocabulary with the rest of the document and
    carries a cue of fiction (moonlight, whispered, 冷笑道) or of commercial
    filler (cheap deals, 最新章节); the less it shares, the fewer cues it needs,
    and a conversational register (she, his, 她, 吗) counts in its favour.
    Rare words alone are never enough: reportage quoting people, lists and
    notes have them too.
    """
    spans = sentences(text)
    profile = DocProfile.of(text)
    if len(spans) < 3 or profile.size() < (40 if lang == "zh" else 20):
        return []
    domain = _domain_vocabulary(lex, lang)
    long_doc = len(spans) >= 8
    found = []
    for s, e in spans:
        sent = text[s:e]
        size = len(cjk_bigrams(sent)) if lang == "zh" else len(content_words(sent))
        if size < (8 if lang == "zh" else 5):
            continue
        score = profile.fit(sent, domain)
        cues = count_cues(sent, lex.cues("narrative_cues", lang), lang) \
            + count_cues(sent, lex.cues("filler_cues", lang), lang)
        if cues >= 2 and score < 0.2:
            found.append((s, e, 0.7))
            continue
        # One cue, or none, is weak: reportage quotes people (he said, she added quietly). The
        # register of fiction counts only where the article is long enough for its vocabulary
        # to show that the sentence shares nothing with it.
        register = _register(sent, lex, lang)
        if not long_doc or score >= 0.05 or not _inside_paragraph(text, s, e):
            continue
        if (cues and register >= 2) or register >= 3:
            found.append((s, e, 0.6 if cues else 0.55))
        elif cues and score == 0:
            found.append((s, e, 0.55))
    return found


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
