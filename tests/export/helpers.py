from __future__ import annotations

from pathlib import Path

from pipeline.review import runs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "review"
ASTRAL = FIXTURES / "export_astral_multiline.jsonl"
RUN_A = FIXTURES / "run_a.jsonl"


def load(path: Path = ASTRAL) -> list:
    return list(runs.load(str(path), path.parent).records.values())


def all_records() -> list:
    """Every annotation fixture: astral characters, a line break in a span, HTML in text."""
    return load(ASTRAL) + load(RUN_A)
