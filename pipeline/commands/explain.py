"""``pipeline explain DOC``: one document's changes, grouped by rule, in context.

DOC is a ``doc_id`` (or a unique prefix of one) looked up in the clean
records (``clean/documents.jsonl`` of the repository, or ``--clean PATH``,
a JSONL file or a folder of them), or the path of a raw ``.html``/``.txt``
document, which is then cleaned on the fly with the given settings.

Each change shows a few words of the source text before and after it, the
removed text as ``[-…-]`` (red) and the inserted text as ``{+…+}`` (green),
so the listing also reads right without colour.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.text import Text

from ..settings import REPO_ROOT
from .run import add_clean_arguments, clean_settings

MAX_SHOWN_CHARS = 240


def register(sub) -> None:
    p = sub.add_parser("explain", help="show one document's changes grouped by rule, with context")
    p.add_argument("doc", metavar="DOC", help="doc_id (or unique prefix) in the clean records, or a raw document path")
    p.add_argument("--clean", metavar="PATH", help="clean records: a JSONL file or a folder (default: the repository's clean/)")
    p.add_argument("--context", type=int, default=4, metavar="N", help="words of context on each side (default 4)")
    p.add_argument("--rule", metavar="PREFIX", action="append", help="only rules starting with PREFIX (e.g. mt.punct); repeatable")
    add_clean_arguments(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..cli import UsageError

    if args.context < 0:
        raise UsageError("--context must be 0 or more")
    record = load_record(args)
    console = Console(highlight=False, soft_wrap=True)
    print_explanation(console, record, args.context, args.rule)
    return 0


def load_record(args) -> dict:
    from ..cli import UsageError

    path = Path(args.doc)
    if path.is_file() and not path.name.endswith(".jsonl"):
        return _clean_on_the_fly(path, clean_settings(args))
    clean_path = Path(args.clean) if args.clean else REPO_ROOT / "clean"
    if not clean_path.exists():
        raise UsageError(f"clean records not found: {clean_path}")
    from ..store import read_records

    records = [r for r in read_records(clean_path) if str(r.get("doc_id", "")).startswith(args.doc)]
    exact = [r for r in records if r["doc_id"] == args.doc]
    if exact or len(records) == 1:
        return (exact or records)[0]
    if not records:
        raise UsageError(f"no document {args.doc!r} in {clean_path} (and no such file)")
    raise UsageError(f"{args.doc!r} matches {len(records)} documents; give more of the doc_id")


def _clean_on_the_fly(path: Path, settings) -> dict:
    from ..cli import UsageError
    from ..clean import CleaningError, clean_document
    from ..readers.local import read_document
    from ..records import RawDocument

    raw = read_document(path, str(path))
    if not isinstance(raw, RawDocument):
        raise UsageError(raw.reason)
    try:
        return clean_document(raw, settings).model_dump(mode="json")
    except CleaningError as exc:
        raise UsageError(f"{path}: {exc}") from exc


def print_explanation(console: Console, record: dict, words: int, rule_prefixes: list[str] | None = None) -> None:
    source = record["source_text"]
    changes = [c for c in record.get("changes", []) if _wanted(c, rule_prefixes)]
    review = [c for c in record.get("review", []) if _wanted(c, rule_prefixes)]
    edited = sum(max(len(c["before"]), len(c["after"])) for c in changes)
    console.print(Text(f"{record['doc_id']}  {record.get('source', '')}", style="bold"))
    shown = f" (rules {', '.join(p + '*' for p in rule_prefixes)})" if rule_prefixes else ""
    console.print(
        f"lang {record.get('lang')} · {len(changes)} changes{shown} · {edited} of {len(source)} source characters edited"
        + (f" · {len(review)} for review" if review else "")
    )
    if record.get("flags"):
        console.print("flags: " + ", ".join(record["flags"]))
    for title, items in (("changes", changes), ("review (not applied)", review)):
        if not items:
            continue
        console.print(Text(f"\n{title}", style="bold underline"))
        for rule, group in _grouped(items):
            kinds = ", ".join(sorted({c["kind"] for c in group}))
            console.print(Text(f"\n{rule}  ({kinds}) × {len(group)}", style="bold cyan"))
            for c in group:
                console.print(_change_line(source, c, words))


def _wanted(change: dict, prefixes: list[str] | None) -> bool:
    return not prefixes or any(part.startswith(p) for part in change["rule"].split("+") for p in prefixes)


def _grouped(changes: list[dict]) -> list[tuple[str, list[dict]]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for c in changes:
        groups[c["rule"]].append(c)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def _change_line(source: str, change: dict, words: int) -> Text:
    line = Text(f"  {change['start']:>6}  ", style="dim")
    line.append(_visible(_words_before(source[: change["start"]], words)))
    if change["before"]:
        line.append("[-" + _visible(_shorten(change["before"])) + "-]", style="red strike")
    if change["after"]:
        line.append("{+" + _visible(_shorten(change["after"])) + "+}", style="green")
    line.append(_visible(_words_after(source[change["end"] :], words)))
    if change.get("confidence", 1.0) < 1.0:
        line.append(f"  (confidence {change['confidence']})", style="dim")
    return line


# A "word" of context: two Chinese characters, or a run of other non-space characters.
_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{1,2}|[^\s\u3400-\u9fff\uf900-\ufaff]+|\s+")


def _words_before(text: str, n: int) -> str:
    tokens = _TOKEN.findall(text[-200:])
    return "".join(_take(tokens[::-1], n)[::-1])


def _words_after(text: str, n: int) -> str:
    return "".join(_take(_TOKEN.findall(text[:200]), n))


def _take(tokens: list[str], n: int) -> list[str]:
    taken, words = [], 0
    for tok in tokens:
        if not tok.isspace():
            if words == n:
                break
            words += 1
        taken.append(tok)
    return taken


def _shorten(s: str) -> str:
    if len(s) <= MAX_SHOWN_CHARS:
        return s
    half = MAX_SHOWN_CHARS // 2
    return f"{s[:half]} …({len(s) - MAX_SHOWN_CHARS} more)… {s[-half:]}"


def _visible(s: str) -> str:
    """Line breaks and tabs made visible, so each change stays on one line."""
    return s.replace("\r", "␍").replace("\n", "⏎").replace("\t", "⇥")
