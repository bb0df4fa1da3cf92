"""Paths and settings shared by the library and the flows."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
REPO_ROOT = PACKAGE_DIR.parent
SAMPLES_DIR = REPO_ROOT / "raw" / "samples"
CACHE_DIR = Path(os.environ.get("PIPELINE_CACHE_DIR", REPO_ROOT / ".cache"))


@dataclass(frozen=True)
class CleanSettings:
    """Knobs of the cleaning step; every field is printed in run summaries."""

    # Detections below this confidence are listed in the record's ``review``
    # instead of being removed. 0 removes everything detected.
    review_threshold: float = 0.0
    # "rewrite" replaces known literal mistranslations; "flag" only lists them for review.
    term_repair: str = "rewrite"
    # Convert Traditional script to Simplified (the Traditional text stays in source_text).
    to_simplified: bool = False
