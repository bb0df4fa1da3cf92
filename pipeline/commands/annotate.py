"""``pipeline annotate``: annotate clean records (JSONL files or folders) into annotations/."""

from __future__ import annotations

from pathlib import Path

from ..settings import REPO_ROOT
from .run import PROGRESS_MIN_DOCS


def register(sub) -> None:
    p = sub.add_parser("annotate", help="annotate clean records into annotations/")
    p.add_argument("--input", nargs="+", metavar="PATH", help="clean JSONL files or folders (default: <out>/clean)")
    p.add_argument("--out", metavar="DIR", help="output folder (default: the repository's own)")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--strict", action="store_true", help="exit 1 when any record was quarantined")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..cli import EXIT_QUARANTINED, UsageError
    from ..report import print_summary, progress_reporter

    out = Path(args.out) if args.out else REPO_ROOT
    inputs = args.input or [str(out / "clean")]
    for given in inputs:
        if not Path(given).exists():
            raise UsageError(f"input not found: {given}")
    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    from flows.process import annotate_clean_records

    with progress_reporter(enabled=not args.quiet, min_total=PROGRESS_MIN_DOCS) as progress:
        summary = annotate_clean_records(clean_paths=inputs, out_dir=str(out), batch_size=args.batch_size, progress=progress)
    if not args.quiet:
        print_summary(summary)
    return EXIT_QUARANTINED if args.strict and summary.quarantined else 0
