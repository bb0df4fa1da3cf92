"""One HTTP exchange, done carefully: redirects followed by hand (each hop
checked by the net policy), bodies streamed with a wire-size and a decoded-size
limit (Content-Encoding is undone here, in bounded steps, so a gzip bomb is
stopped after ``max_decoded_bytes``), content types checked before the body is
read, and retries with exponential backoff and jitter.
"""

from __future__ import annotations

import email.utils
import random
import time
import zlib
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import urljoin

import httpx

from .config import FetchConfig
from .netpolicy import NetPolicy, PolicyError
from .urls import BadURL, canonicalize, host_of

REDIRECT_CODES = (301, 302, 303, 307, 308)
RETRY_CODES = (429, 500, 502, 503, 504)
DROPPED_HEADERS = ("set-cookie", "set-cookie2")
CHUNK = 64 * 1024


class FetchError(Exception):
    """A fetch that failed; ``str(exc)`` is the quarantine reason."""

    def __init__(self, reason: str, retryable: bool = False, retry_after: Optional[float] = None, status: Optional[int] = None):
        super().__init__(reason)
        self.retryable = retryable
        self.retry_after = retry_after
        self.status = status


@dataclass
class Response:
    url: str  # the URL asked for
    final_url: str
    status: int
    headers: dict[str, str]
    body: Optional[bytes] = None  # None for 304
    hops: list[str] = field(default_factory=list)
    wire_bytes: int = 0

    @property
    def media_type(self) -> str:
        return media_type(self.headers.get("content-type", ""))

    @property
    def charset(self) -> Optional[str]:
        return header_param(self.headers.get("content-type", ""), "charset")


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def header_param(value: str, name: str) -> Optional[str]:
    for part in value.split(";")[1:]:
        key, _, val = part.partition("=")
        if key.strip().lower() == name:
            val = val.strip().strip('"').strip("'").strip()
            return val.lower() or None
    return None


Limiter = Callable[[str], object]  # host -> context manager holding a slot


def exchange(client: httpx.Client, url: str, headers: dict[str, str], policy: NetPolicy,
             slot: Limiter, config: FetchConfig, accept: tuple[str, ...],
             hop_check: Optional[Callable[[str], None]] = None) -> Response:
    """GET ``url`` following redirects; raises :class:`FetchError`.

    Every hop is checked by ``policy``; redirect targets also by ``hop_check``
    (the fetcher's robots.txt check), which raises FetchError to refuse."""
    hops: list[str] = []
    current = url
    for _ in range(config.max_redirects + 1):
        try:
            policy.check(current)
            if hops and hop_check is not None:
                hop_check(current)
        except (PolicyError, FetchError) as exc:
            raise FetchError(str(exc) if not hops else f"redirect to {current}: {exc}") from exc
        host = host_of(current)
        if config.before_request:
            config.before_request(host)
        with slot(host):
            resp = _one_request(client, current, headers if not hops or _same_host(url, current) else {}, config, accept)
        resp.url, resp.hops = url, hops
        if resp.status in REDIRECT_CODES:
            location = resp.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {resp.status} redirect without a Location header", status=resp.status)
            try:
                nxt = canonicalize(urljoin(current, location))
            except BadURL as exc:
                raise FetchError(f"redirect to an unusable URL {location!r}: {exc}") from exc
            hops.append(current)
            if nxt in hops:
                raise FetchError(f"redirect loop: {' -> '.join(hops + [nxt])}", status=resp.status)
            current = nxt
            continue
        return resp
    raise FetchError(f"more than {config.max_redirects} redirects (last {current})")


def _same_host(a: str, b: str) -> bool:
    return host_of(a) == host_of(b)


def _one_request(client: httpx.Client, url: str, headers: dict[str, str], config: FetchConfig,
                 accept: tuple[str, ...]) -> Response:
    try:
        with client.stream("GET", url, headers=headers) as r:
            stored = {k.lower(): v for k, v in r.headers.items() if k.lower() not in DROPPED_HEADERS}
            resp = Response(url=url, final_url=url, status=r.status_code, headers=stored)
            if r.status_code in RETRY_CODES:
                raise FetchError(f"HTTP {r.status_code}", retryable=True, status=r.status_code,
                                 retry_after=retry_after_seconds(stored.get("retry-after")))
            if r.status_code in REDIRECT_CODES or r.status_code == 304:
                return resp
            if r.status_code != 200:
                raise FetchError(f"HTTP {r.status_code}", status=r.status_code)
            _check_type(resp, accept)
            _check_length(stored, config)
            resp.body, resp.wire_bytes = _read_body(r, stored.get("content-encoding", ""), config)
            return resp
    except httpx.TimeoutException as exc:
        raise FetchError(f"timeout ({type(exc).__name__})", retryable=True) from exc
    except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
        raise FetchError(f"connection error ({type(exc).__name__}: {exc})", retryable=True) from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"HTTP error ({type(exc).__name__}: {exc})") from exc


def _check_type(resp: Response, accept: tuple[str, ...]) -> None:
    mt = resp.media_type
    if not mt:
        raise FetchError("response has no Content-Type header", status=resp.status)
    if mt not in accept:
        raise FetchError(f"content type {mt} is not fetched (accepted: {', '.join(accept)})", status=resp.status)


def _check_length(headers: dict[str, str], config: FetchConfig) -> None:
    declared = headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > config.max_body_bytes:
        raise FetchError(f"body of {declared} bytes is over the {config.max_body_bytes}-byte limit")


def _read_body(r: httpx.Response, encoding: str, config: FetchConfig) -> tuple[bytes, int]:
    decoder = _Decoder(encoding, config.max_decoded_bytes)
    wire = 0
    for chunk in r.iter_raw(CHUNK):
        wire += len(chunk)
        if wire > config.max_body_bytes:
            raise FetchError(f"body is over the {config.max_body_bytes}-byte limit (stopped reading)")
        decoder.feed(chunk)
    return decoder.finish(), wire


class _Decoder:
    """Undo gzip/deflate in bounded steps, counting decoded bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip() and c.strip().lower() != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise FetchError(f"unsupported Content-Encoding {encoding!r}")
        self.coding = codings[0] if codings else ""
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self._z = self._new() if self.coding else None
        self._first = True

    def _new(self):
        return zlib.decompressobj(31 if self.coding in ("gzip", "x-gzip") else zlib.MAX_WBITS)

    def _emit(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise FetchError(f"decoded body is over the {self.limit}-byte limit (possible decompression bomb)")
        self.parts.append(data)

    def feed(self, chunk: bytes) -> None:
        if self._z is None:
            self._emit(chunk)
            return
        if self._first and self.coding == "deflate" and chunk and (chunk[0] & 0x0F) != 8:
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate without the zlib header
        self._first = False
        data = chunk
        try:
            while data:
                out = self._z.decompress(data, self.limit - self.size + 1)
                self._emit(out)
                data = self._z.unconsumed_tail
                if self._z.eof and self._z.unused_data:
                    data = self._z.unused_data  # another gzip member follows
                    self._z = self._new()
        except zlib.error as exc:
            raise FetchError(f"cannot decode {self.coding} body: {exc}") from exc

    def finish(self) -> bytes:
        if self._z is not None:
            try:
                self._emit(self._z.flush())
            except zlib.error as exc:
                raise FetchError(f"cannot decode {self.coding} body: {exc}") from exc
        return b"".join(self.parts)


def retry_after_seconds(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Retry-After as seconds: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def with_retries(call: Callable[[], Response], config: FetchConfig, rng: random.Random,
                 on_retry: Optional[Callable[[], None]] = None) -> tuple[Response, int]:
    """Run ``call``, retrying retryable failures; returns (response, attempts)."""
    attempt = 0
    while True:
        attempt += 1
        try:
            return call(), attempt
        except FetchError as exc:
            if not exc.retryable or attempt > config.retries:
                if exc.retryable and attempt > 1:
                    raise FetchError(f"{exc} (gave up after {attempt} attempts)", status=exc.status) from exc
                raise
            if on_retry:
                on_retry()
            config.sleep(backoff_delay(attempt, config, rng, exc.retry_after))


def backoff_delay(attempt: int, config: FetchConfig, rng: random.Random, retry_after: Optional[float] = None) -> float:
    """Exponential backoff with full jitter in [base*2^(n-1)/2, base*2^(n-1)], capped; Retry-After wins if longer."""
    ceiling = min(config.backoff_cap, config.backoff_base * (2 ** (attempt - 1)))
    delay = rng.uniform(ceiling / 2, ceiling)
    if retry_after is not None:
        delay = max(delay, min(retry_after, config.retry_after_cap))
    return delay
