"""WARC archives (filled in by the scraping issue)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..records import QuarantineRecord


def read_warc(path: Path, source: str) -> Iterator[QuarantineRecord]:
    yield QuarantineRecord(source=source, stage="read", reason="WARC reading is not available yet")
