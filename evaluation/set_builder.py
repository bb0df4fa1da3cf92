"""Builds one cleaning evaluation set: its ``docs/`` and ``gold/*.json`` from the marked-up
source modules in its ``build/`` folder. Every set's ``build/build.py`` calls this.

The markup and the gold rendering are those of the first held-out set's builder
(``evaluation/cleaning/build/build.py``), which is imported, not copied:

  [[S:family:shape|text]]  injected spam        [[K|text]]  genuine text to keep
  [[B|text]]               boilerplate          [[M|text]]  MT artifact that must go
  [[R|before=>after]]      repair               [[J:gbk-latin1|text]] mojibake

Every ``.py`` module in a set's ``build/`` folder other than ``build.py`` is a source module
(a ``DOCS`` list). Each set names them with its own prefix (``dev_``, ``dev2_``, ``h2_`` ...),
so modules of two sets can never be confused on ``sys.path``. Run a set's builder with
``.venv/bin/python evaluation/<set>/cleaning/build/build.py``.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def heldout_builder():
    """The first held-out set's builder module (its ``Doc`` class renders documents and gold)."""
    path = ROOT / "evaluation" / "cleaning" / "build" / "build.py"
    spec = importlib.util.spec_from_file_location("heldout_cleaning_build", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_specs(build_dir: Path) -> list[dict]:
    """The document specs of every source module in ``build_dir``."""
    sys.path.insert(0, str(build_dir))
    specs: list[dict] = []
    for mod in sorted(m for m in build_dir.glob("*.py") if m.name != "build.py"):
        specs += importlib.import_module(mod.stem).DOCS
    names = [s["name"] for s in specs]
    assert len(names) == len(set(names)), "duplicate document names"
    return specs


def build(build_dir: Path) -> None:
    """Write the set's documents and gold files next to ``build_dir``."""
    Doc = heldout_builder().Doc
    set_dir = build_dir.parent
    specs = load_specs(build_dir)
    (set_dir / "docs").mkdir(exist_ok=True)
    (set_dir / "gold").mkdir(exist_ok=True)
    for spec in specs:
        data, gold = Doc(spec).build()
        (set_dir / "docs" / spec["name"]).write_bytes(data)
        stem = spec["name"].rsplit(".", 1)[0]
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        (set_dir / "gold" / f"{stem}.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(specs)} documents")
