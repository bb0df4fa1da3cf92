"""WARC / WARC.gz reading: archives written here with warcio, as a crawler would."""

from __future__ import annotations

import gzip
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.readers import iter_documents
from pipeline.readers.warc import read_warc
from pipeline.records import QuarantineRecord, RawDocument


def _response(writer, url, body, content_type="text/html; charset=utf-8", status="200 OK", extra=()):
    headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
    rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    writer.write_record(rec)


def write_archive(path, gz, fixture_bytes):
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "tests"}))
        req = StatusAndHeaders("GET /gbk.html HTTP/1.1", [("Host", "gov.example.cn")], is_http_request=True)
        w.write_record(w.create_warc_record("http://gov.example.cn/gbk.html", "request", http_headers=req))
        _response(w, "http://Gov.Example.cn:80/gbk.html?utm_source=x", fixture_bytes("notice_gbk.html"), "text/html; charset=gbk")
        _response(w, "https://tw.example.org/big5.html", fixture_bytes("notice_big5.html"), "text/html")
        _response(w, "https://example.org/notes.txt", b"Plain policy notes.\n", "text/plain")
        page = "<p>Compressed article body</p>".encode()
        _response(w, "https://example.org/gz.html", gzip.compress(page), extra=[("Content-Encoding", "gzip")])
        _response(w, "https://example.org/logo.png", b"\x89PNG\r\n", "image/png")
        _response(w, "https://example.org/gone.html", b"<p>gone</p>", status="404 Not Found")
    return page


def test_warc_and_warc_gz_give_the_same_documents(tmp_path, fixture_bytes):
    plain, packed = tmp_path / "crawl.warc", tmp_path / "crawl.warc.gz"
    write_archive(plain, False, fixture_bytes)
    gz_page = write_archive(packed, True, fixture_bytes)
    a, b = list(read_warc(plain, str(plain))), list(read_warc(packed, str(packed)))
    assert [(type(i).__name__, i.source) for i in a] == [(type(i).__name__, i.source) for i in b]
    docs = [i for i in b if isinstance(i, RawDocument)]
    assert [d.source for d in docs] == ["http://gov.example.cn/gbk.html", "https://tw.example.org/big5.html",
                                        "https://example.org/notes.txt", "https://example.org/gz.html"]
    gbk = docs[0]
    assert gbk.content == fixture_bytes("notice_gbk.html") and gbk.http_charset == "gbk"
    assert gbk.fetch["status"] == 200 and gbk.fetch["fetched_at"] and gbk.fetch["warc_record_id"].startswith("<urn:uuid:")
    assert docs[1].http_charset is None and docs[2].media_type == "text/plain"
    assert docs[3].content == gz_page  # Content-Encoding undone


def test_unusable_responses_are_quarantined_with_reasons(tmp_path, fixture_bytes):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path, True, fixture_bytes)
    bad = {q.source: q.reason for q in read_warc(path, str(path)) if isinstance(q, QuarantineRecord)}
    assert "image/png is not a text document" in bad["https://example.org/logo.png"]
    assert "HTTP status 404" in bad["https://example.org/gone.html"]
    assert len(bad) == 2  # warcinfo and request records are skipped, not quarantined


def test_truncated_archive_keeps_the_records_before_the_damage(tmp_path, fixture_bytes):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path, True, fixture_bytes)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    items = list(read_warc(cut, str(cut)))
    assert any(isinstance(i, RawDocument) for i in items)
    assert isinstance(items[-1], QuarantineRecord)


def test_not_a_warc_is_quarantined(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not an archive\n" * 5)
    items = list(read_warc(path, str(path)))
    assert len(items) == 1 and isinstance(items[0], QuarantineRecord) and "damaged" in items[0].reason


def test_pipeline_readers_accept_warc_inputs(tmp_path, fixture_bytes):
    path = tmp_path / "crawl.warc.gz"
    write_archive(path, True, fixture_bytes)
    docs = [i for i in iter_documents([str(tmp_path)]) if isinstance(i, RawDocument)]
    assert len(docs) == 4
