"""Measured figures for the scraping issue (not a test): a 40-page loopback site
fetched twice with the default politeness except the per-request interval.

    .venv/bin/python tests/scrape/figures.py

Prints: pages, body downloads on the first and second run, 304 answers on the
second run, and the maximum concurrent requests the server saw per host
against the configured limit (also with 16 callers hammering one host).
"""

from __future__ import annotations

import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.scrape import FetchConfig, scrape  # noqa: E402
from pipeline.scrape.fetch import Fetcher  # noqa: E402
from scrape.site import Site  # noqa: E402

PAGES = 40


def main() -> None:
    sites = [Site().start() for _ in range(2)]
    config = FetchConfig(min_interval=0.0, contact_url="https://example.invalid/figures")
    try:
        urls = []
        for s in sites:
            s.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
            urls += [s.add(f"/doc/{i}.html", f"<p>notice {i}</p>" * 50, delay=0.02) for i in range(PAGES // 2)]
        with tempfile.TemporaryDirectory() as tmp:
            first = scrape(urls, Path(tmp) / "raw", config, ("127.0.0.1",))
            bodies_first = sum(s.body_downloads("/doc/") for s in sites)
            second = scrape(urls, Path(tmp) / "raw", config, ("127.0.0.1",))
            bodies_second = sum(s.body_downloads("/doc/") for s in sites) - bodies_first
            n304 = sum(1 for s in sites for h in s.hits if h.path.startswith("/doc/") and h.status == 304)
            with Fetcher(Path(tmp) / "raw2", replace(config, per_host_concurrency=2), ("127.0.0.1",)) as f:
                with ThreadPoolExecutor(16) as pool:
                    list(pool.map(f.fetch, [u for u in urls if f"{sites[0].port}" in u]))
        print(f"pages: {len(urls)} on {len(sites)} hosts")
        print(f"run 1: {bodies_first} page bodies downloaded, stats {first.stats}")
        print(f"run 2: {bodies_second} page bodies downloaded, {n304} pages answered 304, stats {second.stats}")
        for s in sites:
            for host, peak in s.max_active.items():
                print(f"max concurrent requests seen by {host}: {peak} (limit {config.per_host_concurrency})")
    finally:
        for s in sites:
            s.stop()


if __name__ == "__main__":
    main()
