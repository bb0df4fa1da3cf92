"""URL canonicalisation and de-duplication.

Two URLs that name the same page must give the same ``doc_id``, so every URL
is canonicalised before it is fetched, stored or compared: scheme and host
lower-cased, default port dropped, fragment dropped, tracking parameters
(``utm_*`` and a few click ids) removed and the query sorted.
"""

from __future__ import annotations

from typing import Iterable
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING_PARAMS = ("fbclid", "gclid", "msclkid", "yclid", "mc_cid", "mc_eid")
# Characters left as they are when a path is re-quoted (RFC 3986 reserved + unreserved + '%').
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"


class BadURL(ValueError):
    """A string that cannot be used as an http(s) URL."""


def canonicalize(url: str) -> str:
    """The canonical form of ``url``; raises :class:`BadURL` if it has no host."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BadURL(f"malformed URL: {exc}") from exc
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if not scheme or not host:
        raise BadURL("URL has no scheme or host")
    host = _idna(host)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    if parts.username:
        raise BadURL("URLs with credentials are not fetched")
    path = quote(unquote(parts.path), safe=_PATH_SAFE) if parts.path else "/"
    return urlunsplit((scheme, netloc, path, _clean_query(parts.query), ""))


def host_of(url: str) -> str:
    """Host (with a non-default port) of a canonical URL: the unit of politeness."""
    return urlsplit(url).netloc


def dedupe(urls: Iterable[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Canonical URLs in first-seen order, and ``(url, reason)`` for the unusable ones."""
    seen: dict[str, None] = {}
    bad: list[tuple[str, str]] = []
    for url in urls:
        try:
            seen.setdefault(canonicalize(url), None)
        except BadURL as exc:
            bad.append((url, str(exc)))
    return list(seen), bad


def _clean_query(query: str) -> str:
    if not query:
        return ""
    pairs = [
        (k, v)
        for k, v in parse_qsl(query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    ]
    return urlencode(sorted(pairs), doseq=True)


def _idna(host: str) -> str:
    host = host.lower()
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise BadURL(f"host {host!r} is not a valid domain name") from exc
