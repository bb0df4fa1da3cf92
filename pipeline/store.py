"""Writing records: canonical JSON lines, merged by doc_id, written atomically.

A re-run replaces a document's record instead of appending a second one, and
output files are sorted by ``doc_id`` so the same input gives the same bytes.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

from pydantic import BaseModel

from .records import dumps

CLEAN_FILE = "documents.jsonl"
QUARANTINE_FILE = "quarantine.jsonl"
ANNOTATION_FILE = "documents.jsonl"


def write_atomic(path: Path, data: str) -> None:
    """Write to a temp file in the same folder, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are for other tools too
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def iter_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{lineno}: not a JSON line ({exc.msg})") from exc


def merge_records(path: Path, records: Iterable[BaseModel], key: str = "doc_id", drop: Iterable[str] = ()) -> int:
    """Merge records into a JSONL file by ``key`` (new wins), sorted; returns the total.

    ``drop`` lists keys to remove (a document now quarantined loses its old record).
    """
    lines: dict[str, str] = {}
    if path.exists():
        for obj in iter_jsonl(path):
            lines[str(obj[key])] = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for k in drop:
        lines.pop(k, None)
    for rec in records:
        lines[str(getattr(rec, key))] = dumps(rec)
    write_atomic(path, "".join(lines[k] + "\n" for k in sorted(lines)))
    return len(lines)


def read_records(path: Path) -> list[dict]:
    """All records in a JSONL file, or in every ``*.jsonl`` of a folder (quarantine excluded)."""
    if path.is_dir():
        files = sorted(p for p in path.glob("*.jsonl") if p.name != QUARANTINE_FILE)
    else:
        files = [path]
    return [obj for f in files for obj in iter_jsonl(f)]
