"""``pipeline run``: scrape/read -> clean -> annotate, through the Prefect ``process`` flow."""

from __future__ import annotations

import sys
from pathlib import Path

from ..settings import REPO_ROOT, SAMPLES_DIR, CleanSettings

PROGRESS_MIN_DOCS = 5


def register(sub) -> None:
    p = sub.add_parser("run", help="scrape/read, clean and annotate documents")
    add_process_arguments(p)
    p.set_defaults(func=lambda args: run_process(args, annotate=True))


def add_process_arguments(p) -> None:
    """Options shared by ``pipeline run`` and ``pipeline clean``."""
    add_io_arguments(p)
    add_clean_arguments(p)
    p.add_argument("--batch-size", type=int, default=32, help="documents per Prefect task (default 32)")
    p.add_argument("--allow-host", action="append", default=[], metavar="HOST", help="allow fetching from this private/loopback host")
    p.add_argument("--strict", action="store_true", help="exit 1 when any document was quarantined")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary table")


def add_io_arguments(p) -> None:
    p.add_argument("--input", nargs="+", metavar="PATH", help="files, folders, .warc(.gz), URL lists or URLs (default: bundled samples)")
    p.add_argument("--out", metavar="DIR", help="output folder holding raw/, clean/, annotations/ (default: the repository's own)")


def add_clean_arguments(p) -> None:
    p.add_argument("--review-threshold", type=float, default=0.0, metavar="P", help="detections below this confidence go to the record's review list instead of being removed")
    p.add_argument("--term-repair", choices=("rewrite", "flag"), default="rewrite", help="rewrite known mistranslated policy terms, or only flag them")
    p.add_argument("--to-simplified", action="store_true", help="convert Traditional-script text to Simplified")


def clean_settings(args) -> CleanSettings:
    from ..cli import UsageError

    if not 0.0 <= args.review_threshold <= 1.0:
        raise UsageError("--review-threshold must be between 0 and 1")
    return CleanSettings(review_threshold=args.review_threshold, term_repair=args.term_repair, to_simplified=args.to_simplified)


def resolve_io(args) -> tuple[list[str], Path]:
    from ..cli import UsageError

    # The bundled samples are named relative to the working directory when it
    # is the repository, so records read "raw/samples/..." on every machine.
    inputs = args.input or [_display_path(SAMPLES_DIR)]
    for given in inputs:
        if not given.startswith(("http://", "https://")) and not Path(given).exists():
            raise UsageError(f"input not found: {given}")
    out = Path(args.out) if args.out else REPO_ROOT
    return inputs, out


def _display_path(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def run_process(args, annotate: bool) -> int:
    from ..cli import EXIT_QUARANTINED, UsageError
    from ..report import print_summary, progress_reporter

    settings = clean_settings(args)
    inputs, out = resolve_io(args)
    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    from flows.process import process

    with progress_reporter(enabled=not args.quiet, min_total=PROGRESS_MIN_DOCS) as progress:
        summary = process(
            inputs=inputs,
            out_dir=str(out),
            batch_size=args.batch_size,
            settings=settings,
            allow_hosts=tuple(args.allow_host),
            progress=progress,
            annotate=annotate,
        )
    if not args.quiet:
        print_summary(summary)
    return EXIT_QUARANTINED if args.strict and summary.quarantined else 0
