"""The spam lexicon: families, brands, keyword families, shapes and domain patterns.

All spam knowledge lives in ``pipeline/data/spam/*.json`` (versioned by its
``manifest.json``); this module loads and validates it and answers the three
questions cleaning steps ask: which listed terms occur in a text
(:meth:`SpamLexicon.find_terms`), which family a link's host belongs to
(:meth:`SpamLexicon.domain_family`), and which context words tell a genuine
article about gambling governance from injected spam.

Entry strength: ``strong`` terms are spam wherever they occur outside a
governance article; ``weak`` terms (short keywords, real casino operators) are
spam only next to other evidence, so ``find_terms`` leaves them out unless asked.
Role ``topic`` marks the vocabulary a genuine article uses (赌博, casino): never
spam on its own. Compositions (``compositions.json``, :mod:`.spam_compose`) are
keywords built from vocabularies (a Taiwanese place + a service trade); they are
found like listed calls to action.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Optional

from ..settings import DATA_DIR
from .spam_compose import Composition, CompositionError, both_scripts, compile_compositions, find_composed

SPAM_DIR = DATA_DIR / "spam"
ROLES = ("brand", "cta", "product", "topic")
STRENGTHS = ("strong", "weak")
_LATIN = re.compile(r"[A-Za-z0-9]")
_SPACE = re.compile(r"\s+")


class LexiconError(ValueError):
    """The spam lexicon data is malformed."""


class TermHit(NamedTuple):
    start: int
    end: int
    family: str
    entry_id: str


@dataclass(frozen=True)
class LexiconEntry:
    id: str
    family: str
    role: str  # brand | cta (call to action) | product (what is sold) | topic
    strength: str  # strong | weak
    terms: tuple[str, ...]
    word_bounded: bool = False  # Latin terms that must stand as whole words


@dataclass(frozen=True)
class ShapePattern:
    id: str
    family: str
    strength: str
    regex: re.Pattern


class _TermIndex:
    """One alternation per boundary mode; longest term first so the longest wins at a position."""

    def __init__(self, entries: list[LexiconEntry]) -> None:
        self.by_key: dict[str, LexiconEntry] = {}
        sub_terms, word_terms = [], []
        for entry in entries:
            for term in entry.terms:
                self.by_key.setdefault(_key(term), entry)
                (word_terms if entry.word_bounded else sub_terms).append(term)
        self.sub = _alternation(sub_terms, bounded=False)
        self.word = _alternation(word_terms, bounded=True)

    def find(self, text: str) -> list[TermHit]:
        hits = []
        for rx in (self.sub, self.word):
            if rx is None:
                continue
            for m in rx.finditer(text):
                entry = self.by_key.get(_key(m.group(0)))
                if entry is not None:
                    hits.append(TermHit(m.start(), m.end(), entry.family, entry.id))
                    hits += self._overhanging(rx, text, m.start(), m.end())
        return hits

    def _overhanging(self, rx: re.Pattern, text: str, start: int, end: int) -> list[TermHit]:
        """A term starting inside a match and running past its end (高雄水電|行 = 水電行)."""
        out = []
        for pos in range(start + 1, end):
            m = rx.match(text, pos)
            if m and m.end() > end:
                entry = self.by_key.get(_key(m.group(0)))
                if entry is not None:
                    out.append(TermHit(m.start(), m.end(), entry.family, entry.id))
        return out


def _key(term: str) -> str:
    return _SPACE.sub("", term).lower()


def _term_regex(term: str) -> str:
    # A space inside a Latin term also matches no space or several: "live casino",
    # "livecasino", "live  casino" are one term.
    return r"[ \t\u00a0]*".join(re.escape(part) for part in term.split())


def _trie_regex(terms: list[str]) -> str:
    """One regex for many terms, sharing prefixes (a trie): the engine reads each character
    once per position instead of trying every term. Longer terms win (greedy branches);
    where a term has a space, no space or several match too (live casino, livecasino)."""
    trie: dict = {}
    spaced: set = set()  # (id(node), ch): spaces may come before ch
    for term in terms:
        node, space = trie, False
        for ch in " ".join(term.lower().split()):
            if ch == " ":
                space = True
                continue
            if space:
                spaced.add((id(node), ch))
            node, space = node.setdefault(ch, {}), False
        node[""] = {}
    return _node_regex(trie, spaced)


def _node_regex(node: dict, spaced: set) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        head = (r"[ \t\u00a0]*" if (id(node), ch) in spaced else "") + re.escape(ch)
        branches.append(head + _node_regex(node[ch], spaced))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _alternation(terms: list[str], bounded: bool) -> Optional[re.Pattern]:
    if not terms:
        return None
    body = _trie_regex(sorted(set(terms)))
    if bounded:
        body = rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])"
    return re.compile(body, re.IGNORECASE)


def _resolve_overlaps(hits: list[TermHit], is_strong=lambda entry_id: False) -> list[TermHit]:
    """Keep the longest hit where hits overlap (earlier start breaks ties); overlapping hits
    of one family become one, named by a strong entry when one of them is strong
    (新葡京 + 娱乐场: a weak operator name glued to a strong product word)."""
    kept: list[TermHit] = []
    for hit in sorted(set(hits), key=lambda h: (-(h.end - h.start), h.start, h.entry_id)):
        clash = [i for i, k in enumerate(kept) if not (hit.end <= k.start or hit.start >= k.end)]
        if not clash:
            kept.append(hit)
        elif len(clash) == 1 and kept[clash[0]].family == hit.family:
            # Overlapping terms of one family are one longer term (高雄水電 + 水電行).
            k = kept[clash[0]]
            entry = hit.entry_id if is_strong(hit.entry_id) and not is_strong(k.entry_id) else k.entry_id
            kept[clash[0]] = k._replace(start=min(k.start, hit.start), end=max(k.end, hit.end), entry_id=entry)
    return sorted(kept)


class SpamLexicon:
    def __init__(self, version: str, families: dict[str, str], entries: list[LexiconEntry],
                 shapes: list[ShapePattern], domains: list[tuple[str, str, re.Pattern]],
                 context: dict, compositions: Optional[list[Composition]] = None) -> None:
        self.version = version
        self.family_descriptions = families
        self.families = tuple(families)
        self.entries = {e.id: e for e in entries}
        self.shapes = shapes
        self._shapes_by_id = {sh.id: sh for sh in shapes}
        self._domains = domains
        self._context = context
        self.compositions = list(compositions or ())
        self._compositions_by_id = {c.id: c for c in self.compositions}
        spam_entries = [e for e in entries if e.role != "topic"]
        self._strong = _TermIndex([e for e in spam_entries if e.strength == "strong"])
        self._weak = _TermIndex([e for e in spam_entries if e.strength == "weak"])
        self._topic = _TermIndex([e for e in entries if e.role == "topic"])
        self._recent: dict = {}  # (text, mode) -> hits, oldest first

    def entry(self, entry_id: str) -> Optional[LexiconEntry]:
        return self.entries.get(entry_id)

    def role_strength(self, entry_id: str) -> tuple[str, str]:
        """(role, strength) of a hit's entry; shapes have the role ``shape``."""
        entry = self.entries.get(entry_id)
        if entry is not None:
            return entry.role, entry.strength
        comp = self._compositions_by_id.get(entry_id)
        if comp is not None:
            return "cta", comp.strength
        shape = self._shapes_by_id.get(entry_id)
        return "shape", shape.strength if shape else "weak"

    def is_strong(self, entry_id: str) -> bool:
        return self.role_strength(entry_id)[1] == "strong"

    def find_terms(self, text: str, include_weak: bool = False) -> list[TermHit]:
        """Listed brands, spam keywords and shapes in ``text`` (see :meth:`_find_terms`); the
        last few answers are remembered, as one document asks about the same text repeatedly."""
        key = (text, include_weak)
        found = self._recent.get(key)
        if found is None:
            found = self._find_terms(text, include_weak)
            if len(self._recent) >= 16:
                self._recent.pop(next(iter(self._recent)))
            self._recent[key] = found
        return list(found)

    def _find_terms(self, text: str, include_weak: bool = False) -> list[TermHit]:
        """Listed brands, spam keywords and shapes in ``text`` as (start, end, family, entry_id).

        Non-overlapping, in text order; the longest match wins. Latin is matched
        case-insensitively and, for brands and multi-word keywords, also when
        glued to the words around it (``Cooperationbet365Fund``).
        """
        hits = self._strong.find(text)
        for shape in self.shapes:
            if shape.strength == "strong" or include_weak:
                hits.extend(TermHit(m.start(), m.end(), shape.family, shape.id)
                            for m in shape.regex.finditer(text))
        for comp in self.compositions:
            if comp.strength == "strong" and not comp.cue:
                hits.extend(TermHit(s, e, comp.family, comp.id) for s, e in find_composed(text, comp))
        if include_weak:
            # A bare trade phrase never outweighs a listed keyword it overlaps (網頁設計公司).
            hits.extend(TermHit(s, e, c.family, c.id) for c in self.compositions
                        if c.strength == "weak" and not c.cue
                        for s, e in find_composed(text, c) if not any(h.start < e and s < h.end for h in hits))
            hits.extend(self._weak.find(text))
        return _resolve_overlaps(hits, self.is_strong)

    def topic_terms(self, text: str) -> list[TermHit]:
        """Vocabulary a genuine article on gambling or porn governance uses (赌博, casino)."""
        key = ("topic", text)
        found = self._recent.get(key)
        if found is None:
            found = _resolve_overlaps(self._topic.find(text))
            if len(self._recent) >= 16:
                self._recent.pop(next(iter(self._recent)))
            self._recent[key] = found
        return list(found)

    def domain_family(self, host: str) -> Optional[str]:
        """Spam family of a link's host name (gambling, porn, escort, seo-tw, lottery-id) or None."""
        found = self._domain_match(host)
        return found[0] if found else None

    def domain_rule(self, host: str) -> Optional[str]:
        """Id of the lexicon entry that classifies ``host`` (for change-log rule ids)."""
        found = self._domain_match(host)
        return found[1] if found else None

    def _domain_match(self, host: str) -> Optional[tuple[str, str]]:
        host = (host or "").strip().lower().rstrip(".")
        host = host.split("@")[-1].split(":")[0]
        if host.startswith("www."):
            host = host[4:]
        if not host:
            return None
        hits = self._strong.find(host)
        if hits:
            return hits[0].family, hits[0].entry_id
        for entry_id, family, rx in self._domains:
            if rx.search(host):
                return family, entry_id
        return None

    def cues(self, name: str, lang: str) -> tuple[str, ...]:
        """Context word list ``name`` (governance_cues, place_suffixes, narrative_cues,
        policy_vocabulary) for ``lang``."""
        return tuple(self._context.get(name, {}).get(lang, ()))

    @property
    def title_separators(self) -> tuple[str, ...]:
        return tuple(self._context.get("title_separators", ()))


@functools.lru_cache(maxsize=4)
def load_spam_lexicon(data_dir: Optional[Path] = None) -> SpamLexicon:
    """Load and validate the lexicon (cached per directory)."""
    base = Path(data_dir) if data_dir else SPAM_DIR
    manifest = _read(base / "manifest.json")
    version = manifest.get("version")
    if not isinstance(version, str) or not version:
        raise LexiconError("spam manifest.json has no version")
    families = {f["id"]: f.get("description", "") for f in _read(base / "families.json")}
    entries = [*_brands(_read(base / "brands.json")), *_keywords(_read(base / "keywords.json"))]
    shapes = [_shape(p) for p in _read(base / "patterns.json")]
    domains = [_domain(d) for d in _read(base / "domains.json")]
    compositions = _compositions(base / "compositions.json")
    _validate(families, entries, shapes, domains, compositions)
    return SpamLexicon(version, families, entries, shapes, domains, _read(base / "context.json"),
                       compositions)


def _compositions(path: Path) -> list[Composition]:
    if not path.exists():
        return []
    try:
        return compile_compositions(_read(path), lambda terms: _trie_regex(terms))
    except CompositionError as exc:
        raise LexiconError(str(exc)) from exc


def _read(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"cannot read spam lexicon file {path.name}: {exc}") from exc


def _terms(raw: dict, field: str) -> tuple[str, ...]:
    terms = raw.get(field)
    if not terms or not all(isinstance(t, str) and t.strip() for t in terms):
        raise LexiconError(f"lexicon entry {raw.get('id')!r} needs a non-empty '{field}' list")
    return tuple(t.strip() for t in terms)


def _brands(rows: list[dict]) -> list[LexiconEntry]:
    return [LexiconEntry(r["id"], r["family"], "brand", r.get("strength", "strong"), _terms(r, "names"))
            for r in rows]


def _keywords(rows: list[dict]) -> list[LexiconEntry]:
    out = []
    for r in rows:
        bounded = r.get("match", "sub") == "word"
        terms = _terms(r, "terms")
        if r.get("scripts") == "both":
            terms = tuple(both_scripts(terms))
        out.append(LexiconEntry(r["id"], r["family"], r.get("role", "cta"), r.get("strength", "strong"),
                                terms, bounded))
    return out


def _compile(rx: str, where: str) -> re.Pattern:
    try:
        return re.compile(rx)
    except re.error as exc:
        raise LexiconError(f"bad regex in {where}: {exc}") from exc


def _shape(r: dict) -> ShapePattern:
    return ShapePattern(r["id"], r["family"], r.get("strength", "strong"), _compile(r["regex"], r["id"]))


def _domain(r: dict) -> tuple[str, str, re.Pattern]:
    return r["id"], r["family"], _compile(r["label_regex"], r["id"])


def _validate(families: dict, entries: list[LexiconEntry], shapes: list[ShapePattern],
              domains: list[tuple[str, str, re.Pattern]], compositions: list[Composition] = ()) -> None:
    ids = [e.id for e in entries] + [s.id for s in shapes] + [d[0] for d in domains] + [c.id for c in compositions]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise LexiconError(f"duplicate spam lexicon ids: {dupes}")
    for e in entries:
        if e.family not in families:
            raise LexiconError(f"entry {e.id} names unknown family {e.family!r}")
        if e.role not in ROLES or e.strength not in STRENGTHS:
            raise LexiconError(f"entry {e.id} has bad role/strength {e.role}/{e.strength}")
        if not e.id.startswith(e.family + "."):
            raise LexiconError(f"entry id {e.id} must start with its family {e.family}")
    for item_id, family in [(s.id, s.family) for s in shapes] + [(d[0], d[1]) for d in domains]:
        if family not in families:
            raise LexiconError(f"{item_id} names unknown family {family!r}")
    for c in compositions:
        if c.family not in families or not c.id.startswith(c.family + ".") or c.strength not in STRENGTHS:
            raise LexiconError(f"composition {c.id} has a bad family or strength")


@functools.lru_cache(maxsize=4)
def load_junk_rules(data_dir: Optional[Path] = None) -> dict:
    """Tag names and forum watermark patterns for the junk step, regexes compiled."""
    base = Path(data_dir) if data_dir else SPAM_DIR
    raw = _read(base / "junk.json")
    for field in ("html_tags", "block_tags", "bbcode_tags", "watermarks"):
        if not isinstance(raw.get(field), list) or not raw[field]:
            raise LexiconError(f"junk.json needs a non-empty '{field}' list")
    marks = [(w["id"], _compile(w["regex"], w["id"])) for w in raw["watermarks"]]
    return {**raw, "watermarks": marks}
