"""Which part of a page is the article: generic scoring, optional per-site rules.

Every element gets text statistics (characters, link characters, sentence
punctuation). Paragraph-like elements vote for their ancestors (readability
style); a container's score is its votes, discounted by its link density and
shifted by class/id hints kept as data (``pipeline/data/sites/hints.json``).
Per-site rules (``rules.json``) can name the content container outright.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from itertools import islice

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from ...settings import DATA_DIR
from .linearize import BLOCK_TAGS, CELL_TAGS, SKIP_TAGS, is_data_cell

_PUNCT = re.compile(r"[，。；：、！？,;:!?]|\.(?=\s|$)")
_NONSPACE = re.compile(r"\S")
_SPLIT = re.compile(r"[^a-z0-9]+")
MIN_PARAGRAPH = 25
_PARAGRAPH_TAGS = frozenset("p li h1 h2 h3 h4 h5 h6 pre blockquote dd dt".split())


@dataclass
class Stats:
    chars: int = 0
    link_chars: int = 0
    punct: int = 0
    links: int = 0
    inline_chars: int = 0  # text on the element's own lines (not inside block children)
    inline_punct: int = 0
    inline_link_chars: int = 0

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


@functools.lru_cache(maxsize=1)
def hints() -> dict:
    return json.loads((DATA_DIR / "sites" / "hints.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def site_rules() -> list[dict]:
    return json.loads((DATA_DIR / "sites" / "rules.json").read_text(encoding="utf-8"))


def _tokens(tag: Tag) -> list[str]:
    names = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")]).lower()
    return [t for t in _SPLIT.split(names) if t]


def _matches(tokens: list[str], spec: dict) -> bool:
    joined = " ".join(tokens)
    return any(h in joined for h in spec.get("contains", [])) or any(t in spec.get("token", []) for t in tokens)


def negative_category(tag: Tag) -> str | None:
    """The ``dom.*`` rule a tag's name, class or id marks it as, if any."""
    landmark = hints()["landmark_tags"].get(tag.name)
    if landmark:
        return landmark
    tokens = _tokens(tag)
    if not tokens:
        return None
    for rule, spec in hints()["negative"].items():
        if _matches(tokens, spec):
            return rule
    return None


def is_positive(tag: Tag) -> bool:
    tokens = _tokens(tag)
    return bool(tokens) and _matches(tokens, hints()["positive"])


def is_title_like(tag: Tag) -> bool:
    """Class or id marks the element as the one holding the article title."""
    tokens = _tokens(tag)
    return bool(tokens) and _matches(tokens, hints().get("title_like", {}))


def is_byline_marked(tag: Tag) -> bool:
    """Markup names the element as the article's byline: a byline/author/time class, <time>, rel=author."""
    spec = hints().get("byline_marks", {})
    if tag.name in spec.get("tags", []) or tag.get("itemprop") in spec.get("itemprop", []):
        return True
    if any(r in spec.get("rel", []) for r in (tag.get("rel") or [])):
        return True
    tokens = _tokens(tag)
    return bool(tokens) and _matches(tokens, spec)


def site_like_title(title: str) -> bool:
    """A <title> naming only a site or one of its sections (``清河县人民政府门户网站``, ``新闻中心``)."""
    t = title.strip().lower()
    return any(t.endswith(w.lower()) for w in hints().get("site_name_endings", {}).get("words", []))


def compute_stats(root: Tag, hidden: set[int]) -> dict[int, Stats]:
    """Text statistics of every element under ``root``; hidden elements count for nothing."""
    stats: dict[int, Stats] = {}
    _stats(root, hidden, stats, in_link=False)
    return stats


def _stats(tag: Tag, hidden: set[int], stats: dict[int, Stats], in_link: bool) -> Stats:
    st = Stats()
    in_link = in_link or tag.name == "a"
    for child in tag.children:
        if isinstance(child, NavigableString):
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            n = len(_NONSPACE.findall(child))
            p = len(_PUNCT.findall(child))
            st.chars += n
            st.inline_chars += n
            st.punct += p
            st.inline_punct += p
            if in_link:
                st.link_chars += n
                st.inline_link_chars += n
            continue
        if not isinstance(child, Tag) or child.name in SKIP_TAGS or id(child) in hidden:
            continue
        sub = _stats(child, hidden, stats, in_link)
        st.chars += sub.chars
        st.link_chars += sub.link_chars
        st.punct += sub.punct
        st.links += sub.links + (child.name == "a")
        if not _is_block(child):
            st.inline_chars += sub.inline_chars
            st.inline_punct += sub.inline_punct
            st.inline_link_chars += sub.inline_link_chars
    stats[id(tag)] = st
    return st


def _is_block(tag: Tag) -> bool:
    return tag.name in BLOCK_TAGS or (tag.name in CELL_TAGS and not is_data_cell(tag))


def paragraph_score(st: Stats) -> float:
    if st.inline_chars < MIN_PARAGRAPH:
        return 0.0
    link_share = st.inline_link_chars / st.inline_chars
    return (1 + st.inline_punct + min(st.inline_chars / 100, 3)) * (1 - link_share)


def score_containers(root: Tag, stats: dict[int, Stats]) -> dict[int, float]:
    votes: dict[int, float] = {}
    tags: dict[int, Tag] = {}
    for tag in root.find_all(True):
        st = stats.get(id(tag))
        if st is None:
            continue
        s = paragraph_score(st)
        if not s:
            continue
        # The paragraph's own element can be the container (a div holding text and <br>s).
        for level, anc in enumerate([tag, *islice(tag.parents, 3)]):
            if anc is None or anc.name in ("[document]", "html"):
                break
            share = (0.0 if tag.name in _PARAGRAPH_TAGS else 1.0) if level == 0 else 1 / level
            votes[id(anc)] = votes.get(id(anc), 0.0) + s * share
            tags[id(anc)] = anc
    scores = {}
    for key, v in votes.items():
        tag = tags[key]
        weight = (25 if is_positive(tag) else 0) - (25 if negative_category(tag) else 0)
        scores[key] = v * (1 - stats[key].link_density) + weight
    return scores


def best_container(root: Tag, stats: dict[int, Stats]) -> list[Tag]:
    """The article container(s): the best-scored element plus content-like siblings."""
    scores = score_containers(root, stats)
    if not scores:
        return [root]
    by_id = {id(root): root, **{id(t): t for t in root.find_all(True)}}
    order = {k: i for i, k in enumerate(by_id)}
    # On a tie the deeper element wins: its parent adds nothing but chrome.
    best_id = max(scores, key=lambda k: (round(scores[k], 6), order.get(k, 0)))
    best = by_id.get(best_id, root)
    picked = [best]
    parent = best.parent
    if parent is None or best is root:
        return picked
    limit = max(10.0, 0.2 * scores[best_id])
    for sib in parent.find_all(True, recursive=False):
        if sib is best or id(sib) not in stats:
            continue
        st = stats[id(sib)]
        content_like = scores.get(id(sib), 0) >= limit or (st.chars >= 80 and st.punct >= 2)
        if content_like and st.link_density < 0.3 and not negative_category(sib):
            picked.append(sib)
    return picked


def site_containers(soup: BeautifulSoup) -> tuple[str, list[Tag], list[Tag]] | None:
    """(rule id, content containers, elements to drop) from the first per-site rule that matches."""
    for rule in site_rules():
        if soup.select_one(rule["match"]) is None:
            continue
        content = [t for sel in rule.get("content", []) for t in soup.select(sel)]
        if not content:
            continue
        drop = [t for sel in rule.get("drop", []) for t in soup.select(sel)]
        return rule["id"], content, drop
    return None
