"""Rich tables for the annotation scores."""

from __future__ import annotations

from typing import Optional

from .scoring import LABELS, STAGE_FIELDS


def _fmt(x: Optional[float]) -> str:
    return "-" if x is None else f"{x:.3f}"


def print_tables(result: dict, console) -> None:
    from rich.table import Table

    title = f"annotation: {result['documents']} documents ({result['exhaustive_documents']} with exhaustive gold)"
    table = Table(title=title)
    for col in ("label", "lang", "gold", "found", "recall", "predicted", "correct", "precision", "F1"):
        table.add_column(col, justify="left" if col in ("label", "lang") else "right")
    groups = [("all", result["labels"]), *sorted(result["by_lang"].items())]
    for label in LABELS:
        for lang, figures in groups:
            f = figures[label]
            table.add_row(
                label, lang, str(f["gold"]), str(f["found"]), _fmt(f["recall"]),
                "-" if f["predicted"] is None else str(f["predicted"]),
                "-" if f["correct"] is None else str(f["correct"]),
                _fmt(f["precision"]), _fmt(f["f1"]),
            )
    console.print(table)
    stage = result["stage_normalisation"]
    st = Table(title=f"STAGE normalisation of {stage['matched']} matched gold stages")
    for col in (*STAGE_FIELDS, "all three"):
        st.add_column(col, justify="right")
    st.add_row(*(_fmt(stage[k]) for k in (*STAGE_FIELDS, "all")))
    console.print(st)
    if result["pairs"]:
        _print_pairs(result["pairs"], console)
    errors = [d for d in result["per_document"] if d.get("error")]
    for d in errors:
        console.print(f"[red]{d['name']}: {d['error']}[/red]")


def _print_pairs(pairs: list[dict], console) -> None:
    from rich.table import Table

    pt = Table(title="concept-id Jaccard, Chinese vs English version")
    for col in ("pair", "all", *LABELS, "zh ids", "en ids"):
        pt.add_column(col, justify="left" if col == "pair" else "right")
    for p in pairs:
        if p.get("error"):
            pt.add_row(p["name"], "error", "", "", "", "", "")
            continue
        pt.add_row(
            p["name"], _fmt(p["jaccard"]), *(_fmt(p["by_label"][lb]) for lb in LABELS),
            str(p["zh_concepts"]), str(p["en_concepts"]),
        )
    console.print(pt)
