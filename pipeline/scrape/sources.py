"""Where URLs come from: listing pages (a link pattern plus pagination) and
sitemaps (urlset and sitemap index, plain or gzipped).

Listing pages and sitemaps are fetched like documents (robots, limits, the
raw/ store and conditional GET all apply) but are not documents themselves:
they are stored with ``role`` ``listing`` or ``sitemap`` in the manifest.
"""

from __future__ import annotations

import gzip
import io
import re
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urljoin, urlsplit

from lxml import etree, html as lxml_html

from ..records import QuarantineRecord, RawDocument
from .config import SITEMAP_TYPES
from .urls import BadURL, canonicalize

NEXT_TEXT = re.compile(r"^\s*(下一页|下页|下一頁|后页|next|next\s*page|older(\s+posts)?|›|»|>|>>)\s*$", re.I)
MAX_SITEMAP_DEPTH = 3
MAX_SITEMAP_URLS = 50_000
MAX_SITEMAP_BYTES = 50 * 1024 * 1024


@dataclass
class Discovery:
    urls: list[str] = field(default_factory=list)  # document URLs, canonical, first-seen order
    quarantined: list[QuarantineRecord] = field(default_factory=list)
    pages: int = 0  # listing pages or sitemaps read

    def add(self, url: str) -> None:
        if url not in self._seen:
            self._seen.add(url)
            self.urls.append(url)

    def __post_init__(self) -> None:
        self._seen: set[str] = set(self.urls)


def is_sitemap_url(url: str) -> bool:
    path = urlsplit(url).path.lower()
    name = path.rsplit("/", 1)[-1]
    return name.endswith((".xml", ".xml.gz")) and "sitemap" in name


# -- listing pages -------------------------------------------------------------
def crawl_listing(fetcher, start: str, follow: str, max_pages: int, next_pattern: Optional[str] = None) -> Discovery:
    """Follow pagination from ``start`` for up to ``max_pages`` pages, collecting links matching ``follow``."""
    found = Discovery()
    follow_re = re.compile(follow)
    next_re = re.compile(next_pattern) if next_pattern else None
    seen_pages: set[str] = set()
    page: Optional[str] = start
    while page and found.pages < max_pages:
        try:
            page = canonicalize(page)
        except BadURL as exc:
            found.quarantined.append(QuarantineRecord(source=page, stage="read", reason=f"listing: {exc}"))
            break
        if page in seen_pages:
            break
        seen_pages.add(page)
        item = fetcher.fetch(page, role="listing")
        found.pages += 1
        if isinstance(item, QuarantineRecord):
            found.quarantined.append(item)
            break
        base = item.fetch.get("final_url") or page
        links = extract_links(item)
        for href, _text, _rel in links:
            absolute = _absolute(base, href)
            if absolute and follow_re.search(absolute) and absolute not in seen_pages:
                found.add(absolute)
        page = next_page(links, base, next_re)
    return found


def extract_links(doc: RawDocument) -> list[tuple[str, str, str]]:
    """(href, anchor text, rel) of every <a>/<link> with an href, in document order."""
    from ..clean.encoding import decode_document

    text = decode_document(doc).text
    if not text.strip():
        return []
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    links = []
    for el in root.iter("a", "link"):
        href = (el.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:", "mailto:")):
            links.append((href, " ".join(el.text_content().split()) if el.tag == "a" else "", (el.get("rel") or "").lower()))
    return links


def next_page(links: list[tuple[str, str, str]], base: str, next_re: Optional[re.Pattern] = None) -> Optional[str]:
    for href, text, rel in links:
        if next_re is not None:
            hit = next_re.search(href) or next_re.search(text)
        else:
            hit = "next" in rel.split() or NEXT_TEXT.match(text)
        if hit:
            return _absolute(base, href)
    return None


def _absolute(base: str, href: str) -> Optional[str]:
    try:
        return canonicalize(urljoin(base, href))
    except BadURL:
        return None


# -- sitemaps --------------------------------------------------------------------
def expand_sitemap(fetcher, url: str, depth: int = 0, found: Optional[Discovery] = None) -> Discovery:
    """Document URLs listed by a sitemap or (recursively) a sitemap index."""
    found = found if found is not None else Discovery()
    item = fetcher.fetch(url, role="sitemap", accept=SITEMAP_TYPES)
    found.pages += 1
    if isinstance(item, QuarantineRecord):
        found.quarantined.append(item)
        return found
    try:
        kind, locs = parse_sitemap(item.content)
    except ValueError as exc:
        found.quarantined.append(QuarantineRecord(source=item.source, stage="read", reason=f"sitemap: {exc}"))
        return found
    for loc in locs:
        absolute = _absolute(item.source, loc)
        if not absolute:
            continue
        if kind == "sitemapindex":
            if depth + 1 <= MAX_SITEMAP_DEPTH:
                expand_sitemap(fetcher, absolute, depth + 1, found)
        elif len(found.urls) < MAX_SITEMAP_URLS:
            found.add(absolute)
    return found


def parse_sitemap(content: bytes) -> tuple[str, list[str]]:
    """('urlset' | 'sitemapindex' | 'text', [loc, ...]) of a sitemap body (gzip allowed)."""
    if content[:2] == b"\x1f\x8b":
        try:
            content = _gunzip(content)
        except (OSError, EOFError) as exc:
            raise ValueError(f"broken gzip ({exc})") from exc
    stripped = content.lstrip()
    if not stripped.startswith(b"<"):
        lines = [ln.strip() for ln in content.decode("utf-8", errors="replace").splitlines()]
        return "text", [ln for ln in lines if ln.startswith(("http://", "https://"))]
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False, load_dtd=False)
    try:
        root = etree.fromstring(stripped, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not well-formed XML ({exc})") from exc
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise ValueError(f"root element <{kind}> is neither <urlset> nor <sitemapindex>")
    locs = [(el.text or "").strip() for el in root.iter() if isinstance(el.tag, str) and etree.QName(el).localname == "loc"]
    return kind, [loc for loc in locs if loc]


def _gunzip(content: bytes) -> bytes:
    with gzip.GzipFile(fileobj=io.BytesIO(content)) as fh:
        data = fh.read(MAX_SITEMAP_BYTES + 1)
    if len(data) > MAX_SITEMAP_BYTES:
        raise ValueError(f"sitemap is over {MAX_SITEMAP_BYTES} bytes uncompressed")
    return data
