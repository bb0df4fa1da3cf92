"""The fetcher: canonical URL -> RawDocument (stored in raw/) or QuarantineRecord.

Politeness and safety live in the layers it uses: :mod:`.netpolicy` (what may be
fetched), :mod:`.robots`, :mod:`.limits` (per-host concurrency and interval),
:mod:`.transfer` (redirects, limits, retries) and :mod:`.store` (raw/ and the
manifest that makes re-runs conditional).
"""

from __future__ import annotations

import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional, Union

import httpx

from ..records import QuarantineRecord, RawDocument
from . import robots as robots_lib
from .config import DOCUMENT_TYPES, ROBOTS_TYPES, FetchConfig
from .limits import limiter_for
from .netpolicy import NetPolicy
from .store import RawStore, fetch_metadata
from .transfer import FetchError, Response, exchange, with_retries
from .urls import BadURL, canonicalize, host_of

Item = Union[RawDocument, QuarantineRecord]
MANIFEST_FLUSH_EVERY = 25


@dataclass
class FetchStats:
    requests: int = 0  # HTTP requests sent (robots.txt, redirect hops and retries included)
    bodies: int = 0  # documents whose body was downloaded (200)
    not_modified: int = 0  # 304 answers: stored bytes reused
    reused: int = 0  # not requested at all (checked within revisit_after)
    retries: int = 0
    quarantined: int = 0
    robots_disallowed: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **counts: int) -> None:
        with self._lock:
            for k, v in counts.items():
                setattr(self, k, getattr(self, k) + v)

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("requests", "bodies", "not_modified", "reused", "retries", "quarantined", "robots_disallowed")}


class Fetcher:
    def __init__(self, raw_dir: Path, config: Optional[FetchConfig] = None, allow_hosts: tuple[str, ...] = (),
                 policy: Optional[NetPolicy] = None, seed: Optional[int] = None) -> None:
        self.config = config or FetchConfig()
        self.store = RawStore(Path(raw_dir))
        self.policy = policy or NetPolicy(allow_hosts=tuple(allow_hosts))
        self.stats = FetchStats()
        self._rng = random.Random(seed)
        self._manifest = self.store.manifest()
        self._pending: list[dict] = []
        self._pending_lock = threading.Lock()
        self._robots = robots_lib.RobotsCache(self._load_robots)
        timeout = httpx.Timeout(self.config.read_timeout, connect=self.config.connect_timeout)
        self.client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": self.config.agent, "Accept-Encoding": "gzip, deflate",
                     "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"},
            limits=httpx.Limits(max_connections=max(4, self.config.max_hosts * self.config.per_host_concurrency)),
            trust_env=False,
        )

    def close(self) -> None:
        self.flush()
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- public ------------------------------------------------------------
    def fetch_all(self, urls: list[str]) -> list[Item]:
        """Fetch many URLs: hosts in parallel (``max_hosts``), each host with its own limits.

        Results come back in the order of ``urls`` (after de-duplication)."""
        by_host: dict[str, list[str]] = {}
        for url in urls:
            by_host.setdefault(_host_key(url), []).append(url)
        results: dict[str, Item] = {}
        with ThreadPoolExecutor(max_workers=max(1, min(self.config.max_hosts, len(by_host) or 1))) as pool:
            for batch in pool.map(self.fetch_host_batch, by_host.values()):
                results.update(batch)
        self.flush()
        return [results[u] for u in urls]

    def fetch_host_batch(self, urls: list[str]) -> dict[str, Item]:
        """URLs of one host, ``per_host_concurrency`` at a time."""
        workers = max(1, min(self.config.per_host_concurrency, len(urls)))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            items = list(pool.map(self.fetch, urls))
        self.flush()
        return dict(zip(urls, items))

    def fetch(self, url: str, role: str = "document", accept: tuple[str, ...] = DOCUMENT_TYPES) -> Item:
        """One URL; never raises for fetch problems (they become QuarantineRecords)."""
        try:
            canonical = canonicalize(url)
        except BadURL as exc:
            return self._quarantine(url, str(exc))
        try:
            self.policy.check(canonical)
            if self.config.respect_robots and role != "robots":
                self._check_robots(canonical)
            return self._fetch_checked(canonical, role, accept)
        except FetchError as exc:
            return self._quarantine(canonical, str(exc))
        except Exception as exc:  # noqa: BLE001 - one URL must never stop the others
            return self._quarantine(canonical, f"unexpected error: {type(exc).__name__}: {exc}")

    def flush(self) -> None:
        with self._pending_lock:
            pending, self._pending = self._pending, []
        self.store.update_manifest(pending)

    # -- internals -----------------------------------------------------------
    def _check_robots(self, url: str) -> None:
        rules = self._robots.rules_for(url)
        if not rules.allowed(url, self.config.robots_agent):
            self.stats.add(robots_disallowed=1)
            raise FetchError(rules.disallow_reason or "disallowed by robots.txt")

    def _load_robots(self, url: str) -> robots_lib.RobotsRules:
        item = self._fetch_raw(url, "robots", ROBOTS_TYPES)
        if isinstance(item, FetchError):
            if item.status is not None and 400 <= item.status < 500:
                return robots_lib.ALLOW_ALL
            if item.status is not None and item.status < 500 and "content type" in str(item):
                return robots_lib.ALLOW_ALL
            return robots_lib.unreachable(str(item))
        rules = robots_lib.parse(item.content)
        delay = rules.crawl_delay(self.config.robots_agent)
        if delay:
            self._limiter(host_of(url)).raise_interval(min(delay, self.config.max_crawl_delay))
        return rules

    def _fetch_raw(self, url: str, role: str, accept: tuple[str, ...]) -> Union[RawDocument, FetchError]:
        try:
            return self._fetch_checked(url, role, accept)
        except FetchError as exc:
            return exc

    def _fetch_checked(self, url: str, role: str, accept: tuple[str, ...]) -> RawDocument:
        prior = self._manifest.get(url)
        stored = self.store.document(prior) if prior and prior.get("sha256") else None
        if stored is not None and self._fresh(prior):
            self.stats.add(reused=1)
            return stored
        headers = _conditional_headers(prior) if stored is not None else {}
        hop_check = self._check_robots if self.config.respect_robots and role != "robots" else None
        resp, _attempts = with_retries(lambda: self._exchange(url, headers, accept, hop_check), self.config,
                                       self._rng, on_retry=lambda: self.stats.add(retries=1))
        now = _now()
        if resp.status == 304 and stored is not None:
            self.stats.add(not_modified=1)
            entry = dict(prior, checked_at=now, last_status=304)
            self._record(entry)
            return stored
        if resp.body is None:
            raise FetchError(f"HTTP {resp.status} without a body", status=resp.status)
        self.stats.add(bodies=1)
        return self._keep(url, resp, role, now)

    def _exchange(self, url: str, headers: dict[str, str], accept: tuple[str, ...], hop_check=None) -> Response:
        return exchange(self.client, url, headers, self.policy, self._slot, self.config, accept, hop_check)

    def _slot(self, host: str):
        self.stats.add(requests=1)
        return self._limiter(host).slot()

    def _keep(self, url: str, resp: Response, role: str, now: str) -> RawDocument:
        sha = self.store.put(resp.body or b"")
        meta = {"url": url, "final_url": resp.final_url, "status": resp.status, "headers": dict(sorted(resp.headers.items())),
                "fetched_at": now, "sha256": sha}
        if resp.hops:
            meta["redirect_chain"] = resp.hops + [resp.final_url]
        self.store.put_metadata(meta)
        entry = dict(meta, role=role, media_type=resp.media_type, http_charset=resp.charset,
                     etag=resp.headers.get("etag"), last_modified=resp.headers.get("last-modified"),
                     checked_at=now, last_status=resp.status, wire_bytes=resp.wire_bytes)
        self._record({k: v for k, v in entry.items() if v is not None})
        return RawDocument(source=url, content=resp.body or b"", media_type=resp.media_type,
                           http_charset=resp.charset, fetch=fetch_metadata(meta))

    def _record(self, entry: dict) -> None:
        self._manifest[entry["url"]] = entry
        with self._pending_lock:
            self._pending.append(entry)
            full = len(self._pending) >= MANIFEST_FLUSH_EVERY
        if full:
            self.flush()

    def _fresh(self, prior: dict) -> bool:
        if self.config.revisit_after <= 0 or not prior.get("checked_at"):
            return False
        try:
            checked = datetime.fromisoformat(prior["checked_at"]).timestamp()
        except ValueError:
            return False
        return time.time() - checked < self.config.revisit_after

    def _limiter(self, host: str):
        return limiter_for(host, self.config.per_host_concurrency, self.config.min_interval, self.config.sleep)

    def _quarantine(self, url: str, reason: str) -> QuarantineRecord:
        self.stats.add(quarantined=1)
        return QuarantineRecord(source=url, stage="read", reason=f"fetch: {reason}")


def _conditional_headers(prior: dict) -> dict[str, str]:
    headers = {}
    if prior.get("etag"):
        headers["If-None-Match"] = prior["etag"]
    if prior.get("last_modified"):
        headers["If-Modified-Since"] = prior["last_modified"]
    return headers


def _host_key(url: str) -> str:
    try:
        return host_of(canonicalize(url))
    except BadURL:
        return ""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
