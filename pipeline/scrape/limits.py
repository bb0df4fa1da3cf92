"""Per-host politeness inside one process: a concurrency cap and a minimum
interval between request starts (raised to the robots.txt Crawl-delay).

Limiters are shared process-wide by host, so two batches of the same host
running in parallel threads (e.g. two Prefect tasks) still respect one limit.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator


class HostLimiter:
    def __init__(self, concurrency: int, interval: float, sleep: Callable[[float], None] = time.sleep) -> None:
        self.concurrency = max(1, concurrency)
        self.interval = max(0.0, interval)
        self._slots = threading.BoundedSemaphore(self.concurrency)
        self._lock = threading.Lock()
        self._next_start = 0.0
        self._sleep = sleep

    def raise_interval(self, seconds: float) -> None:
        with self._lock:
            self.interval = max(self.interval, seconds)

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one of the host's slots for a request, started no sooner than the interval allows."""
        with self._slots:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start)
                self._next_start = start + self.interval
            if start > now:
                self._sleep(start - now)
            yield


_REGISTRY: dict[tuple, HostLimiter] = {}
_REGISTRY_LOCK = threading.Lock()


def limiter_for(host: str, concurrency: int, interval: float, sleep: Callable[[float], None] = time.sleep) -> HostLimiter:
    key = (host, concurrency, interval)
    with _REGISTRY_LOCK:
        if key not in _REGISTRY:
            _REGISTRY[key] = HostLimiter(concurrency, interval, sleep)
        return _REGISTRY[key]
