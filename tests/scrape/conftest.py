from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.scrape.config import FetchConfig

from .site import Site

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "scrape"


class SleepLog:
    """Records the delays the fetcher asks for and sleeps a tiny fraction of them."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        import time

        self.delays.append(seconds)
        time.sleep(min(seconds, 0.01))


@pytest.fixture
def site():
    s = Site().start()
    s.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    yield s
    s.stop()


@pytest.fixture
def sleeps() -> SleepLog:
    return SleepLog()


@pytest.fixture
def config(sleeps) -> FetchConfig:
    return FetchConfig(
        contact_url="https://example.invalid/tests",
        min_interval=0.0,
        retries=2,
        backoff_base=0.001,
        backoff_cap=0.01,
        retry_after_cap=5.0,
        connect_timeout=2.0,
        read_timeout=2.0,
        sleep=sleeps,
    )


@pytest.fixture
def fixture_bytes():
    return lambda name: (FIXTURES / name).read_bytes()
