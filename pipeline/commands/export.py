"""``pipeline export FORMAT --input ANNOTATIONS --output PATH``.

FORMAT is label-studio (JSON tasks), doccano (JSONL), brat (folder of
.txt/.ann), spacy (.spacy DocBin) or kb (folder of JSONL and neo4j-admin
CSVs). ANNOTATIONS is a file, folder, run id, ``latest`` or ``previous``.
What could not be carried over exactly (spaCy spans off token boundaries,
unlinked mentions in the graph) is counted on stderr.
"""

from __future__ import annotations

import sys
from pathlib import Path

FOLDER_FORMATS = ("brat", "kb")


def register(sub) -> None:
    from ..export import FORMATS

    p = sub.add_parser("export", help="export annotations for Label Studio, doccano, brat, spaCy or a knowledge base")
    p.add_argument("format", choices=sorted(FORMATS), metavar="FORMAT", help=", ".join(sorted(FORMATS)))
    p.add_argument("--input", metavar="ANNOTATIONS", help="annotation file, folder, run id, 'latest' or 'previous' (default: the repository's annotations/)")
    p.add_argument("--output", metavar="PATH", required=True, help="output file (a folder for brat and kb)")
    p.add_argument("--out", metavar="DIR", help="output folder whose annotations/runs/ holds run snapshots (default: the repository's own)")
    p.add_argument("--verbose", action="store_true", help="list every span that could not be exported exactly")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..cli import UsageError
    from ..export import exporter
    from ..review import runs
    from ..settings import REPO_ROOT

    out_dir = Path(args.out) if args.out else REPO_ROOT
    ref = args.input or str(REPO_ROOT / "annotations")
    output = Path(args.output)
    if args.format in FOLDER_FORMATS and output.exists() and not output.is_dir():
        raise UsageError(f"{args.format} writes a folder, and {output} is a file")
    if args.format not in FOLDER_FORMATS and output.is_dir():
        raise UsageError(f"{args.format} writes a file, and {output} is a folder")
    try:
        records = list(runs.load(ref, out_dir).records.values())
    except (runs.ReferenceError, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    stats = exporter(args.format)(records, output)
    counts = "".join(f", {k.replace('_', ' ')}: {v}" for k, v in stats.counts.items())
    print(f"{args.format}: {stats.documents} documents, {stats.spans} spans{counts} -> {output}", file=sys.stderr)
    if args.verbose:
        for warning in stats.warnings:
            print(f"  {warning}", file=sys.stderr)
    return 0
