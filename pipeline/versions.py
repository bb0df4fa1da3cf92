"""Versions of everything that decides the output; stamped into every record.

Same input and the same versions give byte-identical output.
"""

from __future__ import annotations

import functools
import json
from importlib import metadata

from .settings import DATA_DIR

_LIBRARIES = ("spacy", "jieba", "ftfy", "beautifulsoup4", "lxml")


@functools.lru_cache(maxsize=1)
def versions() -> dict[str, str]:
    found = {"pipeline": _dist_version("policy-pipeline")}
    for lib in _LIBRARIES:
        found[lib] = _dist_version(lib)
    for manifest in sorted(DATA_DIR.glob("*/manifest.json")):
        data = json.loads(manifest.read_text(encoding="utf-8"))
        found[manifest.parent.name] = str(data.get("version", "unversioned"))
    return found


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"
