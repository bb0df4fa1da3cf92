"""Listing pages with pagination, and sitemaps, against the loopback site."""

from __future__ import annotations

import gzip

import pytest

from pipeline.scrape import scrape
from pipeline.scrape.sources import parse_sitemap

ALLOW = ("127.0.0.1",)


def listing(page: int, last: int, articles: list[int], next_text: str = "下一页") -> str:
    links = "".join(f'<li><a href="/policy/{n}.html">关于第{n}号试点的通知</a></li>' for n in articles)
    nav = f'<a href="/list?page={page + 1}">{next_text}</a>' if page < last else ""
    return (f"<html><head><meta charset='utf-8'><title>政策文件 第{page}页</title></head><body>"
            f"<ul>{links}</ul><a href='/about.html'>关于我们</a><a href='/list?page=1'>首页</a>{nav}</body></html>")


@pytest.fixture
def listing_site(site):
    for page in (1, 2, 3):
        arts = [page * 10 + i for i in range(3)]
        site.add(f"/list?page={page}", listing(page, 3, arts))
        for n in arts:
            site.add(f"/policy/{n}.html", f"<html><body><h1>通知 {n}</h1><p>正文{n}</p></body></html>")
    site.add("/about.html", "<p>about</p>")
    return site


def test_listing_pages_are_followed_through_pagination(listing_site, config, tmp_path):
    result = scrape([listing_site.url("/list?page=1")], tmp_path / "raw", config, ALLOW,
                    follow=r"/policy/\d+\.html$", max_pages=5)
    got = sorted(d.source.rsplit("/", 1)[1] for d in result.documents)
    assert got == [f"{n}.html" for n in (10, 11, 12, 20, 21, 22, 30, 31, 32)]
    assert result.listing_pages == 3  # stopped at the last page, not at max_pages
    assert listing_site.hits_for("/about.html") == []


def test_max_pages_bounds_the_listing_crawl(listing_site, config, tmp_path):
    result = scrape([listing_site.url("/list?page=1")], tmp_path / "raw", config, ALLOW,
                    follow=r"/policy/", max_pages=2)
    assert len(result.documents) == 6 and result.listing_pages == 2
    assert listing_site.hits_for("/list?page=3") == []


def test_rel_next_and_custom_next_pattern(site, config, tmp_path):
    site.add("/news", '<a href="/a/1.html">one</a><link rel="next" href="/news?p=2">')
    site.add("/news?p=2", '<a href="/a/2.html">two</a><a class="pg" href="/news?p=3">More »</a>')
    site.add("/news?p=3", '<a href="/a/3.html">three</a>')
    for i in (1, 2, 3):
        site.add(f"/a/{i}.html", f"<p>{i}</p>")
    default = scrape([site.url("/news")], tmp_path / "r1", config, ALLOW, follow=r"/a/\d", max_pages=9)
    custom = scrape([site.url("/news")], tmp_path / "r2", config, ALLOW, follow=r"/a/\d", max_pages=9,
                    next_pattern=r"news\?p=\d")
    assert len(default.documents) == 2  # "More »" is not a pagination label by default
    assert len(custom.documents) == 3


def test_listing_pages_are_stored_but_not_returned_as_documents(listing_site, config, tmp_path):
    import json

    scrape([listing_site.url("/list?page=1")], tmp_path / "raw", config, ALLOW, follow=r"/policy/", max_pages=1)
    roles = [json.loads(ln)["role"] for ln in (tmp_path / "raw" / "manifest.jsonl").read_text().splitlines()]
    assert sorted(roles) == ["document"] * 3 + ["listing", "robots"]


SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{base}/s/1.html</loc><lastmod>2024-05-01</lastmod></url>
  <url><loc>{base}/s/2.html?utm_source=sitemap</loc></url>
</urlset>"""

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{base}/sitemap-a.xml</loc></sitemap>
  <sitemap><loc>{base}/sitemap-b.xml.gz</loc></sitemap>
</sitemapindex>"""


def test_sitemap_index_with_a_gzipped_child(site, config, tmp_path):
    base = site.base
    site.add("/sitemap.xml", INDEX.format(base=base), content_type="application/xml")
    site.add("/sitemap-a.xml", SITEMAP.format(base=base), content_type="text/xml")
    child = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}/s/3.html</loc></url></urlset>'
    site.add("/sitemap-b.xml.gz", gzip.compress(child.encode()), content_type="application/gzip")
    for i in (1, 2, 3):
        site.add(f"/s/{i}.html", f"<p>{i}</p>")
    result = scrape([site.url("/sitemap.xml")], tmp_path / "raw", config, ALLOW)
    assert [d.source for d in result.documents] == [site.url(f"/s/{i}.html") for i in (1, 2, 3)]
    assert result.listing_pages == 3


def test_parse_sitemap_refuses_entities_and_foreign_roots():
    xxe = b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]><urlset><url><loc>&x;</loc></url></urlset>'
    kind, locs = parse_sitemap(xxe)
    assert kind == "urlset" and all("root:" not in loc for loc in locs)
    with pytest.raises(ValueError, match="neither"):
        parse_sitemap(b"<html><body/></html>")
    with pytest.raises(ValueError):
        parse_sitemap(b"<urlset><url>")


def test_broken_listing_page_is_quarantined(site, config, tmp_path):
    result = scrape([site.url("/no-such-list")], tmp_path / "raw", config, ALLOW, follow="/x/", max_pages=3)
    assert result.documents == [] and len(result.quarantined) == 1 and "HTTP 404" in result.quarantined[0].reason
