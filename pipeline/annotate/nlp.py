"""spaCy pipelines and term-base matchers, built once per process.

Chinese: blank ``zh`` with the jieba segmenter; every Chinese term-base string
is added to jieba's dictionary first, so terms come out as whole tokens.
English: blank ``en`` whose tokenizer also splits the Chinese punctuation and
glued commas that machine translation leaves in, and splits a hyphen from the
word it is glued to, so "fixed-point", "fixed -point" and "fixed - point" give
the same tokens. Term-base matching uses a PhraseMatcher (ORTH for Chinese,
LOWER for English).
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Optional

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from ..segmentation import default_jieba, point_at_project_cache
from .termbase import Concept, TermBase, default_termbase

_CJK_PUNCT = r"[、。，；：！？（）【】《》〈〉「」『』“”‘’…·]"
_LOCK = threading.Lock()
_PIPELINES: dict[str, "LangPipeline"] = {}
BUILD_SECONDS: dict[str, float] = {}


@dataclass
class Candidate:
    """A proposed span before overlap resolution."""

    start: int
    end: int
    label: str
    concept_id: Optional[str] = None
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


class LangPipeline:
    """One language's spaCy object and its term-base matcher."""

    def __init__(self, lang: str, termbase: TermBase):
        self.lang = lang
        self.termbase = termbase
        self.nlp = _build_nlp(lang, termbase)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH" if lang == "zh" else "LOWER")
        self._concepts: dict[int, Concept] = {}
        for concept in termbase.concepts.values():
            forms = termbase.forms(concept, lang)
            if lang == "en":
                forms = english_form_variants(forms, concept)
            patterns = [self.nlp.make_doc(f) for f in sorted(set(forms))]
            key = self.nlp.vocab.strings.add(concept.id)
            self.matcher.add(concept.id, [p for p in patterns if len(p)])
            self._concepts[key] = concept
        self._char_forms = _char_forms(termbase) if lang == "zh" else []
        self._role_heads = _role_heads(termbase) if lang == "zh" else {}

    def match_terms(self, doc) -> list[Candidate]:
        found: dict[tuple[int, int, str], Candidate] = {}
        for match_id, s, e in self.matcher(doc):
            span = doc[s:e]
            self._add(found, self._concepts[match_id], span.start_char, span.end_char)
        text = doc.text  # Doc.text joins every token: read it once
        if self._char_forms:
            token_of = _token_index(doc)
            for form, concept in self._char_forms:
                pos = text.find(form)
                while pos >= 0:
                    if _fits_tokens(token_of, pos, pos + len(form)):
                        self._add(found, concept, pos, pos + len(form))
                    pos = text.find(form, pos + 1)
        spans = {(c.start, c.end) for c in found.values()}
        for t in doc:
            head = self._role_heads.get(t.text[-2:]) if len(t.text) > 2 else None
            if head is not None and t.text[-3] not in "的和与及" and (t.idx, t.idx + len(t.text)) not in spans:
                self._add(found, head, t.idx, t.idx + len(t.text))  # 龙头企业, 党政干部: a kind of the role
        return sorted(found.values(), key=lambda c: (c.start, c.end, c.concept_id or ""))

    @staticmethod
    def _add(found: dict, concept: Concept, start: int, end: int) -> None:
        key = (start, end, concept.id)
        if key not in found:
            found[key] = Candidate(start, end, concept.label, concept.id, {"rule": "termbase"})


def pipeline_for(lang: str, termbase: Optional[TermBase] = None) -> LangPipeline:
    """The process-wide pipeline for ``lang`` (built on first use)."""
    with _LOCK:
        if termbase is not None:
            return LangPipeline(lang, termbase)
        if lang not in _PIPELINES:
            t0 = time.perf_counter()
            _PIPELINES[lang] = LangPipeline(lang, default_termbase())
            BUILD_SECONDS[lang] = round(time.perf_counter() - t0, 3)
        return _PIPELINES[lang]


def english_form_variants(forms: list[str], concept: Concept) -> list[str]:
    """Spelling variants the tokenizer does not unify: dash kinds, hyphen vs space, plurals of roles."""
    out = set(forms)
    for f in forms:
        if re.search(r"[A-Za-z]-[A-Za-z]", f):
            out.add(re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", " ", f))
            out.add(f.replace("-", "–"))
        if "–" in f:
            out.add(f.replace("–", "-"))
        if concept.type == "mechanism" and re.search(r"(?i)\bassistance\b", f):
            out.add(re.sub(r"(?i)\bassistance\b", "help", f))  # MT renders 帮扶 as "help" too
        if concept.type == "mechanism" or concept.type == "actor" and concept.group in ("role", "place-group", "local-body"):
            out.add(_plural(f))
            if concept.type == "actor":
                out.add(_singular(f))
    return sorted(out)


def _plural(form: str) -> str:
    head, _, last = form.rpartition(" ")
    if not last.isalpha() or last.endswith("s") or last[:1].isupper() and not head:
        return form
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}".strip()


def _singular(form: str) -> str:
    head, _, last = form.rpartition(" ")
    if not head or not last.isalpha() or not last.islower() or last.endswith("ss") or not last.endswith("s"):
        return form
    last = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    return f"{head} {last}"


def _build_nlp(lang: str, termbase: TermBase) -> Language:
    if lang == "zh":
        segmenter = _term_jieba(termbase.zh_words())
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        nlp.tokenizer.jieba_seg = segmenter
    else:
        nlp = spacy.blank("en")
        _extend_english_tokenizer(nlp)
    nlp.max_length = 20_000_000  # no parser or NER: long pages only cost tokenization time
    return nlp


def _term_jieba(words: list[str]):
    """A jieba tokenizer of our own with every term-base word added.

    The words go into a private ``jieba.Tokenizer``, not jieba's global one, so
    cleaning steps that read the global dictionary (spam shapes) behave the same
    whether or not an annotator was built earlier in the process.
    """
    jieba = default_jieba()  # spaCy's zh tokenizer uses the global one too
    segmenter = jieba.Tokenizer()
    point_at_project_cache(segmenter)
    for w in words:
        segmenter.add_word(w)
    return segmenter


def _extend_english_tokenizer(nlp: Language) -> None:
    defaults = nlp.Defaults
    prefixes = [_CJK_PUNCT, r"-(?=[A-Za-z])", *defaults.prefixes]
    suffixes = [_CJK_PUNCT, r"(?<=[A-Za-z])-", *defaults.suffixes]
    infixes = [_CJK_PUNCT, r"(?<=[A-Za-z0-9]),(?=[A-Za-z])", r"(?<=[a-z])\.(?=[A-Z][a-z])", *defaults.infixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _token_index(doc) -> list[int]:
    """For every character offset, the index of the token it belongs to."""
    index = [0] * (len(doc.text) + 1)
    for t in doc:
        index[t.idx : t.idx + len(t.text)] = [t.i] * len(t.text)
    index[len(doc.text)] = len(doc)
    return index


def _fits_tokens(token_of: list[int], start: int, end: int) -> bool:
    """A term found by characters counts when it lies inside one token (第一书记 in 驻村第一书记)
    or both ends are token boundaries, or one end is and the term has 4+ characters (脱贫|攻坚战);
    not when it cuts through tokens (帮扶方 in 消费帮扶|方面, 考核组 in 考核|组织领导)."""
    if token_of[start] == token_of[end - 1]:
        return True
    starts_on_boundary = start == 0 or token_of[start - 1] != token_of[start]
    ends_on_boundary = token_of[end] != token_of[end - 1]
    if starts_on_boundary and ends_on_boundary:
        return True
    # one aligned end is enough for longer terms only (考核组 must not come from 考核|组织领导)
    return (starts_on_boundary or ends_on_boundary) and end - start >= 4


def _role_heads(termbase: TermBase) -> dict[str, Concept]:
    """Two-character role nouns (企业, 干部) that head longer words jieba keeps whole."""
    heads: dict[str, Concept] = {}
    for concept in sorted(termbase.concepts.values(), key=lambda c: c.id):
        if concept.type == "actor" and concept.group == "role":
            for form in concept.zh.forms():
                if len(form) == 2:
                    heads.setdefault(form, concept)
    return heads


def _char_forms(termbase: TermBase) -> list[tuple[str, Concept]]:
    """Chinese forms of 3+ characters, also found by characters: jieba may cut across a term,
    or keep a term inside a longer one (第一书记 inside 驻村第一书记)."""
    owner: dict[str, Concept] = {}
    for concept in sorted(termbase.concepts.values(), key=lambda c: c.id):
        for form in termbase.forms(concept, "zh"):
            if len(form) >= 3:
                owner.setdefault(form, concept)
    return sorted(owner.items())
