"""``pipeline eval DIR``: score the cleaner (and the annotator, when its scorer
is present) against the gold files under DIR."""

from __future__ import annotations

import json
import sys
from pathlib import Path

SECTIONS = ("cleaning", "annotation", "all")


def register(sub) -> None:
    p = sub.add_parser("eval", help="score cleaning and annotation against gold files")
    p.add_argument("dirs", metavar="DIR", nargs="+",
                   help="folder searched (recursively) for gold/*.json; 'file' is relative to the folder holding gold/. "
                        "Several folders are scored as one set")
    p.add_argument("--section", choices=SECTIONS, default="all", help="which scores to compute (default all)")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON object instead of tables")
    p.add_argument("--details", action="store_true", help="also list every missed spam, keep, boilerplate and repair string")
    p.add_argument("--review-threshold", type=float, default=0.0, metavar="P", help="clean with this review threshold (detections below P are not removed)")
    p.set_defaults(func=run)


def run(args) -> int:
    from rich.console import Console

    from ..cli import UsageError
    from ..settings import CleanSettings

    dirs = [Path(d) for d in args.dirs]
    for d in dirs:
        if not d.is_dir():
            raise UsageError(f"not a folder: {d}")
    if not 0.0 <= args.review_threshold <= 1.0:
        raise UsageError("--review-threshold must be between 0 and 1")
    console = Console(file=sys.stdout, soft_wrap=False, width=max(Console().width, 160))
    result: dict = {}
    if args.section in ("cleaning", "all"):
        result["cleaning"] = _cleaning(dirs, CleanSettings(review_threshold=args.review_threshold), console, args)
    if args.section in ("annotation", "all"):
        result["annotation"] = _annotation(dirs, console, args.json, args.details)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True))
    return 0


def _cleaning(dirs: list[Path], settings, console, args) -> dict:
    from ..evaluation.cleaning import evaluate
    from ..evaluation.report import print_cleaning

    result = evaluate(dirs, settings)
    if not args.json:
        print_cleaning(result, console, details=args.details)
    return result


def _annotation(dirs: list[Path], console, as_json: bool, details: bool) -> dict:
    """Annotation scores per folder (one folder gives its result directly)."""
    from ..evaluation.annotation import run as score_annotations

    if len(dirs) == 1:
        return score_annotations(dirs[0], console, as_json, details=details)
    return {d.as_posix(): score_annotations(d, console, as_json, details=details) for d in dirs}
