"""Titles: the article title out of a <title> stuffed with keywords and site names.

Hacked pages put keyword strings in front of or behind the title
(``成人视频,AV在线_东西部协作…_网站名``) and brands glued on with a dash. The
title is split at its separators; a piece is spam when the lexicon knows it or
when it is a list of short keywords; the site name is the trailing piece; the
title is what the page's own heading confirms, else the longest piece left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .extract import site_like_title
from .spamlex import SpamLexicon, default_lexicon, text_families

_SEPARATORS = re.compile(r"\s*(?:[_|｜丨]+|\s[-–—]+\s|--+|——|-(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])-)\s*")
_KEYWORD_LIST = re.compile(r"^[^,，、\s]{1,8}(?:\s*[,，、]\s*[^,，、\s]{1,8}){2,}$")


@dataclass
class CleanTitle:
    title: str | None
    removed: list[str] = field(default_factory=list)  # spam pieces, in title order
    site: str | None = None


_CJK = re.compile(r"[\u3400-\u9fff]")
# Thread tags a forum puts before a copied title: [转帖] 【原创】 Re: 回复：
_FORUM_TAG = re.compile(
    r"^(?:\s*(?:[\[【〔(（]\s*(?:转帖|轉帖|转载|轉載|转|轉|原创|原創|分享|讨论|討論|求助|推荐|推薦|精华|精華|置顶|置頂|图文|圖文|视频|視頻"
    r"|新闻|新聞|资讯|資訊|Repost|Reposted|Share|Original|Pinned|Sticky)\s*[\]】〕)）]|(?:Re|RE|Fwd|FW|Fw)\s*:|回复\s*[:：]|回復\s*[:：]"
    r"|转\s*[:：]|轉\s*[:：]))+\s*")
_LATIN = re.compile(r"[A-Za-z]")


def _script(text: str) -> str:
    return "zh" if _CJK.search(text) and not _LATIN.search(text) else "en" if not _CJK.search(text) else "mixed"


def script_tail(piece: str) -> tuple[str, str | None]:
    """``English title,关键词一,关键词二`` -> (title, keyword tail): short comma-joined items in the other
    script than the title are stuffing glued on with a comma, whatever their words."""
    text = piece.strip()
    commas = list(re.finditer(r"\s*[,，]\s*", text))
    for k, comma in enumerate(commas):
        main, tail = text[: comma.start()], text[comma.end():]
        head_script = _script(main)
        if head_script == "mixed" or len(main) < 8:
            continue
        items = [t for t in re.split(r"\s*[,，]\s*", tail)]
        if all(3 <= len(t) <= 16 and _script(t) not in (head_script, "mixed") for t in items):
            return main, tail
    return piece, None


def strip_forum_tag(title: str) -> str:
    """``[转帖] Title``, ``Re: Title`` -> ``Title``."""
    return _FORUM_TAG.sub("", title).strip() or title


def is_spam_piece(piece: str, lex: SpamLexicon) -> bool:
    return bool(text_families(lex, piece)) or bool(_KEYWORD_LIST.match(piece.strip()))


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s).lower()


def clean_title(raw: str | None, heading: str | None = None, site: str | None = None,
                lex: SpamLexicon | None = None, expect_site: bool = True) -> CleanTitle:
    """``expect_site``: the string is a page <title> (a trailing piece names the site);
    a plain-text first line has no site piece and keeps its separators unless spam was cut."""
    if not raw or not raw.strip():
        return CleanTitle(None)
    lex = lex or default_lexicon()
    raw = re.sub(r"\s+", " ", raw).strip()
    raw = strip_forum_tag(raw)
    pieces, tails = [], []
    for p in _SEPARATORS.split(raw):
        main, tail = script_tail(p) if p.strip() else (p, None)
        pieces += [x for x in (main, tail) if x and x.strip()]
        tails += [tail] if tail else []
    removed = [p for p in pieces if p in tails or is_spam_piece(p, lex)]
    rest = [p for p in pieces if p not in removed]
    if not expect_site:
        return CleanTitle(max(rest, key=len).strip() if removed and rest else (raw if not removed else None), removed)
    found_site = None
    if heading:
        head = _norm(heading)
        confirmed = [p for p in rest if head and (_norm(p) in head or head in _norm(p))]
        if confirmed == rest[-1:] and len(rest) >= 2 and site_like_title(heading):
            confirmed = []  # a logo heading (清河县人民政府网) confirms only the site piece, not the title
        if confirmed:
            title = max(confirmed, key=len)
            after = rest[rest.index(title) + 1 :]
            return CleanTitle(title.strip(), removed, after[-1].strip() if after else None)
    if site and rest and _norm(rest[-1]) == _norm(site):
        found_site = rest.pop().strip()
    elif len(rest) >= 2 and len(rest[-1]) < len(max(rest, key=len)):
        found_site = rest.pop().strip()
    if not rest:
        return CleanTitle(None, removed, found_site)
    title = max(rest, key=len).strip()
    return CleanTitle(title, removed, found_site)


def spam_pieces_in(text: str, lex: SpamLexicon | None = None) -> list[tuple[int, int]]:
    """Spans of stuffed pieces (with their separator) inside a heading's text."""
    lex = lex or default_lexicon()
    spans: list[tuple[int, int]] = []
    pos = 0
    parts = _SEPARATORS.split(text)
    seps = _SEPARATORS.findall(text)
    for i, part in enumerate(parts):
        start, end = pos, pos + len(part)
        pos = end + (len(seps[i]) if i < len(seps) else 0)
        if part.strip() and is_spam_piece(part, lex) and len(parts) > 1:
            sep_end = pos if i < len(seps) else end
            sep_start = start if i < len(seps) else start - len(seps[i - 1])
            spans.append((sep_start, sep_end))
    return spans
