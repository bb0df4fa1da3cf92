"""Terminal output of a run: a progress bar and the closing summary table."""

from __future__ import annotations

import contextlib
import sys
from typing import Callable, Iterator, Optional

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table


@contextlib.contextmanager
def progress_reporter(enabled: bool, min_total: int) -> Iterator[Optional[Callable[[int, int], None]]]:
    """Yields a ``progress(done, total)`` callback; the bar appears only for
    runs of at least ``min_total`` documents, on a terminal."""
    if not enabled:
        yield None
        return
    console = Console(stderr=True)
    bar = Progress(TextColumn("processing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True)
    state: dict = {}

    def update(done: int, total: int) -> None:
        if total < min_total:
            return
        if "task" not in state:
            bar.start()
            state["task"] = bar.add_task("docs", total=total)
        bar.update(state["task"], completed=done)

    try:
        yield update
    finally:
        if "task" in state:
            bar.stop()


def print_summary(summary, file=None) -> None:
    console = Console(file=file or sys.stdout, soft_wrap=True)
    t = Table(title="pipeline run", show_header=True, header_style="bold")
    t.add_column("measure")
    t.add_column("value", justify="right")
    t.add_row("documents in", str(summary.documents_in))
    t.add_row("cleaned", str(summary.cleaned))
    t.add_row("annotated", str(summary.annotated))
    t.add_row("quarantined", str(summary.quarantined))
    for kind, n in summary.removed_chars_by_kind.items():
        t.add_row(f"chars removed: {kind}", str(n))
    for label, n in summary.spans_by_label.items():
        t.add_row(f"spans: {label}", str(n))
    console.print(t)
    for q in summary.quarantine_reasons:
        console.print(f"[yellow]quarantined[/yellow] {q['source']} ({q['stage']}): {q['reason']}")
    for name, path in summary.outputs.items():
        console.print(f"{name}: {path}")
