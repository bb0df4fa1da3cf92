"""Readers: turn each ``--input`` PATH into raw documents (or quarantine records).

A PATH is a file or folder of .html/.htm/.txt documents, a .warc/.warc.gz
archive, a text file of URLs, or an http(s) URL (ARCHITECTURE.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Union

from ..records import QuarantineRecord, RawDocument
from . import local

Item = Union[RawDocument, QuarantineRecord]


@dataclass
class ReadOptions:
    """How remote inputs are fetched; local inputs ignore it."""

    raw_dir: Path | None = None
    allow_hosts: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


def iter_documents(inputs: list[str], options: ReadOptions | None = None) -> Iterator[Item]:
    options = options or ReadOptions()
    urls: list[str] = []  # consecutive URL inputs are fetched together (hosts in parallel)
    for given in inputs:
        if given.startswith(("http://", "https://")):
            urls.append(given)
            continue
        if urls:
            yield from _fetch(urls, options)
            urls = []
        path = Path(given)
        if not path.exists():
            yield QuarantineRecord(source=given, stage="read", reason="input path does not exist")
        elif path.is_dir():
            for child in local.list_documents(path):
                yield from _read_file(child, str(child), options)
        else:
            yield from _read_file(path, given, options)
    if urls:
        yield from _fetch(urls, options)


def _read_file(path: Path, source: str, options: ReadOptions) -> Iterator[Item]:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        from . import warc

        yield from warc.read_warc(path, source)
    elif name.endswith(".jsonl") and _store_index(path):
        from ..scrape.store import iter_stored  # raw/manifest.jsonl or raw/selections/*.jsonl: no network

        yield from iter_stored(path)
    elif name.endswith((".xml", ".xml.gz")):
        locs = _sitemap_urls(path)  # a local sitemap: fetch what it lists
        yield from _fetch(locs, options) if locs is not None else [local.read_document(path, source)]
    elif local.is_url_list(path):
        yield from _fetch(local.read_url_list(path), options)
    else:
        yield local.read_document(path, source)


def _store_index(path: Path) -> bool:
    from ..scrape.store import store_root

    return store_root(path) is not None


def _sitemap_urls(path: Path) -> list[str] | None:
    """URLs listed by a local sitemap.xml(.gz) or sitemap index, or None if it is not one."""
    try:
        from ..scrape.sources import parse_sitemap

        if path.stat().st_size > local.MAX_FILE_BYTES:
            return None
        kind, locs = parse_sitemap(path.read_bytes())
    except (ValueError, OSError):
        return None
    return locs if kind in ("urlset", "sitemapindex") else None


def _fetch(urls: list[str], options: ReadOptions) -> Iterator[Item]:
    from ..scrape import fetch_documents  # imported on first use: httpx is not needed for local files

    yield from fetch_documents(urls, options)
