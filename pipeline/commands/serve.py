"""``pipeline serve``: register the scheduled ``ingest`` deployment and serve it.

    pipeline serve --cron "0 2 * * *" --input urls.txt --out /data/policy

Registers ``ingest/<name>`` with the cron schedule on the Prefect API
(PREFECT_API_URL, e.g. a ``prefect server start``; without it Prefect's
ephemeral server, which lives only as long as this process) and runs each
scheduled run in a subprocess until interrupted. See docs/scheduling.md.
"""

from __future__ import annotations

from .scrape import add_fetch_arguments, fetch_options

def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the ingest flow (scrape -> clean -> annotate) on a cron schedule")
    p.add_argument("--cron", default="0 2 * * *", metavar="EXPR", help='cron schedule (default "0 2 * * *", every night at 02:00)')
    p.add_argument("--timezone", default="UTC", metavar="TZ", help="time zone of the schedule (default UTC)")
    p.add_argument("--name", default="nightly", help="deployment name (default nightly -> ingest/nightly)")
    p.add_argument("--input", nargs="+", required=True, metavar="PATH", help="URLs, URL lists, sitemaps, folders or WARC files")
    p.add_argument("--out", metavar="DIR", help="output folder for raw/, clean/, annotations/ (default: the repository)")
    p.add_argument("--allow-host", action="append", default=[], metavar="HOST", help="allow this private/loopback host")
    p.add_argument("--follow", metavar="REGEX", help="treat URL inputs as listing pages and fetch the links matching REGEX")
    p.add_argument("--max-pages", type=int, default=1, metavar="N", help="listing pages per start URL (with --follow)")
    add_fetch_arguments(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from pathlib import Path

    from ..cli import UsageError
    from ..settings import REPO_ROOT

    if len(args.cron.split()) not in (5, 6):
        raise UsageError(f"--cron {args.cron!r} is not a cron expression (5 fields, e.g. \"0 2 * * *\")")
    _check_cron(args.cron, args.timezone)
    for given in args.input:
        if not given.startswith(("http://", "https://")) and not Path(given).exists():
            raise UsageError(f"input not found: {given}")
    if args.max_pages < 1:
        raise UsageError("--max-pages must be at least 1")
    from flows.ingest import deployment_parameters, serve_ingest

    params = deployment_parameters(
        args.input,
        args.out or str(REPO_ROOT),
        allow_hosts=args.allow_host,
        follow=args.follow,
        max_pages=args.max_pages if args.follow else None,
        fetch=fetch_options(args) or None,
        requests_per_second=args.rps,
    )
    serve_ingest(params, cron=args.cron, name=args.name, timezone=args.timezone)
    return 0


def _check_cron(expr: str, timezone: str) -> None:
    from ..cli import UsageError
    from flows.ingest import check_schedule

    problem = check_schedule(expr, timezone)
    if problem:
        raise UsageError(problem)
