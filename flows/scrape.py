"""The ``scrape`` flow: discover URLs, then fetch them one HOST BATCH per task.

All fetching is done by :mod:`pipeline.scrape`; this module adds Prefect's
orchestration around it:

* one ``fetch-host-batch`` task per host (a host with more than
  ``host_batch_size`` URLs is split), never one task per URL;
* a global concurrency limit ``scrape-hosts`` (host batches in flight at once,
  across every worker) held by each host-batch task;
* a global rate limit ``scrape-requests`` (slot decay = requests per second,
  across every worker), taken before each HTTP request;
* task retries for infrastructure failures (HTTP errors are already retried
  per request inside the library and end as quarantine records).

The limits are created with defaults when missing; an operator can change them
with ``prefect gcl update scrape-hosts --limit 8`` and the flow leaves them be.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.concurrency.sync import concurrency, rate_limit
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.records import QuarantineRecord, RawDocument
from pipeline.scrape import FetchConfig, Fetcher, discover, group_by_host
from pipeline.scrape.store import write_selection

HOST_LIMIT = "scrape-hosts"
RATE_LIMIT = "scrape-requests"
DEFAULT_HOSTS_IN_FLIGHT = 4
DEFAULT_REQUESTS_PER_SECOND = 5.0
DEFAULT_HOST_BATCH_SIZE = 200


@dataclass
class ScrapeSummary:
    discovered: int = 0
    listing_pages: int = 0
    host_batches: int = 0
    fetched: int = 0
    quarantined: int = 0
    stats: dict[str, int] = field(default_factory=dict)
    selection: Optional[str] = None  # raw/selections/<id>.jsonl listing this run's documents
    quarantine_reasons: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class HostBatchResult:
    items: list
    stats: dict[str, int]


@task(name="ensure-scrape-limits", cache_policy=NO_CACHE, persist_result=False)
def ensure_limits(hosts_in_flight: int, requests_per_second: float) -> None:
    """Create the global limits if they do not exist; never override an operator's values."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectNotFound

    wanted = [(HOST_LIMIT, hosts_in_flight, None)]
    if requests_per_second > 0:
        wanted.append((RATE_LIMIT, max(1, int(requests_per_second)), float(requests_per_second)))
    with get_client(sync_client=True) as client:
        for name, limit, decay in wanted:
            try:
                client.read_global_concurrency_limit_by_name(name)
            except ObjectNotFound:
                kwargs = {"name": name, "limit": limit}
                if decay:
                    kwargs["slot_decay_per_second"] = decay
                client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(**kwargs))


@task(name="discover-urls", retries=1, retry_delay_seconds=5, cache_policy=NO_CACHE, persist_result=False)
def discover_urls(sources: list[str], raw_dir: str, allow_hosts: tuple[str, ...], follow: Optional[str],
                  max_pages: int, next_pattern: Optional[str], fetch: dict) -> tuple[list[str], list, int, dict]:
    with Fetcher(Path(raw_dir), FetchConfig().with_options(**fetch), allow_hosts) as fetcher:
        found = discover(fetcher, sources, follow, max_pages, next_pattern)
    return found.urls, found.quarantined, found.pages, fetcher.stats.as_dict()


@task(name="fetch-host-batch", retries=2, retry_delay_seconds=[2, 10], retry_jitter_factor=0.5,
      cache_policy=NO_CACHE, persist_result=False, task_run_name="fetch {host} ({count} urls)")
def fetch_host_batch(host: str, count: int, urls: list[str], raw_dir: str, allow_hosts: tuple[str, ...],
                     fetch: dict, requests_per_second: float) -> HostBatchResult:
    hook = (lambda _host: rate_limit(RATE_LIMIT, strict=False)) if requests_per_second > 0 else None
    config = FetchConfig().with_options(**fetch, before_request=hook)
    with concurrency(HOST_LIMIT, occupy=1, strict=False):
        with Fetcher(Path(raw_dir), config, allow_hosts) as fetcher:
            found = fetcher.fetch_host_batch(urls)
    return HostBatchResult(items=[found[u] for u in urls], stats=fetcher.stats.as_dict())


@flow(name="scrape", validate_parameters=False, task_runner=ThreadPoolTaskRunner(max_workers=DEFAULT_HOSTS_IN_FLIGHT))
def scrape(
    sources: list[str],
    out_dir: str,
    allow_hosts: tuple[str, ...] = (),
    follow: Optional[str] = None,
    max_pages: int = 1,
    next_pattern: Optional[str] = None,
    fetch: Optional[dict] = None,
    host_batch_size: int = DEFAULT_HOST_BATCH_SIZE,
    hosts_in_flight: int = DEFAULT_HOSTS_IN_FLIGHT,
    requests_per_second: float = DEFAULT_REQUESTS_PER_SECOND,
) -> ScrapeSummary:
    """Fetch ``sources`` (URLs, listing pages with ``follow``, sitemaps) into ``<out_dir>/raw``."""
    raw_dir = str(Path(out_dir) / "raw")
    fetch = dict(fetch or {})
    allow = tuple(allow_hosts)
    ensure_limits(hosts_in_flight, requests_per_second)
    urls, quarantined, pages, discovery_stats = discover_urls(sources, raw_dir, allow, follow, max_pages, next_pattern, fetch)
    batches = group_by_host(urls, host_batch_size)
    futures = [
        fetch_host_batch.submit(_host(b[0]), len(b), b, raw_dir, allow, fetch, requests_per_second) for b in batches
    ]
    results = [f.result() for f in futures]
    items = [i for r in results for i in r.items]
    docs = [i for i in items if isinstance(i, RawDocument)]
    quarantined = list(quarantined) + [i for i in items if isinstance(i, QuarantineRecord)]
    summary = ScrapeSummary(discovered=len(urls), listing_pages=pages, host_batches=len(batches), fetched=len(docs),
                            quarantined=len(quarantined), stats=_sum_stats([discovery_stats] + [r.stats for r in results]))
    summary.selection = str(write_selection(Path(raw_dir), docs))
    summary.quarantine_reasons = [{"source": q.source, "reason": q.reason} for q in quarantined]
    get_run_logger().info("scrape: %s documents, %s quarantined, stats %s", len(docs), len(quarantined), summary.stats)
    return summary


def _host(url: str) -> str:
    from pipeline.scrape import host_of

    return host_of(url)


def _sum_stats(all_stats) -> dict[str, int]:
    total: dict[str, int] = {}
    for stats in all_stats:
        for k, v in stats.items():
            total[k] = total.get(k, 0) + v
    return dict(sorted(total.items()))
