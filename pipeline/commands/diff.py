"""``pipeline diff OLD NEW``: what changed between two annotation outputs.

OLD and NEW are files, folders, run ids or ``latest`` / ``previous`` (run
snapshots under ``<out>/annotations/runs/``); with none given, the previous
run is compared with the latest one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("diff", help="compare two annotation outputs (files, folders or run ids)")
    p.add_argument("old", nargs="?", default="previous", help="annotation file, folder, run id, 'latest' or 'previous' (default: previous)")
    p.add_argument("new", nargs="?", default="latest", help="the same for the newer side (default: latest)")
    p.add_argument("--format", choices=("text", "json", "html"), default="text", help="text (terminal, default), json or html")
    p.add_argument("--output", metavar="FILE", help="write the report here (required for html)")
    p.add_argument("--out", metavar="DIR", help="output folder whose annotations/runs/ holds run snapshots (default: the repository's own)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..cli import UsageError
    from ..review import runs
    from ..review.diff import diff_sets
    from ..settings import REPO_ROOT

    if args.format == "html" and not args.output:
        raise UsageError("--format html needs --output FILE")
    out_dir = Path(args.out) if args.out else REPO_ROOT
    try:
        old, new = runs.load(args.old, out_dir), runs.load(args.new, out_dir)
    except (runs.ReferenceError, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    diff = diff_sets(old, new)
    write_report(diff, args.format, args.output)
    return 0


def write_report(diff, fmt: str, output: str | None) -> None:
    from ..store import write_atomic

    if fmt == "json":
        text = json.dumps(diff.as_json(), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    elif fmt == "html":
        from ..review.html_report import render_report

        text = render_report(diff)
    else:
        from ..review.text_report import print_diff

        if not output:
            print_diff(diff, color=sys.stdout.isatty())
            return
        import io

        buf = io.StringIO()
        print_diff(diff, file=buf, color=False)
        text = buf.getvalue()
    if output:
        write_atomic(Path(output), text)
    else:
        sys.stdout.write(text)
