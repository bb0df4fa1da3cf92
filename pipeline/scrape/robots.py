"""robots.txt, per host, read once per run (RFC 9309 behaviour).

* 2xx: the rules apply, Crawl-delay included (capped by ``max_crawl_delay``).
* 4xx (404 etc.): no rules; everything may be fetched.
* 5xx, timeouts, connection errors after retries: the site is treated as fully
  disallowed for this run, as the RFC asks for an unreachable robots.txt.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable, Optional
from urllib import robotparser
from urllib.parse import urlsplit, urlunsplit

MAX_ROBOTS_BYTES = 500 * 1024


@dataclass
class RobotsRules:
    parser: Optional[robotparser.RobotFileParser]
    allow_all: bool = False
    disallow_reason: str = ""

    def allowed(self, url: str, agent: str) -> bool:
        if self.allow_all:
            return True
        if self.parser is None:
            return False
        return self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> Optional[float]:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def robots_url(url: str) -> str:
    p = urlsplit(url)
    return urlunsplit((p.scheme, p.netloc, "/robots.txt", "", ""))


def parse(body: bytes) -> RobotsRules:
    parser = robotparser.RobotFileParser()
    parser.parse(body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace").splitlines())
    return RobotsRules(parser=parser)


ALLOW_ALL = RobotsRules(parser=None, allow_all=True)


def unreachable(reason: str) -> RobotsRules:
    return RobotsRules(parser=None, disallow_reason=f"robots.txt unreachable ({reason}); host skipped")


class RobotsCache:
    """Rules per scheme+host, fetched on first use with ``load(robots_url)``."""

    def __init__(self, load: Callable[[str], RobotsRules]) -> None:
        self._load = load
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def rules_for(self, url: str) -> RobotsRules:
        key = robots_url(url)
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            if key not in self._rules:
                self._rules[key] = self._load(key)
            return self._rules[key]
