"""``pipeline.readers.iter_documents`` with remote inputs: URL lists, URLs,
local sitemaps, and raw/ store indexes (no network)."""

from __future__ import annotations

from pipeline.readers import ReadOptions, iter_documents
from pipeline.records import QuarantineRecord, RawDocument
from pipeline.scrape.store import write_selection


def options(tmp_path, config):
    return ReadOptions(raw_dir=tmp_path / "raw", allow_hosts=("127.0.0.1",), extra={"fetch_config": config})


def test_url_list_file_is_fetched_into_the_raw_store(site, config, tmp_path):
    urls = [site.add(f"/u{i}.html", f"<p>{i}</p>") for i in range(3)]
    listing = tmp_path / "urls.txt"
    listing.write_text("# nightly sources\n" + "\n".join(urls + [urls[0] + "#dup"]) + "\n")
    items = list(iter_documents([str(listing)], options(tmp_path, config)))
    assert [i.source for i in items] == urls  # the duplicate (same canonical URL) is fetched once
    assert (tmp_path / "raw" / "manifest.jsonl").exists()


def test_url_inputs_are_fetched_together_and_in_order(site, config, tmp_path):
    a, b = site.add("/a.html", "<p>a</p>"), site.add("/b.html", "<p>b</p>")
    local = tmp_path / "local.txt"
    local.write_text("A local plain-text notice.\n")
    items = list(iter_documents([a, str(local), b], options(tmp_path, config)))
    assert [i.source for i in items] == [a, str(local), b]


def test_local_sitemap_file_lists_urls_to_fetch(site, config, tmp_path):
    urls = [site.add(f"/m{i}.html", f"<p>{i}</p>") for i in range(2)]
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                       + "".join(f"<url><loc>{u}</loc></url>" for u in urls) + "</urlset>")
    items = list(iter_documents([str(sitemap)], options(tmp_path, config)))
    assert [i.source for i in items] == urls and all(isinstance(i, RawDocument) for i in items)


def test_manifest_and_selection_are_read_back_without_network(site, config, tmp_path, fixture_bytes):
    gbk = fixture_bytes("notice_gbk.html")
    urls = [site.add("/gbk.html", gbk, content_type="text/html; charset=gbk"), site.add("/en.html", "<p>en</p>")]
    fetched = [i for i in iter_documents(urls, options(tmp_path, config)) if isinstance(i, RawDocument)]
    selection = write_selection(tmp_path / "raw", fetched[:1])
    site.stop()  # from here on, nothing can be fetched
    stored = list(iter_documents([str(tmp_path / "raw" / "manifest.jsonl")]))
    assert sorted(d.source for d in stored) == sorted(urls)  # documents only: robots.txt is not listed
    again = {d.source: d for d in stored}
    assert again[urls[0]].content == gbk and again[urls[0]].http_charset == "gbk"
    assert again[urls[0]].fetch["url"] == urls[0] and again[urls[0]].doc_id == fetched[0].doc_id
    chosen = list(iter_documents([str(selection)]))
    assert [d.source for d in chosen] == [urls[0]]


def test_missing_stored_bytes_are_quarantined(site, config, tmp_path):
    url = site.add("/x.html", "<p>x</p>")
    doc = next(iter(iter_documents([url], options(tmp_path, config))))
    (tmp_path / "raw" / "objects" / doc.sha256[:2] / doc.sha256).unlink()
    items = list(iter_documents([str(tmp_path / "raw" / "manifest.jsonl")]))
    assert len(items) == 1 and isinstance(items[0], QuarantineRecord) and "missing" in items[0].reason
