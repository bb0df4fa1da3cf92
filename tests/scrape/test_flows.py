"""The CLI over a loopback site, through the Prefect flows (test harness server)."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.store import iter_jsonl


@pytest.fixture
def policy_site(site, fixture_bytes):
    pages = {
        "/zh/gbk.html": (fixture_bytes("notice_gbk.html"), "text/html; charset=gbk"),
        "/tw/big5.html": (fixture_bytes("notice_big5.html"), "text/html; charset=big5"),
        "/en/notice.html": (
            b"<html><head><title>Notice on community elderly care pilots</title></head><body><h1>Notice on "
            b"community elderly care pilots</h1><p>The Ministry of Civil Affairs and the Ministry of Finance "
            b"will support pilot regions from 2024 to 2026 through fiscal subsidies.</p></body></html>",
            "text/html; charset=utf-8",
        ),
    }
    for path, (body, ctype) in pages.items():
        site.add(path, body, content_type=ctype)
    site.add("/private/draft.html", "<p>draft</p>")
    return site, pages


def test_pipeline_run_over_a_loopback_site(policy_site, tmp_path, prefect_harness):
    site, pages = policy_site
    urls = [site.url(p) for p in pages] + [site.url("/private/draft.html")]
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    out = tmp_path / "out"
    code = main(["run", "--input", str(listing), "--allow-host", "127.0.0.1", "--out", str(out), "--quiet"])
    assert code == 0
    manifest = {e["url"]: e for e in iter_jsonl(out / "raw" / "manifest.jsonl")}
    for path, (body, _) in pages.items():
        entry = manifest[site.url(path)]
        assert (out / "raw" / "objects" / entry["sha256"][:2] / entry["sha256"]).read_bytes() == body
    clean = {r["source"]: r for r in iter_jsonl(out / "clean" / "documents.jsonl")}
    annotations = {r["source"]: r for r in iter_jsonl(out / "annotations" / "documents.jsonl")}
    allowed = [site.url(p) for p in pages]
    assert sorted(clean) == sorted(allowed) and sorted(annotations) == sorted(allowed)
    assert "城乡社区养老服务试点" in clean[site.url("/zh/gbk.html")]["text"]
    assert "長期照顧服務" in clean[site.url("/tw/big5.html")]["text"]
    assert all(clean[u]["raw_sha256"] == manifest[u]["sha256"] for u in allowed)
    quarantine = [json.loads(ln) for ln in (out / "clean" / "quarantine.jsonl").read_text().splitlines()]
    assert [(q["source"], "robots.txt" in q["reason"]) for q in quarantine] == [(site.url("/private/draft.html"), True)]
    assert site.hits_for("/private/draft.html") == []
    assert max(site.max_active.values()) <= 2  # the default per-host limit, counted by the server


ARTICLE = (
    "<html><head><title>Circular No. {n} on rural revitalisation pilot zones</title></head><body><article>"
    "<h1>Circular No. {n} on rural revitalisation pilot zones</h1>"
    "<p>The provincial Department of Agriculture and Rural Affairs, together with the Department of Finance, "
    "designates pilot counties for the period 2024 to 2026. Pilot counties shall set up a special fund, report "
    "their progress every six months and publish the list of supported projects.</p>"
    "<p>County governments are responsible for organising the work and shall submit an evaluation report "
    "before the end of December each year.</p></article></body></html>"
)


def test_pipeline_scrape_listing_then_run_the_selection(site, tmp_path, prefect_harness, capsys):
    for page in (1, 2):
        nxt = f'<a href="/list/{page + 1}">下一页</a>' if page == 1 else ""
        site.add(f"/list/{page}", f'<a href="/doc/{page}a.html">a</a><a href="/doc/{page}b.html">b</a>{nxt}')
        for s in "ab":
            site.add(f"/doc/{page}{s}.html", ARTICLE.format(n=f"{page}{s}"))
    out = tmp_path / "out"
    args = ["scrape", "--start", site.url("/list/1"), "--follow", r"/doc/\d[ab]\.html$", "--max-pages", "5",
            "--out", str(out), "--allow-host", "127.0.0.1", "--delay", "0", "--rps", "0", "--json"]
    assert main(args) == 0
    summary = json.loads(capsys.readouterr().out)[0]
    assert summary["fetched"] == 4 and summary["listing_pages"] == 2 and summary["host_batches"] == 1
    assert summary["stats"]["bodies"] == 4 + 2 + 1  # documents, listing pages, robots.txt
    assert main(args) == 0  # again: nothing changed on the site
    again = json.loads(capsys.readouterr().out)[0]
    assert again["stats"]["bodies"] == 0 and again["stats"]["not_modified"] >= 4 + 2
    assert again["selection"] == summary["selection"]  # same documents, same selection file
    assert main(["run", "--input", summary["selection"], "--out", str(out), "--quiet"]) == 0
    assert len(list(iter_jsonl(out / "clean" / "documents.jsonl"))) == 4
