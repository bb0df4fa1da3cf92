"""Metadata a page states about itself: <title>, meta tags, citation_* tags."""

from __future__ import annotations

from bs4 import BeautifulSoup

from ..metadata import parse_date, split_names

# meta name/property (lower case) -> record field; the first tag found wins.
META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("citation_title", "og:title", "articletitle", "twitter:title", "dc.title", "title"),
    "published": (
        "article:published_time", "citation_publication_date", "citation_date", "citation_online_date",
        "pubdate", "publishdate", "publish_date", "publishtime", "og:published_time", "dc.date",
        "dc.date.issued", "date", "firstpublishedtime", "datepublished",
    ),
    "authors": ("citation_author", "author", "article:author", "dc.creator", "authors"),
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
    return values


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
    return meta


def _convert(fname: str, values: list[str]):
    if fname == "published":
        return parse_date(values[0])
    if fname == "authors":
        if len(values) > 1:  # one tag per author (citation_author "Wang, Fang"): do not split
            return list(dict.fromkeys(values))
        return split_names(values[0])
    return values[0]
