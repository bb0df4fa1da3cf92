"""HTML page -> linear page text, with every DOM-level removal as an edit.

``source_text`` is the whole page body as lines (hidden elements included), so
that every removal is a change a reviewer can see: navigation, sidebars,
related lists, share widgets, comment boxes and footers (kind ``boilerplate``,
rules ``dom.*``), bylines and document-information tables (kind ``metadata``),
and DOM-level spam (kind ``spam``): hidden elements, links to spam domains and
link blocks, injected elements repeating one random id, keywords stuffed into
the title heading. The article is found by generic scoring
(:mod:`.dom.extract`), with optional per-site rules kept as data.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import Any

from bs4 import NavigableString, Tag

from ..changes import Edit
from . import metadata as byline
from .dom import extract, head, heading as headings, hidden, title
from .dom.heading import line_spans as _line_spans
from .dom.linearize import BLOCK_TAGS, SKIP_TAGS, Linear, linearize, parse
from .dom.paint import Canvas, Label
from .dom.spamlex import SpamLexicon, default_lexicon, link_family, text_families

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])", re.I)
# Inside the article only these marked blocks go; a header or footer of the article itself may hold its byline.
_INSIDE_DROP = {"dom.nav", "dom.breadcrumb", "dom.share", "dom.comment", "dom.related", "dom.ad", "dom.pager",
                "dom.friend-links", "dom.login", "dom.form", "dom.forum"}
OUTSIDE = Label("boilerplate", "dom.low-text-density", 0.8)
AFTER_ARTICLE_LINES = 4
_TODAY = re.compile(r"^\s*(?:今天是|今日|Today is|Today)\s*[:：,]?\s*", re.I)


@dataclass
class Page:
    source_text: str
    edits: list[Edit] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


def looks_like_html(media_type: str, text: str) -> bool:
    if "html" in (media_type or ""):
        return True
    return bool(_HTML_START.match(text[:1000]))


@dataclass
class _Doc:
    """Everything the removal passes share about one page."""

    lin: Linear
    canvas: Canvas
    stats: dict
    hidden: dict[int, str]
    lex: SpamLexicon
    meta: dict
    body: Tag | None = None
    byline_spans: list[tuple[int, int]] | None = None


DEEP_TREES = 100_000


def extract_page(html_text: str, lex: SpamLexicon | None = None) -> Page:
    # Hacked pages nest thousands of unclosed tags and the DOM walks recurse once per level.
    # The limit is only ever raised: restoring it could cut short a walk in another thread.
    if sys.getrecursionlimit() < DEEP_TREES:
        sys.setrecursionlimit(DEEP_TREES)
    return _extract(html_text, lex)


def _extract(html_text: str, lex: SpamLexicon | None) -> Page:
    soup = parse(html_text)
    body = soup.body or soup
    lin = linearize(body)
    hidden_tags = hidden.find_hidden(body, soup)
    stats = extract.compute_stats(body, {id(t) for t, _ in hidden_tags})
    doc = _Doc(lin, Canvas(lin.text), stats, {id(t): r for t, r in hidden_tags}, lex or default_lexicon(),
               head.head_metadata(soup), body)
    site = extract.site_containers(soup)
    containers = site[1] if site else extract.best_container(body, stats)
    content = [s for s in (lin.span(c) for c in containers) if s]
    kept = list(content)
    heading, near = headings.title_heading(body, doc.lin, doc.hidden, doc.meta, doc.lex,
                                           min((a for a, _ in content), default=0))
    if heading is not None and lin.span(heading) and not _inside(lin.span(heading), kept):
        kept.append(lin.span(heading))
    _paint_outside(body, doc, sorted(kept), OUTSIDE)
    if site:
        doc.meta["site_rule"] = site[0]
        for tag in site[2]:
            _paint_tag(doc, tag, Label("boilerplate", f"{site[0]}.drop", 0.95))
    for container in containers:
        _paint_inside(container, doc, stats.get(id(container)), heading)
    _paint_bylines(doc, content, heading)
    _paint_link_spam(body, doc)
    _paint_hidden(hidden_tags, doc, kept)
    _paint_repeated_ids(body, doc)
    _finish_title(doc, heading, near)
    return Page(source_text=lin.text, edits=doc.canvas.edits(), metadata=_page_metadata(doc.meta))


def _inside(span: tuple[int, int], kept: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in kept)


def _overlaps(span: tuple[int, int], kept: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in kept)


def _paint_tag(doc: _Doc, tag: Tag, label: Label) -> None:
    sp = doc.lin.span(tag)
    if sp:
        doc.canvas.paint(sp[0], sp[1], label)


def _classify(tag: Tag, doc: _Doc, inherited: Label) -> Label:
    cat = extract.negative_category(tag)
    if cat:
        return Label("boilerplate", cat, 0.9)
    st = doc.stats.get(id(tag))
    if inherited is OUTSIDE and st and tag.name in BLOCK_TAGS and st.links >= 2 and st.link_density >= 0.5:
        return Label("boilerplate", "dom.link-block", 0.85)
    return inherited


def _paint_outside(tag: Tag, doc: _Doc, kept: list[tuple[int, int]], label: Label) -> None:
    """Everything outside the kept spans, labelled by the most specific region it sits in."""
    for child in tag.children:
        if isinstance(child, Tag) and child.name in SKIP_TAGS:
            continue
        sp = doc.lin.span(child)
        if not sp or sp[0] == sp[1] or _inside(sp, kept):
            continue
        if isinstance(child, NavigableString):
            fams = text_families(doc.lex, doc.lin.text[sp[0] : sp[1]])
            doc.canvas.paint(sp[0], sp[1], Label("spam", f"dom.spam-text.{fams[0]}", 0.95) if fams else label)
        elif isinstance(child, Tag):
            _paint_outside(child, doc, kept, _classify(child, doc, label))


def _paint_inside(tag: Tag, doc: _Doc, total, heading: Tag | None = None) -> None:
    """Marked chrome and link lists inside the article container."""
    total_chars = max(total.chars if total else 0, 1)
    for child in tag.find_all(True, recursive=False):
        if id(child) in doc.hidden or child.name in SKIP_TAGS:
            continue
        st = doc.stats.get(id(child))
        if st is None:
            continue
        cat = extract.negative_category(child)
        small = st.chars < 0.3 * total_chars
        data_table = child.name == "table" and st.links == 0
        bare = cat not in ("dom.footer", "dom.forum") or _bare_footer(child, doc, st, cat == "dom.forum")
        if (cat in _INSIDE_DROP or cat == "dom.footer") and bare and small and not data_table:
            _paint_tag(doc, child, Label("boilerplate", cat, 0.9))
        elif cat == "dom.header" and small and _masthead(child, doc, st, heading):
            _paint_tag(doc, child, Label("boilerplate", cat, 0.9))
        elif child.name in BLOCK_TAGS and st.links >= 2 and st.link_density >= 0.6 and small:
            _paint_tag(doc, child, Label("boilerplate", "dom.link-block", 0.85))
        else:
            _paint_inside(child, doc, total, heading)


def _masthead(tag: Tag, doc: _Doc, st, heading: Tag | None) -> bool:
    """A header-marked block above the title heading (site name, account and menu links) when the page
    has no other container: no title, no byline, no date, no sentence of the article."""
    sp, hsp = doc.lin.span(tag), doc.lin.span(heading) if heading is not None else None
    if not sp or not hsp or sp[1] > hsp[0] or any(p is tag for p in heading.parents):
        return False
    lines = [ln for ln in doc.lin.text[sp[0] : sp[1]].splitlines() if ln.strip()]
    if st.punct > 3 or not lines or any(byline.is_body_line(ln) for ln in lines):
        return False
    # Today's date in a masthead ("Tuesday, 5 March 2024") dates the visit, not the article.
    return not any(byline.parse_byline(ln, head=True) for ln in lines if not byline.is_date_only(_TODAY.sub("", ln)))


def _bare_footer(tag: Tag, doc: _Doc, st, dated_ok: bool = False) -> bool:
    """A footer-classed (or forum post chrome) block inside the article that holds no byline (editor,
    source) and no prose; a footer with a date may be the article's signing block (a post header is dated)."""
    sp = doc.lin.span(tag)
    if not sp or st.punct > 3:
        return False
    text = doc.lin.text[sp[0] : sp[1]]
    if not dated_ok and byline.find_date(text):
        return False
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return bool(lines) and not any(byline.parse_byline(ln, head=True) for ln in lines)


def _paint_bylines(doc: _Doc, kept: list[tuple[int, int]], heading: Tag | None) -> None:
    """Byline and document-information lines around the article move into metadata."""
    text = doc.canvas.text
    if not kept:
        return
    art_start = min(a for a, _ in kept)
    art_end = max(b for _, b in kept)
    head_end = doc.lin.span(heading)[1] if heading is not None and doc.lin.span(heading) else art_start
    after = _line_spans(text, art_end, len(text))[:AFTER_ARTICLE_LINES]
    candidates = [(s, e, s >= head_end) for s, e in _line_spans(text, 0, art_start)]
    candidates += [(s, e, False) for s, e in after]
    inner = _line_spans(text, art_start, art_end)[:byline.HEAD_LINES]
    candidates += [(s, e, True) for s, e in inner if doc.canvas.is_kept(s, e)]
    seen = 0  # lines under the title so far: only the first few may be an unlabelled "names, date" line
    body_seen = False
    for k, (s, e, under_title) in enumerate(candidates):
        if under_title and _names_line(text[s:e], doc.meta.get("authors")):
            dated = byline.find_date(text[s:e])  # "Li Ming | May 3, 2023": the date on it dates the page
            if dated:
                byline.merge_fields(doc.meta, {"published": dated[0]})
            doc.canvas.paint(s, e, Label("metadata", "metadata.author-line", 0.9))
            continue
        below = under_title and s >= head_end
        loose = below and not body_seen and seen < byline.LOOSE_LINES
        seen += below
        by = byline.parse_byline(text[s:e], head=under_title and not body_seen, loose=loose)
        if by is None and loose:  # "Li Ming" with a bare date on the line above or below
            near = [text[a:b] for a, b, under in candidates[max(k - 1, 0) : k] + candidates[k + 1 : k + 2] if under]
            by = byline.names_beside_date(text[s:e], near)
        if by is None or not (by.strong or under_title):
            body_seen = body_seen or (below and byline.is_body_line(text[s:e]))
            if under_title and e <= art_start and _lead_sentence(doc, s, e):
                doc.canvas.paint(s, e, None)  # a subtitle or lead between the title and the body
            continue
        byline.merge_fields(doc.meta, by.fields)
        if by.keep_line and not (under_title and _marked_byline(doc, s, e)):
            continue  # unlabelled and unmarked: it may be the article's own dateline
        doc.canvas.paint(s, e, Label("metadata", "metadata.byline", 0.95 if by.strong else 0.85))


def _marked_byline(doc: _Doc, s: int, e: int) -> bool:
    """The line is (or holds) an element the page's markup names as its byline."""
    if doc.byline_spans is None:
        doc.byline_spans = [sp for t in doc.body.find_all(True) if extract.is_byline_marked(t)
                            for sp in [doc.lin.span(t)] if sp and sp[0] < sp[1]]
    return any(a < e and s < b and b - a <= (e - s) + 2 for a, b in doc.byline_spans)


def _names_line(line: str, authors: list[str] | None) -> bool:
    """A line under the title that only lists the authors the page's meta tags name."""
    if not authors:
        return False
    key = lambda n: "".join(sorted(re.sub(r"[\W_]+", "", n).lower()))  # noqa: E731 - order-free name key
    names = byline.split_names(line)
    return bool(names) and sorted(map(key, names)) == sorted(map(key, authors))


def _paint_link_spam(body: Tag, doc: _Doc) -> None:
    """Links to spam domains, one by one, and blocks made mostly of them, as one change each."""
    spam_links: dict[int, str] = {}
    for a in body.find_all("a"):
        fam = link_family(doc.lex, a.get("href"), doc.lin.node_text(a))
        if fam:
            spam_links[id(a)] = fam
    if not spam_links:
        return
    done: list[tuple[int, int]] = []
    for block in _link_block_candidates(body, spam_links):
        sp = doc.lin.span(block)
        anchors = block.find_all("a")
        if not sp or len(anchors) < 2 or _inside(sp, done):
            continue
        fams = [spam_links[id(a)] for a in anchors if id(a) in spam_links]
        st = doc.stats.get(id(block))
        link_heavy = st is None or st.chars == 0 or st.link_density >= 0.5
        if len(fams) * 2 >= len(anchors) and link_heavy:
            doc.canvas.paint(sp[0], sp[1], Label("spam", f"dom.spam-link-block.{max(fams, key=fams.count)}"))
            done.append(sp)
    for a in body.find_all("a"):
        sp = doc.lin.span(a)
        if id(a) in spam_links and sp and not _inside(sp, done):
            # A spam host behind words that name no spam may be the article's own words: less sure.
            sure = bool(text_families(doc.lex, doc.lin.node_text(a)))
            doc.canvas.paint(sp[0], sp[1], Label("spam", f"dom.spam-link.{spam_links[id(a)]}", 1.0 if sure else 0.6))


def _lead_sentence(doc: _Doc, s: int, e: int) -> bool:
    """Prose under the title that no class or link marked as chrome."""
    labels = {doc.canvas.labels[i] for i in range(s, e)}
    line = doc.canvas.text[s:e]
    prose = len(line.strip()) >= 20 and len(re.findall(r"[，。；！？,.;!?]", line)) >= 2
    return prose and labels <= {OUTSIDE, None}


def _link_block_candidates(body: Tag, spam_links: dict[int, str]) -> list[Tag]:
    """Block ancestors of spam links, outermost first (document order)."""
    seen: dict[int, Tag] = {}
    for a in body.find_all("a"):
        if id(a) not in spam_links:
            continue
        for anc in a.parents:
            if anc is body or anc.name in ("html", "[document]"):
                break
            if anc.name in BLOCK_TAGS or anc.name in ("td", "span", "font"):
                seen.setdefault(id(anc), anc)
    order = {id(t): i for i, t in enumerate(body.find_all(True))}
    return sorted(seen.values(), key=lambda t: order.get(id(t), 0))


def _paint_hidden(hidden_tags: list[tuple[Tag, str]], doc: _Doc, kept: list[tuple[int, int]]) -> None:
    """Hidden text is spam when it sits in the article, links out or names spam; else hidden chrome."""
    for tag, rule in hidden_tags:
        sp = doc.lin.span(tag)
        if not sp or sp[0] == sp[1]:
            continue
        text = doc.lin.text[sp[0] : sp[1]]
        links_out = any((a.get("href") or "").startswith(("http", "//")) for a in tag.find_all("a"))
        spammy = _overlaps(sp, kept) or links_out or bool(text_families(doc.lex, text))
        doc.canvas.paint(sp[0], sp[1], Label("spam" if spammy else "boilerplate", rule, 0.95))


def _paint_repeated_ids(body: Tag, doc: _Doc) -> None:
    marks = hidden.repeated_random_ids(body)
    if marks:
        doc.meta["injection_markers"] = [f"repeated-id:{i}" for i in marks]
    for tags in marks.values():
        for tag in tags:
            _paint_tag(doc, tag, Label("spam", "dom.repeated-random-id", 0.9))


def _finish_title(doc: _Doc, heading: Tag | None, near: bool = False) -> None:
    """The record title, cleaned of stuffed keywords; stuffing in the heading itself is spam."""
    heading_text = None
    if heading is not None and doc.lin.span(heading):
        start, _ = doc.lin.span(heading)
        raw = doc.lin.node_text(heading)
        for a, b in title.spam_pieces_in(raw, doc.lex):
            doc.canvas.paint(start + a, start + b, Label("spam", "dom.title-stuffing", 0.9))
        heading_text = "".join(ch for i, ch in enumerate(raw) if doc.canvas.labels[start + i] is None).strip()
    removed: list[str] = []
    chosen = None
    for key in ("title", "html_title"):
        if doc.meta.get(key):
            ct = title.clean_title(doc.meta[key], heading_text, doc.meta.get("site"), doc.lex)
            removed += [r for r in ct.removed if r not in removed]
            if ct.site and not doc.meta.get("site"):
                doc.meta["site"] = ct.site
            chosen = chosen or ct.title
    if near and heading_text and chosen and headings.names_site_or_section(chosen, heading_text):
        chosen = None  # the <title> names the site or section; the element above the article holds the title
    doc.meta["title"] = headings.pick_title(heading_text, chosen)
    if removed:
        doc.meta["title_removed"] = removed


def _page_metadata(meta: dict) -> dict:
    return {k: v for k, v in sorted(meta.items()) if v not in (None, "", [])}
