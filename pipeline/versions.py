"""Versions of everything that decides the output; stamped into every record.

Same input and the same versions give byte-identical output.
"""

from __future__ import annotations

import functools
import hashlib
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
    # A digest of every data file catches a lexicon edited without a version bump.
    found["data-digest"] = _data_digest()
    return found


def _data_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in DATA_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(DATA_DIR).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"
