"""Chinese and English labels of concepts, read from the term base data.

The exports only need ``id -> {type, zh, en}``; this reads it from the JSON
files under ``pipeline/data/termbase/`` without depending on how the annotator
models them: any object with an ``id`` (or ``concept_id``) holding a
``type/name`` id is a concept, and its ``zh`` / ``en`` entries give its labels
(a string, a list whose first item is the preferred term, or an object with
``preferred`` / ``term`` / ``label`` / ``name``). A missing term base gives no
labels, never an error.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, Iterator, Optional

from ..settings import DATA_DIR

_NAME_KEYS = ("preferred", "term", "label", "name", "terms", "variants")


@functools.lru_cache(maxsize=4)
def concept_labels(folder: Path = DATA_DIR / "termbase") -> dict[str, dict]:
    found: dict[str, dict] = {}
    for path in sorted(Path(folder).rglob("*.json")):
        if path.name == "manifest.json":
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for obj in _objects(data):
            cid = obj.get("id") or obj.get("concept_id")
            if not isinstance(cid, str) or "/" not in cid or cid in found:
                continue
            entry = {"zh": _name(obj, "zh"), "en": _name(obj, "en")}
            ctype = obj.get("type") or obj.get("label")
            entry["type"] = ctype.lower() if isinstance(ctype, str) else None
            found[cid] = entry
    return found


def _objects(data: Any) -> Iterator[dict]:
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _objects(value)
    elif isinstance(data, list):
        for value in data:
            yield from _objects(value)


def _name(obj: dict, lang: str) -> Optional[str]:
    for key in (lang, f"{lang}_preferred", f"preferred_{lang}", f"label_{lang}", f"name_{lang}"):
        value = _first(obj.get(key))
        if value:
            return value
    return None


def _first(value: Any) -> Optional[str]:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        return next((v for v in (_first(x) for x in value) if v), None)
    if isinstance(value, dict):
        for key in _NAME_KEYS:
            got = _first(value.get(key))
            if got:
                return got
    return None
