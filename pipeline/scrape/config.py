"""Fetch settings. Every default is polite; tests shrink the delays."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from typing import Callable, Optional

CRAWLER_VERSION = "0.1"
DEFAULT_CONTACT = "https://example.invalid/policy-pipeline-crawler"
CONTACT_ENV = "PIPELINE_CRAWLER_CONTACT"

DOCUMENT_TYPES = ("text/html", "text/plain", "application/xhtml+xml")
SITEMAP_TYPES = ("application/xml", "text/xml", "application/gzip", "application/x-gzip", "application/octet-stream", "text/plain")
ROBOTS_TYPES = ("text/plain", "text/html", "application/octet-stream")


@dataclass(frozen=True)
class FetchConfig:
    contact_url: str = field(default_factory=lambda: os.environ.get(CONTACT_ENV, DEFAULT_CONTACT))
    user_agent: str = ""  # built from contact_url when empty
    robots_agent: str = "policy-pipeline"  # the token matched against robots.txt groups
    respect_robots: bool = True
    # politeness, per host (scheme-less host[:port])
    per_host_concurrency: int = 2
    min_interval: float = 1.0  # seconds between request starts to one host
    max_crawl_delay: float = 30.0  # robots.txt Crawl-delay above this is capped
    max_hosts: int = 4  # hosts fetched in parallel
    # retries
    retries: int = 3
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    retry_after_cap: float = 120.0
    # timeouts and limits
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_redirects: int = 5
    max_body_bytes: int = 10 * 1024 * 1024  # bytes on the wire
    max_decoded_bytes: int = 20 * 1024 * 1024  # after Content-Encoding is undone
    # re-runs: 0 always revalidates (conditional GET); > 0 reuses entries checked this recently
    revisit_after: float = 0.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    # called before every request with the host; the Prefect flow uses it for a global rate limit
    before_request: Optional[Callable[[str], None]] = field(default=None, repr=False, compare=False)

    @property
    def agent(self) -> str:
        if self.user_agent:
            return self.user_agent
        return f"policy-pipeline/{CRAWLER_VERSION} (+{self.contact_url}; polite policy-text research crawler)"

    def with_options(self, **changes) -> "FetchConfig":
        known = {k: v for k, v in changes.items() if k in self.__dataclass_fields__ and v is not None}
        return replace(self, **known)
