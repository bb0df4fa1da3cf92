"""``pipeline clean``: read and clean documents into clean/ (no annotation)."""

from __future__ import annotations

from .run import add_process_arguments, run_process


def register(sub) -> None:
    p = sub.add_parser("clean", help="read and clean documents into clean/")
    add_process_arguments(p)
    p.set_defaults(func=lambda args: run_process(args, annotate=False))
