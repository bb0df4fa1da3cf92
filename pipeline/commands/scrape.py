"""``pipeline scrape``: fetch URLs, listing pages or sitemaps into <out>/raw (no cleaning).

Runs the Prefect ``scrape`` flow (ephemeral mode unless PREFECT_API_URL is set).
The documents land in ``<out>/raw/``; ``pipeline run --input
<out>/raw/selections/<id>.jsonl`` (printed at the end) then cleans and annotates
exactly them without fetching again.
"""

from __future__ import annotations

import json
import re

from ..settings import REPO_ROOT


def register(sub) -> None:
    p = sub.add_parser("scrape", help="fetch URLs, listing pages or sitemaps politely into raw/")
    p.add_argument("--input", nargs="+", default=[], metavar="PATH", help="URLs, URL-list files or sitemaps (file or URL)")
    p.add_argument("--start", nargs="+", default=[], metavar="URL", help="listing page(s) to start from (use with --follow)")
    p.add_argument("--follow", metavar="REGEX", help="fetch links on listing pages whose absolute URL matches REGEX")
    p.add_argument("--next", dest="next_pattern", metavar="REGEX", help="pagination link pattern (default: rel=next or 下一页/Next text)")
    p.add_argument("--max-pages", type=int, default=1, metavar="N", help="listing pages to read per start URL (default 1)")
    p.add_argument("--out", metavar="DIR", help="output folder; raw/ is created in it (default: the repository)")
    p.add_argument("--allow-host", action="append", default=[], metavar="HOST", help="allow this private/loopback host")
    add_fetch_arguments(p)
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--strict", action="store_true", help="exit 1 when any URL was quarantined")
    p.set_defaults(func=run)


def add_fetch_arguments(p) -> None:
    g = p.add_argument_group("politeness")
    g.add_argument("--contact", metavar="URL", help="contact URL put in the User-Agent (or PIPELINE_CRAWLER_CONTACT)")
    g.add_argument("--per-host", type=int, metavar="N", help="concurrent requests per host (default 2)")
    g.add_argument("--delay", type=float, metavar="S", help="seconds between requests to one host (default 1; robots.txt Crawl-delay may raise it)")
    g.add_argument("--retries", type=int, metavar="N", help="retries per request (default 3)")
    g.add_argument("--timeout", type=float, metavar="S", help="read timeout in seconds (default 30)")
    g.add_argument("--max-bytes", type=int, metavar="N", help="maximum body size in bytes (default 10 MiB)")
    g.add_argument("--rps", type=float, metavar="R", help="Prefect global rate limit, requests/second over all hosts (default 5; 0 = off)")


def fetch_options(args) -> dict:
    from ..cli import UsageError

    for name in ("per_host", "retries", "max_bytes"):
        value = getattr(args, name, None)
        if value is not None and value < (0 if name == "retries" else 1):
            raise UsageError(f"--{name.replace('_', '-')} is out of range")
    for name in ("delay", "timeout"):
        value = getattr(args, name, None)
        if value is not None and value < 0:
            raise UsageError(f"--{name} must not be negative")
    options = {"contact_url": args.contact, "per_host_concurrency": args.per_host, "min_interval": args.delay,
               "retries": args.retries, "read_timeout": args.timeout, "max_body_bytes": args.max_bytes}
    return {k: v for k, v in options.items() if v is not None}


def run(args) -> int:
    from pathlib import Path

    from ..cli import EXIT_QUARANTINED, UsageError

    if args.start and not args.follow:
        raise UsageError("--start needs --follow REGEX (the links to fetch)")
    if args.follow and not args.start:
        raise UsageError("--follow needs --start URL (the listing page)")
    if args.follow:
        try:
            re.compile(args.follow)
        except re.error as exc:
            raise UsageError(f"--follow is not a valid regular expression: {exc}") from exc
    if args.max_pages < 1:
        raise UsageError("--max-pages must be at least 1")
    if not args.input and not args.start:
        raise UsageError("give --input (URLs, URL lists, sitemaps) or --start URL --follow REGEX")
    for given in args.input:
        if not given.startswith(("http://", "https://")) and not Path(given).is_file():
            raise UsageError(f"input not found: {given}")
    from ..scrape import split_inputs

    remote, unusable = split_inputs(args.input)
    if unusable:
        raise UsageError(f"not a URL, URL list or sitemap: {', '.join(unusable)}")
    out = Path(args.out) if args.out else REPO_ROOT
    from flows.scrape import scrape

    fetch = fetch_options(args)
    common = dict(out_dir=str(out), allow_hosts=tuple(args.allow_host), fetch=fetch,
                  requests_per_second=args.rps if args.rps is not None else 5.0)
    summaries = []
    if remote:
        summaries.append(scrape(remote, **common))
    if args.start:
        summaries.append(scrape(args.start, follow=args.follow, max_pages=args.max_pages, next_pattern=args.next_pattern, **common))
    _print(summaries, args.json)
    quarantined = sum(s.quarantined for s in summaries)
    return EXIT_QUARANTINED if args.strict and quarantined else 0


def _print(summaries, as_json: bool) -> None:
    if as_json:
        print(json.dumps([s.as_dict() for s in summaries], ensure_ascii=False, indent=2, sort_keys=True))
        return
    for s in summaries:
        st = s.stats
        print(f"discovered {s.discovered} URLs from {s.listing_pages} listing/sitemap pages; "
              f"{s.fetched} documents ({st.get('bodies', 0)} downloaded, {st.get('not_modified', 0)} not modified, "
              f"{st.get('reused', 0)} reused), {s.quarantined} quarantined; {st.get('requests', 0)} HTTP requests")
        for q in s.quarantine_reasons[:20]:
            print(f"  quarantined {q['source']}: {q['reason']}")
        if len(s.quarantine_reasons) > 20:
            print(f"  ... and {len(s.quarantine_reasons) - 20} more")
        if s.fetched:
            print(f"process them with: pipeline run --input {s.selection} --out {_out_of(s.selection)}")


def _out_of(selection: str) -> str:  # tiny helper: <out>/raw/selections/x.jsonl -> <out>
    from pathlib import Path

    return str(Path(selection).parent.parent.parent)
