"""``pipeline clean``: read and clean documents into clean/ (no annotation)."""

from __future__ import annotations

from .run import PROGRESS_MIN_DOCS, add_clean_arguments, add_io_arguments, clean_settings, resolve_io


def register(sub) -> None:
    p = sub.add_parser("clean", help="read and clean documents into clean/")
    add_io_arguments(p)
    add_clean_arguments(p)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--allow-host", action="append", default=[], metavar="HOST")
    p.add_argument("--strict", action="store_true", help="exit 1 when any document was quarantined")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..cli import EXIT_QUARANTINED, UsageError
    from ..report import print_summary, progress_reporter

    settings = clean_settings(args)
    inputs, out = resolve_io(args)
    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    from flows.process import process

    with progress_reporter(enabled=not args.quiet, min_total=PROGRESS_MIN_DOCS) as progress:
        summary = process(inputs=inputs, out_dir=str(out), batch_size=args.batch_size, settings=settings,
                          allow_hosts=tuple(args.allow_host), progress=progress, annotate=False)
    if not args.quiet:
        print_summary(summary)
    return EXIT_QUARANTINED if args.strict and summary.quarantined else 0
