"""The fetcher against a loopback site the tests start (tests/scrape/site.py)."""

from __future__ import annotations

import hashlib
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from pipeline.records import QuarantineRecord, RawDocument
from pipeline.scrape import scrape
from pipeline.scrape.fetch import Fetcher

from .site import Site, gzip_bomb

ALLOW = ("127.0.0.1",)


def fetch_one(tmp_path, config, url):
    with Fetcher(tmp_path / "raw", config, ALLOW) as f:
        return f.fetch(url), f.stats


def test_gbk_and_big5_pages_are_stored_byte_for_byte_with_the_header_charset(site, config, tmp_path, fixture_bytes):
    gbk, big5 = fixture_bytes("notice_gbk.html"), fixture_bytes("notice_big5.html")
    site.add("/gbk.html", gbk, content_type="text/html; charset=GBK")
    site.add("/big5.html", big5, content_type="text/html")  # charset only in the page's <meta>
    result = scrape([site.url("/gbk.html"), site.url("/big5.html")], tmp_path / "raw", config, ALLOW)
    got = {d.source.rsplit("/", 1)[1]: d for d in result.documents}
    assert got["gbk.html"].content == gbk and got["big5.html"].content == big5
    assert got["gbk.html"].http_charset == "gbk" and got["big5.html"].http_charset is None
    for doc in got.values():
        stored = tmp_path / "raw" / "objects" / doc.sha256[:2] / doc.sha256
        assert stored.read_bytes() == doc.content
        assert doc.fetch["status"] == 200 and doc.fetch["sha256"] == hashlib.sha256(doc.content).hexdigest()
    assert "城乡社区养老服务" in gbk.decode(got["gbk.html"].http_charset)


def test_metadata_and_manifest_are_written_beside_the_bytes(site, config, tmp_path):
    url = site.add("/a.html", "<p>Notice on pilot programmes</p>", headers={"Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"})
    doc, _ = fetch_one(tmp_path, config, url)
    metas = list((tmp_path / "raw" / "objects").rglob(f"{doc.sha256}.*.json"))
    assert len(metas) == 1
    meta = json.loads(metas[0].read_text())
    assert meta["url"] == url and meta["final_url"] == url and meta["status"] == 200
    assert meta["headers"]["last-modified"] == "Mon, 01 Jan 2024 00:00:00 GMT" and meta["fetched_at"]
    manifest = [json.loads(ln) for ln in (tmp_path / "raw" / "manifest.jsonl").read_text().splitlines()]
    entry = next(e for e in manifest if e["url"] == url)
    assert entry["etag"] and entry["last_modified"] and entry["sha256"] == doc.sha256 and entry["role"] == "document"
    assert any(e["role"] == "robots" for e in manifest)


def test_user_agent_names_the_crawler_and_the_contact_url(site, config, tmp_path):
    url = site.add("/ua.html", "<p>x</p>")
    fetch_one(tmp_path, config, url)
    agent = site.hits_for("/ua.html")[0].user_agent
    assert agent.startswith("policy-pipeline/") and "https://example.invalid/tests" in agent


def test_robots_disallow_is_honoured(site, config, tmp_path):
    url = site.add("/private/report.html", "<p>internal</p>")
    item, stats = fetch_one(tmp_path, config, url)
    assert isinstance(item, QuarantineRecord) and "robots.txt" in item.reason
    assert site.hits_for("/private/report.html") == [] and stats.robots_disallowed == 1


def test_robots_crawl_delay_spaces_requests(config, tmp_path, sleeps):
    s = Site().start()
    try:
        s.add("/robots.txt", "User-agent: *\nCrawl-delay: 2\n", content_type="text/plain")
        urls = [s.add(f"/p{i}.html", f"<p>{i}</p>") for i in range(3)]
        scrape(urls, tmp_path / "raw", replace(config, max_crawl_delay=1.5), ALLOW)
    finally:
        s.stop()
    # three page requests after robots.txt: each waits for its turn, capped at max_crawl_delay
    waits = sorted(sleeps.delays, reverse=True)
    assert len([w for w in waits if w > 1.0]) >= 2 and max(waits) <= 2 * 1.5 + 0.1


def test_unreachable_robots_txt_blocks_the_host(config, tmp_path):
    s = Site().start()
    try:
        s.handle("/robots.txt", lambda h, n: h.reply(503, b"down", "text/plain"))
        url = s.add("/a.html", "<p>a</p>")
        item, _ = fetch_one(tmp_path, config, url)
    finally:
        s.stop()
    assert isinstance(item, QuarantineRecord) and "robots.txt unreachable" in item.reason
    assert s.hits_for("/a.html") == []


def test_missing_robots_txt_allows_everything(config, tmp_path):
    s = Site().start()  # no robots.txt: 404
    try:
        item, _ = fetch_one(tmp_path, config, s.add("/a.html", "<p>a</p>"))
    finally:
        s.stop()
    assert isinstance(item, RawDocument)


def test_500_then_success_is_retried_with_backoff(site, config, tmp_path, sleeps):
    site.handle("/flaky.html", lambda h, n: h.reply(500, b"oops", "text/plain") if n <= 2 else h.reply(200, b"<p>ok</p>", "text/html"))
    item, stats = fetch_one(tmp_path, config, site.url("/flaky.html"))
    assert isinstance(item, RawDocument) and item.content == b"<p>ok</p>"
    assert [h.status for h in site.hits_for("/flaky.html")] == [500, 500, 200]
    assert stats.retries == 2 and len(sleeps.delays) == 2
    assert sleeps.delays[1] <= config.backoff_cap  # exponential, capped, jittered


def test_persistent_500_is_quarantined_after_the_retries(site, config, tmp_path):
    site.handle("/down.html", lambda h, n: h.reply(502, b"bad gateway", "text/plain"))
    item, _ = fetch_one(tmp_path, config, site.url("/down.html"))
    assert isinstance(item, QuarantineRecord) and "HTTP 502" in item.reason and "gave up after 3 attempts" in item.reason
    assert len(site.hits_for("/down.html")) == config.retries + 1


def test_429_retry_after_is_honoured(site, config, tmp_path, sleeps):
    site.handle("/busy.html", lambda h, n: h.reply(429, b"slow down", "text/plain", {"Retry-After": "3"}) if n == 1 else h.reply(200, b"<p>ok</p>", "text/html"))
    item, _ = fetch_one(tmp_path, config, site.url("/busy.html"))
    assert isinstance(item, RawDocument)
    assert sleeps.delays and max(sleeps.delays) >= 3.0


def test_retry_after_is_capped(site, config, tmp_path, sleeps):
    site.handle("/busy.html", lambda h, n: h.reply(503, b"", "text/plain", {"Retry-After": "86400"}) if n == 1 else h.reply(200, b"<p>ok</p>", "text/html"))
    fetch_one(tmp_path, config, site.url("/busy.html"))
    assert max(sleeps.delays) == config.retry_after_cap


def test_timeouts_are_retried_then_quarantined(site, config, tmp_path):
    site.add("/slow.html", "<p>slow</p>", delay=0.6)
    item, stats = fetch_one(tmp_path, replace(config, read_timeout=0.2, retries=1), site.url("/slow.html"))
    assert isinstance(item, QuarantineRecord) and "timeout" in item.reason
    assert stats.retries == 1


def test_connection_reset_is_retried(site, config, tmp_path):
    site.handle("/reset.html", lambda h, n: h.reset() if n == 1 else h.reply(200, b"<p>back</p>", "text/html"))
    item, stats = fetch_one(tmp_path, config, site.url("/reset.html"))
    assert isinstance(item, RawDocument) and item.content == b"<p>back</p>" and stats.retries == 1


def test_redirect_loop_is_quarantined(site, config, tmp_path):
    site.handle("/loop-a", lambda h, n: h.reply(302, b"", None, {"Location": "/loop-b"}))
    site.handle("/loop-b", lambda h, n: h.reply(301, b"", None, {"Location": "/loop-a"}))
    item, _ = fetch_one(tmp_path, config, site.url("/loop-a"))
    assert isinstance(item, QuarantineRecord) and "redirect loop" in item.reason
    assert len(site.hits_for("/loop-a")) == 1 and len(site.hits_for("/loop-b")) == 1


def test_too_many_redirects_is_quarantined(site, config, tmp_path):
    for i in range(10):
        site.handle(f"/hop{i}", (lambda j: lambda h, n: h.reply(302, b"", None, {"Location": f"/hop{j + 1}"}))(i))
    item, _ = fetch_one(tmp_path, replace(config, max_redirects=3), site.url("/hop0"))
    assert isinstance(item, QuarantineRecord) and "more than 3 redirects" in item.reason
    assert len([h for h in site.hits if h.path.startswith("/hop")]) == 4


def test_redirect_is_followed_and_final_url_recorded(site, config, tmp_path):
    site.handle("/old", lambda h, n: h.reply(301, b"", None, {"Location": "/new.html"}))
    site.add("/new.html", "<p>moved</p>")
    item, _ = fetch_one(tmp_path, config, site.url("/old"))
    assert isinstance(item, RawDocument) and item.source == site.url("/old")
    assert item.fetch["final_url"] == site.url("/new.html")


def test_redirect_to_a_host_that_is_not_allowed_is_refused(site, config, tmp_path):
    # 127.0.0.1 is allowed, localhost (also loopback) is not: the hop is checked too
    site.handle("/out", lambda h, n: h.reply(302, b"", None, {"Location": f"http://localhost:{site.port}/a.html"}))
    item, _ = fetch_one(tmp_path, config, site.url("/out"))
    assert isinstance(item, QuarantineRecord) and "redirect to http://localhost" in item.reason and "loopback" in item.reason


def test_redirect_into_a_robots_disallowed_path_is_refused(site, config, tmp_path):
    site.handle("/go", lambda h, n: h.reply(302, b"", None, {"Location": "/private/secret.html"}))
    site.add("/private/secret.html", "<p>secret</p>")
    item, _ = fetch_one(tmp_path, config, site.url("/go"))
    assert isinstance(item, QuarantineRecord) and "robots.txt" in item.reason
    assert site.hits_for("/private/secret.html") == []


def test_loopback_is_refused_without_allow_host(site, config, tmp_path):
    url = site.add("/a.html", "<p>a</p>")
    with Fetcher(tmp_path / "raw", config) as f:
        item = f.fetch(url)
    assert isinstance(item, QuarantineRecord) and "--allow-host 127.0.0.1" in item.reason
    assert site.hits == []


def test_oversized_body_is_aborted(site, config, tmp_path):
    small = replace(config, max_body_bytes=100_000)
    site.add("/declared.html", b"<p>" + b"x" * 200_000 + b"</p>")
    site.handle("/endless.html", lambda h, n: h.stream_unbounded(b"y" * 65536, 5_000_000))
    declared, _ = fetch_one(tmp_path, small, site.url("/declared.html"))
    endless, _ = fetch_one(tmp_path, small, site.url("/endless.html"))
    assert isinstance(declared, QuarantineRecord) and "over the 100000-byte limit" in declared.reason
    assert isinstance(endless, QuarantineRecord) and "stopped reading" in endless.reason


def test_gzip_bomb_is_stopped_by_the_decoded_size_limit(site, config, tmp_path):
    bomb = gzip_bomb(30_000_000)
    assert len(bomb) < 100_000
    site.add("/bomb.html", bomb, headers={"Content-Encoding": "gzip"})
    item, _ = fetch_one(tmp_path, replace(config, max_decoded_bytes=1_000_000), site.url("/bomb.html"))
    assert isinstance(item, QuarantineRecord) and "decompression bomb" in item.reason


def test_gzip_body_is_stored_decoded(site, config, tmp_path):
    import gzip

    page = "<p>Measures for the administration of pilot zones</p>".encode()
    site.add("/gz.html", gzip.compress(page), headers={"Content-Encoding": "gzip"})
    item, _ = fetch_one(tmp_path, config, site.url("/gz.html"))
    assert isinstance(item, RawDocument) and item.content == page


def test_content_type_is_checked_before_the_body_is_kept(site, config, tmp_path):
    site.add("/logo.png", b"\x89PNG....", content_type="image/png")
    site.add("/page.xhtml", "<html xmlns='http://www.w3.org/1999/xhtml'><p>x</p></html>", content_type="application/xhtml+xml")
    png, _ = fetch_one(tmp_path, config, site.url("/logo.png"))
    xhtml, _ = fetch_one(tmp_path, config, site.url("/page.xhtml"))
    assert isinstance(png, QuarantineRecord) and "content type image/png" in png.reason
    assert isinstance(xhtml, RawDocument) and xhtml.media_type == "application/xhtml+xml"


def test_errors_never_stop_other_urls(site, config, tmp_path):
    good = [site.add(f"/ok{i}.html", f"<p>{i}</p>") for i in range(3)]
    bad = [site.url("/missing.html"), "ftp://example.org/x", "http://", site.url("/private/x.html")]
    result = scrape(bad[:2] + good + bad[2:], tmp_path / "raw", config, ALLOW)
    assert sorted(d.source for d in result.documents) == sorted(good)
    reasons = [q.reason for q in result.quarantined]
    assert len(reasons) == 4 and all(r.startswith("fetch: ") for r in reasons)


def test_rerun_over_an_unchanged_site_downloads_no_page_again(site, config, tmp_path):
    urls = [site.add(f"/n{i}.html", f"<p>notice {i}</p>") for i in range(6)]
    first = scrape(urls, tmp_path / "raw", config, ALLOW)
    downloads_before = site.body_downloads("/n")
    second = scrape(urls, tmp_path / "raw", config, ALLOW)
    assert downloads_before == 6 and first.stats["bodies"] == 6 + 1  # six pages and robots.txt
    assert site.body_downloads("/n") == 6, "a page body was downloaded again"
    assert second.stats["not_modified"] == 6 + 1  # six pages and robots.txt answered 304
    assert [h.status for h in site.hits if h.path.startswith("/n")][6:] == [304] * 6
    assert all(h.if_none_match for h in site.hits[-6:] if h.path.startswith("/n"))
    assert [d.content for d in second.documents] == [d.content for d in first.documents]


def test_last_modified_alone_gives_a_conditional_get(site, config, tmp_path):
    stamp = "Tue, 02 Jan 2024 08:00:00 GMT"
    seen = []

    def page(h, n):
        seen.append(h.headers.get("If-Modified-Since"))
        if h.headers.get("If-Modified-Since") == stamp:
            h.reply(304, b"", None)
        else:
            h.reply(200, b"<p>no etag here</p>", "text/html", {"Last-Modified": stamp})

    url = site.handle("/lm.html", page)
    scrape([url], tmp_path / "raw", config, ALLOW)
    again = scrape([url], tmp_path / "raw", config, ALLOW)
    assert seen == [None, stamp] and again.documents[0].content == b"<p>no etag here</p>"


def test_changed_page_is_downloaded_again_and_stored_beside_the_old_bytes(site, config, tmp_path):
    url = site.add("/c.html", "<p>version one</p>")
    first = scrape([url], tmp_path / "raw", config, ALLOW).documents[0]
    site.add("/c.html", "<p>version two</p>")
    second = scrape([url], tmp_path / "raw", config, ALLOW).documents[0]
    assert second.content == b"<p>version two</p>" and first.sha256 != second.sha256
    objects = tmp_path / "raw" / "objects"
    assert (objects / first.sha256[:2] / first.sha256).read_bytes() == b"<p>version one</p>"


def test_revisit_after_skips_the_request_entirely(site, config, tmp_path):
    url = site.add("/r.html", "<p>r</p>")
    scrape([url], tmp_path / "raw", config, ALLOW)
    hits = len(site.hits)
    again = scrape([url], tmp_path / "raw", replace(config, revisit_after=3600), ALLOW)
    assert len(site.hits) == hits and again.stats["reused"] >= 1 and again.documents[0].content == b"<p>r</p>"


def test_per_host_concurrency_is_never_exceeded(site, config, tmp_path):
    urls = [site.add(f"/slow{i}.html", f"<p>{i}</p>", delay=0.15) for i in range(12)]
    # a generous read timeout: a client-side timeout and retry would legitimately overlap on the server
    with Fetcher(tmp_path / "raw", replace(config, per_host_concurrency=2, read_timeout=15), ALLOW) as f:
        with ThreadPoolExecutor(max_workers=8) as pool:  # more callers than the host allows
            items = list(pool.map(f.fetch, urls))
    assert all(isinstance(i, RawDocument) for i in items)
    host = f"127.0.0.1:{site.port}"
    assert site.max_active[host] == 2  # reached, never exceeded


def test_the_site_would_see_a_client_that_ignores_the_limit(site):
    import httpx

    urls = [site.add(f"/raw{i}.html", f"<p>{i}</p>", delay=0.15) for i in range(6)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda u: httpx.get(u, timeout=5), urls))
    assert site.max_active[f"127.0.0.1:{site.port}"] >= 3  # so the limit tests above can fail


class HostRendezvous:
    """Holds each request until requests to two different hosts are in flight
    at once (or a bounded wait runs out), so overlap is observed, not timed."""

    def __init__(self, wait: float = 5.0) -> None:
        self.cond = threading.Condition()
        self.active: dict[str, int] = {}
        self.met = False
        self.gave_up = False
        self.wait = wait

    def handler(self, body: bytes):
        def serve(handler, call) -> None:
            host = handler.headers.get("Host", "")
            with self.cond:
                self.active[host] = self.active.get(host, 0) + 1
                if sum(1 for n in self.active.values() if n) >= 2:
                    self.met = True
                    self.cond.notify_all()
                if not self.cond.wait_for(lambda: self.met or self.gave_up, timeout=self.wait):
                    self.gave_up = True  # serial fetching: stop holding later requests
                    self.cond.notify_all()
                self.active[host] -= 1
            handler.reply(200, body, "text/html; charset=utf-8")

        return serve


def test_hosts_are_fetched_in_parallel_each_within_its_limit(config, tmp_path):
    rendezvous = HostRendezvous()
    sites = [Site().start() for _ in range(3)]
    try:
        urls = []
        for s in sites:
            for i in range(4):
                s.handlers[f"/p{i}.html"] = rendezvous.handler(f"<p>{i}</p>".encode())
                urls.append(f"{s.base}/p{i}.html")
        result = scrape(urls, tmp_path / "raw", replace(config, per_host_concurrency=1, max_hosts=3, read_timeout=15), ALLOW)
    finally:
        for s in sites:
            s.stop()
    assert len(result.documents) == 12
    assert all(max(s.max_active.values()) == 1 for s in sites), result.stats
    assert rendezvous.met and not rendezvous.gave_up, "requests to different hosts never overlapped"
