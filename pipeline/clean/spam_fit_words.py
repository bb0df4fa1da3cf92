"""Word and list primitives of the fit signals: tokens, character pairs, the signal lists of
``pipeline/data/spam/fit.json`` and whole-word look-ups in them (split from :mod:`.spam_fit`)."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Iterable

FIT_FILE = Path(__file__).resolve().parent.parent / "data" / "spam" / "fit.json"

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
STOPWORDS = _STOP = frozenset(
    "the a an and or of to in on at by for with from as is are was were be been being it its this that "
    "these those their his her he she they we our you your not no but if then than so such also has have "
    "had do does did will would shall should can could may might must into over under up down out about "
    "more most other some any all each every which who whom whose what when where why how there here".split()
)


def latin_words(text: str) -> list[str]:
    return [w.lower() for w in _LATIN_WORD.findall(text)]


def content_words(text: str) -> list[str]:
    return [w for w in latin_words(text) if len(w) > 2 and w not in _STOP]


def cjk_bigrams(text: str) -> list[str]:
    out = []
    for run in _CJK_RUN.findall(text):
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out


def _capitalised_inside(sent: str) -> list[str]:
    """Capitalised words other than the sentence's first word (``I`` is too short to match)."""
    words = re.findall(r"\b[A-Z][A-Za-z]+", sent)
    first = re.match(r"\W*([A-Z][A-Za-z]+)", sent)
    if first and words and words[0] == first.group(1):
        words = words[1:]
    return words


def _strip(text: str, excluded: Iterable[str]) -> str:
    for x in excluded:
        text = text.replace(x, "")
    return text


def _hits(text: str, words: Iterable[str], lang: str) -> int:
    """Distinct listed words or phrases the text contains (whole words in English)."""
    by_head, odd = _word_index(tuple(words), lang)
    if lang == "zh":
        return sum(1 for c in set(text) for w in by_head.get(c, ()) if w in text)
    tokens = latin_words(text)
    padded = " " + " ".join(tokens) + " "
    low = text.lower()
    n = sum(1 for t in set(tokens) for w in by_head.get(t, ()) if " " + w + " " in padded)
    return n + sum(1 for w in odd if w in low or " " + w + " " in padded)


@functools.lru_cache(maxsize=64)
def _word_index(words: tuple, lang: str) -> tuple[dict, tuple]:
    """Listed words by their first character (Chinese) or first word (English), so a sentence is
    checked only against the entries that can occur in it; English entries that are not plain
    words (U.S., e-mail) are checked as substrings."""
    by_head: dict[str, list[str]] = {}
    odd = []
    for w in words:
        if not w:
            continue
        if lang == "zh":
            by_head.setdefault(w[0], []).append(w)
        elif w.replace(" ", "").isalpha():
            by_head.setdefault(w.split(" ")[0], []).append(w)
        else:
            odd.append(w)
    return by_head, tuple(odd)


@functools.lru_cache(maxsize=8)
def _patterns(lang: str, key: str = "narration_patterns") -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in fit_data().get(key, {}).get(lang, ()))


@functools.lru_cache(maxsize=1)
def fit_data() -> dict:
    """The signal lists of ``pipeline/data/spam/fit.json``."""
    return json.loads(FIT_FILE.read_text(encoding="utf-8"))
