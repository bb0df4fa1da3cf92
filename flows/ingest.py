"""The ``ingest`` flow: scrape -> clean -> annotate, the unit a schedule runs.

Remote inputs (URLs, URL lists, sitemaps, listing pages with ``follow``) go
through the ``scrape`` flow (host-batch tasks, Prefect limits) into raw/; the
documents it fetched are handed to the ``process`` flow as a raw/ selection
index, so nothing is fetched twice. Local inputs (folders, files, WARC) go to
``process`` directly. Fetch failures are written to clean/quarantine.jsonl
next to cleaning and annotation failures.

Schedule it with ``pipeline serve --cron "0 2 * * *" --input urls.txt`` (this
module's :func:`serve_ingest`) or with the deployment in ``prefect.yaml`` and a
worker; see docs/scheduling.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows.process import process
from flows.scrape import DEFAULT_HOSTS_IN_FLIGHT, DEFAULT_REQUESTS_PER_SECOND, scrape
from pipeline import store
from pipeline.records import QuarantineRecord
from pipeline.scrape import split_inputs

DEPLOYMENT_NAME = "nightly"
DEFAULT_CRON = "0 2 * * *"


@task(name="write-fetch-quarantine", cache_policy=NO_CACHE, persist_result=False)
def write_fetch_quarantine(out_dir: str, reasons: list[dict]) -> int:
    records = [QuarantineRecord(source=r["source"], stage="read", reason=r["reason"]) for r in reasons]
    if not records:
        return 0
    return store.merge_records(Path(out_dir) / "clean" / store.QUARANTINE_FILE, records, key="source")


@flow(name="ingest", validate_parameters=False)
def ingest(
    inputs: list[str],
    out_dir: str,
    allow_hosts: Optional[list[str]] = None,
    follow: Optional[str] = None,
    max_pages: int = 1,
    next_pattern: Optional[str] = None,
    fetch: Optional[dict] = None,
    batch_size: int = 32,
    hosts_in_flight: int = DEFAULT_HOSTS_IN_FLIGHT,
    requests_per_second: float = DEFAULT_REQUESTS_PER_SECOND,
) -> dict:
    """Scrape the remote inputs, then clean and annotate everything into ``out_dir``."""
    allow = tuple(allow_hosts or ())
    remote, local_inputs = split_inputs(list(inputs))
    result: dict = {"scrape": None, "process": None}
    process_inputs = list(local_inputs)
    if remote:
        scraped = scrape(remote, out_dir, allow, follow, max_pages, next_pattern, fetch,
                         hosts_in_flight=hosts_in_flight, requests_per_second=requests_per_second)
        write_fetch_quarantine(out_dir, scraped.quarantine_reasons)
        if scraped.fetched:
            process_inputs.append(scraped.selection)
        result["scrape"] = scraped.as_dict()
    if process_inputs:
        result["process"] = process(inputs=process_inputs, out_dir=out_dir, batch_size=batch_size, allow_hosts=allow).as_dict()
    return result


def deployment_parameters(inputs: list[str], out_dir: str, **options) -> dict:
    """Parameters for a deployment: paths made absolute (a served run may start elsewhere)."""
    absolute = [i if i.startswith(("http://", "https://")) else str(Path(i).resolve()) for i in inputs]
    params = {"inputs": absolute, "out_dir": str(Path(out_dir).resolve())}
    params.update({k: v for k, v in options.items() if v not in (None, (), [])})
    if "allow_hosts" in params:
        params["allow_hosts"] = list(params["allow_hosts"])
    return params


def check_schedule(cron: str, timezone: str) -> Optional[str]:
    """A user-facing problem with the schedule, or None when Prefect accepts it."""
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValueError as exc:
        first = str(exc).splitlines()[2:3] or [str(exc)]
        return f"schedule {cron!r} ({timezone}): {first[0].split(' [type=')[0].strip()}"
    return None


def serve_ingest(parameters: dict, cron: str = DEFAULT_CRON, name: str = DEPLOYMENT_NAME,
                 timezone: Optional[str] = None, limit: Optional[int] = 1) -> None:
    """Register the ``ingest/<name>`` deployment with a cron schedule and serve it (blocks)."""
    from prefect.schedules import Cron

    ingest.serve(name=name, parameters=parameters, limit=limit, schedules=[Cron(cron, timezone=timezone or "UTC")])
