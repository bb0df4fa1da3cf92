"""Exports of annotation records for the tools users already have.

Every exporter is ``write(records, path) -> ExportStats`` over validated
``AnnotationRecord``s sorted by ``doc_id``; outputs are deterministic (same
records, same bytes). Offsets are code points everywhere except Label Studio,
which counts UTF-16 code units.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

FORMATS = {
    "label-studio": "label_studio",
    "doccano": "doccano",
    "brat": "brat",
    "spacy": "spacy_docbin",
    "kb": "kb",
}


@dataclass
class ExportStats:
    documents: int = 0
    spans: int = 0
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def exporter(fmt: str) -> Callable[[list, Path], ExportStats]:
    return importlib.import_module(f"{__name__}.{FORMATS[fmt]}").write


def model_version(versions: dict[str, str]) -> str:
    """One stable string for a record's versions: ``name=version`` pairs, sorted, ';'-joined."""
    return ";".join(f"{k}={versions[k]}" for k in sorted(versions)) or "unversioned"
