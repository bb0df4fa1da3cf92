"""Writes evaluation/dev4/cleaning/docs/* and gold/*.json from the marked-up
sources in this folder (dev4_*.py). Run:
``.venv/bin/python evaluation/dev4/cleaning/build/build.py``.

The markup and the gold rendering are those of the held-out set's builder
(``evaluation/cleaning/build/build.py``), which is imported, not copied:

  [[S:family:shape|text]]  injected spam        [[K|text]]  genuine text to keep
  [[B|text]]               boilerplate          [[M|text]]  MT artifact that must go
  [[R|before=>after]]      repair               [[J:gbk-latin1|text]] mojibake

Source modules are named ``dev4_*.py`` (not ``docs_*.py``) so they can never be
confused with the held-out sources on ``sys.path``.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV_DIR = HERE.parent
ROOT = DEV_DIR.parents[2]
sys.path.insert(0, str(ROOT))


def _heldout_builder():
    path = ROOT / "evaluation" / "cleaning" / "build" / "build.py"
    spec = importlib.util.spec_from_file_location("heldout_cleaning_build", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_specs() -> list[dict]:
    sys.path.insert(0, str(HERE))
    specs: list[dict] = []
    for mod in sorted(HERE.glob("dev4_*.py")):
        specs += importlib.import_module(mod.stem).DOCS
    names = [s["name"] for s in specs]
    assert len(names) == len(set(names)), "duplicate document names"
    return specs


def main() -> None:
    Doc = _heldout_builder().Doc
    specs = load_specs()
    (DEV_DIR / "docs").mkdir(exist_ok=True)
    (DEV_DIR / "gold").mkdir(exist_ok=True)
    for spec in specs:
        data, gold = Doc(spec).build()
        (DEV_DIR / "docs" / spec["name"]).write_bytes(data)
        stem = spec["name"].rsplit(".", 1)[0]
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        (DEV_DIR / "gold" / f"{stem}.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(specs)} documents")


if __name__ == "__main__":
    main()
