"""Composed keyword families: spam phrases built from vocabularies, not listed one by one.

Local-service SEO ads are a place, a trade and a sales word (台南|除蟲公司|推薦),
escort ads a city, a euphemism and a contact word (某市|品茶|工作室), porn strings a
genre and a viewing call (伦理片|在线观看). No list can hold every combination, but
each part is a small closed vocabulary; ``pipeline/data/spam/compositions.json``
holds the parts and regular-expression templates over them (``<tw_place><trade>``).

Each vocabulary is written in one script; the other script is added here (OpenCC),
as Traditional mirrors of Simplified pages carry converted spam and the other way round.

Strong compositions are lexicon hits like listed keywords. A weak one (a bare trade
phrase: 冷氣保養清洗) is ordinary industry vocabulary; :func:`positional_trades` takes it
only where its position shows the insertion: inside a number, or a phrase of three or
more parts inside a word.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_NAME = re.compile(r"<([a-z_]+)>")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


class CompositionError(ValueError):
    """compositions.json is malformed."""


@dataclass(frozen=True)
class Composition:
    id: str
    family: str
    strength: str  # strong | weak
    regex: re.Pattern
    positional: bool = False  # weak: spam only where its position says so
    parts: re.Pattern | None = None  # the vocabulary words a match is made of
    cue: str = ""  # not a hit: soft | sales (talk that makes a trade sentence an ad) | report


@functools.lru_cache(maxsize=1)
def _converters():
    import opencc

    return opencc.OpenCC("t2s").convert, opencc.OpenCC("s2t").convert, opencc.OpenCC("s2twp").convert


def both_scripts(terms) -> list[str]:
    """The terms with their Simplified and Traditional forms, and the Taiwanese wording of the
    Traditional one (在线观看 -> 線上觀看), longest first."""
    t2s, s2t, s2tw = _converters()
    out = set()
    for term in terms:
        simple = t2s(term)
        out.update((term, simple, s2t(term), s2tw(simple)))
    return sorted(out, key=lambda t: (-len(t), t))


def _alternation(terms: list[str]) -> str:
    # Longest first: the regex engine takes the first alternative that lets the whole match.
    return "|".join(re.escape(t) for t in terms)


def compile_compositions(raw: dict, alternation=_alternation) -> list[Composition]:
    """Compositions with their vocabularies substituted (``alternation(terms)``: one regex for
    many terms, e.g. the lexicon's trie)."""
    vocab = raw.get("vocabularies")
    rows = raw.get("compositions")
    if not isinstance(vocab, dict) or not isinstance(rows, list):
        raise CompositionError("compositions.json needs 'vocabularies' and 'compositions'")
    alts = {}
    for name, entry in vocab.items():
        terms = entry.get("terms") if isinstance(entry, dict) else None
        if not terms or not all(isinstance(t, str) and t.strip() for t in terms):
            raise CompositionError(f"vocabulary {name!r} needs a non-empty 'terms' list")
        alts[name] = "(?:" + alternation(both_scripts(t.strip() for t in terms)) + ")"
    out = []
    for row in rows:
        missing = [n for n in _NAME.findall(row.get("pattern", "")) if n not in alts]
        if missing or not row.get("pattern"):
            raise CompositionError(f"composition {row.get('id')!r} names unknown vocabularies {missing}")
        body = _NAME.sub(lambda m: alts[m.group(1)], row["pattern"])
        try:
            rx = re.compile(body, re.IGNORECASE)
        except re.error as exc:
            raise CompositionError(f"bad pattern in {row.get('id')!r}: {exc}") from exc
        names = dict.fromkeys(_NAME.findall(row["pattern"]))
        parts = re.compile("|".join(alts[n] for n in names), re.IGNORECASE)
        out.append(Composition(row["id"], row["family"], row.get("strength", "strong"), rx,
                               bool(row.get("positional")), parts, str(row.get("cue") or "")))
    return out


def find_composed(text: str, comp: Composition) -> list[tuple[int, int]]:
    """Spans of ``comp`` in ``text``. A Latin edge must not run on into a Latin word (Seoul), and
    the first character must not end a word begun before it (平|台中, 阳|台中: no city there)."""
    out, pos = [], 0
    while (m := comp.regex.search(text, pos)) is not None:
        s, e = m.span()
        pos = s + 1  # a rejected start may hide a match inside it (明|清迈外围…: the rest)
        if s and _CJK.match(text[s - 1]) and _word_across(text, s):
            continue
        if s and _ASCII_LETTER.match(text[s]) and _ASCII_LETTER.match(text[s - 1]):
            continue
        if e < len(text) and _ASCII_LETTER.match(text[e - 1]) and _ASCII_LETTER.match(text[e]):
            continue
        out.append((s, e))
        pos = e
    return out


def _word_across(text: str, s: int) -> bool:
    """A word runs across ``s`` (平|台中): the character before and the first one make a word,
    and the two before do not make a likelier one ending at ``s`` (证明|清…: 明清 loses)."""
    from .spam_shapes import word_freq

    across = word_freq(text[s - 1 : s + 1])
    return across >= 50 and not (s >= 2 and word_freq(text[s - 2 : s]) > across)


def _in_number(text: str, start: int, end: int) -> bool:
    """Digits on both sides (4.|汽車美容|2億): no genuine phrase stands inside a number."""
    if start == 0 or end >= len(text) or not text[end].isdigit():
        return False
    left = text[start - 1]
    return left.isdigit() or (left == "." and start >= 2 and text[start - 2].isdigit())


def _between_words(text: str, start: int, end: int) -> bool:
    """A word ends right before the phrase or begins right after it (推動|…|產業): the phrase
    stands between words, as genuine text puts it."""
    from .spam_shapes import word_freq

    return any(len(w) == 2 and _CJK.match(w[0]) and _CJK.match(w[1]) and word_freq(w) >= 100
               for w in (text[max(0, start - 2) : start], text[end : end + 2]))


def positional_trades(text: str, comps: list[Composition], taken: list[tuple[int, int]]) -> list:
    """Bare trade phrases (weak compositions) placed where no writer puts them: inside a number,
    or three or more trade parts (冷氣|保養|清洗) inside a word (支…取); and short sentences
    that sell a trade (:func:`service_ad_sentences`)."""
    from .spam_rejoin import Insertion
    from .spam_shapes import splits_a_word

    out = []
    for comp in comps:
        if not comp.positional:
            continue
        for s, e in find_composed(text, comp):
            if any(a < e and s < b for a, b in taken):
                continue
            inside_word = len(comp.parts.findall(text, s, e)) >= 2 and splits_a_word(text, s, e) \
                and not _between_words(text, s, e)
            if _in_number(text, s, e) or inside_word:
                out.append(Insertion(s, e, comp.family, f"spam.{comp.id}.inside-a-word", 0.75))
                taken = taken + [(s, e)]
    return out + service_ad_sentences(text, comps, taken + [(i.start, i.end) for i in out])


_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")


def service_ad_sentences(text: str, comps: list[Composition], taken: list[tuple[int, int]]) -> list:
    """A short sentence naming a trade (抽水肥, 化糞池清理) with sales talk (專業, 價格實惠, 歡迎
    來電) whose other words the article does not use: a spliced service ad. No single part is
    spam; the sentence, its cues and its misfit with the article are."""
    from .spam_fit import DocProfile
    from .spam_rejoin import Insertion

    trades = [c for c in comps if c.positional]
    cues = {kind: [c for c in comps if c.cue == kind] for kind in ("soft", "sales", "report")}
    if not trades or not cues["soft"] + cues["sales"]:
        return []
    out, profile = [], None
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        s += len(m.group(0)) - len(m.group(0).lstrip())
        body = text[s:e]
        if len(_CJK.findall(body)) > 30 or len(re.findall(r"[A-Za-z]{2,}", body)) > 2:
            continue  # long, or an English sentence (its Chinese is judged on its own)
        spans = [(s + a, s + b) for c in trades for a, b in find_composed(body, c)]
        if not spans:
            continue
        said = {kind: [(s + a, s + b) for c in cues[kind] for a, b in find_composed(body, c)
                       if not any(x <= s + a and s + b <= y for x, y in taken)] for kind in cues}
        talk = said["soft"] + said["sales"]
        n_talk = len({text[a:b] for a, b in talk})
        if not spans or said["report"] or not (said["sales"] and n_talk >= 2 or n_talk >= 3):
            continue  # no trade, the article's own reporting, or too little sales talk
        inside = [(a, b) for a, b in taken if s <= a and b <= e]  # found already: spam too
        if any(a < e and s < b for a, b in taken if (a, b) not in inside):
            continue
        rest = _without(text, s, e, spans + inside + talk)
        profile = profile or DocProfile.of(text)
        if len(_CJK.findall(rest)) <= 2 or profile.fit(rest) < 0.3:
            out.append(Insertion(s, e, "seo-tw", "spam.seo-tw.compose.service-ad-sentence", 0.7))
    return out


def _without(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    keep = [True] * (e - s)
    for a, b in spans:
        for i in range(max(a, s), min(b, e)):
            keep[i - s] = False
    return "".join(c if k else " " for c, k in zip(text[s:e], keep))
