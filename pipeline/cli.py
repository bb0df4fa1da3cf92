"""The ``pipeline`` command. Each sub-command lives in ``pipeline/commands/<name>.py``
and exposes ``register(subparsers)``; the parser sets ``func`` to run it."""

from __future__ import annotations

import argparse
import importlib
import sys

from . import runtime

COMMANDS = ("run", "clean", "annotate", "schema", "eval", "explain", "scrape", "serve", "diff", "export")

EXIT_OK, EXIT_QUARANTINED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad arguments or inputs the user can fix; exits with status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pipeline",
        description="Scrape, clean and annotate bilingual (zh/en) policy texts.",
    )
    parser.add_argument("--version", action="version", version=f"pipeline {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"pipeline.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"pipeline.commands.{name}":
                continue  # a command that has not landed yet
            raise
        module.register(sub)
    return parser


def _version() -> str:
    from .versions import versions

    return ", ".join(f"{k} {v}" for k, v in versions().items())


def main(argv: list[str] | None = None) -> int:
    runtime.configure_environment()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"pipeline {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
