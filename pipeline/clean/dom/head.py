"""Metadata a page states about itself: <title>, meta tags, citation_* tags."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from ..metadata import parse_date, split_names

# meta name/property (lower case) -> record field; the first tag found wins.
META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("citation_title", "og:title", "articletitle", "twitter:title", "dc.title", "title"),
    "published": (
        "article:published_time", "citation_publication_date", "citation_date", "citation_online_date",
        "pubdate", "publishdate", "publish_date", "publishtime", "og:published_time", "dc.date",
        "dc.date.issued", "date", "firstpublishedtime", "datepublished", "publication_date", "release_date",
        "og:release_date", "sailthru.date", "parsely-pub-date", "dcterms.date", "dcterms.issued",
        "time.datetime", "url.date",
    ),
    "authors": ("citation_author", "author", "article:author", "dc.creator", "authors", "dom.author"),
    "source_name": ("contentsource", "source", "citation_journal_title", "citation_publisher"),
    "site": ("og:site_name", "sitename", "application-name", "citation_publisher"),
    "source_issue": ("citation_issue",),
    "editor": ("editor",),
}


def _meta_values(soup: BeautifulSoup) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if key and content and content.strip():
            values.setdefault(str(key).strip().lower(), []).append(" ".join(content.split()))
    for tag in soup.find_all(attrs={"itemprop": "datePublished"}):
        if tag.name != "meta" and tag.get("datetime"):
            values.setdefault("datepublished", []).append(tag["datetime"])
    for tag in soup.find_all("time"):  # <time datetime="2024-05-12T08:00">: the first one dates the page
        if tag.get("datetime") and parse_date(str(tag["datetime"])):
            values.setdefault("time.datetime", []).append(str(tag["datetime"]))
    names = _author_element(soup)
    if names:
        values["dom.author"] = [", ".join(names)]
    for url in _page_urls(soup, values):
        dated = url_date(url)
        if dated:
            values.setdefault("url.date", []).append(dated)
    return values


_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[-/_](0?[1-9]|1[0-2])[-/_](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    r"|/((?:19|20)\d{2})(0[1-9]|1[0-2])/?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    r"|/t((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])_"
)


def url_date(url: str) -> str | None:
    """``/2024/05/12/``, ``/2024/5/12/``, ``/202405/12/``, ``/20240512/``, a government ``t20240512_1.html``."""
    m = _URL_DATE.search(url.split("?")[0])
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups() if g)
    return f"{y:04d}-{mo:02d}-{d:02d}"


_AUTHOR_MARK = re.compile(r"^(?:author|authors|byline|by-line|writer|reporter|article[-_]?author|author[-_]?name|post[-_]?author|zuozhe)$", re.I)


def _author_element(soup: BeautifulSoup) -> list[str]:
    """Names in the first element the page marks as its author (class, id, itemprop or rel "author"/"byline")."""
    from ..metadata import parse_byline, plausible_names

    for tag in soup.find_all(True):
        if tag.name in ("meta", "link", "script", "style"):
            continue
        marks = [*tag.get("class", []), tag.get("id") or "", tag.get("itemprop") or "", *(tag.get("rel") or [])]
        if not any(_AUTHOR_MARK.match(str(m)) for m in marks if m):
            continue
        text = " ".join(tag.get_text(" ").split())
        if not text or len(text) > 60:
            continue
        by = parse_byline(text, head=True, loose=True)
        names = (by.fields.get("authors") or []) if by else split_names(text)
        if names and plausible_names(names):
            return names
    return []


def _page_urls(soup: BeautifulSoup, values: dict[str, list[str]]) -> list[str]:
    urls = [link.get("href") for link in soup.find_all("link", rel="canonical") if link.get("href")]
    return [str(u) for u in urls] + values.get("og:url", [])


def head_metadata(soup: BeautifulSoup) -> dict:
    """Fields from meta tags; ``html_title`` is the raw <title> text."""
    values = _meta_values(soup)
    meta: dict = {}
    if soup.title and soup.title.get_text(strip=True):
        meta["html_title"] = " ".join(soup.title.get_text().split())
    for fname, keys in META_FIELDS.items():
        for key in keys:
            if key not in values:
                continue
            value = _convert(fname, values[key])
            if value:
                meta[fname] = value
                break
    _authors_not_outlets(meta)
    return meta


def _authors_not_outlets(meta: dict) -> None:
    """``<meta name="author" content="Lanshan Daily">`` names the outlet; ``admin`` and ``佚名`` name nobody."""
    from ..metadata_names import is_outlet, person_names

    names = person_names(meta.get("authors") or [])
    outlets = [n for n in names if is_outlet(n)]
    if outlets and not meta.get("source_name"):
        meta["source_name"] = outlets[0]
    names = [n for n in names if n not in outlets]
    if names:
        meta["authors"] = names
    else:
        meta.pop("authors", None)


def _convert(fname: str, values: list[str]):
    if fname == "published":
        return parse_date(values[0])
    if fname == "authors":
        if len(values) > 1:  # one tag per author (citation_author "Wang, Fang"): do not split
            return list(dict.fromkeys(values))
        return split_names(values[0])
    return values[0]
