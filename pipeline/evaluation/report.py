"""Terminal tables for the cleaning scores (rich)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from .cleaning import METRICS

HEADERS = {
    "spam_recall": "spam recall",
    "keep_rate": "keep rate",
    "boilerplate_removal": "boilerplate removed",
    "metadata_accuracy": "metadata",
    "mt_repair_rate": "MT/zh repair",
    "gambling_words_kept": "gambling words kept",
    "clean_edit_ratio": "clean edit ratio",
}


def _cell(entry: dict[str, Any] | None, metric: str) -> str:
    if not entry or entry.get("value") is None:
        return "—"
    if metric == "clean_edit_ratio":
        return f"{entry['value']:.4%} ({int(entry['num'])}/{int(entry['den'])})"
    return f"{entry['value']:.3f} ({int(entry['num'])}/{int(entry['den'])})"


def _metric_table(title: str, rows: list[tuple[str, dict[str, Any]]]) -> Table:
    t = Table(title=title, header_style="bold")
    t.add_column("group")
    for m in METRICS:
        t.add_column(HEADERS[m], justify="right")
    for name, scores in rows:
        t.add_row(name, *(_cell(scores.get(m), m) for m in METRICS))
    return t


def print_cleaning(result: dict[str, Any], console: Console, details: bool = False) -> None:
    console.print(f"cleaning: {result['documents']} gold documents")
    rows = [("overall", result["overall"])]
    rows += [(f"lang {k}", v) for k, v in result["by_language"].items()]
    console.print(_metric_table("cleaning: overall and per language", rows))
    console.print(_metric_table("cleaning: per family", list(result["by_family"].items())))
    shapes = Table(title="spam recall per injection shape", header_style="bold")
    shapes.add_column("shape")
    shapes.add_column("spam recall", justify="right")
    for shape, entry in result["spam_recall_by_shape"].items():
        shapes.add_row(shape, _cell(entry, "spam_recall"))
    console.print(shapes)
    for name, err in result["errors"].items():
        console.print(f"[red]cleaner failed[/red] {name}: {err}")
    if details:
        print_misses(result, console)


def print_misses(result: dict[str, Any], console: Console) -> None:
    for doc in result["documents_detail"]:
        if not doc["misses"]:
            continue
        console.print(f"[bold]{doc['file']}[/bold] ({doc['lang']}, {', '.join(doc['families'])})")
        for what, items in doc["misses"].items():
            for item in items:
                console.print(f"  {what}: {item}", markup=False, highlight=False)
