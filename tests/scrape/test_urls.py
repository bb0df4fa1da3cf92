import pytest

from pipeline.scrape.urls import BadURL, canonicalize, dedupe, host_of


@pytest.mark.parametrize(
    "given, expected",
    [
        ("HTTP://Example.GOV.cn:80/a/b.html#top", "http://example.gov.cn/a/b.html"),
        ("https://example.org:443", "https://example.org/"),
        ("https://example.org:8443/x", "https://example.org:8443/x"),
        ("https://example.org/p?b=2&a=1&utm_source=feed&utm_medium=rss", "https://example.org/p?a=1&b=2"),
        ("https://example.org/p?fbclid=abc&id=7", "https://example.org/p?id=7"),
        ("https://example.org/政策/通知.html", "https://example.org/%E6%94%BF%E7%AD%96/%E9%80%9A%E7%9F%A5.html"),
        ("https://例子.中国/a", "https://xn--fsqu00a.xn--fiqs8s/a"),
        ("  https://example.org./a  ", "https://example.org/a"),
    ],
)
def test_canonical_forms(given, expected):
    assert canonicalize(given) == expected


def test_canonicalize_is_idempotent():
    url = "https://Example.org:443/a%20b/c?z=1&utm_campaign=x&a=%E4%B8%AD#frag"
    once = canonicalize(url)
    assert canonicalize(once) == once


@pytest.mark.parametrize("bad", ["not a url", "http://", "https://user:pw@example.org/", "http://example.org:99999/"])
def test_unusable_urls_raise(bad):
    with pytest.raises(BadURL):
        canonicalize(bad)


def test_dedupe_keeps_first_seen_order_and_reports_bad_urls():
    urls, bad = dedupe(["https://b.org/x?utm_id=1", "https://a.org/", "https://B.org/x#y", "nonsense"])
    assert urls == ["https://b.org/x", "https://a.org/"]
    assert [u for u, _ in bad] == ["nonsense"]


def test_host_keeps_non_default_port():
    assert host_of(canonicalize("http://127.0.0.1:8080/a")) == "127.0.0.1:8080"
    assert host_of(canonicalize("https://example.org:443/a")) == "example.org"
