"""Which element of a page carries the article title, and which title the record gets.

The deepest element whose text is the page's stated title wins, else the longest heading
inside it, else a title-like element (heading, title-classed or bold-only block) just above
the article -- old government and news templates put only the site or section name in
<title> -- else the first <h1>. A logo heading never confirms the site piece of a <title>.
"""

from __future__ import annotations

import re

from bs4 import Tag

from .. import metadata as meta_lines
from .extract import is_title_like, negative_category, site_like_title
from .linearize import SKIP_TAGS, Linear
from .spamlex import SpamLexicon
from .title import clean_title, strip_forum_tag

HEADINGS = ["h1", "h2", "h3"]


def title_heading(
    body: Tag, lin: Linear, hidden: dict, meta: dict, lex: SpamLexicon, art_start: int
) -> tuple[Tag | None, bool]:
    """The page element that carries the article title: the deepest one whose text is the
    page's stated title, else the longest heading or title-classed element inside that title,
    else a title-like element just above the article (True: the page's <title> may name only the
    site), else the first <h1>."""
    split = clean_title(meta.get("html_title"), lex=lex)
    stated = [meta.get("title"), split.title, meta.get("html_title")]
    wants = [w for w in dict.fromkeys(_norm(s) for s in stated if s) if w]
    site = _norm(split.site or "") if split.title else ""  # a logo heading holds the site piece, not the title
    exact, partial, fallback = None, None, None
    for tag in body.find_all(True):
        if id(tag) in hidden or tag.name in SKIP_TAGS:
            continue
        sp = lin.span(tag)
        if not sp or sp[1] - sp[0] > 400:
            continue
        clean = _norm(lin.text[sp[0] : sp[1]])
        if not 4 <= len(clean) <= 200:
            continue
        if clean in wants:
            exact = tag  # find_all is in document order: the last hit is the deepest
            continue
        is_heading = tag.name in HEADINGS or "title" in " ".join(tag.get("class") or []).lower()
        if site and clean == site:
            continue
        if is_heading and any(clean in w or w in clean for w in wants):
            if partial is None or len(clean) > len(_norm(lin.node_text(partial))):
                partial = tag
        if is_heading and fallback is None and tag.name == "h1":
            fallback = tag
    if exact or partial:
        return exact or partial, False
    near = _near_heading(body, lin, hidden, art_start, site)
    if near is not None and (fallback is None or lin.span(fallback)[0] <= lin.span(near)[0]):
        return near, True
    return fallback, False


NEAR_LINES = 3  # lines (byline, share row) between a title-like element and the article


def _near_heading(body: Tag, lin: Linear, hidden: dict, art_start: int, site: str = "") -> Tag | None:
    """The last heading, title-classed or bold-only block shortly above the article's first paragraph."""
    text_all = lin.text
    firsts = [a for a, b in line_spans(text_all, art_start, len(text_all))[:8] if meta_lines.is_body_line(text_all[a:b])]
    art_start = firsts[0] if firsts else art_start
    best = None
    for tag in body.find_all(True):
        sp = lin.span(tag)
        if not sp or id(tag) in hidden or tag.name in SKIP_TAGS:
            continue
        if sp[0] >= art_start:
            break
        text = lin.text[sp[0] : sp[1]].strip()
        if sp[1] > art_start or not _title_sized(text) or not _title_shaped(tag, text):
            continue
        if (site and _norm(text) == site) or site_like_title(text):  # a logo
            continue
        chrome = [a for a in [tag, *tag.parents] if isinstance(a, Tag) and negative_category(a)]
        if any(negative_category(a) != "dom.header" for a in chrome) or meta_lines.parse_byline(text, head=True):
            continue
        best = tag
    if best is None or len(line_spans(lin.text, lin.span(best)[1], art_start)) > NEAR_LINES:
        return None
    return best


def _title_sized(text: str) -> bool:
    if "\n" in text or re.search(r"[。！？；]$|[^.]\.$", text):
        return False
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    return 6 <= cjk <= 60 if cjk else 3 <= len(text.split()) <= 30


def _title_shaped(tag: Tag, text: str) -> bool:
    if tag.name in ("h1", "h2", "h3", "h4") or is_title_like(tag):
        return True
    parent = tag.parent
    return tag.name in ("strong", "b") and parent is not None and _norm(parent.get_text()) == _norm(text)


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s).lower()


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            out.append((pos, stop))
        pos = stop + 1
    return out


def names_site_or_section(chosen: str, heading_text: str) -> bool:
    """A <title> that is a site name, or a section name much shorter than the heading (新闻中心, Newsroom)."""
    cjk = len(re.findall(r"[\u4e00-\u9fff]", chosen))
    short = cjk <= 6 if cjk else len(chosen.split()) <= 2
    return site_like_title(chosen) or (short and len(_norm(chosen)) * 2 <= len(_norm(heading_text)))


def pick_title(heading_text: str | None, chosen: str | None) -> str | None:
    heading_text = strip_forum_tag(heading_text) if heading_text else heading_text
    if not heading_text or not chosen:
        return heading_text or chosen
    h, c = re.sub(r"\s+", "", heading_text).lower(), re.sub(r"\s+", "", chosen).lower()
    if c in h or h in c:
        return heading_text if len(h) >= len(c) else chosen
    return chosen
