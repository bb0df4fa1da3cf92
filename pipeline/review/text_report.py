"""The diff as text: a rich terminal report, and Markdown for the Prefect UI.

Document text never goes through rich markup (it is passed as ``Text``), so
a span reading ``[bold]`` prints as written.
"""

from __future__ import annotations

import re
from typing import Optional, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .diff import AnnotationDiff, DocumentDiff

STATUS_STYLE = {"added": "green", "removed": "red", "changed": "yellow", "unchanged": "dim"}
MARKDOWN_DOC_LIMIT = 25


def print_diff(diff: AnnotationDiff, file: Optional[TextIO] = None, color: bool = True) -> None:
    console = Console(file=file, soft_wrap=True, no_color=not color, highlight=False, emoji=False)
    s = diff.summary
    console.print(Text.assemble(
        ("annotation diff ", "bold"), s["old"]["ref"], f" ({s['old']['documents']} documents, {s['old']['spans']} spans) -> ",
        s["new"]["ref"], f" ({s['new']['documents']} documents, {s['new']['spans']} spans)",
    ))
    console.print(_counts_table("documents", s["documents"]))
    console.print(_counts_table("spans", s["spans"]))
    console.print(_breakdown_table("by label", s["by_label"], changed_only=False))
    console.print(_breakdown_table("by concept (with changes)", s["by_concept"], changed_only=True))
    for doc in diff.changed_documents:
        _print_document(console, doc)


def _counts_table(title: str, counts: dict) -> Table:
    t = Table(title=title, title_justify="left", show_header=True, header_style="bold")
    for key in counts:
        t.add_column(key, justify="right")
    t.add_row(*(str(v) for v in counts.values()))
    return t


def _breakdown_table(title: str, rows: dict, changed_only: bool) -> Table:
    t = Table(title=title, title_justify="left", header_style="bold")
    t.add_column("name")
    for col in ("old", "new", "added", "removed", "changed"):
        t.add_column(col, justify="right")
    for name, row in rows.items():
        if changed_only and not (row["added"] or row["removed"] or row["changed"]):
            continue
        t.add_row(Text(name), *(str(row[c]) for c in ("old", "new", "added", "removed", "changed")))
    return t


def _print_document(console: Console, doc: DocumentDiff) -> None:
    head = Text.assemble((f"{doc.status:9}", STATUS_STYLE[doc.status]), " ", (doc.doc_id, "bold"), " ", Text(doc.source))
    if doc.text_changed:
        head.append("  (text changed)", "yellow")
    console.print(head)
    for s in doc.spans_added:
        console.print(Text.assemble(("  + ", "green"), _span_text(s)))
    for s in doc.spans_removed:
        console.print(Text.assemble(("  - ", "red"), _span_text(s)))
    for c in doc.spans_changed:
        line = Text.assemble(("  ~ ", "yellow"), (",".join(c.kinds), "yellow"), " ", _span_text(c.old), " -> ", _span_text(c.new))
        if "attrs" in c.kinds:
            line.append(f"  attrs {_attrs(c.old.attrs)} -> {_attrs(c.new.attrs)}")
        console.print(line)


def _span_text(s) -> Text:
    return Text.assemble(
        (s.label, "bold"), f" {s.start}..{s.end} ", repr(s.text), " ", (s.concept_id or "-", "cyan")
    )


def _attrs(attrs: dict) -> str:
    return "{" + ", ".join(f"{k}={attrs[k]!r}" for k in sorted(attrs)) + "}"


# ---------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>|#!~])")


def md_escape(value: object) -> str:
    """Plain text for a Markdown table cell: special characters escaped, one line."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))


def diff_markdown(diff_json: dict, limit: int = MARKDOWN_DOC_LIMIT) -> str:
    """Markdown for a diff in its JSON form ({"summary", "documents"}), or for its summary alone."""
    s = diff_json.get("summary", diff_json)
    lines = [
        f"# Annotations: {md_escape(s['old']['ref'])} → {md_escape(s['new']['ref'])}",
        "",
        f"{s['old']['documents']} → {s['new']['documents']} documents, {s['old']['spans']} → {s['new']['spans']} spans.",
        "",
        _md_table(["documents", "count"], list(s["documents"].items())),
        "",
        _md_table(["spans", "count"], list(s["spans"].items())),
        "",
        _md_table(["label", "old", "new", "added", "removed", "changed"],
                  [[k, *(v[c] for c in ("old", "new", "added", "removed", "changed"))] for k, v in s["by_label"].items()]),
    ]
    changed = [[k, *(v[c] for c in ("added", "removed", "changed"))]
               for k, v in s["by_concept"].items() if v["added"] or v["removed"] or v["changed"]]
    if changed:
        lines += ["", _md_table(["concept", "added", "removed", "changed"], changed)]
    docs = [d for d in diff_json.get("documents", []) if d["status"] != "unchanged"]
    if docs:
        rows = [[d["doc_id"], d["source"], d["status"], len(d["spans_added"]), len(d["spans_removed"]), len(d["spans_changed"])]
                for d in docs[:limit]]
        lines += ["", "## Documents that changed", "",
                  _md_table(["doc_id", "source", "status", "spans +", "spans −", "spans ~"], rows)]
        if len(docs) > limit:
            lines.append(f"\n… and {len(docs) - limit} more.")
    elif "documents" in diff_json:
        lines += ["", "No document changed."]
    return "\n".join(lines) + "\n"


def _md_table(header: list[str], rows: list) -> str:
    out = ["| " + " | ".join(md_escape(h) for h in header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in rows]
    return "\n".join(out)
