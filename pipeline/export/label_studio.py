"""Label Studio tasks with pre-annotations (``predictions``).

Label Studio counts offsets in UTF-16 code units (JavaScript strings), so a
character outside the Basic Multilingual Plane (an emoji, a CJK Extension B
ideograph) before a span shifts it by one per character; offsets are
converted here. ``model_version`` is the record's versions, so two runs
imported into the same project can be compared there. A labelling config
matching ``from_name``/``to_name`` is written next to the tasks
(``<name>.label-config.xml``).
"""

from __future__ import annotations

import json
from itertools import accumulate
from pathlib import Path

from ..records import AnnotationRecord
from ..store import write_atomic
from . import ExportStats, model_version

LABELS = ("ACTOR", "MECHANISM", "STAGE")


def utf16_offsets(text: str) -> list[int]:
    """``offsets[i]`` = UTF-16 code units before code point ``i`` (length len(text)+1)."""
    return [0, *accumulate(2 if ord(ch) > 0xFFFF else 1 for ch in text)]


def to_code_points(text: str, unit: int) -> int:
    """The code point index of a UTF-16 offset (for re-import and tests)."""
    offsets = utf16_offsets(text)
    if unit not in offsets:
        raise ValueError(f"UTF-16 offset {unit} falls inside a surrogate pair")
    return offsets.index(unit)


def task(rec: AnnotationRecord) -> dict:
    units = utf16_offsets(rec.text)
    result = [
        {
            "id": f"{rec.doc_id[:10]}-{i}",
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {"start": units[s.start], "end": units[s.end], "text": s.text, "labels": [s.label]},
        }
        for i, s in enumerate(rec.spans)
    ]
    return {
        "data": {"text": rec.text, "doc_id": rec.doc_id, "source": rec.source},
        "predictions": [{"model_version": model_version(rec.versions), "result": result}],
    }


def label_config() -> str:
    labels = "".join(f'    <Label value="{label}"/>\n' for label in LABELS)
    return f'<View>\n  <Labels name="label" toName="text">\n{labels}  </Labels>\n  <Text name="text" value="$text"/>\n</View>\n'


def write(records: list[AnnotationRecord], path: Path) -> ExportStats:
    tasks = [task(r) for r in records]
    write_atomic(path, json.dumps(tasks, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    write_atomic(path.with_name(path.stem + ".label-config.xml"), label_config())
    return ExportStats(documents=len(tasks), spans=sum(len(r.spans) for r in records))
