"""Scraping: polite, resumable fetching into the raw/ store.

``fetch_documents(urls, options)`` is what ``pipeline run --input`` calls for
URLs and URL lists (see :mod:`pipeline.readers`); ``scrape(...)`` is the same
with discovery (listing pages, sitemaps) and statistics, for ``pipeline
scrape`` and the Prefect scrape flow. No Prefect here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Union

from ..records import QuarantineRecord, RawDocument
from .config import FetchConfig
from .fetch import Fetcher, FetchStats
from .sources import Discovery, crawl_listing, expand_sitemap, is_sitemap_url
from .urls import canonicalize, dedupe, host_of

Item = Union[RawDocument, QuarantineRecord]

__all__ = ["FetchConfig", "Fetcher", "FetchStats", "ScrapeResult", "discover", "fetch_documents", "scrape", "group_by_host",
           "canonicalize", "host_of"]


@dataclass
class ScrapeResult:
    items: list[Item] = field(default_factory=list)
    discovered: int = 0
    listing_pages: int = 0
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def documents(self) -> list[RawDocument]:
        return [i for i in self.items if isinstance(i, RawDocument)]

    @property
    def quarantined(self) -> list[QuarantineRecord]:
        return [i for i in self.items if isinstance(i, QuarantineRecord)]


def discover(fetcher: Fetcher, sources: list[str], follow: Optional[str] = None, max_pages: int = 1,
             next_pattern: Optional[str] = None) -> Discovery:
    """Document URLs named by ``sources``: listing pages (when ``follow`` is set), sitemaps, or plain URLs."""
    found = Discovery()
    plain, bad = dedupe(sources)
    for url, reason in bad:
        found.quarantined.append(QuarantineRecord(source=url, stage="read", reason=f"fetch: {reason}"))
    for url in plain:
        if follow:
            sub = crawl_listing(fetcher, url, follow, max_pages, next_pattern)
        elif is_sitemap_url(url):
            sub = expand_sitemap(fetcher, url)
        else:
            found.add(url)
            continue
        found.pages += sub.pages
        found.quarantined.extend(sub.quarantined)
        for u in sub.urls:
            found.add(u)
    return found


def scrape(sources: list[str], raw_dir: Path, config: Optional[FetchConfig] = None, allow_hosts: tuple[str, ...] = (),
           follow: Optional[str] = None, max_pages: int = 1, next_pattern: Optional[str] = None) -> ScrapeResult:
    """Discover and fetch; every document ends up in ``raw_dir``."""
    with Fetcher(raw_dir, config, allow_hosts) as fetcher:
        found = discover(fetcher, sources, follow, max_pages, next_pattern)
        items: list[Item] = list(found.quarantined) + fetcher.fetch_all(found.urls)
    return ScrapeResult(items=items, discovered=len(found.urls), listing_pages=found.pages, stats=fetcher.stats.as_dict())


def fetch_documents(urls: list[str], options) -> Iterator[Item]:
    """The ``pipeline.readers`` hook: ``options`` is a ``ReadOptions`` (raw_dir, allow_hosts, extra).

    ``options.extra`` may hold ``fetch_config`` (a FetchConfig), ``fetch`` (a dict of
    FetchConfig fields), ``follow``, ``max_pages`` and ``next_pattern``."""
    from ..settings import REPO_ROOT

    extra = dict(getattr(options, "extra", None) or {})
    config = extra.get("fetch_config") or FetchConfig().with_options(**extra.get("fetch", {}))
    raw_dir = getattr(options, "raw_dir", None) or REPO_ROOT / "raw"
    result = scrape(list(urls), Path(raw_dir), config, tuple(getattr(options, "allow_hosts", ()) or ()),
                    extra.get("follow"), int(extra.get("max_pages", 1)), extra.get("next_pattern"))
    yield from result.items


def group_by_host(urls: list[str], batch_size: int = 0) -> list[list[str]]:
    """URLs grouped by host (first-seen order); a host with more than ``batch_size`` URLs is split."""
    hosts: dict[str, list[str]] = {}
    for url in urls:
        hosts.setdefault(host_of(url), []).append(url)
    batches = []
    for group in hosts.values():
        step = batch_size if batch_size > 0 else len(group)
        batches.extend(group[i : i + step] for i in range(0, len(group), step))
    return batches


def split_inputs(inputs: list[str]) -> tuple[list[str], list[str]]:
    """(remote sources, local inputs): URLs, URL-list files and local sitemaps are remote;
    folders, documents, WARC archives and raw/ store indexes are read locally."""
    from ..readers import local
    from .sources import parse_sitemap

    remote: list[str] = []
    rest: list[str] = []
    for given in inputs:
        path = Path(given)
        if given.startswith(("http://", "https://")):
            remote.append(given)
        elif path.is_file() and local.is_url_list(path):
            remote.extend(local.read_url_list(path))
        elif path.is_file() and path.name.lower().endswith((".xml", ".xml.gz")):
            try:
                kind, locs = parse_sitemap(path.read_bytes())
            except (ValueError, OSError):
                rest.append(given)
                continue
            (remote.extend(locs) if kind in ("urlset", "sitemapindex") else rest.append(given))
        else:
            rest.append(given)
    return remote, rest
