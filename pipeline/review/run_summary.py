"""What a run did, as rows for the Prefect table artifact (plain data, no Prefect).

A removal's *family* is the first two segments of its rule id
(``spam.gambling.brand`` -> ``spam.gambling``, ``boilerplate.icp-filing``
stays itself); a change made by several rules (``a.b+c.d``) counts once
under each of their families.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional

from ..store import iter_jsonl


def rule_family(rule: str) -> str:
    return ".".join(rule.split(".")[:2])


def removal_counts(clean_records: Iterable[Any]) -> dict[str, dict[str, dict[str, int]]]:
    """{"by_kind": {kind: {"changes", "chars"}}, "by_family": {family: {...}}} over every change.

    ``chars`` counts characters removed (before minus after, never negative);
    records may be ``CleanRecord``s or their JSON dicts."""
    by_kind: dict[str, dict[str, int]] = {}
    by_family: dict[str, dict[str, int]] = {}
    for rec in clean_records:
        for ch in _get(rec, "changes") or []:
            before, after = _get(ch, "before") or "", _get(ch, "after") or ""
            removed = max(0, len(before) - len(after))
            _add(by_kind, _get(ch, "kind") or "?", removed)
            for fam in dict.fromkeys(rule_family(r) for r in (_get(ch, "rule") or "?").split("+")):
                _add(by_family, fam, removed)
    return {"by_kind": dict(sorted(by_kind.items())), "by_family": dict(sorted(by_family.items()))}


def removal_counts_from_file(path: Optional[str]) -> Optional[dict]:
    if not path or not Path(path).is_file():
        return None
    return removal_counts(iter_jsonl(Path(path)))


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


def _add(table: dict, key: str, chars: int) -> None:
    row = table.setdefault(key, {"changes": 0, "chars": 0})
    row["changes"] += 1
    row["chars"] += chars


def count_rows(summary: dict, removals: Optional[dict] = None) -> list[dict]:
    """Rows {"group", "name", "count", "chars"} for a run summary (``RunSummary.as_dict()``).

    Without ``removals`` the kinds come from the summary's characters-removed
    counts and no family rows are given."""
    rows = [
        _row("documents", name, summary.get(key, 0))
        for name, key in (("in", "documents_in"), ("cleaned", "cleaned"), ("annotated", "annotated"), ("quarantined", "quarantined"))
    ]
    if removals:
        rows += [_row("removals by kind", k, v["changes"], v["chars"]) for k, v in removals["by_kind"].items()]
        rows += [_row("removals by family", k, v["changes"], v["chars"]) for k, v in removals["by_family"].items()]
    else:
        rows += [_row("removals by kind", k, None, v) for k, v in sorted(summary.get("removed_chars_by_kind", {}).items())]
    rows += [_row("spans by label", k, v) for k, v in sorted(summary.get("spans_by_label", {}).items())]
    return rows


def _row(group: str, name: str, count: Optional[int], chars: Optional[int] = None) -> dict:
    return {"group": group, "name": name, "count": "" if count is None else count, "chars": "" if chars is None else chars}
